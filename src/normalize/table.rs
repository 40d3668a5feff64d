//! The syllable table: one row per token of the normalized text, as struct of arrays,
//! written in one pass right after normalization.
//!
//! A token is a run of letters (a syllable: `ngày`, the `h` of `10h15`), a run of ASCII
//! digits, or any other single non-space character. Each row holds the token's byte range
//! in the normalized text (and its lower-case view, which has the same offsets), its range
//! in the original input, and shape flags. [`Positions`] answers "which row starts at byte
//! `pos`" in constant time, without hashing.

use std::ops::Range;

use super::NormalizedText;

/// What a token is made of, and its shape.
pub(crate) mod flag {
    /// Letters (combining marks left in a word count as letters).
    pub(crate) const WORD: u8 = 0;
    /// ASCII digits.
    pub(crate) const NUM: u8 = 1;
    /// One other character.
    pub(crate) const PUNCT: u8 = 2;
    /// The two bits that hold the kind.
    pub(crate) const KIND: u8 = 3;
    /// White space (or the start of the text) comes right before the token.
    pub(crate) const GAP: u8 = 4;
    /// A word whose first letter is upper case.
    pub(crate) const CAPITALISED: u8 = 8;
    /// A word of two letters or more, none lower case.
    pub(crate) const ALL_CAPS: u8 = 16;
    /// The first token of the text or after `.`, `!`, `?`, `:` or a line break.
    pub(crate) const SENTENCE_START: u8 = 32;
}

/// The syllable table of one text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Syllables {
    /// Byte range in the normalized text and the lower-case view.
    pub(crate) start: Vec<u32>,
    pub(crate) end: Vec<u32>,
    /// Byte range in the original input.
    pub(crate) orig_start: Vec<u32>,
    pub(crate) orig_end: Vec<u32>,
    /// [`flag`]s.
    pub(crate) flags: Vec<u8>,
    /// Row of each token start.
    pub(crate) rows: Positions,
}

/// A letter, or a combining mark left over in a word. Latin letters, Vietnamese ones
/// included, are checked before the general Unicode table.
pub(crate) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c != '×' && c != '÷')
        || c.is_alphabetic()
        || ('\u{300}'..='\u{36f}').contains(&c)
}

impl Syllables {
    /// The table of `text` (without original ranges: they equal the normalized ones).
    #[cfg(test)]
    pub(crate) fn of_str(text: &str) -> Syllables {
        let mut t = Syllables::default();
        t.fill(text);
        t.orig_start.clone_from(&t.start);
        t.orig_end.clone_from(&t.end);
        t
    }

    /// The table of a normalized text, with original ranges through its alignment.
    pub(crate) fn new(text: &NormalizedText) -> Syllables {
        let mut t = Syllables::default();
        t.fill(text.as_str());
        let segs = text.alignment().segments();
        if segs.is_empty() {
            t.orig_start.clone_from(&t.start);
            t.orig_end.clone_from(&t.end);
            return t;
        }
        // Rows come in text order: one walk over the segments maps them all (the same
        // rule as `Alignment::original_range`, without a search per row).
        t.orig_start.reserve(t.start.len());
        t.orig_end.reserve(t.start.len());
        let (mut a, mut b) = (0, 0);
        for (&s, &e) in t.start.iter().zip(&t.end) {
            let (s, e) = (s as usize, e as usize);
            while a < segs.len() && segs[a].norm_start <= s {
                a += 1;
            }
            let os = match a.checked_sub(1).map(|k| &segs[k]) {
                None => s,
                Some(g) if s < g.norm_end => g.orig_start,
                Some(g) => g.orig_end + (s - g.norm_end),
            };
            while b < segs.len() && segs[b].norm_start < e {
                b += 1;
            }
            let oe = match b.checked_sub(1).map(|k| &segs[k]) {
                None => e,
                Some(g) if e <= g.norm_end => g.orig_end,
                Some(g) => g.orig_end + (e - g.norm_end),
            };
            t.orig_start.push(os as u32);
            t.orig_end.push(oe as u32);
        }
        t
    }

    fn fill(&mut self, text: &str) {
        // Offsets are u32; `Annotator::annotate` hands longer texts over in pieces.
        let text = &text[..floor_boundary(text, u32::MAX as usize)];
        let guess = text.len() / 4;
        self.start.reserve(guess);
        self.end.reserve(guess);
        self.flags.reserve(guess);
        let mut rows = PositionsBuilder::new(text.len());
        let mut gap = true;
        let mut sentence = true;
        let bytes = text.as_bytes();
        // The character at byte `i` and its length; ASCII without decoding.
        let char_at = |i: usize| -> Option<(char, usize)> {
            match bytes.get(i) {
                Some(&x) if x < 0x80 => Some((x as char, 1)),
                Some(_) => text[i..].chars().next().map(|c| (c, c.len_utf8())),
                None => None,
            }
        };
        let mut i = 0;
        while let Some((c, len)) = char_at(i) {
            let start = i;
            i += len;
            if c.is_whitespace() {
                gap = true;
                sentence |= c == '\n';
                continue;
            }
            let kind = if c.is_ascii_digit() {
                flag::NUM
            } else if is_letter(c) {
                flag::WORD
            } else {
                flag::PUNCT
            };
            let mut flags = kind;
            match kind {
                flag::NUM => {
                    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
                flag::WORD => {
                    let (first_lower, first_upper) = case_of(c);
                    let mut letters = usize::from(!is_mark(c));
                    let mut lower = first_lower;
                    while let Some((d, n)) = char_at(i) {
                        if d.is_ascii() {
                            if !d.is_ascii_alphabetic() {
                                break;
                            }
                            letters += 1;
                            lower |= d.is_ascii_lowercase();
                        } else if is_letter(d) {
                            letters += usize::from(!is_mark(d));
                            lower |= case_of(d).0;
                        } else {
                            break;
                        }
                        i += n;
                    }
                    if first_upper {
                        flags |= flag::CAPITALISED;
                    }
                    if letters > 1 && !lower {
                        flags |= flag::ALL_CAPS;
                    }
                }
                _ => {}
            }
            if gap {
                flags |= flag::GAP;
            }
            if sentence {
                flags |= flag::SENTENCE_START;
            }
            sentence = kind == flag::PUNCT && matches!(c, '.' | '!' | '?' | ':');
            gap = false;
            rows.set(start);
            self.start.push(start as u32);
            self.end.push(i as u32);
            self.flags.push(flags);
        }
        self.rows = rows.finish();
    }

    /// Number of rows.
    pub(crate) fn len(&self) -> usize {
        self.start.len()
    }

    /// The normalized byte range of row `i`.
    pub(crate) fn range(&self, i: usize) -> Range<usize> {
        self.start[i] as usize..self.end[i] as usize
    }

    /// The original byte range of row `i`.
    #[cfg(test)]
    pub(crate) fn original_range(&self, i: usize) -> Range<usize> {
        self.orig_start[i] as usize..self.orig_end[i] as usize
    }

    /// The row that starts at byte `pos`.
    #[cfg(test)]
    pub(crate) fn row_at(&self, pos: usize) -> Option<usize> {
        self.rows.index_of(pos)
    }
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// (lower case, upper case) of a letter; Vietnamese letters without the Unicode tables.
#[inline]
fn case_of(c: char) -> (bool, bool) {
    let n = c as u32;
    match n {
        0..=0x7F => (c.is_ascii_lowercase(), c.is_ascii_uppercase()),
        0xC0..=0xDE if n != 0xD7 => (false, true),
        0xDF..=0xFF if n != 0xF7 => (true, false),
        // Latin Extended-A and Additional: upper case at even code points (`Đ`, `Ă`, `Ũ`,
        // `Ạ` ... `Ỹ`), lower case at odd ones.
        0x100..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EF9 => (n & 1 == 1, n & 1 == 0),
        0x1A0 | 0x1AF => (false, true),
        0x1A1 | 0x1B0 => (true, false),
        0x300..=0x36F => (false, false),
        _ => (c.is_lowercase(), c.is_uppercase()),
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A sorted set of byte positions with constant-time rank: a bit per byte of the text
/// and a running count per 64 bytes (1.5 bits per byte in all).
#[derive(Debug, Clone, Default)]
pub(crate) struct Positions {
    bits: Vec<u64>,
    before: Vec<u32>,
}

impl Positions {
    /// How many positions of the set lie before `pos`, if `pos` is in the set.
    #[inline]
    pub(crate) fn index_of(&self, pos: usize) -> Option<usize> {
        let word = *self.bits.get(pos >> 6)?;
        let bit = 1u64 << (pos & 63);
        (word & bit != 0)
            .then(|| self.before[pos >> 6] as usize + (word & (bit - 1)).count_ones() as usize)
    }
}

/// Builds [`Positions`] from positions given in increasing order.
pub(crate) struct PositionsBuilder {
    bits: Vec<u64>,
}

impl PositionsBuilder {
    /// For positions below `len`.
    pub(crate) fn new(len: usize) -> Self {
        PositionsBuilder {
            bits: vec![0; len / 64 + 1],
        }
    }

    /// Adds `pos` (below the length given to [`new`](Self::new)).
    #[inline]
    pub(crate) fn set(&mut self, pos: usize) {
        if let Some(w) = self.bits.get_mut(pos >> 6) {
            *w |= 1 << (pos & 63);
        }
    }

    pub(crate) fn finish(self) -> Positions {
        let mut before = Vec::with_capacity(self.bits.len());
        let mut n = 0u32;
        for w in &self.bits {
            before.push(n);
            n += w.count_ones();
        }
        Positions {
            bits: self.bits,
            before,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    #[test]
    fn rows_and_flags() {
        let input = "Ngày 6/11, UBND tỉnh Hà Giang họp. Chiều 10h15";
        let t = Syllables::new(&Normalizer::new().normalize(input));
        let words: Vec<&str> = (0..t.len()).map(|i| &input[t.range(i)]).collect();
        assert_eq!(
            words,
            [
                "Ngày", "6", "/", "11", ",", "UBND", "tỉnh", "Hà", "Giang", "họp", ".", "Chiều",
                "10", "h", "15"
            ]
        );
        let has = |w: &str, f: u8| {
            let i = words.iter().position(|x| *x == w).unwrap_or(usize::MAX);
            t.flags.get(i).is_some_and(|&x| x & f == f)
        };
        assert!(has(
            "Ngày",
            flag::CAPITALISED | flag::SENTENCE_START | flag::GAP
        ));
        assert!(has("UBND", flag::ALL_CAPS | flag::CAPITALISED));
        assert!(!has("Hà", flag::ALL_CAPS) && has("Hà", flag::CAPITALISED));
        assert!(has("Chiều", flag::SENTENCE_START) && !has("tỉnh", flag::SENTENCE_START));
        assert!(has("6", flag::NUM) && !has("/", flag::GAP) && has("/", flag::PUNCT));
        let at = input.find("UBND").unwrap_or(0);
        assert_eq!(t.row_at(at), Some(5));
        assert_eq!(t.row_at(at + 1), None);
        assert_eq!(t.row_at(input.len() + 100), None);
    }

    #[test]
    fn the_fast_case_rule_agrees_with_unicode() {
        for c in (0..0x2000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_letter(c))
        {
            let want = if is_mark(c) {
                (false, false)
            } else {
                (c.is_lowercase(), c.is_uppercase())
            };
            assert_eq!(case_of(c), want, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn original_ranges_follow_the_alignment() {
        // `hoà` is rewritten to `hòa`, NFD to NFC: rows map back to the bytes they came from.
        let input = "Thanh Hoa\u{300} và Đa\u{300} Nẵng";
        let n = Normalizer::new().normalize(input);
        let t = Syllables::new(&n);
        let orig: Vec<&str> = (0..t.len()).map(|i| &input[t.original_range(i)]).collect();
        assert_eq!(orig, ["Thanh", "Hoa\u{300}", "và", "Đa\u{300}", "Nẵng"]);
        // The walk over the segments agrees with the alignment's own search.
        let seed = include_str!("../../examples/data/seed.txt");
        let input: String = unicode_normalization::UnicodeNormalization::nfd(seed)
            .collect::<String>()
            .replace('Đ', "Ð")
            .replace("oà", "oa\u{300}");
        let n = Normalizer::new().normalize(&input);
        let t = Syllables::new(&n);
        assert!(t.len() > 1000);
        for i in 0..t.len() {
            assert_eq!(t.original_range(i), n.original_range(t.range(i)), "row {i}");
        }
    }
}
