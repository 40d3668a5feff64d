//! Unicode NFC, done only where the text is not already NFC.
//!
//! Text can be cut before any character that is a starter (canonical combining class 0)
//! with `NFC_Quick_Check = Yes`: composition never reaches across such a character. The
//! scanner keeps runs of those characters as they are and composes only the short chunks
//! that start at one and run over the characters that are not.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// True when NFC can never change `c` or join it with the character before it.
#[inline]
pub(crate) fn is_safe_starter(c: char) -> bool {
    let u = c as u32;
    // ASCII and the precomposed Vietnamese letters: the bulk of the text, all safe.
    if u < 0x300 || (0x1EA0..=0x1EF9).contains(&u) {
        return true;
    }
    canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// End of the chunk that starts at `start` (a character boundary): the first safe starter
/// after the first character, or the end of `text`.
pub(crate) fn chunk_end(text: &str, start: usize) -> usize {
    let mut chars = text[start..].char_indices();
    let Some((_, first)) = chars.next() else {
        return start;
    };
    let mut end = start + first.len_utf8();
    for (i, c) in chars {
        if is_safe_starter(c) {
            return start + i;
        }
        end = start + i + c.len_utf8();
    }
    end
}

/// The NFC form of a chunk.
pub(crate) fn compose_chunk(chunk: &str, out: &mut String) {
    out.clear();
    if let Some(c) = compose_simple(chunk) {
        out.push(c);
    } else {
        out.extend(chunk.nfc());
    }
}

/// A letter followed by marks in canonical order that each compose with it (`e`, U+0323,
/// U+0302 → `ệ`): the shape every decomposed Vietnamese letter has, done without the
/// general algorithm's buffers. `None` when the chunk has any other shape.
fn compose_simple(chunk: &str) -> Option<char> {
    let mut chars = chunk.chars();
    let mut c = chars.next()?;
    // The starter must be stable under NFC itself (U+2000 is not: it becomes U+2002).
    if canonical_combining_class(c) != 0 || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes {
        return None;
    }
    let mut last_class = 0;
    for m in chars {
        let class = canonical_combining_class(m);
        if class == 0 || class < last_class {
            return None;
        }
        last_class = class;
        c = unicode_normalization::char::compose(c, m)?;
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_run_over_combining_marks() {
        let s = "xe\u{0302}\u{0301}y";
        assert_eq!(chunk_end(s, 1), 6);
        assert_eq!(chunk_end(s, 0), 1);
        let mut out = String::new();
        compose_chunk(&s[1..6], &mut out);
        assert_eq!(out, "ế");
    }

    #[test]
    fn simple_composition_agrees_with_the_general_one() {
        for s in [
            "e\u{0302}\u{0301}",
            "e\u{0323}\u{0302}",
            "o\u{031B}\u{0300}",
            "a\u{0306}\u{0303}",
            "u\u{031B}",
            "y\u{0309}",
        ] {
            let general: String = s.nfc().collect();
            assert_eq!(compose_simple(s).map(String::from), Some(general), "{s:?}");
        }
        // Marks out of canonical order, or that do not compose, take the general path.
        assert_eq!(compose_simple("e\u{0302}\u{0323}"), None);
        assert_eq!(compose_simple("x\u{0302}"), None);
        assert_eq!(compose_simple("\u{2000}"), None);
        assert_eq!(compose_simple("\u{2000}\u{0301}"), None);
    }

    #[test]
    fn partly_decomposed() {
        // ẹ + combining circumflex -> ệ
        let mut out = String::new();
        compose_chunk("\u{1EB9}\u{0302}", &mut out);
        assert_eq!(out, "ệ");
        assert!(!is_safe_starter('\u{0302}'));
        assert!(is_safe_starter('ệ'));
    }
}
