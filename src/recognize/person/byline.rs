//! Bylines: the writer's or photographer's name on its own line, before an agency, or
//! after `Ảnh:` (`Minh Anh/TTXVN`, `Ảnh: Khánh Huy`, `THU TRANG` ending the text).

use std::ops::Range;

use super::super::common::Doc;
use super::super::common::words::is_all_caps;
use super::context::is_foreign;
use crate::dict::LexKind;

/// What opens a byline before the name on its line (lower case, the line's start trimmed).
const BYLINE_OPENERS: &[&str] = &[
    "",
    "(",
    "theo",
    "(theo",
    "ảnh:",
    "(ảnh:",
    "tin, ảnh:",
    "tin và ảnh:",
    "bài, ảnh:",
    "bài và ảnh:",
    "tin:",
    "bài:",
    "nhóm pv:",
];

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
    // Agencies and sources stand where bylines do (`Ảnh: AFP`, `Ảnh: Reuters`, `Theo Dân
    // Trí`); initials (`Ảnh: Đ. T`) name no one the reader can tell.
    // So do foreign words (`Ảnh: Business Insider`) and newspapers (`Ảnh: Lao Động`).
    if (words == 1 && is_all_caps(name))
        || name.split([' ', '.']).all(|w| w.chars().count() <= 1)
        || name.split(' ').any(is_foreign)
        || doc
            .lookup_at(range.start, LexKind::NotName)
            .is_some_and(|(r, _)| r.end == range.end)
    {
        return false;
    }
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
    // `Ảnh: Khánh Huy` anywhere: the credit of a photo, ending its line or bracket
    // (`Ảnh: Cảnh sát ...` is a caption).
    if before.trim_end().ends_with("ảnh:") {
        return rest.is_empty() || rest.starts_with([')', '/']);
    }
    let prefix = match before.rfind('\n') {
        Some(i) => before[i + 1..].trim(),
        None if from == 0 => before.trim(),
        None => return false,
    };
    if !BYLINE_OPENERS.contains(&prefix) {
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
