//! Folding views for matching: Vietnamese-aware lower case, and a view without diacritics.

use super::alignment::AlignedWriter;
use super::tone::split_tone;
use crate::normalize::Alignment;

/// Lower-cases `text` into `out` without changing any byte offset.
///
/// A character whose lower case has another UTF-8 length (`İ`, `Ⱥ`, the Kelvin sign) is
/// left as it is, so the lower-case view shares the alignment of the normalized text. No
/// Vietnamese letter is affected by that rule: `Đ`/`đ`, `Ư`/`ư`, `Ố`/`ố` have the same
/// length in both cases.
pub(crate) fn lowercase_into(text: &str, out: &mut String) {
    out.clear();
    out.push_str(text);
    out.make_ascii_lowercase();
    // Upper-case letters outside ASCII are rare: find their lead bytes and rewrite each
    // in place with a letter of the same length. The Vietnamese blocks are told apart by
    // their bytes, without decoding; any other letter is decoded.
    let src = text.as_bytes();
    let mut i = 0;
    while let Some(off) = src[i..].iter().position(|&b| b >= 0xC0) {
        let at = i + off;
        let b1 = src.get(at + 1).copied().unwrap_or(0);
        let b2 = src.get(at + 2).copied().unwrap_or(0);
        let len = match src[at] {
            // U+00C0–U+00FF: upper case from U+00C0 to U+00DE but U+00D7.
            0xC3 if !(0x80..=0x9E).contains(&b1) || b1 == 0x97 => 2,
            // U+1EA0–U+1EF9: upper case at even code points.
            0xE1 if matches!((b1, b2), (0xBA, 0xA0..=0xBF) | (0xBB, 0x80..=0xB9))
                && b2 & 1 == 1 =>
            {
                3
            }
            _ => 0,
        };
        if len > 0 {
            i = at + len;
            continue;
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        let l = vietnamese_lower(c);
        if l != c {
            let mut buf = [0u8; 4];
            out.replace_range(at..at + c.len_utf8(), l.encode_utf8(&mut buf));
        }
        i = at + c.len_utf8();
    }
}

/// Lower case for the letters Vietnamese uses, by code point arithmetic where the blocks
/// are regular; other letters go through [`lower_same_len`].
#[inline]
fn vietnamese_lower(c: char) -> char {
    let u = c as u32;
    match u {
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20).unwrap_or(c),
        0xDF..=0xFF => c,
        0x1EA0..=0x1EF9 if u % 2 == 0 => char::from_u32(u + 1).unwrap_or(c),
        0x1EA0..=0x1EF9 => c,
        _ if c.is_lowercase() => c,
        _ => lower_same_len(c),
    }
}

/// The lower case of `c` when it is one character of the same UTF-8 length, else `c`.
#[inline]
pub(crate) fn lower_same_len(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// The base letter of a Vietnamese letter without any diacritic: `ệ` → `e`, `Đ` → `D`.
pub fn strip_diacritics(c: char) -> char {
    match c {
        'đ' => 'd',
        'Đ' => 'D',
        c if c.is_ascii() => c,
        // Vietnamese letters: from a table made once by the rule below (the Unicode
        // decomposition tables are slow, and the writing detection asks for every letter).
        '\u{c0}'..='\u{24f}' => LATIN[c as usize - 0xc0],
        '\u{1ea0}'..='\u{1ef9}' => LATIN[c as usize - 0x1ea0 + 0x190],
        c => strip_by_decomposition(c),
    }
}

/// [`strip_diacritics`] of U+00C0–U+024F, then of U+1EA0–U+1EF9.
static LATIN: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    (0xc0..=0x24f)
        .chain(0x1ea0..=0x1ef9)
        .map(|n| char::from_u32(n).map_or('\0', strip_by_decomposition))
        .collect()
});

fn strip_by_decomposition(c: char) -> char {
    match c {
        'đ' => 'd',
        'Đ' => 'D',
        c => {
            let (base, _) = split_tone(c);
            if base.is_ascii() { base } else { c }
        }
    }
}

/// A lower-case view without diacritics (`Ủy ban` → `uy ban`), with its map back to the
/// lower-case view it was made from.
pub(crate) fn unaccent(lower: &str) -> (String, Alignment) {
    let mut w = AlignedWriter::with_capacity(lower.len());
    let mut run_start = 0;
    for (i, c) in lower.char_indices() {
        if c.is_ascii() {
            continue;
        }
        let s = strip_diacritics(c);
        if s != c {
            w.keep(&lower[run_start..i]);
            w.replace_char(c.len_utf8(), s);
            run_start = i + c.len_utf8();
        }
    }
    w.keep(&lower[run_start..]);
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_keeps_offsets() {
        let mut out = String::new();
        lowercase_into("ỦY BAN Đà", &mut out);
        assert_eq!(out, "ủy ban đà");
        lowercase_into("\u{212A}x", &mut out);
        assert_eq!(out.len(), "\u{212A}x".len());
    }

    #[test]
    fn lowercase_agrees_with_the_rule_char_by_char() {
        let every: String = ('\u{80}'..='\u{2FFF}')
            .chain('\u{1E00}'..='\u{1F00}')
            .chain(['\u{10400}', '\u{1D400}', 'Ǆ', 'ǅ'])
            .flat_map(|c| [c, 'A', c, 'b', ' '])
            .collect();
        let mut out = String::new();
        for text in [every.as_str(), "ĐẠI TÁ Ơn Ư Ĩ Ũ Ă ỦY BAN Ð", ""] {
            lowercase_into(text, &mut out);
            let want: String = text
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_ascii_lowercase()
                    } else {
                        vietnamese_lower(c)
                    }
                })
                .collect();
            assert_eq!(out, want);
            assert_eq!(out.len(), text.len());
        }
    }

    #[test]
    fn unaccented_view_maps_back() {
        let (s, a) = unaccent("ủy ban nhân dân");
        assert_eq!(s, "uy ban nhan dan");
        assert_eq!(a.original_range(0..2), 0.."ủy".len());
        assert_eq!(a.original_range(7..11), 9..14);
    }

    #[test]
    fn the_table_of_stripped_letters_follows_the_decomposition() {
        for c in ('\u{80}'..='\u{2000}').chain('\u{1e00}'..='\u{1f00}') {
            assert_eq!(strip_diacritics(c), strip_by_decomposition(c), "{c:?}");
        }
        assert_eq!(strip_diacritics('ệ'), 'e');
        assert_eq!(strip_diacritics('Ư'), 'U');
        assert_eq!(strip_diacritics('ß'), 'ß');
    }
}
