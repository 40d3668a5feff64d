//! Decoders for the byte-oriented legacy encodings: TCVN3, VNI-Windows, VISCII and
//! Windows-1258, plus the Windows-1252 view used for "mojibake" input.
//!
//! Every decoder is one pass over the bytes that appends to a single output `String`;
//! diacritics written as separate bytes are folded into the previous vowel in place.

use unicode_normalization::UnicodeNormalization;

use super::tables::{
    CP1252_C1, CP1258_HIGH, Modifier, NO_TONE, TCVN3_HIGH, VISCII_HIGH, Vni, combining_tone,
    modify, vni, vowel_char, vowel_parts,
};

/// Windows-1252 reading of one byte (unassigned bytes become the C1 control of that value).
pub(crate) fn cp1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9F => CP1252_C1[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The Windows-1252 bytes that `text` is the rendering of, if every character has one.
///
/// C1 controls U+0080..=U+009F map to their own value, so text produced by a Latin-1 or a
/// lenient Windows-1252 reading maps back too.
pub(crate) fn to_cp1252_bytes(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        let code = u32::from(c);
        let byte = if code <= 0xFF {
            code as u8
        } else {
            let pos = CP1252_C1.iter().position(|&m| m == c)?;
            0x80 + pos as u8
        };
        bytes.push(byte);
    }
    Some(bytes)
}

/// Add `modifier` and `tone` to the last character of `out` when it is a vowel that can
/// take them (no tone yet; the modifier exists for it). With `case`, the vowel must also be
/// in that case (`true` = uppercase). Returns whether the mark was applied.
pub(crate) fn apply_mark(
    out: &mut String,
    modifier: Option<Modifier>,
    tone: usize,
    case: Option<bool>,
) -> bool {
    let Some(last) = out.chars().next_back() else {
        return false;
    };
    let Some((row, old_tone, upper)) = vowel_parts(last) else {
        return false;
    };
    if case.is_some_and(|want| want != upper) {
        return false;
    }
    if old_tone != NO_TONE && (tone != NO_TONE || modifier.is_some()) {
        return false;
    }
    let row = match modifier {
        None => row,
        Some(m) => match modify(row, m) {
            Some(r) => r,
            None => return false,
        },
    };
    let tone = if tone == NO_TONE { old_tone } else { tone };
    out.pop();
    out.push(vowel_char(row, tone, upper));
    true
}

/// Append `c`, folding a combining tone mark into the previous vowel when possible.
fn push_combining_aware(out: &mut String, c: char) {
    if let Some(tone) = combining_tone(c) {
        if apply_mark(out, None, tone, None) {
            return;
        }
    }
    out.push(c);
}

/// Return `text` in NFC (no new allocation when it already is).
pub(crate) fn into_nfc(text: String) -> String {
    if unicode_normalization::is_nfc(&text) {
        text
    } else {
        text.nfc().collect()
    }
}

fn output_for(bytes: &[u8]) -> String {
    String::with_capacity(bytes.len() + bytes.len() / 2)
}

/// Windows-1258: Latin-1 letters plus Ă Đ Ơ Ư and five combining tone marks.
pub(crate) fn decode_cp1258(bytes: &[u8]) -> String {
    let mut out = output_for(bytes);
    for &b in bytes {
        if b < 0x80 {
            out.push(char::from(b));
        } else {
            push_combining_aware(&mut out, CP1258_HIGH[usize::from(b - 0x80)]);
        }
    }
    into_nfc(out)
}

/// VISCII: one byte per letter; six C0 positions hold capitals.
pub(crate) fn decode_viscii(bytes: &[u8]) -> String {
    let mut out = output_for(bytes);
    for &b in bytes {
        let c = match b {
            0x02 => 'Ẳ',
            0x05 => 'Ẵ',
            0x06 => 'Ẫ',
            0x14 => 'Ỷ',
            0x19 => 'Ỹ',
            0x1E => 'Ỵ',
            0x00..=0x7F => char::from(b),
            _ => VISCII_HIGH[usize::from(b - 0x80)],
        };
        out.push(c);
    }
    into_nfc(out)
}

/// TCVN3 (VN3): lowercase letters and Ă Â Ê Ô Ơ Ư Đ in 0xA0..=0xFF, Windows-1252 in
/// 0x80..=0x9F. A capital with a tone is written as the capital base letter followed by the
/// lowercase toned letter (`A` + `á` = `Á`, `Ê` + `ệ` = `Ệ`); that pair decodes to one letter.
pub(crate) fn decode_tcvn3(bytes: &[u8]) -> String {
    let mut out = output_for(bytes);
    for &b in bytes {
        match b {
            0x00..=0x7F => out.push(char::from(b)),
            0x80..=0x9F => out.push(CP1252_C1[usize::from(b - 0x80)]),
            _ => {
                let c = TCVN3_HIGH[usize::from(b - 0xA0)];
                if combining_tone(c).is_some() {
                    push_combining_aware(&mut out, c);
                } else if !merge_capital(&mut out, c) {
                    out.push(c);
                }
            }
        }
    }
    into_nfc(out)
}

/// The TCVN3 capital convention: bare capital vowel + the same lowercase vowel with a tone.
fn merge_capital(out: &mut String, c: char) -> bool {
    let Some((row, tone, false)) = vowel_parts(c) else {
        return false;
    };
    if tone == NO_TONE {
        return false;
    }
    match out.chars().next_back().and_then(vowel_parts) {
        Some((last_row, NO_TONE, true)) if last_row == row => {
            out.pop();
            out.push(vowel_char(row, tone, true));
            true
        }
        _ => false,
    }
}

/// VNI-Windows: ASCII base letter followed by a mark byte (`a` + 0xE1 = `ấ`), a few whole
/// letters in one byte (đ ơ ư and the i forms), Windows-1252 for everything else. Marks are
/// applied only to a vowel of the same case that can take them; otherwise the byte is read
/// on its own.
pub(crate) fn decode_vni(bytes: &[u8]) -> String {
    let mut out = output_for(bytes);
    for &b in bytes {
        if b < 0x80 {
            out.push(char::from(b));
            continue;
        }
        match vni(b) {
            Vni::Letter(c) => out.push(c),
            Vni::Mark {
                modifier,
                tone,
                upper,
                fallback,
            } => {
                if !apply_mark(&mut out, modifier, tone, Some(upper)) {
                    out.push(fallback.unwrap_or_else(|| cp1252_char(b)));
                }
            }
            Vni::Other => out.push(cp1252_char(b)),
        }
    }
    into_nfc(out)
}
