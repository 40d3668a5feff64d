//! Bodies right after an office that the rules of names do not read (`Giám đốc sở Tài
//! chính`, `Đồn trưởng Đồn Biên phòng cửa khẩu Lao Bảo`, `Chủ tịch công an huyện Ba Vì`):
//! after a role, a body's head word in either case starts a body, and the title that holds
//! the role reads it from here.

use std::ops::Range;

use super::super::common::office::{qualifiers_end, role_before};
use super::super::common::place::{level_word_at, place_after};
use super::super::common::{Cover, Doc, Held, Hit, Target};
use crate::dict::LexKind;

/// Most words of a body after its head word (`sở Nông nghiệp và Phát triển nông thôn`).
const MAX_BODY_WORDS: usize = 10;

/// The bodies right after the roles among `hits`, with their qualifiers, that the rules
/// of names did not read: added to `orgs`, which stays in text order.
pub(super) fn bodies(doc: &Doc<'_>, hits: &[Hit], orgs: &mut Vec<Range<usize>>) {
    let mut added: Vec<Range<usize>> = Vec::new();
    // The bytes earlier bodies and the ones added here hold (a body of no length its
    // start): one bit to ask, not a scan of every body for every role.
    let mut held = Cover::of(doc.str().len(), orgs.iter().cloned(), Held::AtLeastStart);
    for h in hits {
        if !matches!(
            h.target,
            Target::Lex {
                kind: LexKind::Role,
                ..
            }
        ) {
            continue;
        }
        let start = qualifiers_end(doc, h.end) + 1;
        if held.holds(start) {
            continue;
        }
        // Read as titles read roles: the role that ends right there, no longer one over it.
        let Some(role) = role_before(doc, start) else {
            continue;
        };
        if role.info.head.is_some() {
            continue;
        }
        if let Some(end) = body_after(doc, start - 1) {
            held.add(start..end, Held::AtLeastStart);
            added.push(start..end);
        }
    }
    if !added.is_empty() {
        orgs.extend(added);
        orgs.sort_by_key(|o| (o.start, o.end));
    }
}

/// A body right after `role_end` that starts with a head word (`sở`, `Cục`, `Đồn Biên
/// phòng`, `công an`), in either case: the head, then a level and its place (`công an tỉnh
/// Nghệ An`), or capitalised words, one lower-case syllable after each (`Tài chính`), a known
/// phrase (`Khoa học và Công nghệ`), `và` before a capital; up to a mark, a
/// word that starts what is said (`đã`, `cho biết`) or another role. A head of more than
/// one word stands alone before a mark (`Cơ quan CSĐT.`). Returns where the body ends.
fn body_after(doc: &Doc<'_>, role_end: usize) -> Option<usize> {
    let text = doc.str();
    let head = doc.next_word(role_end)?;
    let (h, _) = doc.lookup_at(head.start, LexKind::OrgHead)?;
    if let Some((l, _)) = doc
        .next_word(h.end)
        .and_then(|w| level_word_at(doc, w.start))
    {
        return Some(place_after(doc, l.end).unwrap_or(l.end));
    }
    let Some(first) = doc.next_word(h.end).filter(|w| doc.capitalized(w.start)) else {
        let closed =
            text[h.end..].starts_with([',', '.', ';', ':', ')', '\n']) || h.end == text.len();
        return (text[h.clone()].contains(' ') && closed).then_some(h.end);
    };
    if doc.has_hit(first.start, LexKind::Role) || doc.has_hit(first.start, LexKind::Surname) {
        return None;
    }
    Some(name_end(doc, first.end))
}

/// Where the name of a body goes on from its first capitalised word, ending at `end`.
fn name_end(doc: &Doc<'_>, mut end: usize) -> usize {
    let mut after_capital = true;
    for _ in 0..MAX_BODY_WORDS {
        let Some(w) = doc.next_word(end) else { break };
        if doc.phrase_at(w.start, LexKind::Saying).is_some() || doc.has_hit(w.start, LexKind::Role)
        {
            break;
        }
        // In capitals or a headline every word looks capitalised: a word that starts what
        // is said (`ĐÃ`, `CHO`, not `VÀ`) still ends the name.
        let caseless = doc
            .row_at(w.start)
            .is_some_and(|r| doc.case_cue(r).is_none());
        if caseless
            && doc.phrase_at(w.start, LexKind::NotInBodyName).is_some()
            && !doc.word_is(w.start, LexKind::Conjunction)
        {
            break;
        }
        // A name after the body is its holder's: `Cục Hải quan Trần Văn Cường` (in capitals
        // every word looks capitalised, so not there).
        if !caseless
            && doc.capitalized(w.start)
            && doc.has_hit(w.start, LexKind::Surname)
            && doc
                .next_word(w.end)
                .is_some_and(|n| doc.capitalized(n.start))
        {
            break;
        }
        let phrase = doc
            .hits_at(w.start)
            .iter()
            .filter(|h| matches!(h.target, Target::LongForm { .. } | Target::Abbrev { .. }))
            .map(|h| h.end)
            .max();
        let and_capital = doc.word_is(w.start, LexKind::Conjunction)
            && doc
                .next_word(w.end)
                .is_some_and(|n| doc.capitalized(n.start));
        if let Some(e) = phrase {
            end = e;
            after_capital = false;
        } else if let Some((l, _)) = level_word_at(doc, w.start) {
            end = place_after(doc, l.end).unwrap_or(l.end);
            after_capital = false;
        } else if doc.capitalized(w.start) {
            end = w.end;
            after_capital = true;
        } else if and_capital
            || (after_capital && doc.phrase_at(w.start, LexKind::NotInBodyName).is_none())
        {
            end = w.end;
            after_capital = false;
        } else {
            break;
        }
    }
    end
}
