//! The syllable table: one row per token of the normalized text, as struct of arrays,
//! written in one pass right after normalization.
//!
//! A token is a run of letters (a syllable: `ngày`, the `h` of `10h15`), a run of ASCII
//! digits, or any other single non-space character. Each row holds the token's byte range
//! in the normalized text (and its lower-case view, which has the same offsets), its range
//! in the original input, and shape flags. [`Positions`] answers "which row starts at byte
//! `pos`" in constant time, without hashing.

use std::cell::OnceCell;
use std::ops::Range;

use super::NormalizedText;
pub(crate) use super::positions::{Positions, PositionsBuilder};
use crate::dict::Members;

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
    /// Exactly one space (U+0020) comes right before the token: it may go on a dictionary
    /// key from the token before, as a space in the key does.
    pub(crate) const SPACE: u8 = 64;
}

/// Per row of a [`Syllables`] table, what the lexicon knows of its token.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ids {
    /// The interned id of the token's lower-case form and of its folded form (no marks,
    /// `đ` → `d`), or `matcher::NONE` when no dictionary holds it.
    pub(crate) lower_id: Vec<u32>,
    pub(crate) fold_id: Vec<u32>,
    /// What the lexicon holds of its lower-case form: the kinds with an entry that is this
    /// token alone, that starts with it, that holds it (one indexed read answers "is this
    /// token a surname, a verb of saying, a syllable").
    pub(crate) members: Vec<Members>,
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
    /// Per row, the ids the lexicon needs ([`Ids`]): filled by [`Syllables::interned`]
    /// when a query first needs them, so that runs reading only the rows' shape never
    /// hash a token.
    pub(crate) ids: OnceCell<Ids>,
    /// Row of each token start.
    pub(crate) rows: Positions,
    /// Per row, the index of its segment in the text's [`Layout`](super::writing::Layout)
    /// (empty when the text is one segment).
    pub(crate) part: Vec<u32>,
}

/// A letter, or a combining mark left over in a word. Latin letters, Vietnamese ones
/// included, are checked before the general Unicode table.
pub(crate) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c != '×' && c != '÷')
        || c.is_alphabetic()
        || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The [`flag`] kind of the token that a character other than white space starts or
/// goes on: a run of ASCII digits ([`flag::NUM`]), a run of letters ([`flag::WORD`]), or
/// the character alone ([`flag::PUNCT`]). White space is [`flag::PUNCT`] here, so no run
/// goes on over it.
#[inline]
pub(crate) fn kind_of(c: char) -> u8 {
    if c.is_ascii_digit() {
        flag::NUM
    } else if is_letter(c) {
        flag::WORD
    } else {
        flag::PUNCT
    }
}

/// Does `c` belong to a word as the table reads words: a letter (or a mark left in one),
/// an ASCII digit, or another character that counts as a letter or digit (`²`)? A word
/// is a run of such characters, whatever rows the table cuts it into (`10h15`).
#[inline]
pub(crate) fn in_word(c: char) -> bool {
    is_letter(c) || super::is_word_char(c)
}

/// The [`flag`]s of shape ([`flag::CAPITALISED`], [`flag::ALL_CAPS`]) that a row of
/// letters holding exactly `word` carries.
pub(crate) fn shape(word: &str) -> u8 {
    word.chars()
        .next()
        .filter(|&c| is_letter(c))
        .map_or(0, |c| word_run(word, c, c.len_utf8()).1)
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
        t.fill_parts(text.writing().parts());
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

    /// Writes each row's segment.
    fn fill_parts(&mut self, parts: &[super::writing::Part]) {
        if parts.len() < 2 {
            return;
        }
        self.part.reserve(self.start.len());
        let mut p = 0;
        for &s in &self.start {
            while p + 1 < parts.len() && parts[p].range.end <= s as usize {
                p += 1;
            }
            self.part.push(p as u32);
        }
    }

    /// The segment of row `row` (0 when the text is one segment).
    #[inline]
    pub(crate) fn part(&self, row: usize) -> usize {
        self.part.get(row).map_or(0, |&p| p as usize)
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
        // Spaces (U+0020) since the last token, and whether anything else came between.
        let mut spaces = 0u32;
        let mut other_space = false;
        let mut sentence = true;
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let start = i;
            let c = if b < 0x80 {
                i += 1;
                if b == b' ' {
                    gap = true;
                    spaces += 1;
                    continue;
                }
                b as char
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8();
                c
            };
            if c.is_whitespace() {
                gap = true;
                sentence |= c == '\n';
                spaces += 1;
                other_space |= c != ' ';
                continue;
            }
            let kind = kind_of(c);
            let mut flags = kind;
            match kind {
                flag::NUM => {
                    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
                flag::WORD => {
                    let (end, shape) = word_run(text, c, i);
                    i = end;
                    flags |= shape;
                }
                _ => {}
            }
            if gap {
                flags |= flag::GAP;
            }
            if spaces == 1 && !other_space && start > 0 {
                flags |= flag::SPACE;
            }
            spaces = 0;
            other_space = false;
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

    /// The [`Ids`] of every row: `ids` gives them for a token's lower-case form (one hash
    /// per token). `lower` is the lower-case view of the text the table was made from.
    pub(crate) fn interned(
        &self,
        lower: &str,
        mut ids: impl FnMut(&str) -> (u32, u32, Members),
    ) -> Ids {
        let n = self.len();
        let mut out = Ids {
            lower_id: Vec::with_capacity(n),
            fold_id: Vec::with_capacity(n),
            members: Vec::with_capacity(n),
        };
        for (&s, &e) in self.start.iter().zip(&self.end) {
            let (l, f, m) = ids(&lower[s as usize..e as usize]);
            out.lower_id.push(l);
            out.fold_id.push(f);
            out.members.push(m);
        }
        out
    }

    /// The rows' [`Ids`], once [`interned`](Self::interned) and set.
    #[inline]
    pub(crate) fn ids(&self) -> Option<&Ids> {
        self.ids.get()
    }

    /// Does row `i` go on from row `i - 1` the way a dictionary key can: glued to it, or
    /// after exactly one space? `Some(true)` when spaced, `Some(false)` when glued, `None`
    /// when a line break or other white space comes between (or `i` is the first row).
    #[inline]
    pub(crate) fn joins(&self, i: usize) -> Option<bool> {
        let f = *self.flags.get(i)?;
        if i == 0 {
            None
        } else if f & flag::GAP == 0 {
            Some(false)
        } else if f & flag::SPACE != 0 {
            Some(true)
        } else {
            None
        }
    }

    /// Is row `i` letters or digits (not a mark)?
    #[inline]
    pub(crate) fn is_wordlike(&self, i: usize) -> bool {
        self.flags
            .get(i)
            .is_some_and(|&f| f & flag::KIND != flag::PUNCT)
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

/// The end of the run of letters that starts with `c` and goes on at byte `i`, and its
/// shape: [`flag::CAPITALISED`], [`flag::ALL_CAPS`].
#[inline]
fn word_run(text: &str, c: char, mut i: usize) -> (usize, u8) {
    let (first_lower, first_upper) = case_of(c);
    let mut letters = usize::from(!is_mark(c));
    let mut lower = first_lower;
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            letters += 1;
            lower |= b.is_ascii_lowercase();
            i += 1;
            continue;
        }
        let d = text[i..].chars().next().unwrap_or(' ');
        if !is_letter(d) {
            break;
        }
        letters += usize::from(!is_mark(d));
        lower |= case_of(d).0;
        i += d.len_utf8();
    }
    let mut shape = 0;
    if first_upper {
        shape |= flag::CAPITALISED;
    }
    if letters > 1 && !lower {
        shape |= flag::ALL_CAPS;
    }
    (i, shape)
}

/// How a token of a dictionary key follows the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Join {
    /// The first token.
    First,
    /// After exactly one space.
    Space,
    /// Right after it, nothing between.
    Glued,
    /// After other white space (two spaces, a tab, a line break).
    Other,
}

/// The tokens of a short text (a dictionary key), cut as the table cuts a text: runs of
/// letters, runs of ASCII digits, single other characters; with how each follows the one
/// before. `Syllables::fill` is the fast version for whole texts; a test keeps them equal.
pub(crate) fn key_tokens(text: &str) -> impl Iterator<Item = (Range<usize>, Join)> + '_ {
    let mut chars = text.char_indices().peekable();
    let mut first = true;
    std::iter::from_fn(move || {
        let mut spaces = 0;
        let mut other = false;
        let (start, c) = loop {
            let (i, c) = chars.next()?;
            if c.is_whitespace() {
                spaces += 1;
                other |= c != ' ';
            } else {
                break (i, c);
            }
        };
        let join = match (first, spaces, other) {
            (true, _, _) => Join::First,
            (false, 0, _) => Join::Glued,
            (false, 1, false) => Join::Space,
            _ => Join::Other,
        };
        first = false;
        let mut end = start + c.len_utf8();
        let kind = kind_of(c);
        while let Some(&(i, d)) = chars.peek() {
            if kind == flag::PUNCT || kind_of(d) != kind {
                break;
            }
            end = i + d.len_utf8();
            chars.next();
        }
        Some((start..end, join))
    })
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// (lower case, upper case) of a letter; Vietnamese letters without the Unicode tables.
#[inline]
pub(crate) fn case_of(c: char) -> (bool, bool) {
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

    /// The key tokenizer cuts as the table does, and says what the table's flags say.
    #[test]
    fn key_tokens_agree_with_the_table() {
        for text in [
            "Ngày 6/11, UBND tỉnh  Hà Giang\nhọp. TP.HCM 10h15 KT-XH",
            " GS.TS Trần  Văn\tA ",
            "Covid-19 x2 ǅa Ỷ",
        ] {
            let t = Syllables::of_str(text);
            let tokens: Vec<(Range<usize>, Join)> = key_tokens(text).collect();
            assert_eq!(tokens.len(), t.len(), "{text:?}");
            for (i, (r, join)) in tokens.into_iter().enumerate() {
                assert_eq!(r, t.range(i), "{text:?} row {i}");
                let want = match t.joins(i) {
                    _ if i == 0 => Join::First,
                    Some(true) => Join::Space,
                    Some(false) => Join::Glued,
                    None => Join::Other,
                };
                assert_eq!(join, want, "{text:?} row {i}");
            }
        }
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
