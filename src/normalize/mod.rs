//! Offset-exact normalization of Vietnamese text.
//!
//! [`Normalizer::normalize`] makes one pass over the input and writes the normalized text
//! together with its [`Alignment`], a map from every normalized byte range back to the
//! original bytes it came from. The steps, each switchable in [`NormalizerBuilder`]:
//!
//! | step | what it does |
//! |---|---|
//! | NFC | composes decomposed and partly decomposed letters (`e` + U+0302 + U+0301 → `ế`, `ẹ` + U+0302 → `ệ`); text that is already NFC is left alone |
//! | look-alikes | `Ð`/`ð` (U+00D0/U+00F0) and `Ɖ`/`ɖ` (U+0189/U+0256) → `Đ`/`đ` |
//! | tone placement | final `oa`, `oe`, `uy` get the mark on the glide: `hoà` → `hòa`, `Uỷ` → `Ủy` (see [`ToneStyle`]) |
//! | spaces | tab, no-break and typographic spaces → one ASCII space; runs of spaces → one; zero-width characters, BOM and soft hyphen removed |
//! | dashes | `‐ ‑ ‒ – — ―` and `−` → `-` |
//! | quotes | `“ ” „ ‟ « »` → `"`; `‘ ’ ‚ ‛ ‹ ›` → `'` |
//!
//! Alongside it keeps a lower-case view with the same byte offsets (used for matching),
//! and on request a view without diacritics ([`NormalizedText::unaccented`]).
//!
//! ```
//! use nhan::normalize::Normalizer;
//!
//! let input = "Uỷ ban  nhân dân – HÐND";
//! let n = Normalizer::new().normalize(input);
//! assert_eq!(n.as_str(), "Ủy ban nhân dân - HĐND");
//! assert_eq!(n.lowercase(), "ủy ban nhân dân - hđnd");
//! // "HĐND" in the normalized text came from "HÐND" in the input.
//! let r = n.original_range(n.as_str().find("HĐND").unwrap()..n.len());
//! assert_eq!(&input[r], "HÐND");
//! ```

mod alignment;
mod chars;
mod fold;
mod nfc;
mod positions;
pub(crate) mod table;
mod tone;
pub mod writing;

use std::ops::Range;

pub use alignment::{Alignment, Segment};
pub use chars::is_word_char;
pub use fold::strip_diacritics;
pub(crate) use fold::{lowercase_into, unaccent};
pub use tone::ToneStyle;

use alignment::AlignedWriter;
use chars::SpaceClass;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Which normalization steps run. Build one with [`Normalizer::builder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Normalizer {
    nfc: bool,
    look_alikes: bool,
    tone: Option<ToneStyle>,
    spaces: bool,
    dashes: bool,
    quotes: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer {
            nfc: true,
            look_alikes: true,
            tone: Some(ToneStyle::Glide),
            spaces: true,
            dashes: true,
            quotes: true,
        }
    }
}

/// Sets the steps of a [`Normalizer`]; every step is on by default.
#[derive(Debug, Clone, Default)]
pub struct NormalizerBuilder {
    n: Normalizer,
}

impl NormalizerBuilder {
    /// Unicode NFC composition.
    pub fn nfc(mut self, on: bool) -> Self {
        self.n.nfc = on;
        self
    }
    /// `Ð` → `Đ` and the other look-alike letters.
    pub fn look_alikes(mut self, on: bool) -> Self {
        self.n.look_alikes = on;
        self
    }
    /// Where tone marks go in final `oa`/`oe`/`uy`; `None` leaves them as written.
    pub fn tone_style(mut self, style: Option<ToneStyle>) -> Self {
        self.n.tone = style;
        self
    }
    /// Space folding and zero-width removal.
    pub fn spaces(mut self, on: bool) -> Self {
        self.n.spaces = on;
        self
    }
    /// Dash folding.
    pub fn dashes(mut self, on: bool) -> Self {
        self.n.dashes = on;
        self
    }
    /// Quote folding.
    pub fn quotes(mut self, on: bool) -> Self {
        self.n.quotes = on;
        self
    }
    /// The configured normalizer.
    pub fn build(self) -> Normalizer {
        self.n
    }
}

/// A normalized text with its map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalizedText {
    text: String,
    lower: String,
    alignment: Alignment,
    writing: writing::Layout,
}

/// A lower-case view without diacritics, with its map back to the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unaccented {
    /// The text: `ủy ban` → `uy ban`, `đ` → `d`.
    pub text: String,
    /// Maps ranges of `text` to ranges of [`NormalizedText::as_str`].
    pub alignment: Alignment,
}

impl NormalizedText {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// The lower-case view; byte offsets equal those of [`as_str`](Self::as_str).
    pub fn lowercase(&self) -> &str {
        &self.lower
    }
    /// The map back to the original.
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }
    /// Length of the normalized text in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }
    /// True for an empty text.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
    /// The original byte range a normalized byte range came from.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.alignment.original_range(range)
    }
    /// How the text is written, segment by segment, as [`detect_writing`](Self::detect_writing)
    /// last found it (before that: no segments, read as accented in normal case).
    pub fn writing(&self) -> &writing::Layout {
        &self.writing
    }
    /// Detects how the text is written ([`writing::detect`]); `writing` forces the accents.
    pub fn detect_writing(&mut self, writing: writing::Writing) {
        self.writing = writing::detect(self, writing);
    }
    /// Builds the view without diacritics.
    pub fn unaccented(&self) -> Unaccented {
        let (text, alignment) = fold::unaccent(&self.lower);
        Unaccented { text, alignment }
    }
}

impl Normalizer {
    /// A normalizer with every step on and tone marks on the glide.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts configuring a normalizer.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// The normalized text alone, without the lower-case view or the alignment: for
    /// dictionary fields, which are short and many.
    pub(crate) fn normalize_text(&self, input: &str) -> String {
        // Plain ASCII without tabs or double spaces is already normal.
        if input.bytes().all(|b| b.is_ascii_graphic() || b == b' ') && !input.contains("  ") {
            return input.to_owned();
        }
        let mut scan = Scan {
            n: *self,
            w: AlignedWriter::with_capacity(input.len()),
            scratch: String::new(),
        };
        scan.run(input);
        scan.w.finish().0
    }

    /// Normalizes `input` in one pass.
    pub fn normalize(&self, input: &str) -> NormalizedText {
        let mut scan = Scan {
            n: *self,
            w: AlignedWriter::with_capacity(input.len()),
            scratch: String::new(),
        };
        scan.run(input);
        let (text, alignment) = scan.w.finish();
        let mut lower = String::new();
        fold::lowercase_into(&text, &mut lower);
        NormalizedText {
            text,
            lower,
            alignment,
            writing: writing::Layout::default(),
        }
    }
}

/// What one input character becomes.
enum Action {
    Keep,
    Replace(char),
    Delete,
}

struct Scan {
    n: Normalizer,
    w: AlignedWriter,
    scratch: String,
}

impl Scan {
    fn run(&mut self, input: &str) {
        let bytes = input.as_bytes();
        let nucleus_target = self.n.tone == Some(ToneStyle::Nucleus);
        let mut i = 0;
        let mut run = 0; // start of the bytes not yet written, all kept as they are
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                let interesting = match b {
                    b'\t' => self.n.spaces,
                    b' ' => {
                        let prev = if i > run {
                            Some(b' ') == bytes.get(i - 1).copied()
                        } else {
                            self.w.out.ends_with(' ')
                        };
                        self.n.spaces && prev
                    }
                    b'a' | b'e' | b'y' | b'A' | b'E' | b'Y' => nucleus_target,
                    _ => false,
                };
                if !interesting {
                    i += 1;
                    continue;
                }
                self.w.keep(&input[run..i]);
                let end = self.unit_end(input, i);
                self.unit(input, i, end);
                i = end;
                run = end;
                continue;
            }
            let c = input[i..].chars().next().unwrap_or('\u{FFFD}');
            let len = c.len_utf8();
            if self.n.nfc && !nfc::is_safe_starter(c) {
                // The chunk starts at the starter before `c` if that is still unwritten.
                let start = if i > run && bytes[i - 1] < 0x80 {
                    i - 1
                } else {
                    i
                };
                self.w.keep(&input[run..start]);
                let end = nfc::chunk_end(input, start).max(i + len);
                self.unit(input, start, end);
                i = end;
                run = end;
                continue;
            }
            let end = self.unit_end_after(input, i, len);
            if end == i + len && (!self.is_interesting(c) || self.tone_stays(bytes, run, i, end, c))
            {
                i = end;
                continue;
            }
            self.w.keep(&input[run..i]);
            self.unit(input, i, end);
            i = end;
            run = end;
        }
        self.w.keep(&input[run..]);
    }

    /// End of the unit starting at `i`: one character, or an NFC chunk.
    fn unit_end(&self, input: &str, i: usize) -> usize {
        let len = input[i..].chars().next().map_or(1, char::len_utf8);
        self.unit_end_after(input, i, len)
    }

    /// [`unit_end`](Self::unit_end) where the character at `i` is `len` bytes long.
    #[inline]
    fn unit_end_after(&self, input: &str, i: usize, len: usize) -> usize {
        match input.as_bytes().get(i + len) {
            Some(&b) if self.n.nfc && b >= 0x80 => nfc::chunk_end(input, i),
            _ => i + len,
        }
    }

    /// Does the character `c` at `i..end` (a unit of one character, kept as written
    /// unless its tone mark moves) certainly stay, without writing it out? With marks on
    /// the glide, a mark moves only from `a`, `e`, `y` after a plain `o` or `u` at the
    /// end of a syllable: not when an ASCII letter or digit follows, nor when an ASCII
    /// byte other than `o`, `u` that is still to be written as it is comes before.
    #[inline]
    fn tone_stays(&self, bytes: &[u8], run: usize, i: usize, end: usize, c: char) -> bool {
        if self.n.tone != Some(ToneStyle::Glide) || !tone::is_marked_nucleus(c) {
            return false;
        }
        let replaced = (self.n.look_alikes && chars::look_alike(c).is_some())
            || (self.n.spaces && chars::space_class(c).is_some())
            || (self.n.dashes && chars::dash(c).is_some())
            || (self.n.quotes && chars::quote(c).is_some());
        if replaced {
            return false;
        }
        bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)
            || (i > run
                && bytes[i - 1] < 0x80
                && !matches!(bytes[i - 1], b'o' | b'u' | b'O' | b'U'))
    }

    fn is_interesting(&self, c: char) -> bool {
        let tone = match self.n.tone {
            Some(ToneStyle::Glide) => tone::is_marked_nucleus(c),
            Some(ToneStyle::Nucleus) => tone::is_marked_glide(c),
            None => false,
        };
        if tone {
            return true;
        }
        // Below U+2000 only a handful of characters are rewritten; letters are not.
        if (c as u32) < 0x2000
            && !matches!(
                c,
                '\u{A0}'
                    | '\u{AB}'
                    | '\u{AD}'
                    | '\u{BB}'
                    | '\u{D0}'
                    | '\u{F0}'
                    | '\u{189}'
                    | '\u{256}'
                    | '\u{1680}'
            )
        {
            return false;
        }
        (self.n.look_alikes && chars::look_alike(c).is_some())
            || (self.n.spaces && chars::space_class(c).is_some())
            || (self.n.dashes && chars::dash(c).is_some())
            || (self.n.quotes && chars::quote(c).is_some())
    }

    /// Writes the unit `input[start..end]`.
    fn unit(&mut self, input: &str, start: usize, end: usize) {
        let unit = &input[start..end];
        let written_from = self.w.out.len();
        let mut chars = unit.chars();
        let first = chars.next().unwrap_or(' ');
        if chars.next().is_none() {
            match self.action(first, self.w.out.ends_with(' ')) {
                Action::Keep => self.w.keep(unit),
                Action::Replace(c) => self.w.replace_char(unit.len(), c),
                Action::Delete => self.w.delete(unit.len()),
            }
        } else {
            let mut composed = std::mem::take(&mut self.scratch);
            if self.n.nfc {
                nfc::compose_chunk(unit, &mut composed);
            } else {
                composed.clear();
                composed.push_str(unit);
            }
            let mut mapped = String::with_capacity(composed.len());
            for c in composed.chars() {
                let after_space = if mapped.is_empty() {
                    self.w.out.ends_with(' ')
                } else {
                    mapped.ends_with(' ')
                };
                match self.action(c, after_space) {
                    Action::Keep => mapped.push(c),
                    Action::Replace(r) => mapped.push(r),
                    Action::Delete => {}
                }
            }
            let joins = self.n.nfc
                && mapped
                    .chars()
                    .next()
                    .is_some_and(|c| !nfc::is_safe_starter(c))
                && composed.chars().next() != mapped.chars().next();
            // Where the text before the unit ends.
            let junction = self.w.out.len();
            if mapped == unit {
                self.w.keep(unit);
            } else {
                self.w.replace(unit.len(), &mapped);
            }
            if joins {
                // A deleted character no longer separates these marks from the letter
                // before it: compose again from that letter.
                let from = self.w.out[..junction]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| nfc::is_safe_starter(c))
                    .map_or(0, |(i, _)| i);
                let recomposed: String = self.w.out[from..].nfc().collect();
                if recomposed != self.w.out[from..] {
                    self.w.rewrite_tail(from, &recomposed);
                }
            }
            self.scratch = composed;
        }
        // Zero-width characters are deleted, so the syllable goes on after them.
        let zero_width =
            |c: char| self.n.spaces && chars::space_class(c) == Some(SpaceClass::ZeroWidth);
        let next = input[end..].chars().take(16).find(|&c| !zero_width(c));
        self.fix_tone(next, written_from);
    }

    /// What `c` becomes; `after_space` says whether the output so far ends in a space.
    fn action(&self, c: char, after_space: bool) -> Action {
        if self.n.look_alikes {
            if let Some(r) = chars::look_alike(c) {
                return Action::Replace(r);
            }
        }
        if self.n.spaces {
            match chars::space_class(c) {
                Some(SpaceClass::Space) if after_space => return Action::Delete,
                Some(SpaceClass::Space) if c == ' ' => return Action::Keep,
                Some(SpaceClass::Space) => return Action::Replace(' '),
                Some(SpaceClass::ZeroWidth) => return Action::Delete,
                None => {}
            }
        }
        if self.n.dashes {
            if let Some(r) = chars::dash(c) {
                return Action::Replace(r);
            }
        }
        if self.n.quotes {
            if let Some(r) = chars::quote(c) {
                return Action::Replace(r);
            }
        }
        Action::Keep
    }

    /// Moves the tone mark of a syllable that has just ended in `oa`, `oe` or `uy`.
    fn fix_tone(&mut self, next: Option<char>, written_from: usize) {
        if self.n.tone.is_none() {
            return;
        }
        // A recomposition may have rewritten the output from before the unit: step back to
        // a character boundary.
        let mut written_from = written_from.min(self.w.out.len());
        while !self.w.out.is_char_boundary(written_from) {
            written_from -= 1;
        }
        let written = &self.w.out[written_from..];
        // The common unit is one letter, or letters and their marks: the syllable can only
        // end after it.
        if written
            .chars()
            .all(|c| is_word_char(c) || is_combining_mark(c))
        {
            let end = self.w.out.len();
            self.fix_tone_at(end, next);
            return;
        }
        // Syllables may end inside what this unit wrote (`è` + U+2000 + `Ή` is one NFC
        // chunk): each ends after a letter and the marks on it, before anything else.
        // Right to left, so the positions of the earlier ones stay put.
        let mut ends: Vec<(usize, Option<char>)> = Vec::new();
        let mut it = written.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if !is_word_char(c) {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, m)) = it.peek().filter(|&&(_, m)| is_combining_mark(m)) {
                end = j + m.len_utf8();
                it.next();
            }
            match it.peek() {
                Some(&(_, n)) if !is_word_char(n) => ends.push((written_from + end, Some(n))),
                None => ends.push((written_from + end, next)),
                _ => {}
            }
        }
        for (end, after) in ends.into_iter().rev() {
            self.fix_tone_at(end, after);
        }
    }

    /// Moves the tone mark of the syllable that ends at `syllable_end`, followed by `next`.
    fn fix_tone_at(&mut self, syllable_end: usize, next: Option<char>) {
        let Some(style) = self.n.tone else { return };
        if next.is_some_and(is_word_char) {
            return;
        }
        let mut tail = self.w.out[..syllable_end].char_indices().rev();
        let (Some((_, c2)), Some((p1, c1))) = (tail.next(), tail.next()) else {
            return;
        };
        let candidate = match style {
            ToneStyle::Glide => tone::is_marked_nucleus(c2),
            ToneStyle::Nucleus => matches!(c2, 'a' | 'e' | 'y' | 'A' | 'E' | 'Y'),
        };
        if !candidate {
            return;
        }
        let c0 = tail.next().map(|(_, c)| c).filter(|c| c.is_alphabetic());
        if let Some([n1, n2]) = tone::retone(c0, c1, c2, style) {
            let mut rewritten = String::with_capacity(8 + self.w.out.len() - syllable_end);
            rewritten.push(n1);
            rewritten.push(n2);
            rewritten.push_str(&self.w.out[syllable_end..]);
            self.w.rewrite_tail(p1, &rewritten);
        }
    }
}

#[cfg(test)]
mod tests;
