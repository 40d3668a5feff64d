//! Legacy Vietnamese encodings: detection and decoding to Unicode (NFC).
//!
//! Supported: UTF-8, TCVN3 (ABC, VN3), VNI-Windows, VIQR (RFC 1456), VISCII and
//! Windows-1258. [`decode`] detects the encoding, [`decode_as`] takes it from the caller;
//! both return NFC text. [`from_utf8`] and [`from_utf8_lossy`] are the plain UTF-8 entry
//! points.
//!
//! ```
//! use nhan::encoding::{Encoding, decode};
//!
//! // "Việt Nam" in TCVN3 bytes (ệ is 0xD6).
//! let (text, encoding) = decode(b"Vi\xd6t Nam").unwrap();
//! assert_eq!(text, "Việt Nam");
//! assert_eq!(encoding, Encoding::Tcvn3);
//!
//! // VIQR is plain ASCII.
//! let (text, encoding) = decode(b"Tie^'ng Vie^.t").unwrap();
//! assert_eq!((text.as_str(), encoding), ("Tiếng Việt", Encoding::Viqr));
//! ```
//!
//! # Detection
//!
//! Every candidate decoding of a sample (up to 256 KiB from the line holding the first
//! non-ASCII byte) is scored: each word with a non-ASCII letter counts +1 when it is a
//! well-formed Vietnamese syllable and −2 when it is not, and characters that mojibake
//! produces (C0/C1 controls, U+FFFD, Latin-1 symbols such as `§ ¸ ©`) count −2. The
//! candidates are:
//!
//! - input that is valid UTF-8: UTF-8 itself; VIQR when the text has no non-ASCII letters
//!   and at least one vowel modifier (`a^ e^ o^ a( o+ u+`; tone marks alone also occur in
//!   English, as in `I'm`); and, when every character has a Windows-1252 byte, the four
//!   byte encodings applied to those bytes. That last case is "mojibake": TCVN3 or
//!   VNI-Windows bytes that were once read as Windows-1252 and saved as UTF-8 (`ChiÒu` for
//!   "Chiều"). Another candidate wins only with a positive score higher than UTF-8's, so
//!   valid UTF-8 never fails.
//! - any other input: TCVN3, VNI-Windows, VISCII and Windows-1258 on the raw bytes. The
//!   best must have a positive score, otherwise [`decode`] returns [`Error::Decode`].
//!
//! Ties go to the earlier variant in the declaration order of [`Encoding`]
//! (UTF-8, TCVN3, VNI-Windows, VIQR, VISCII, Windows-1258).
//!
//! # Conventions
//!
//! - TCVN3 has no capitals with tones; they are written as the capital base letter followed
//!   by the lowercase toned letter (`A` 0xB8 = `Á`, `Ê` 0xD6 = `Ệ`) and decode to one
//!   letter. Bytes 0x80..=0x9F, which TCVN3 leaves unassigned, are read as Windows-1252
//!   (curly quotes, dashes); the unassigned cells of 0xA0..=0xFF hold the TCVN 5712 VN1
//!   capitals and 0xB0..=0xB4 the combining tone marks.
//! - VNI-Windows writes most letters as an ASCII base plus a mark byte of the same case;
//!   bytes that are not VNI (or a mark with no base vowel) are read as Windows-1252.
//!   0xEC/0xCC are ì/Ì. Some converters (the table published with the
//!   `vietnamese-conversion` package among them) also write ỹ/Ỹ as 0xEC/0xCC; that text
//!   cannot tell ỹ from ì, and it decodes as ì. The same tables write ỷ/Ỷ as a lone
//!   0xEB/0xCB, which is decoded as such.
//! - VIQR: after a vowel, `^` `(` `+` add circumflex, breve, horn (where Vietnamese has
//!   them) and then `'` `` ` `` `?` `~` `.` add sắc, huyền, hỏi, ngã, nặng; `dd`/`DD`/`Dd`
//!   are đ/Đ; `\` makes the next mark character (or `\`, `d`, `D`) literal; a mark that
//!   cannot apply is literal. Unescaped `.` and `?` after a vowel are read as punctuation
//!   only at the end of the text, or before a capitalized word when the current word is not
//!   capitalized (`ra. Giai` is "ra. Giai", `Thi. Chie^n` is "Thị Chiên", `nghi.` at the
//!   end of a line is "nghị", `nghi..` is "nghị.").
//! - Unassigned bytes never fail: they become the C1 control of the same value.
//!
//! Decoding is one pass over the bytes into one output `String`; it never panics.

mod legacy;
mod score;
mod tables;
mod viqr;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::{Error, Result};

/// A text encoding nhan can decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 (decoded text is normalized to NFC).
    Utf8,
    /// TCVN 5712:1993 VN3, the "ABC" encoding of the `.Vn` fonts.
    Tcvn3,
    /// VNI-Windows, the encoding of the `VNI-` fonts.
    VniWindows,
    /// VIQR (RFC 1456): ASCII with mark characters after the vowels.
    Viqr,
    /// VISCII (RFC 1456).
    Viscii,
    /// Windows-1258 (code page 1258), with combining tone marks.
    Cp1258,
}

impl Encoding {
    /// All encodings, in the order used to break detection ties.
    pub const ALL: [Encoding; 6] = [
        Encoding::Utf8,
        Encoding::Tcvn3,
        Encoding::VniWindows,
        Encoding::Viqr,
        Encoding::Viscii,
        Encoding::Cp1258,
    ];

    /// The usual name: `UTF-8`, `TCVN3`, `VNI-Windows`, `VIQR`, `VISCII`, `windows-1258`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Tcvn3 => "TCVN3",
            Encoding::VniWindows => "VNI-Windows",
            Encoding::Viqr => "VIQR",
            Encoding::Viscii => "VISCII",
            Encoding::Cp1258 => "windows-1258",
        }
    }

    /// Whether this is one of the four single-byte table encodings.
    fn is_byte_table(self) -> bool {
        matches!(
            self,
            Encoding::Tcvn3 | Encoding::VniWindows | Encoding::Viscii | Encoding::Cp1258
        )
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Check that `bytes` are UTF-8 and borrow them as `&str` (no normalization).
///
/// # Errors
///
/// [`Error::InvalidUtf8`] naming `source_name` and the byte offset of the first invalid
/// sequence.
pub fn from_utf8<'a>(bytes: &'a [u8], source_name: &str) -> Result<&'a str> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        source_name: source_name.to_owned(),
        offset: e.valid_up_to(),
    })
}

/// Read `bytes` as UTF-8, replacing each invalid sequence with U+FFFD (no normalization).
pub fn from_utf8_lossy(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Decode `bytes` as `encoding`, to NFC.
///
/// For the four byte encodings (TCVN3, VNI-Windows, VISCII, Windows-1258), input that is
/// valid UTF-8, holds non-ASCII characters and has a Windows-1252 byte for each of them is
/// taken as mojibake: the characters are turned back into those bytes first.
///
/// # Errors
///
/// [`Error::Decode`] when `encoding` is UTF-8 or VIQR and `bytes` are not valid UTF-8
/// (the offset is that of the first invalid sequence). The byte encodings never fail.
pub fn decode_as(bytes: &[u8], encoding: Encoding) -> Result<String> {
    match encoding {
        Encoding::Utf8 | Encoding::Viqr => {
            let text = std::str::from_utf8(bytes).map_err(|e| Error::Decode {
                encoding: encoding.name(),
                offset: e.valid_up_to(),
                message: "invalid UTF-8 sequence".to_owned(),
            })?;
            Ok(decode_text(text, encoding))
        }
        _ => Ok(match mojibake_bytes(bytes) {
            Some(raw) => decode_bytes(&raw, encoding),
            None => decode_bytes(bytes, encoding),
        }),
    }
}

/// Detect the encoding of `bytes` and decode them to NFC; see the module documentation for
/// how candidates are scored and ties broken. Empty input is empty UTF-8.
///
/// # Errors
///
/// [`Error::Decode`] when `bytes` are not valid UTF-8 and no legacy encoding yields text
/// that scores as Vietnamese; the offset is that of the first invalid UTF-8 sequence.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding)> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(decode_detect_utf8(text)),
        Err(e) => {
            let range = sample_range(bytes);
            let sample = &bytes[range];
            let mut best: Option<(i64, Encoding)> = None;
            for encoding in Encoding::ALL.into_iter().filter(|e| e.is_byte_table()) {
                let value = score::score(&decode_bytes(sample, encoding)).value();
                if best.is_none_or(|(v, _)| value > v) {
                    best = Some((value, encoding));
                }
            }
            match best {
                Some((value, encoding)) if value > 0 => {
                    Ok((decode_bytes(bytes, encoding), encoding))
                }
                _ => Err(Error::Decode {
                    encoding: "UTF-8, TCVN3, VNI-Windows, VISCII or windows-1258",
                    offset: e.valid_up_to(),
                    message: "not UTF-8, and no legacy encoding yields Vietnamese text".to_owned(),
                }),
            }
        }
    }
}

/// Detection for input that is valid UTF-8.
fn decode_detect_utf8(text: &str) -> (String, Encoding) {
    let range = sample_range(text.as_bytes());
    let sample = text.get(range).unwrap_or(text);
    let mut best = (score::score(&nfc(sample)).value().max(0), Encoding::Utf8);
    let mut consider = |decoded: &str, encoding: Encoding| {
        let value = score::score(decoded).value();
        if value > best.0 {
            best = (value, encoding);
        }
    };
    let mojibake = has_cp1252_mojibake_shape(text);
    let viqr_possible = has_viqr_modifier(text.as_bytes())
        && !text
            .chars()
            .any(|c| !c.is_ascii() && (c.is_alphabetic() || is_combining_mark(c)));
    let raw_sample = if mojibake {
        legacy::to_cp1252_bytes(sample)
    } else {
        None
    };
    for encoding in Encoding::ALL {
        match encoding {
            Encoding::Utf8 => {}
            Encoding::Viqr if viqr_possible => consider(&viqr::decode_viqr(sample), encoding),
            Encoding::Viqr => {}
            _ => {
                if let Some(raw) = &raw_sample {
                    consider(&decode_bytes(raw, encoding), encoding);
                }
            }
        }
    }
    let encoding = best.1;
    let decoded = match encoding {
        Encoding::Utf8 | Encoding::Viqr => decode_text(text, encoding),
        _ => match legacy::to_cp1252_bytes(text) {
            Some(raw) => decode_bytes(&raw, encoding),
            None => return (decode_text(text, Encoding::Utf8), Encoding::Utf8),
        },
    };
    (decoded, encoding)
}

/// Whether the text has a VIQR vowel modifier (`a^ e^ o^ a( o+ u+`, any case): tone marks
/// alone are too common in other ASCII text (`I'm`, `he's`) to count as VIQR.
fn has_viqr_modifier(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| {
        matches!(
            (w[0].to_ascii_lowercase(), w[1]),
            (b'a' | b'e' | b'o', b'^') | (b'a', b'(') | (b'o' | b'u', b'+')
        )
    })
}

/// Decode valid UTF-8 text as UTF-8 (NFC) or VIQR.
fn decode_text(text: &str, encoding: Encoding) -> String {
    match encoding {
        Encoding::Viqr => viqr::decode_viqr(text),
        _ => nfc(text).into_owned(),
    }
}

/// Decode raw bytes with a byte-table encoding (UTF-8 and VIQR read the bytes lossily).
fn decode_bytes(bytes: &[u8], encoding: Encoding) -> String {
    match encoding {
        Encoding::Tcvn3 => legacy::decode_tcvn3(bytes),
        Encoding::VniWindows => legacy::decode_vni(bytes),
        Encoding::Viscii => legacy::decode_viscii(bytes),
        Encoding::Cp1258 => legacy::decode_cp1258(bytes),
        Encoding::Utf8 | Encoding::Viqr => decode_text(&from_utf8_lossy(bytes), encoding),
    }
}

/// The Windows-1252 bytes behind valid-UTF-8 mojibake, when `bytes` have that shape.
fn mojibake_bytes(bytes: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(bytes).ok()?;
    if has_cp1252_mojibake_shape(text) {
        legacy::to_cp1252_bytes(text)
    } else {
        None
    }
}

/// Non-ASCII text whose every character has a Windows-1252 (or C1 control) byte.
fn has_cp1252_mojibake_shape(text: &str) -> bool {
    !text.is_ascii()
        && text
            .chars()
            .all(|c| u32::from(c) <= 0xFF || tables::CP1252_C1.contains(&c))
}

fn nfc(text: &str) -> Cow<'_, str> {
    if unicode_normalization::is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Bytes scored during detection.
const SAMPLE_LEN: usize = 256 * 1024;

/// Up to [`SAMPLE_LEN`] bytes from the start of the line holding the first non-ASCII byte
/// (looking back at most 4 KiB), cut on UTF-8 character boundaries when the input is UTF-8.
fn sample_range(bytes: &[u8]) -> Range<usize> {
    let first = bytes.iter().position(|&b| b >= 0x80).unwrap_or(0);
    let floor = first.saturating_sub(4096);
    let start = bytes[floor..first]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(floor, |p| floor + p + 1);
    let mut end = bytes.len().min(start.saturating_add(SAMPLE_LEN));
    // Back off a split UTF-8 sequence (continuation bytes), at most 3 bytes.
    let mut back = 0;
    while end < bytes.len() && back < 3 && (bytes[end] & 0xC0) == 0x80 {
        end -= 1;
        back += 1;
    }
    start..end
}

#[cfg(test)]
mod tests;
