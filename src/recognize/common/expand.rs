//! Canonical forms of names that hold abbreviations: `UBND tỉnh` → `Ủy ban nhân dân tỉnh`.

use std::borrow::Cow;
use std::ops::Range;

use super::Found;
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
        out.push_str(a.expansion.as_deref().unwrap_or(&text[s..e]));
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
