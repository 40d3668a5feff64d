//! What stands right after an office: the name of the person who holds it, when that name
//! is a single word (`Tổng thống Macron`, `Bộ trưởng Lavrov nói`). Titles stop before it;
//! people start there.

use std::ops::Range;

use super::{Doc, Target};
use crate::dict::LexKind;

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
