//! Canonical forms of names that hold abbreviations: `UBND tỉnh` → `Ủy ban nhân dân tỉnh`,
//! and of bodies written in capitals or without marks: `CÔNG AN TỈNH` → `Công an tỉnh`.

use std::borrow::Cow;
use std::ops::Range;

use super::case::title_case;
use super::{Doc, Found, Target};
use crate::dict::LexKind;
use crate::span::Kind;

/// The text of `range` with every abbreviation found inside replaced by its expansion
/// (borrowed from `text` when there is none).
pub(crate) fn expand_abbreviations<'a>(
    found: &Found<'_>,
    text: &'a str,
    range: Range<usize>,
) -> Cow<'a, str> {
    let mut inside = found
        .inside(range.clone(), Kind::Abbreviation.into())
        .filter(|s| s.expansion.is_some())
        .peekable();
    if inside.peek().is_none() {
        return Cow::Borrowed(&text[range]);
    }
    let mut out = String::with_capacity(range.len() + 32);
    let mut pos = range.start;
    for a in inside {
        let (s, e) = (a.start, a.end);
        if s < pos {
            continue;
        }
        out.push_str(&text[pos..s]);
        out.push_str(a.text(a.expansion).unwrap_or(&text[s..e]));
        pos = e;
        // `TP.Hà Nội` expands to `thành phố Hà Nội`: the dot that glued them goes.
        if e < range.end
            && text[e..].starts_with('.')
            && text[e + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            out.push(' ');
            pos += 1;
        }
    }
    out.push_str(&text[pos..range.end]);
    Cow::Owned(out)
}

/// The canonical form of a body written over `range`. As written, with abbreviations
/// expanded ([`expand_abbreviations`]); in a segment in capitals or written without marks,
/// word by word: an abbreviation by its expansion, a word a list decides as the list writes
/// it (`TỈNH` → `tỉnh`, `Quang Ngai` → `Quảng Ngãi`, `CONG AN` → `Công an`), and any other
/// word keeping its letters, capitalised (`MINH LONG` → `Minh Long`).
pub(crate) fn body_canonical<'a>(
    doc: &Doc<'a>,
    found: &Found<'_>,
    range: Range<usize>,
) -> Cow<'a, str> {
    let text = doc.str();
    let plain = doc
        .row_at(range.start)
        .is_some_and(|r| doc.unaccented(r) || doc.case_cue(r).is_none());
    if !plain {
        return expand_abbreviations(found, text, range);
    }
    let mut out = String::with_capacity(range.len() + 32);
    let mut pos = range.start;
    while pos < range.end {
        let Some(w) = doc.word_at(pos).filter(|w| w.start == pos) else {
            let c = text[pos..].chars().next().unwrap_or(' ');
            out.push(c);
            pos += c.len_utf8();
            continue;
        };
        let (piece, end) = decided_at(doc, found, pos, range.end)
            .unwrap_or_else(|| (title_case(&text[w.clone()]), w.end));
        out.push_str(&piece);
        pos = end;
    }
    Cow::Owned(out)
}

/// What a list decides for the words at `pos` (ending by `limit`): an abbreviation's
/// expansion, or the written form of the longest place, level word, body or long form.
fn decided_at<'a>(
    doc: &Doc<'a>,
    found: &Found<'_>,
    pos: usize,
    limit: usize,
) -> Option<(Cow<'a, str>, usize)> {
    if let Some(a) = found
        .starting(pos, Kind::Abbreviation.into())
        .find(|a| a.end <= limit && a.expansion.is_some())
    {
        let expansion = a.text(a.expansion).unwrap_or_default();
        return Some((Cow::Owned(expansion.to_owned()), a.end));
    }
    doc.hits_at(pos)
        .iter()
        .filter(|h| h.end <= limit)
        .filter_map(|h| {
            let written = match h.target {
                Target::Lex { entry, kind } => {
                    let listed = matches!(
                        kind,
                        LexKind::Place
                            | LexKind::Level
                            | LexKind::Org
                            | LexKind::OrgHead
                            | LexKind::Committee
                    );
                    listed.then(|| doc.entry(entry).canonical.as_str())?
                }
                Target::LongForm { sense } => doc.sense(sense).expansion.as_str(),
                Target::Abbrev { .. } => return None,
            };
            Some((h.end, written))
        })
        .max_by_key(|(end, _)| *end)
        .map(|(end, written)| (Cow::Borrowed(written), end))
}
