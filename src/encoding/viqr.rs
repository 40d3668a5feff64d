//! VIQR (RFC 1456): Vietnamese written in ASCII with mark characters after the vowel.
//!
//! - Modifiers directly after the vowel: `^` circumflex (`a^` â, `e^` ê, `o^` ô), `(` breve
//!   (`a(` ă), `+` horn (`o+` ơ, `u+` ư).
//! - Then at most one tone: `'` sắc, `` ` `` huyền, `?` hỏi, `~` ngã, `.` nặng.
//! - `dd` is đ; `DD` and `Dd` are Đ.
//! - `\` makes the next mark character (or `\`, `d`, `D`) literal: `ra\.` is "ra.".
//! - A mark character that cannot apply (after a consonant, a second tone, `(` after `o`)
//!   is literal.
//!
//! Unescaped `.` and `?` after a vowel are ambiguous: `nghi.` is "nghị", but `ra. Giai` is
//! a sentence end. They are read as punctuation, not as a tone, only when they end the text
//! (trailing whitespace aside), or when they are followed by spaces and then a capitalized
//! word while the word they end is not capitalized itself (so that names keep their tone:
//! `Thi. Chie^n` is "Thị Chiên"). Everywhere else, including at the end of a line, they are
//! tones; writers put the tone first and the sentence mark after it (`nghi..` = "nghị.").
//! Characters outside ASCII pass through unchanged.

use super::legacy::into_nfc;
use super::tables::{ACUTE, DOT, GRAVE, HOOK, Modifier, NO_TONE, TILDE, modify, vowel_char};

/// Output that remembers whether the current word started with a capital.
struct Out {
    text: String,
    /// `Some(first letter is uppercase)` inside a word, `None` between words.
    word_cap: Option<bool>,
}

impl Out {
    fn push(&mut self, c: char) {
        if c.is_alphabetic() {
            if self.word_cap.is_none() {
                self.word_cap = Some(c.is_uppercase());
            }
        } else {
            self.word_cap = None;
        }
        self.text.push(c);
    }
}

fn modifier_of(b: u8) -> Option<Modifier> {
    match b {
        b'^' => Some(Modifier::Circumflex),
        b'(' => Some(Modifier::Breve),
        b'+' => Some(Modifier::Horn),
        _ => None,
    }
}

fn tone_of(b: u8) -> Option<usize> {
    match b {
        b'\'' => Some(ACUTE),
        b'`' => Some(GRAVE),
        b'?' => Some(HOOK),
        b'~' => Some(TILDE),
        b'.' => Some(DOT),
        _ => None,
    }
}

fn vowel_row(b: u8) -> Option<(usize, bool)> {
    let row = match b.to_ascii_lowercase() {
        b'a' => 0,
        b'e' => 3,
        b'i' => 5,
        b'o' => 6,
        b'u' => 9,
        b'y' => 11,
        _ => return None,
    };
    Some((row, b.is_ascii_uppercase()))
}

/// Characters a backslash makes literal.
fn is_escapable(b: u8) -> bool {
    matches!(
        b,
        b'\'' | b'`' | b'?' | b'~' | b'.' | b'^' | b'(' | b'+' | b'\\' | b'd' | b'D'
    )
}

/// Whether the `.` or `?` at `at` (right after a vowel) is sentence punctuation.
fn is_sentence_mark(bytes: &[u8], at: usize, word_is_capitalized: bool) -> bool {
    let mut k = at + 1;
    while k < bytes.len() && matches!(bytes[k], b' ' | b'\t') {
        k += 1;
    }
    if k == bytes.len() {
        return true;
    }
    if matches!(bytes[k], b'\n' | b'\r') {
        return bytes[k..].iter().all(u8::is_ascii_whitespace);
    }
    if k == at + 1 || word_is_capitalized || !bytes[k].is_ascii_uppercase() {
        return false;
    }
    // A capitalized word: one capital (or DD/Dd for Đ), then a lowercase letter.
    let mut m = k;
    if bytes[m] == b'D' && matches!(bytes.get(m + 1), Some(b'D' | b'd')) {
        m += 1;
    }
    bytes.get(m + 1).is_some_and(u8::is_ascii_lowercase)
}

/// Decode VIQR text to NFC.
pub(crate) fn decode_viqr(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Out {
        text: String::with_capacity(text.len()),
        word_cap: None,
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !b.is_ascii() {
            // `i` is always on a character boundary: it only advances over ASCII bytes or
            // whole characters.
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let next = bytes.get(i + 1).copied();
        match (b, next) {
            (b'\\', Some(n)) if is_escapable(n) => {
                out.push(char::from(n));
                i += 2;
                continue;
            }
            (b'd', Some(b'd')) => {
                out.push('đ');
                i += 2;
                continue;
            }
            (b'D', Some(b'D' | b'd')) => {
                out.push('Đ');
                i += 2;
                continue;
            }
            _ => {}
        }
        let Some((mut row, upper)) = vowel_row(b) else {
            out.push(char::from(b));
            i += 1;
            continue;
        };
        let mut j = i + 1;
        if let Some(m) = bytes.get(j).copied().and_then(modifier_of) {
            if let Some(r) = modify(row, m) {
                row = r;
                j += 1;
            }
        }
        let mut tone = NO_TONE;
        if let Some(t) = bytes.get(j).copied().and_then(tone_of) {
            let punctuation = matches!(bytes[j], b'.' | b'?')
                && is_sentence_mark(bytes, j, out.word_cap.unwrap_or(upper));
            if !punctuation {
                tone = t;
                j += 1;
            }
        }
        out.push(vowel_char(row, tone, upper));
        i = j;
    }
    into_nfc(out.text)
}

#[cfg(test)]
mod tests {
    use super::decode_viqr;

    #[test]
    fn marks_and_tones() {
        assert_eq!(decode_viqr("Vie^.t Nam"), "Việt Nam");
        assert_eq!(decode_viqr("tru+o+`ng ho.c"), "trường học");
        assert_eq!(decode_viqr("a( a^ e^ o^ o+ u+"), "ă â ê ô ơ ư");
        assert_eq!(decode_viqr("a' a` a? a~ a. x"), "á à ả ã ạ x");
        assert_eq!(decode_viqr("DDa^`u dda^`u Ddo"), "Đầu đầu Đo");
        assert_eq!(decode_viqr("HO^.I NGHI., DDU+'C"), "HỘI NGHỊ, ĐỨC");
    }

    #[test]
    fn escapes_and_literals() {
        assert_eq!(decode_viqr(r"ra\. Giai"), "ra. Giai");
        assert_eq!(decode_viqr(r"a\'b \\ \d\d"), r"a'b \ dd");
        assert_eq!(decode_viqr(r"C:\path"), r"C:\path");
        assert_eq!(decode_viqr("b' o( 1+1 e(x)"), "b' o( 1+1 e(x)");
        assert_eq!(decode_viqr("a''"), "á'");
        assert_eq!(decode_viqr("trailing\\"), "trailing\\");
    }

    #[test]
    fn sentence_marks() {
        assert_eq!(decode_viqr("nghi.. Du+.."), "nghị. Dự.");
        assert_eq!(decode_viqr("Ha` No^.i."), "Hà Nội.");
        assert_eq!(decode_viqr("dde^` ra. Giai ddoa.n"), "đề ra. Giai đoạn");
        assert_eq!(decode_viqr("ra. DDi"), "ra. Đi");
        assert_eq!(decode_viqr("Thi. Chie^n"), "Thị Chiên");
        assert_eq!(decode_viqr("ve^. ANTQ"), "vệ ANTQ");
        assert_eq!(decode_viqr("nghi.\n\nQua"), "nghị\n\nQua");
        assert_eq!(decode_viqr("ddi dda^u?"), "đi đâu?");
        assert_eq!(decode_viqr("ddi dda^u? \n"), "đi đâu? \n");
        assert_eq!(decode_viqr("ddi dda^u? To^i"), "đi đâu? Tôi");
    }

    #[test]
    fn non_ascii_passes_through() {
        assert_eq!(decode_viqr("“Na^ng” – x"), "“Nâng” – x");
        assert_eq!(decode_viqr("e\u{302}"), "ê");
    }
}
