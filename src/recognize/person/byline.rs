//! Bylines: the writer's or photographer's name on its own line, before an agency, or
//! after `Ảnh:` (`Minh Anh/TTXVN`, `Ảnh: Khánh Huy`, `THU TRANG` ending the text).

use std::ops::Range;

use super::super::common::Doc;
use super::super::common::words::is_all_caps;
use super::context::is_foreign;
use crate::dict::LexKind;

/// Does `range` stand as a byline: alone on its line (`Minh Anh`), before an agency or a
/// source (`Minh Anh/TTXVN`, `Thu Hà (T/h)`), or after `Ảnh:` (`Ảnh: Khánh Huy`)? Looks at
/// most a few dozen bytes either side.
pub(crate) fn is_byline(doc: &Doc<'_>, range: &Range<usize>, words: usize) -> bool {
    let text = doc.str();
    let lower = doc.lower();
    let mut from = range.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &lower[from..range.start];
    let name = &text[range.clone()];
    // Where the name stands first (a few bytes read): most runs stand inside a line.
    let mut to = (range.end + 48).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[range.end..to];
    let rest = match after.find('\n') {
        Some(i) => &after[..i],
        None if to == text.len() => after,
        None => return false,
    };
    let rest = rest.trim_end();
    let credit = before.trim_end().ends_with("ảnh:");
    let line_at = match before.rfind('\n') {
        _ if credit => range.start,
        Some(i) => from + i + 1,
        None if from == 0 => from,
        None => return false,
    };
    // Agencies and sources stand where bylines do (`Ảnh: AFP`, `Ảnh: Reuters`, `Theo Dân
    // Trí`); initials (`Ảnh: Đ. T`) name no one the reader can tell.
    // So do foreign words (`Ảnh: Business Insider`) and newspapers (`Ảnh: Lao Động`).
    if (words == 1 && doc.all_caps(range.clone()))
        || name.split([' ', '.']).all(|w| w.chars().count() <= 1)
        || words_of(text, range).any(|w| is_foreign(doc, w))
        || doc
            .lookup_at(range.start, LexKind::NotName)
            .is_some_and(|(r, _)| r.end == range.end)
    {
        return false;
    }
    // `Ảnh: Khánh Huy` anywhere: the credit of a photo, ending its line or bracket
    // (`Ảnh: Cảnh sát ...` is a caption).
    if credit {
        return rest.is_empty() || rest.starts_with([')', '/']);
    }
    let line = &lower[line_at..range.start];
    let prefix = line.trim();
    // What opens a byline before the name on its line: nothing, `Theo`, or a phrase of the
    // `byline` list (`Tin, ảnh:`), maybe after a bracket.
    let opener = prefix.strip_prefix('(').unwrap_or(prefix);
    let opener_at =
        line_at + (line.len() - line.trim_start().len()) + (prefix.len() - opener.len());
    if !(opener.is_empty()
        || opener == "theo"
        || doc.spells(opener_at..opener_at + opener.len(), LexKind::Byline))
    {
        return false;
    }
    // A line in capitals is a heading (`CHẾ ĐỘ`) unless a byline word opens it or it ends
    // the text.
    if prefix.is_empty() && is_all_caps(name.split(' ').next().unwrap_or(name)) {
        return rest.is_empty() && text[range.end..].trim_end().is_empty();
    }
    // `Theo Dân Trí` is a source; `Theo Minh Khôi/Vnexpress` a writer and a source.
    if prefix.ends_with("theo") {
        return rest.starts_with('/');
    }
    if rest.is_empty() {
        // A lone word on a line is as often a heading (`Safe`, `Zing`) as a name.
        return words >= 2;
    }
    rest.starts_with('/') || (rest.starts_with(" (") && rest.ends_with(')'))
}

/// The byte ranges of the space-separated parts of `range` of the text.
fn words_of<'t>(text: &'t str, range: &Range<usize>) -> impl Iterator<Item = Range<usize>> + 't {
    let mut at = range.start;
    text[range.clone()].split(' ').map(move |w| {
        let r = at..at + w.len();
        at += w.len() + 1;
        r
    })
}

/// Where the name in a byline at the end of the text starts: after the last phrase of the
/// `byline` list (`Tin, ảnh:`) in the last 120 bytes.
pub(crate) fn byline_start(doc: &Doc<'_>) -> Option<usize> {
    let table = doc.table();
    let from = doc.str().len().saturating_sub(120);
    let first = table.start.partition_point(|&s| (s as usize) < from);
    (first..table.len())
        .filter(|&row| doc.starts(row, LexKind::Byline))
        .filter_map(|row| doc.entry_at(row, LexKind::Byline).map(|(r, _)| r.end))
        .max()
        .map(|p| {
            let t = doc.str();
            p + t[p..].len() - t[p..].trim_start().len()
        })
}
