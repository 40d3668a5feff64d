//! What may follow a body's name: its committee (`Ban Tuyên giáo Tỉnh ủy`), its level and
//! place (`Sở Tư pháp tỉnh Hà Giang`), and the expansions of an abbreviated committee.

use super::super::common::place::{known_place_at, level_word_at, place_after};
use super::super::common::{Doc, Hit, Target};
use crate::dict::LexKind;

/// A committee (`Tỉnh ủy`) written at `pos`.
pub(super) fn committee(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    if doc.str().as_bytes().get(pos.wrapping_sub(1)) != Some(&b' ') {
        return None;
    }
    // An abbreviated committee: `Ban Tuyên giáo T.Ư`.
    let abbreviated = doc
        .hits_at(pos)
        .iter()
        .filter(|h| expansions(doc, h).any(|e| doc.entry_named(e, LexKind::Committee).is_some()))
        .map(|h| h.end)
        .max();
    doc.hit_end(pos, LexKind::Committee)
        .max(doc.hit_end(pos, LexKind::Org))
        .max(abbreviated)
}

/// The expansions the abbreviation `hit` may stand for (none for other hits).
pub(super) fn expansions<'a>(doc: &Doc<'a>, hit: &Hit) -> impl Iterator<Item = &'a str> {
    let senses: &'a [u32] = match hit.target {
        Target::Abbrev { group, .. } => &doc.group(group).senses,
        _ => &[],
    };
    senses.iter().map(|&s| doc.sense(s).expansion.as_str())
}

/// An abbreviation and the word after it that together name a listed body: `T.Ư Đảng`
/// (`Trung ương Đảng`). Returns the end of that word.
pub(super) fn abbreviated_body(doc: &Doc<'_>, hit: &Hit) -> Option<usize> {
    let w = doc.next_word(hit.end)?;
    let word = &doc.str()[w.clone()];
    expansions(doc, hit)
        .any(|e| {
            doc.entry_named(&format!("{e} {word}"), LexKind::Org)
                .is_some()
        })
        .then_some(w.end)
}

/// After `end`: a level word (`tỉnh`, `thành phố`, `TP.`) and maybe a place name, or a
/// known place name alone. Returns the end of what was taken.
pub(super) fn level_and_place(doc: &Doc<'_>, end: usize) -> Option<usize> {
    doc.next_word(end)?;
    let pos = end + 1;
    // A place the dictionary knows, level and all (`TP.HCM`), or a level word and a name.
    let known = known_place_at(doc, pos);
    if let Some((level, _)) = level_word_at(doc, pos) {
        let after = place_after(doc, level.end).unwrap_or(level.end);
        return Some(after.max(known.unwrap_or(0)));
    }
    // Without a level word only a place the dictionary knows completes the body.
    known
}

/// A complete organization may carry its committee (`Ban Tuyên giáo Tỉnh ủy`), then its
/// level and place (`Tỉnh ủy Tuyên Quang`, `Sở Tư pháp tỉnh Hà Giang`).
pub(super) fn extend_tail(doc: &Doc<'_>, end: usize) -> usize {
    let end = committee(doc, end + 1).unwrap_or(end);
    level_and_place(doc, end).unwrap_or(end)
}
