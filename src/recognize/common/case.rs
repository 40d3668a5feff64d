//! Case helpers for text whose capitals say nothing (all capitals, headlines, unaccented
//! text typed in lower case): the form a name takes when no dictionary entry decides it.

use std::borrow::Cow;

use crate::normalize::is_word_char;

/// Each syllable capitalised, the rest of its letters lower case: `NGUYỄN VĂN HÙNG` →
/// `Nguyễn Văn Hùng`, `nguyen van hung` → `Nguyen Van Hung`; borrowed when it is already.
/// Letters whose case changes their length are left as they are.
pub(crate) fn title_case(name: &str) -> Cow<'_, str> {
    let mut start = true;
    let already = name.chars().all(|c| {
        let ok = if start {
            !c.is_lowercase()
        } else {
            !c.is_uppercase()
        };
        start = !is_word_char(c);
        ok
    });
    if already {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        let mut changed = if start {
            one(c.to_uppercase())
        } else {
            one(c.to_lowercase())
        };
        if changed.is_none_or(|d| d.len_utf8() != c.len_utf8()) {
            changed = Some(c);
        }
        out.push(changed.unwrap_or(c));
        start = !is_word_char(c);
    }
    Cow::Owned(out)
}

/// The only character of `it`, if it holds one.
fn one(mut it: impl Iterator<Item = char>) -> Option<char> {
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_syllable_capitalised() {
        for (given, want) in [
            ("NGUYỄN VĂN HÙNG", "Nguyễn Văn Hùng"),
            ("nguyen van hung", "Nguyen Van Hung"),
            ("ĐẶNG THỊ NGỌC THỊNH", "Đặng Thị Ngọc Thịnh"),
            ("H'HEN NIÊ", "H'Hen Niê"),
            ("Y-MOAN", "Y-Moan"),
            ("", ""),
        ] {
            assert_eq!(title_case(given), want, "{given:?}");
            // Idempotent, and borrowed the second time.
            assert!(matches!(title_case(want), Cow::Borrowed(_)), "{want:?}");
        }
    }
}
