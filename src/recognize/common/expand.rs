//! Canonical forms of names that hold abbreviations: `UBND tỉnh` → `Ủy ban nhân dân tỉnh`.

use std::borrow::Cow;
use std::ops::Range;

use super::Found;
use crate::span::Kind;

/// The abbreviations found so far, sorted by start, for expanding organization names.
pub(crate) fn abbreviation_index(found: &Found) -> Vec<(usize, usize, usize)> {
    let mut v: Vec<(usize, usize, usize)> = found
        .of(Kind::Abbreviation)
        .filter(|(_, s)| s.expansion.is_some())
        .map(|(i, s)| (s.start, s.end, i))
        .collect();
    v.sort_unstable();
    v
}

/// The text of `range` with every abbreviation found inside replaced by its expansion
/// (borrowed from `text` when there is none).
pub(crate) fn expand_abbreviations<'a>(
    found: &Found<'_>,
    index: &[(usize, usize, usize)],
    text: &'a str,
    range: Range<usize>,
) -> Cow<'a, str> {
    let from = index.partition_point(|&(s, _, _)| s < range.start);
    let inside = |&&(s, e, _): &&(usize, usize, usize)| s < range.end && e <= range.end;
    if !index[from..]
        .iter()
        .take_while(|&&(s, _, _)| s < range.end)
        .any(|x| inside(&x))
    {
        return Cow::Borrowed(&text[range]);
    }
    let mut out = String::with_capacity(range.len() + 32);
    let mut pos = range.start;
    for &(s, e, i) in &index[from..] {
        if s >= range.end {
            break;
        }
        if s < pos || e > range.end {
            continue;
        }
        out.push_str(&text[pos..s]);
        out.push_str(found.span(i).expansion.as_deref().unwrap_or(&text[s..e]));
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
