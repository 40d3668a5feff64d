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
    out.extend(chunk.nfc());
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
    fn partly_decomposed() {
        // ẹ + combining circumflex -> ệ
        let mut out = String::new();
        compose_chunk("\u{1EB9}\u{0302}", &mut out);
        assert_eq!(out, "ệ");
        assert!(!is_safe_starter('\u{0302}'));
        assert!(is_safe_starter('ệ'));
    }
}
