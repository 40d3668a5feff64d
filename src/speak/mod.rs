//! The speech form: the text as a news reader says it, every spoken piece aligned to the
//! bytes of the input it came from.
//!
//! [`Annotator::speak`] writes numbers, dates, times, ranges, ordinals, Roman numerals,
//! units, money, phone numbers, codes, plates and abbreviations out in words (northern
//! standard by default) and keeps every other word as written. It reads what the
//! annotation found: an abbreviation is said in the sense chosen in its context, a date
//! by the parts its value has, a number by its value; what the annotation leaves alone
//! (ordinals, codes, phone numbers, units, Roman numerals) is read from its written shape.
//!
//! ```
//! use nhan::Annotator;
//!
//! let input = "Ngày 9/10/2021, BTV Tỉnh ủy họp với 3-4 đơn vị.";
//! let speech = Annotator::new().speak(input);
//! assert_eq!(
//!     speech.text,
//!     "Ngày chín tháng mười năm hai nghìn không trăm hai mươi mốt, \
//!      ban thường vụ Tỉnh ủy họp với ba đến bốn đơn vị."
//! );
//! // Every spoken piece points back at its input.
//! let btv = speech.segments.iter().find(|s| s.text == "ban thường vụ").unwrap();
//! assert_eq!(&input[btv.start..btv.end], "BTV");
//! speech.check(input).unwrap();
//! ```
//!
//! The segments tile the input: in order, never overlapping, every non-space byte inside
//! one of them, and their texts joined by single spaces are [`Speech::text`]. Marks that
//! are not said (brackets, quotes, a dash between words) belong to the segment next to
//! them; sentence punctuation stays, glued to the word before it, unless
//! [`SpeechOptions::punctuation`] drops it.

mod date;
mod lexicon;
mod number;
mod numerals;
mod out;
mod reader;
mod tokens;
mod words;

#[cfg(test)]
mod tests;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::annotate::Annotator;

/// The speech form of one text: the spoken text and its segments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speech {
    /// The spoken text: the segments' texts joined by single spaces.
    pub text: String,
    /// The spoken pieces, each with the byte range of the input it came from.
    pub segments: Vec<Segment>,
}

/// One spoken piece and the input it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Byte offset of the piece's first byte in the input.
    pub start: usize,
    /// Byte offset after the piece's last byte in the input.
    pub end: usize,
    /// What is said for `input[start..end]`.
    pub text: String,
}

/// A segment as the writer holds it: the spoken part is a range of the speech text.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) spoken: Range<usize>,
}

impl Speech {
    /// One-line JSON: `{"text": ..., "segments": [{"start", "end", "text"}, ...]}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// Checks that the segments tile `input`: in order and within it, on character
    /// boundaries, never overlapping, every non-space byte inside one, and that their
    /// texts joined by single spaces are the spoken text. Says what is wrong otherwise.
    ///
    /// ```
    /// let input = "Tăng 36% (so với 2020).";
    /// let speech = nhan::Annotator::new().speak(input);
    /// assert!(speech.check(input).is_ok());
    /// assert!(speech.check("another text").is_err());
    /// ```
    pub fn check(&self, input: &str) -> Result<(), String> {
        let mut at = 0;
        for (i, s) in self.segments.iter().enumerate() {
            if s.start < at || s.end < s.start || input.get(s.start..s.end).is_none() {
                return Err(format!(
                    "segment {i} ({}..{}) is out of order, overlaps or is not on character boundaries of the input",
                    s.start, s.end
                ));
            }
            if let Some((k, c)) = input[at..s.start]
                .char_indices()
                .find(|(_, c)| !c.is_whitespace())
            {
                return Err(format!("{c:?} at byte {} is in no segment", at + k));
            }
            if s.text.is_empty() && self.segments.len() > 1 {
                return Err(format!("segment {i} says nothing"));
            }
            at = s.end;
        }
        if let Some((k, c)) = input[at..].char_indices().find(|(_, c)| !c.is_whitespace()) {
            return Err(format!("{c:?} at byte {} is in no segment", at + k));
        }
        let joined: Vec<&str> = self.segments.iter().map(|s| s.text.as_str()).collect();
        if joined.join(" ") != self.text {
            return Err("the segments' texts joined by spaces are not the spoken text".into());
        }
        Ok(())
    }
}

/// How foreign acronyms are said.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Acronyms {
    /// As people say them: a word where one is said (`NATO`, `ASEAN` stay as written),
    /// else letter by letter (`FBI` → `ép bi ai`).
    #[default]
    Auto,
    /// Always letter by letter (`NATO` → `en ây ti âu`).
    Letters,
    /// Always as written, for an engine that says them itself.
    Words,
}

/// Choices for the speech form; the defaults are the northern news reader's.
///
/// ```
/// use nhan::{Annotator, SpeechOptions};
///
/// let southern = SpeechOptions::new().southern(true).bon_after_tens(true);
/// let speech = Annotator::new().speak_with("Có 2.104 người, 24 xã.", &southern);
/// assert_eq!(speech.text, "Có hai ngàn một trăm lẻ bốn người, hai mươi bốn xã.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpeechOptions {
    pub(crate) ngan: bool,
    pub(crate) le: bool,
    pub(crate) bon: bool,
    pub(crate) acronyms: Acronyms,
    pub(crate) punctuation: bool,
}

impl Default for SpeechOptions {
    fn default() -> Self {
        SpeechOptions {
            ngan: false,
            le: false,
            bon: false,
            acronyms: Acronyms::Auto,
            punctuation: true,
        }
    }
}

impl SpeechOptions {
    /// The northern news reader: `nghìn`, `linh`, `tư` after `mươi`, acronyms as people
    /// say them, sentence punctuation kept.
    pub fn new() -> SpeechOptions {
        SpeechOptions::default()
    }

    /// Southern numerals: `ngàn` for `nghìn` and `lẻ` for `linh` (default: off).
    pub fn southern(mut self, on: bool) -> SpeechOptions {
        self.ngan = on;
        self.le = on;
        self
    }

    /// `ngàn` for `nghìn` alone (default: off).
    pub fn ngan(mut self, on: bool) -> SpeechOptions {
        self.ngan = on;
        self
    }

    /// `lẻ` for `linh` alone (default: off).
    pub fn le(mut self, on: bool) -> SpeechOptions {
        self.le = on;
        self
    }

    /// `bốn` for `tư` after `mươi`: `hai mươi bốn` (default: off, `hai mươi tư`).
    pub fn bon_after_tens(mut self, on: bool) -> SpeechOptions {
        self.bon = on;
        self
    }

    /// How foreign acronyms are said (default: [`Acronyms::Auto`]).
    pub fn acronyms(mut self, acronyms: Acronyms) -> SpeechOptions {
        self.acronyms = acronyms;
        self
    }

    /// Whether sentence punctuation (`. , ; : ! ?`) stays in the spoken text, glued to
    /// the word before it (default: yes). Brackets, quotes and dashes are never said.
    pub fn punctuation(mut self, keep: bool) -> SpeechOptions {
        self.punctuation = keep;
        self
    }
}

impl Annotator {
    /// The speech form of `input` with the default [`SpeechOptions`].
    ///
    /// ```
    /// let speech = nhan::Annotator::new().speak("Lúc 15h45, QL14 sạt lở 7km.");
    /// assert_eq!(
    ///     speech.text,
    ///     "Lúc mười lăm giờ bốn mươi lăm phút, quốc lộ mười bốn sạt lở bảy ki lô mét."
    /// );
    /// ```
    pub fn speak(&self, input: &str) -> Speech {
        self.speak_with(input, &SpeechOptions::default())
    }

    /// The speech form of `input` with `options`.
    pub fn speak_with(&self, input: &str, options: &SpeechOptions) -> Speech {
        self.speech_view(input, |text, table, unaccented, annotation| {
            reader::read(
                input,
                text.as_str(),
                table,
                unaccented,
                &annotation,
                options,
            )
        })
    }
}
