//! Walking words of the normalized text next to a hit.
//!
//! A word is a maximal run of letters and digits. Recognizers read the few words next to
//! a dictionary hit through these helpers; none of them scans the whole text.

use std::ops::Range;

use crate::matcher::is_word_char;

/// The word that starts exactly at `pos`.
pub(crate) fn word_at(text: &str, pos: usize) -> Option<Range<usize>> {
    let rest = text.get(pos..)?;
    let len: usize = rest
        .chars()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(pos..pos + len)
}

/// The word after `pos`, separated from it by exactly one space.
pub(crate) fn next_word(text: &str, pos: usize) -> Option<Range<usize>> {
    if text.as_bytes().get(pos) != Some(&b' ') {
        return None;
    }
    word_at(text, pos + 1)
}

/// The word that ends right before `pos`, separated from it by exactly one space.
pub(crate) fn prev_word(text: &str, pos: usize) -> Option<Range<usize>> {
    if pos == 0 || text.as_bytes().get(pos - 1) != Some(&b' ') {
        return None;
    }
    word_ending_at(text, pos - 1)
}

/// The word that ends exactly at `end`.
pub(crate) fn word_ending_at(text: &str, end: usize) -> Option<Range<usize>> {
    let before = text.get(..end)?;
    let len: usize = before
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(end - len..end)
}

/// First letter upper case: `Trần`, `BIỆN`.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Every letter upper case, and more than one letter: `BIỆN`, `UBND`.
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && word.chars().all(|c| !c.is_lowercase())
}

/// Title case of a name: `BIỆN LUÂN` → `Biện Luân` (one helper for every recognizer).
pub(crate) use super::case::title_case;

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    #[test]
    fn walking() {
        let t = "Đại tá Phan Huy, Giám";
        assert_eq!(word_at(t, 0).map(|r| &t[r]), Some("Đại"));
        let dai = "Đại".len();
        assert_eq!(next_word(t, dai).map(|r| &t[r]), Some("tá"));
        let phan = t.find("Phan").unwrap_or(0);
        assert_eq!(prev_word(t, phan).map(|r| &t[r]), Some("tá"));
        assert_eq!(next_word(t, t.find(',').unwrap_or(0)), None);
        assert!(is_all_caps("BIỆN") && !is_all_caps("Biện") && !is_all_caps("A"));
        assert_eq!(title_case("BIỆN LUÂN"), "Biện Luân");
        assert!(matches!(
            title_case("Biện Luân"),
            Cow::Borrowed("Biện Luân")
        ));
        // A title-case letter (`ǅ`) already starts the word as title case asks.
        assert_eq!(title_case("ǅa"), "ǅa");
    }
}
