//! Counting the words of a segment: letters, capitals and marks, in one pass over its bytes.
//!
//! Runs of ASCII letters are counted a byte at a time; Vietnamese letters (U+00C0–U+036F,
//! U+1EA0–U+1EF9) are decoded by hand and read from a table of their classes; any other
//! character goes the general way ([`super::super::table::is_letter`], `case_of`,
//! [`strip_diacritics`](super::super::strip_diacritics)).

use std::sync::LazyLock;

/// Counts over the words of a segment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Counts {
    pub(super) words: u32,
    /// Words that count for accents (capital words without marks left out in mixed case).
    pub(super) counted: u32,
    /// Of those, words with a mark.
    pub(super) marked: u32,
    /// Words in capitals without marks (acronyms, or words of an all-capitals line).
    pub(super) caps_plain: u32,
    /// Words in capitals with marks.
    pub(super) caps_marked: u32,
    /// Words whose first letter is a capital and the rest lower case.
    pub(super) capitalised: u32,
    pub(super) upper_letters: u32,
    pub(super) lower_letters: u32,
}

impl Counts {
    pub(super) fn add(&mut self, o: &Counts) {
        self.words += o.words;
        self.counted += o.counted;
        self.marked += o.marked;
        self.caps_plain += o.caps_plain;
        self.caps_marked += o.caps_marked;
        self.capitalised += o.capitalised;
        self.upper_letters += o.upper_letters;
        self.lower_letters += o.lower_letters;
    }
}

/// A character's class: a letter (or a combining mark), lower or upper case, with a mark.
const LETTER: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const MARK: u8 = 8;

/// The class of `c` by the general rule.
fn class_of(c: char) -> u8 {
    if !super::super::table::is_letter(c) {
        return 0;
    }
    let (lower, upper) = super::super::table::case_of(c);
    let mark = super::super::strip_diacritics(c) != c || ('\u{300}'..='\u{36f}').contains(&c);
    LETTER
        | if lower { LOWER } else { 0 }
        | if upper { UPPER } else { 0 }
        | if mark { MARK } else { 0 }
}

/// The first code point past the low table (U+0000–U+036F).
const LOW_END: u32 = 0x370;
/// The Vietnamese letters of Latin Extended Additional.
const VN_START: u32 = 0x1EA0;
const VN_END: u32 = 0x1EFA;

/// [`class_of`] of U+0000–U+036F, then of U+1EA0–U+1EF9, made once by the general rule.
static CLASSES: LazyLock<Vec<u8>> = LazyLock::new(|| {
    (0..LOW_END)
        .chain(VN_START..VN_END)
        .map(|n| char::from_u32(n).map_or(0, class_of))
        .collect()
});

/// Per ASCII byte: 0 not a letter, 1 a lower-case letter, 2 an upper-case one.
const ASCII_LETTER: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_lowercase() {
            1
        } else if (b as u8).is_ascii_uppercase() {
            2
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Counts the words of `s`: runs of letters.
pub(super) fn count(s: &str) -> Counts {
    let classes = &**CLASSES;
    let mut c = Counts::default();
    let mut word = Word::default();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let class = ASCII_LETTER[b as usize];
            if class == 0 {
                word.end(&mut c);
                i += 1;
                continue;
            }
            // A run of ASCII letters.
            if word.letters == 0 {
                word.first_upper = class == 2;
            }
            let start = i;
            let mut upper = 0;
            while let Some(&class) = bytes.get(i).and_then(|&d| ASCII_LETTER.get(d as usize)) {
                if class == 0 {
                    break;
                }
                upper += u32::from(class >> 1);
                i += 1;
            }
            word.letters += (i - start) as u32;
            word.upper += upper;
            continue;
        }
        let (n, len) = decode(bytes, i);
        let class = if n < LOW_END {
            classes[n as usize]
        } else if (VN_START..VN_END).contains(&n) {
            classes[(n - VN_START + LOW_END) as usize]
        } else {
            s[i..].chars().next().map_or(0, class_of)
        };
        i += len;
        word.take(class, &mut c);
    }
    word.end(&mut c);
    c
}

/// The code point of the UTF-8 sequence whose lead byte (not ASCII) is at `i` of valid
/// UTF-8 `bytes`, and its length.
#[inline]
fn decode(bytes: &[u8], i: usize) -> (u32, usize) {
    let b = bytes[i];
    let tail = |k: usize| u32::from(bytes.get(i + k).map_or(0, |&t| t & 0x3F));
    if b < 0xE0 {
        ((u32::from(b & 0x1F) << 6) | tail(1), 2)
    } else if b < 0xF0 {
        ((u32::from(b & 0x0F) << 12) | (tail(1) << 6) | tail(2), 3)
    } else {
        (
            (u32::from(b & 0x07) << 18) | (tail(1) << 12) | (tail(2) << 6) | tail(3),
            4,
        )
    }
}

/// The word being counted.
#[derive(Debug, Default)]
struct Word {
    letters: u32,
    upper: u32,
    first_upper: bool,
    marked: bool,
}

impl Word {
    /// One character of class `class`: a letter joins the word, a mark alone marks it,
    /// anything else ends it.
    #[inline]
    fn take(&mut self, class: u8, c: &mut Counts) {
        if class & LETTER == 0 {
            self.end(c);
        } else if class & (LOWER | UPPER) != 0 {
            self.letter(class & UPPER != 0, class & MARK != 0);
        } else {
            self.marked |= class & MARK != 0;
        }
    }

    #[inline]
    fn letter(&mut self, upper: bool, marked: bool) {
        if self.letters == 0 {
            self.first_upper = upper;
        }
        self.letters += 1;
        self.upper += u32::from(upper);
        self.marked |= marked;
    }

    #[inline]
    fn end(&mut self, c: &mut Counts) {
        if self.letters == 0 {
            self.marked = false;
            return;
        }
        c.words += 1;
        c.upper_letters += self.upper;
        c.lower_letters += self.letters - self.upper;
        let all_caps = self.upper == self.letters && self.letters > 1;
        if all_caps {
            if self.marked {
                c.caps_marked += 1;
            } else {
                c.caps_plain += 1;
            }
        } else if self.first_upper && self.upper == 1 {
            c.capitalised += 1;
        }
        // A lone letter (`A` of a name, `x`) says nothing about accents; a capital word
        // without marks counts only in capitals (see `Counts::accents`).
        if self.marked || (!all_caps && self.letters > 1) {
            c.counted += 1;
            c.marked += u32::from(self.marked);
        }
        *self = Word::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts character by character, by the general rule.
    fn count_by_char(s: &str) -> Counts {
        let mut c = Counts::default();
        let mut word = Word::default();
        for ch in s.chars() {
            word.take(class_of(ch), &mut c);
        }
        word.end(&mut c);
        c
    }

    #[test]
    fn the_fast_count_agrees_with_the_general_rule() {
        let seed = include_str!("../../../examples/data/seed.txt");
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd(seed).collect();
        let every: String = (0x80..0x2100u32)
            .chain(0x1E00..0x1F10)
            .filter_map(char::from_u32)
            .flat_map(|c| [c, 'a', c, ' ', 'B', c, 'x', '\n'])
            .collect();
        for text in [
            seed,
            &nfd,
            &every,
            "ĐẠI TÁ Phan Huy Ngọc, UBND tỉnh 10h15 ǅa Ỷ x\u{301}y 中文 Straße İstanbul",
            "",
        ] {
            assert_eq!(
                count(text),
                count_by_char(text),
                "{:?}",
                &text[..text.len().min(40)]
            );
        }
    }
}
