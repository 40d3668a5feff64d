//! How a text is written: with or without its marks, in normal case, all capitals or as a
//! title-case headline — per document and per segment, without being told.
//!
//! A segment is a line; a long line is cut at sentence ends into pieces of a few hundred
//! bytes. Each segment gets its [`Accents`] and its [`Case`]:
//! - *accents*: a segment whose words mostly carry no mark is [`Accents::Unaccented`]. A few
//!   words typed without marks in accented text are typos and leave the segment accented; a
//!   few accented words in unaccented text do not make it accented. Words in capitals that
//!   carry no mark (`UBND`, `WHO`) do not count in mixed-case text. A segment too short to
//!   tell takes the document's accents, unless most of its words carry marks.
//! - *case*: [`Case::Upper`] when (nearly) every letter is a capital, [`Case::Title`] when
//!   (nearly) every word of a longer line starts with one (`Chủ Tịch Nước Gặp Mặt Đại Biểu`);
//!   else [`Case::Normal`]. In an upper or title segment capitals say nothing about names.
//!
//! [`Writing`] is what a caller asks for: [`Writing::Auto`] detects, the others force the
//! accents of every segment (the case is always detected).
//!
//! ```
//! use nhan::normalize::Normalizer;
//! use nhan::normalize::writing::{Accents, Case, Writing, detect};
//!
//! let text = Normalizer::new().normalize(
//!     "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nChu tich UBND tinh Pham Minh Chinh hop bao chieu nay.",
//! );
//! let layout = detect(&text, Writing::Auto);
//! let parts = layout.parts();
//! assert_eq!(parts.len(), 2);
//! assert_eq!((parts[0].accents, parts[0].case), (Accents::Accented, Case::Upper));
//! assert_eq!((parts[1].accents, parts[1].case), (Accents::Unaccented, Case::Normal));
//! assert_eq!(&text.as_str()[parts[1].range.clone()], "Chu tich UBND tinh Pham Minh Chinh hop bao chieu nay.");
//! ```

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::NormalizedText;
use count::{Counts, count};

mod count;

/// Whether text carries its diacritics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Accents {
    /// Written with its marks: `Ủy ban nhân dân`.
    #[default]
    Accented,
    /// Written without them: `Uy ban nhan dan`.
    Unaccented,
}

/// How text uses capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Case {
    /// Capitals where the language puts them: sentence starts, names, abbreviations.
    #[default]
    Normal,
    /// All capitals: `ỦY BAN NHÂN DÂN TỈNH`.
    Upper,
    /// Every word capitalised, as some headlines are: `Chủ Tịch Nước Gặp Mặt`.
    Title,
}

impl Accents {
    /// The name used in JSON: `accented`, `unaccented`.
    pub fn as_str(self) -> &'static str {
        match self {
            Accents::Accented => "accented",
            Accents::Unaccented => "unaccented",
        }
    }
}

impl Case {
    /// The name used in JSON: `normal`, `upper`, `title`.
    pub fn as_str(self) -> &'static str {
        match self {
            Case::Normal => "normal",
            Case::Upper => "upper",
            Case::Title => "title",
        }
    }
}

/// How the caller says the text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Writing {
    /// Detect it, per document and per segment (the default).
    #[default]
    Auto,
    /// Every segment is accented: words typed without marks are read as written.
    Accented,
    /// Every segment is unaccented: every word is read without its marks.
    Unaccented,
}

impl Writing {
    /// The name used by the command and Python: `auto`, `accented`, `unaccented`.
    pub fn as_str(self) -> &'static str {
        match self {
            Writing::Auto => "auto",
            Writing::Accented => "accented",
            Writing::Unaccented => "unaccented",
        }
    }
}

impl fmt::Display for Writing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Writing {
    type Err = String;

    /// ```
    /// use nhan::normalize::writing::Writing;
    /// assert_eq!("unaccented".parse::<Writing>(), Ok(Writing::Unaccented));
    /// assert!("plain".parse::<Writing>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(Writing::Auto),
            "accented" => Ok(Writing::Accented),
            "unaccented" => Ok(Writing::Unaccented),
            _ => Err(format!(
                "unknown writing {s:?}: expected auto, accented or unaccented"
            )),
        }
    }
}

/// How one segment is written: its byte range in the normalized text, its accents, its case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Part {
    /// Byte range in the normalized text.
    pub range: Range<usize>,
    /// With or without marks.
    pub accents: Accents,
    /// Normal case, capitals or title case.
    pub case: Case,
}

/// How a document is written: as a whole and segment by segment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Layout {
    /// The accents of most of the document's words.
    pub accents: Accents,
    /// The case of most of the document's words.
    pub case: Case,
    parts: Vec<Part>,
}

impl Layout {
    /// The segments, in text order, covering the text without gaps.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// Does any segment differ from the document as a whole?
    pub fn is_mixed(&self) -> bool {
        self.parts
            .iter()
            .any(|p| p.accents != self.accents || p.case != self.case)
    }

    /// Is any segment unaccented?
    pub fn any_unaccented(&self) -> bool {
        self.parts.iter().any(|p| p.accents == Accents::Unaccented)
    }

    /// The index of the segment that holds byte `pos` of the normalized text.
    pub fn part_at(&self, pos: usize) -> usize {
        self.parts
            .partition_point(|p| p.range.end <= pos)
            .min(self.parts.len().saturating_sub(1))
    }
}

/// A line longer than this is cut at sentence ends.
const LONG_LINE: usize = 600;
/// ... into pieces of at least this many bytes.
const PIECE: usize = 200;
/// A segment with fewer counted words than this takes the document's accents.
const FEW_WORDS: u32 = 8;
/// Below this share of marked words (in per mille), a segment is unaccented.
const MARKED_MIN: u32 = 250;

impl Counts {
    fn case(&self, doc_upper: bool) -> Case {
        let cased = self.upper_letters + self.lower_letters;
        let caps_words = self.caps_plain + self.caps_marked;
        if cased >= 2 && self.lower_letters * 20 <= cased {
            let enough = self.words >= 3 || self.caps_marked > 0 || doc_upper;
            if enough && caps_words * 5 >= self.words * 4 {
                return Case::Upper;
            }
        }
        if self.words >= 6 && (self.capitalised + caps_words) * 10 >= self.words * 9 {
            return Case::Title;
        }
        Case::Normal
    }

    /// The share of marked words, if there are enough words to tell.
    fn accents(&self, upper: bool) -> Option<Accents> {
        // In capitals, words without marks are words like any other.
        let (counted, marked) = if upper {
            (self.counted + self.caps_plain, self.marked)
        } else {
            (self.counted, self.marked)
        };
        if counted >= FEW_WORDS {
            Some(accents_of(counted, marked))
        } else if counted >= 3 && marked * 2 >= counted {
            // Marks are not typed by accident: a short line mostly marked is accented.
            Some(Accents::Accented)
        } else {
            None
        }
    }
}

fn accents_of(counted: u32, marked: u32) -> Accents {
    if marked * 1000 < counted * MARKED_MIN {
        Accents::Unaccented
    } else {
        Accents::Accented
    }
}

/// How `text` is written, segment by segment; `writing` forces the accents of every
/// segment unless it is [`Writing::Auto`].
pub fn detect(text: &NormalizedText, writing: Writing) -> Layout {
    detect_str(text.as_str(), writing)
}

/// [`detect`] on a normalized string.
pub(crate) fn detect_str(text: &str, writing: Writing) -> Layout {
    let mut cuts: Vec<(Range<usize>, Counts)> = Vec::new();
    let mut line_start = 0;
    for line_end in memchr_lines(text) {
        cut_line(text, line_start..line_end, &mut cuts);
        line_start = line_end;
    }
    let mut all = Counts::default();
    for (_, c) in &cuts {
        all.add(c);
    }
    // The document: by its words' case first (capitals change what counts for accents).
    let mut upper_words = 0;
    let mut title_words = 0;
    for (_, c) in &cuts {
        match c.case(false) {
            Case::Upper => upper_words += c.words,
            Case::Title => title_words += c.words,
            Case::Normal => {}
        }
    }
    let doc_case = if upper_words * 2 > all.words {
        Case::Upper
    } else if title_words * 2 > all.words {
        Case::Title
    } else {
        Case::Normal
    };
    let doc_accents = match writing {
        Writing::Accented => Accents::Accented,
        Writing::Unaccented => Accents::Unaccented,
        Writing::Auto => {
            // Most words: those of the segments that tell, else all words together.
            let (mut plain, mut marked_words, mut counted, mut marked) = (0, 0, 0, 0);
            for (_, c) in &cuts {
                let upper = c.case(doc_case == Case::Upper) == Case::Upper;
                let n = c.counted + if upper { c.caps_plain } else { 0 };
                counted += n;
                marked += c.marked;
                match c.accents(upper) {
                    Some(Accents::Unaccented) => plain += n,
                    Some(Accents::Accented) => marked_words += n,
                    None => {}
                }
            }
            if plain + marked_words > 0 {
                if plain > marked_words {
                    Accents::Unaccented
                } else {
                    Accents::Accented
                }
            } else if counted == 0 {
                Accents::Accented
            } else {
                accents_of(counted, marked)
            }
        }
    };
    let parts = cuts
        .into_iter()
        .map(|(range, c)| {
            let case = c.case(doc_case == Case::Upper);
            let accents = match writing {
                Writing::Auto => c.accents(case == Case::Upper).unwrap_or(doc_accents),
                _ => doc_accents,
            };
            Part {
                range,
                accents,
                case,
            }
        })
        .collect();
    Layout {
        accents: doc_accents,
        case: doc_case,
        parts,
    }
}

/// The ends of the lines of `text` (after each `\n`, and the end of the text).
fn memchr_lines(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1);
        Some(at)
    })
}

/// Counts the line `range` of `text`, cut at sentence ends when it is long, into `out`.
fn cut_line(text: &str, range: Range<usize>, out: &mut Vec<(Range<usize>, Counts)>) {
    if range.len() <= LONG_LINE {
        out.push((range.clone(), count(&text[range])));
        return;
    }
    let bytes = text.as_bytes();
    let mut start = range.start;
    let mut i = range.start + PIECE;
    while i + 1 < range.end {
        // The next sentence end at or after `i` with a byte after it.
        let Some(off) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..range.end - 1]) else {
            break;
        };
        i += off;
        if bytes[i + 1] == b' ' && range.end - (i + 2) >= PIECE {
            out.push((start..i + 2, count(&text[start..i + 2])));
            start = i + 2;
            i = start + PIECE;
            continue;
        }
        i += 1;
    }
    out.push((start..range.end, count(&text[start..range.end])));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> (Accents, Case) {
        let l = detect_str(s, Writing::Auto);
        (l.accents, l.case)
    }

    #[test]
    fn accents_and_case_of_whole_texts() {
        use Accents::*;
        use Case::*;
        let cases = [
            (
                "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang, phát biểu.",
                Accented,
                Normal,
            ),
            (
                "Dai ta Phan Huy Ngoc, Giam doc Cong an tinh Ha Giang, phat bieu.",
                Unaccented,
                Normal,
            ),
            (
                "ĐẠI TÁ PHAN HUY NGỌC, GIÁM ĐỐC CÔNG AN TỈNH HÀ GIANG, PHÁT BIỂU.",
                Accented,
                Upper,
            ),
            (
                "DAI TA PHAN HUY NGOC, GIAM DOC CONG AN TINH HA GIANG, PHAT BIEU.",
                Unaccented,
                Upper,
            ),
            (
                "Chủ Tịch Nước Gặp Mặt Đại Biểu Người Có Công",
                Accented,
                Title,
            ),
            // Acronyms in mixed case do not count; a typo does not make a mode.
            (
                "UBND tỉnh Hà Giang họp bàn về KT-XH, ANTT và NTM; ong Hùng nói.",
                Accented,
                Normal,
            ),
            // A few accented words do not make unaccented text accented.
            (
                "Hom nay UBND tinh Hà Giang hop ban ve kinh te xa hoi cua tinh nha.",
                Unaccented,
                Normal,
            ),
            ("", Accented, Normal),
        ];
        for (text, accents, case) in cases {
            assert_eq!(one(text), (accents, case), "{text:?}");
        }
    }

    #[test]
    fn segments_are_lines_and_short_ones_inherit() {
        let text = "Uy ban nhan dan tinh Ha Giang hop chieu nay.\nHa Noi\nĐại tá Phan Huy Ngọc phát biểu tại hội nghị.";
        let l = detect_str(text, Writing::Auto);
        let got: Vec<(&str, Accents)> = l
            .parts()
            .iter()
            .map(|p| (text[p.range.clone()].trim_end(), p.accents))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Uy ban nhan dan tinh Ha Giang hop chieu nay.",
                    Accents::Unaccented
                ),
                // Two words: the document's accents (ten counted words of 19 are marked).
                ("Ha Noi", l.accents),
                (
                    "Đại tá Phan Huy Ngọc phát biểu tại hội nghị.",
                    Accents::Accented
                ),
            ]
        );
        assert!(l.is_mixed());
        // The parts cover the text.
        assert_eq!(l.parts()[0].range.start, 0);
        assert_eq!(l.parts().last().map(|p| p.range.end), Some(text.len()));
        assert_eq!(l.part_at(text.find("Ha Noi").unwrap_or(0)), 1);
    }

    #[test]
    fn long_lines_are_cut_at_sentence_ends() {
        let sentence = "Uy ban nhan dan tinh Ha Giang hop ban ve kinh te xa hoi. ";
        let accented = "Ủy ban nhân dân tỉnh Hà Giang họp bàn về kinh tế xã hội. ";
        let text = format!("{}{}", sentence.repeat(8), accented.repeat(8));
        let l = detect_str(&text, Writing::Auto);
        assert!(l.parts().len() >= 3, "{:?}", l.parts());
        assert_eq!(l.parts()[0].accents, Accents::Unaccented);
        assert_eq!(l.parts().last().map(|p| p.accents), Some(Accents::Accented));
        for w in l.parts().windows(2) {
            assert_eq!(w[0].range.end, w[1].range.start);
        }
    }

    #[test]
    fn forcing_sets_every_segment() {
        let text = "Đại tá Phan Huy Ngọc phát biểu.\nDai ta Phan Huy Ngoc phat bieu.";
        let l = detect_str(text, Writing::Unaccented);
        assert!(l.parts().iter().all(|p| p.accents == Accents::Unaccented));
        let l = detect_str(text, Writing::Accented);
        assert!(l.parts().iter().all(|p| p.accents == Accents::Accented));
    }
}
