//! Places after level words, shared by organizations (`UBND tỉnh Hà Giang`) and places
//! (`xã Nà Chì`).

use std::ops::Range;

use super::words::{is_all_caps, is_capitalized, next_word, word_at};
use super::{Doc, Target};
use crate::dict::{LexEntry, LexKind};

/// Longest place name taken after a level word when the dictionary does not know it.
const MAX_PLACE_WORDS: usize = 4;

/// A place name right after a level word that ends at `end`.
pub(crate) fn place_after(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let text = doc.str();
    // `TP.HCM`: the level's dot runs straight into the name.
    let pos = if text[..end].ends_with('.') && word_at(text, end).is_some() {
        end
    } else {
        next_word(text, end)?.start
    };
    place_at(doc, pos)
}

/// A place name starting at `pos`: a dictionary place, or capitalised words that do not
/// start a person's name.
pub(crate) fn place_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let text = doc.str();
    let hits = doc.hits_at(pos);
    if let Some(end) = known_place_at(doc, pos) {
        return Some(end);
    }
    let blocked = hits
        .iter()
        .any(|h| matches!(h.target, Target::Lex { kind, .. } if kind != LexKind::Place))
        || hits
            .iter()
            .any(|h| matches!(h.target, Target::Abbrev { .. }));
    let w = word_at(text, pos)?;
    if blocked
        || !is_capitalized(&text[w.clone()])
        || text[w.clone()].chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let mut e = w.end;
    let mut n = 1;
    while n < MAX_PLACE_WORDS {
        match next_word(text, e) {
            Some(nw) if is_capitalized(&text[nw.clone()]) && doc.hits_at(nw.start).is_empty() => {
                e = nw.end;
                n += 1;
            }
            _ => break,
        }
    }
    Some(e)
}

/// A level word at `pos`. A capitalised one-word level (`Sóc`, `Bản`) is more likely part
/// of a name; `Thành phố`, `TP.` and lower-case levels count.
pub(crate) fn level_word_at<'a>(doc: &Doc<'a>, pos: usize) -> Option<(Range<usize>, &'a LexEntry)> {
    let (r, e) = doc.lookup_at(pos, LexKind::Level)?;
    let written = &doc.str()[r.clone()];
    let one_word = !written.contains(' ');
    // Short forms are written in capitals or with a dot: `TP`, `TX`, `H.`, `Q.`.
    let short_form = written.ends_with('.') || is_all_caps(written);
    if one_word && is_capitalized(written) && !short_form {
        return None;
    }
    Some((r, e))
}

/// A place from the dictionary (or an abbreviation naming one) starting at `pos`.
pub(crate) fn known_place_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    doc.hits_at(pos)
        .iter()
        .filter(|h| match h.target {
            Target::Lex { kind, .. } => kind == LexKind::Place,
            Target::Abbrev { group, .. } => {
                let g = doc.group(group);
                doc.sense(g.senses[0]).entity == "location"
            }
            Target::LongForm { .. } => false,
        })
        .map(|h| h.end)
        .max()
}
