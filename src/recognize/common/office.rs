//! What stands around an office: the qualifiers after its role (`Phó Chủ tịch Thường
//! trực`), the role that ends right before a body (`Giám đốc sở Tài chính`), and the name
//! of the person who holds it when that name is a single word (`Tổng thống Macron`, `Bộ
//! trưởng Lavrov nói`). Titles stop before that name; people start there.

use std::ops::Range;

use super::{Doc, Target};
use crate::dict::{LexEntry, LexKind};

/// Most words a role and its qualifiers run to (`Phó Chủ tịch Thường trực`).
const MAX_ROLE_WORDS: usize = 8;

/// Where the qualifiers after a role ending at `role_end` end: `Phó Chủ tịch Thường trực`.
pub(crate) fn qualifiers_end(doc: &Doc<'_>, role_end: usize) -> usize {
    let mut end = role_end;
    while doc.next_word(end).is_some() {
        match doc.lookup_at(end + 1, LexKind::Qualifier) {
            Some((q, _)) => end = q.end,
            None => break,
        }
    }
    end
}

/// The role whose office, qualifiers and all, ends one space before `start` (`Giám đốc`
/// before `sở Tài chính`, `Phó Chủ tịch Thường trực` before `UBND`): its entry. Read as
/// titles read roles, from the left and the longest first: a role that starts before and
/// runs over `start` holds the word there (`Trưởng phòng` over `phòng`).
pub(crate) fn role_before<'a>(doc: &Doc<'a>, start: usize) -> Option<&'a LexEntry> {
    let mut role = None;
    let mut w = doc.prev_word(start);
    for _ in 0..MAX_ROLE_WORDS {
        let Some(word) = w else { break };
        let longest = doc
            .hits_at(word.start)
            .iter()
            .filter_map(|h| match h.target {
                Target::Lex {
                    entry,
                    kind: LexKind::Role,
                } if !two_words_by_case(doc, h.start..h.end) => Some((h.end, doc.entry(entry))),
                _ => None,
            })
            .max_by_key(|&(end, _)| end);
        match longest {
            Some((end, _)) if end >= start => role = None,
            Some((end, e)) if qualifiers_end(doc, end) + 1 == start => role = Some(e),
            _ => {}
        }
        w = doc.prev_word(word.start);
    }
    role
}

/// Is the role written at `range` two words by their case, a lower-case word and a
/// capitalised one (`chức vụ Trưởng phòng` holds no role `Vụ trưởng`)?
pub(crate) fn two_words_by_case(doc: &Doc<'_>, range: Range<usize>) -> bool {
    !doc.capitalized(range.start)
        && doc.str()[range]
            .split(' ')
            .skip(1)
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A one-word name at `pos` right after an office: a capitalised word no list knows (but a
/// surname), followed by a word saying what the person did (`Lavrov nói`, `Hùng cho biết`,
/// `Macron đã`), or a foreign word (no Vietnamese syllable) before a mark (`Tổng thống
/// Putin.`). Returns its range.
pub(crate) fn one_word_name_at(doc: &Doc<'_>, pos: usize) -> Option<Range<usize>> {
    let text = doc.str();
    let w = doc.word_at(pos)?;
    let word = &text[w.clone()];
    if !doc.capitalized(w.start)
        || doc.all_caps(w.clone())
        || word.chars().any(|c| c.is_ascii_digit())
        || doc.hits_at(w.start).iter().any(|h| {
            !matches!(
                h.target,
                Target::Lex {
                    kind: LexKind::Surname,
                    ..
                }
            )
        })
    {
        return None;
    }
    // `Putin-Trump`, `Su-30`: a word glued to another goes on with it.
    if text[w.end..].starts_with(['-', '/', '.']) && !text[w.end..].starts_with(". ") {
        return None;
    }
    // `OceanBank`, `TPBank`: a capital inside the word makes it a brand.
    if word.chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    match doc.next_word(w.end) {
        // A capital after it makes a longer run: not a one-word name.
        Some(n) if doc.capitalized(n.start) => None,
        // What the person did follows: `Lavrov nói`, `Macron đã`, `Hùng cho biết`.
        Some(n) => (doc.phrase_at(n.start, LexKind::Saying).is_some()
            || doc.phrase_at(n.start, LexKind::NotInBodyName).is_some())
        .then_some(w),
        // A mark after a foreign word: `Tổng thống Putin.`
        None => (!doc.spells(w.clone(), LexKind::Syllable)).then_some(w),
    }
}
