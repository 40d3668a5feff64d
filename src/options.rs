//! Options for one call: the reference date, the kinds wanted, the offsets written.
//!
//! An [`Annotator`] is built once (its dictionaries compiled); [`Options`] change what one
//! call returns without rebuilding it.

use std::ops::Range;

use crate::annotate::Annotator;
use crate::error::{Error, Result};
use crate::normalize::writing::Writing;
use crate::recognize::KindSet;
use crate::span::{Annotation, Kind};

/// What one call of [`Annotator::annotate_with`] (or
/// [`Annotator::annotate_reader_with`]) returns.
///
/// ```
/// use nhan::{Annotator, Kind, Options};
///
/// let input = "Sáng 6/11, UBND tỉnh Hà Giang họp.";
/// let options = Options::new()
///     .parse_reference_date("2020-01-15")?
///     .kinds([Kind::Date, Kind::Location])
///     .char_offsets(true);
/// let a = Annotator::new().annotate_with(input, &options);
/// let date = a.of_kind(Kind::Date).next().unwrap();
/// assert_eq!(date.value, Some(nhan::Value::Text("2020-11-06".into())));
/// assert!(a.spans.iter().all(|s| matches!(s.kind, Kind::Date | Kind::Location)));
/// let place = a.of_kind(Kind::Location).next().unwrap();
/// assert_eq!(&input[place.start..place.end], "Hà Giang");
/// let chars: String = input.chars().skip(place.start_char.unwrap()).take(8).collect();
/// assert_eq!(chars, "Hà Giang");
/// # Ok::<(), nhan::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    reference_date: Option<(i32, u32, u32)>,
    kinds: Option<Vec<Kind>>,
    char_offsets: bool,
    utf16_offsets: bool,
    writing: Writing,
}

impl Options {
    /// Everything the annotator finds, byte offsets only, the annotator's reference date.
    pub fn new() -> Options {
        Options::default()
    }

    /// The date the document was written, for this call: resolves unknown years
    /// (`6/11` → that year) and `năm nay`. Overrides the annotator's own.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDate`] when the day does not exist (`2023-02-29`, month 13).
    pub fn reference_date(mut self, year: i32, month: u32, day: u32) -> Result<Options> {
        let text = format!("{year:04}-{month:02}-{day:02}");
        check_date(&text, year, month, day)?;
        self.reference_date = Some((year, month, day));
        Ok(self)
    }

    /// [`Options::reference_date`] from `YYYY-MM-DD`.
    ///
    /// ```
    /// let err = nhan::Options::new().parse_reference_date("2023-02-29").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid date \"2023-02-29\": February 2023 has 28 days");
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDate`] when `text` is not `YYYY-MM-DD` or not a real day.
    pub fn parse_reference_date(mut self, text: &str) -> Result<Options> {
        self.reference_date = Some(parse_date(text)?);
        Ok(self)
    }

    /// Only spans of these kinds; relations whose head or tail is left out go too, and
    /// ids are renumbered so that `spans[i].id == i` still holds. Only the recognizers
    /// these kinds need run (`Kind::Abbreviation` alone needs one of seven), so asking for
    /// less is faster; the spans are those a call for every kind returns.
    pub fn kinds(mut self, kinds: impl IntoIterator<Item = Kind>) -> Options {
        self.kinds = Some(kinds.into_iter().collect());
        self
    }

    /// Whether to fill `start_char`/`end_char` (default: no).
    pub fn char_offsets(mut self, on: bool) -> Options {
        self.char_offsets = on;
        self
    }

    /// Whether to fill `start_utf16`/`end_utf16` (default: no).
    pub fn utf16_offsets(mut self, on: bool) -> Options {
        self.utf16_offsets = on;
        self
    }

    /// How the text of this call is written: [`Writing::Auto`] (the default) leaves it to
    /// the annotator, which finds out per document and per line or sentence unless it was
    /// built with [`AnnotatorBuilder::writing`](crate::AnnotatorBuilder::writing);
    /// [`Writing::Unaccented`] reads every word without its marks; [`Writing::Accented`]
    /// reads words as written.
    ///
    /// ```
    /// use nhan::{Annotator, Kind, Options};
    /// use nhan::normalize::writing::Writing;
    ///
    /// let input = "Ha Giang";
    /// let a = Annotator::new();
    /// let places = |w| a.annotate_with(input, &Options::new().writing(w)).of_kind(Kind::Location).count();
    /// assert_eq!(places(Writing::Unaccented), 1);
    /// assert_eq!(places(Writing::Accented), 0);
    /// ```
    pub fn writing(mut self, writing: Writing) -> Options {
        self.writing = writing;
        self
    }

    /// How the text of this call is written, as set by [`Options::writing`].
    pub fn get_writing(&self) -> Writing {
        self.writing
    }

    /// The reference date set for the call, if any, as (year, month, day).
    pub fn get_reference_date(&self) -> Option<(i32, u32, u32)> {
        self.reference_date
    }

    /// Whether spans of `kind` are wanted.
    pub fn wants(&self, kind: Kind) -> bool {
        self.kinds.as_ref().is_none_or(|k| k.contains(&kind))
    }

    /// The kinds wanted, as a set: only the recognizers they need run.
    fn wanted(&self) -> KindSet {
        self.kinds.as_ref().map_or(KindSet::ALL, |k| KindSet::of(k))
    }

    /// Whether character offsets are filled.
    pub fn wants_char_offsets(&self) -> bool {
        self.char_offsets
    }

    /// Whether UTF-16 offsets are filled.
    pub fn wants_utf16_offsets(&self) -> bool {
        self.utf16_offsets
    }

    /// Applies the kind filter and the offsets to `annotation`, made from `input`.
    fn apply(&self, input: &str, annotation: &mut Annotation) {
        if self.kinds.is_some() {
            keep_kinds(annotation, |k| self.wants(k));
        }
        if self.char_offsets {
            let ranges = annotation.char_ranges(input);
            set(annotation, &ranges, |s, r| {
                s.start_char = Some(r.start);
                s.end_char = Some(r.end);
            });
        }
        if self.utf16_offsets {
            let ranges = annotation.utf16_ranges(input);
            set(annotation, &ranges, |s, r| {
                s.start_utf16 = Some(r.start);
                s.end_utf16 = Some(r.end);
            });
        }
    }
}

fn set(
    annotation: &mut Annotation,
    ranges: &[Range<usize>],
    mut f: impl FnMut(&mut crate::Span, &Range<usize>),
) {
    for (span, range) in annotation.spans.iter_mut().zip(ranges) {
        f(span, range);
    }
}

/// Drops the spans whose kind is not wanted and the relations that touch them; renumbers.
fn keep_kinds(annotation: &mut Annotation, wanted: impl Fn(Kind) -> bool) {
    let mut new_id = vec![None; annotation.spans.len()];
    let mut next = 0;
    for (i, span) in annotation.spans.iter().enumerate() {
        if wanted(span.kind) {
            new_id[i] = Some(next);
            next += 1;
        }
    }
    annotation.spans.retain(|s| wanted(s.kind));
    for (i, span) in annotation.spans.iter_mut().enumerate() {
        span.id = i;
    }
    annotation.relations.retain_mut(|r| {
        match (
            new_id.get(r.head).copied().flatten(),
            new_id.get(r.tail).copied().flatten(),
        ) {
            (Some(head), Some(tail)) => {
                r.head = head;
                r.tail = tail;
                true
            }
            _ => false,
        }
    });
}

/// Parses `YYYY-MM-DD` into a real calendar day.
fn parse_date(text: &str) -> Result<(i32, u32, u32)> {
    let invalid = |message: &str| Error::InvalidDate {
        text: text.to_owned(),
        message: message.to_owned(),
    };
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(invalid("expected YYYY-MM-DD"));
    };
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
        return Err(invalid("expected YYYY-MM-DD"));
    }
    let parse = |s: &str| s.parse::<u32>().map_err(|_| invalid("expected YYYY-MM-DD"));
    let (year, month, day) = (parse(y)? as i32, parse(m)?, parse(d)?);
    check_date(text, year, month, day)?;
    Ok((year, month, day))
}

fn check_date(text: &str, year: i32, month: u32, day: u32) -> Result<()> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let invalid = |message: String| Error::InvalidDate {
        text: text.to_owned(),
        message,
    };
    if !(1..=12).contains(&month) {
        return Err(invalid(format!("month {month} is not 1 to 12")));
    }
    let days = crate::calendar::days_in_month(Some(year), month);
    if day == 0 || day > days {
        let name = MONTHS[month as usize - 1];
        return Err(invalid(format!("{name} {year} has {days} days")));
    }
    Ok(())
}

impl Annotator {
    /// Annotates one document with per-call [`Options`]: the reference date, the kinds
    /// wanted and the offsets to fill. [`Annotator::annotate`] is this with
    /// `Options::new()`.
    pub fn annotate_with(&self, input: &str, options: &Options) -> Annotation {
        let mut annotation = self.annotate_for(
            input,
            options.reference_date,
            options.wanted(),
            options.writing,
        );
        options.apply(input, &mut annotation);
        annotation
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RelationKind;

    const INPUT: &str =
        "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang, phát biểu ngày 6/11.";

    #[test]
    fn kinds_filter_keeps_relations_between_kept_spans_and_renumbers() {
        let a = Annotator::new();
        let all = a.annotate(INPUT);
        let some = a.annotate_with(INPUT, &Options::new().kinds([Kind::Person, Kind::Rank]));
        assert!(some.spans.len() < all.spans.len());
        for (i, s) in some.spans.iter().enumerate() {
            assert_eq!(s.id, i);
            assert!(matches!(s.kind, Kind::Person | Kind::Rank));
            assert_eq!(&INPUT[s.start..s.end], s.text);
        }
        let rank = some
            .relations
            .iter()
            .find(|r| r.kind == RelationKind::HasRank);
        let rank = rank.expect("has_rank kept");
        assert_eq!(some.spans[rank.head].text, "Phan Huy Ngọc");
        assert_eq!(some.spans[rank.tail].text, "Đại tá");
        assert!(
            some.relations
                .iter()
                .all(|r| r.kind != RelationKind::HasTitle)
        );
        assert!(
            all.relations
                .iter()
                .any(|r| r.kind == RelationKind::HasTitle)
        );
    }

    #[test]
    fn offsets_are_filled_only_when_asked() {
        let a = Annotator::new();
        let plain = a.annotate_with(INPUT, &Options::new());
        assert_eq!(plain, a.annotate(INPUT));
        assert!(
            plain
                .spans
                .iter()
                .all(|s| s.start_char.is_none() && s.start_utf16.is_none())
        );
        assert!(!plain.to_json().unwrap().contains("start_char"));
        let both = a.annotate_with(
            INPUT,
            &Options::new().char_offsets(true).utf16_offsets(true),
        );
        let units: Vec<u16> = INPUT.encode_utf16().collect();
        let chars: Vec<char> = INPUT.chars().collect();
        for s in &both.spans {
            let (cs, ce) = (s.start_char.unwrap(), s.end_char.unwrap());
            assert_eq!(chars[cs..ce].iter().collect::<String>(), s.text);
            let (us, ue) = (s.start_utf16.unwrap(), s.end_utf16.unwrap());
            assert_eq!(String::from_utf16(&units[us..ue]).unwrap(), s.text);
            assert_eq!(&INPUT[s.start..s.end], s.text);
        }
        assert!(both.to_json().unwrap().contains("\"start_utf16\""));
    }

    #[test]
    fn reference_date_per_call() {
        let a = Annotator::new();
        let year = |o: &Options| {
            let got = a.annotate_with(INPUT, o);
            let date = got.of_kind(Kind::Date).next().expect("a date").clone();
            assert_eq!(&INPUT[date.start..date.end], date.text);
            date.value
        };
        let v = year(&Options::new().parse_reference_date("2020-03-01").unwrap());
        assert_eq!(v, Some(crate::Value::Text("2020-11-06".into())));
        let v = year(&Options::new().reference_date(2019, 5, 2).unwrap());
        assert_eq!(v, Some(crate::Value::Text("2019-11-06".into())));
    }

    #[test]
    fn invalid_dates_are_errors() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-04-31",
            "2024-1-01",
            "20240101",
            "",
            "2024-00-10",
            "abcd-01-01",
        ] {
            let err = Options::new().parse_reference_date(bad);
            assert!(matches!(err, Err(Error::InvalidDate { .. })), "{bad}");
        }
        assert!(Options::new().parse_reference_date("2024-02-29").is_ok());
        assert!(Options::new().reference_date(2024, 2, 30).is_err());
    }
}

#[cfg(test)]
mod stream_tests {
    use crate::{Annotator, Options};

    #[test]
    fn stream_offsets_count_from_the_start_of_the_stream() {
        // Several chunks (each about 1 MiB), with two-byte and three-byte characters.
        let para =
            "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang phát biểu. 😀 UBND tỉnh họp.\n\n";
        let text = para.repeat((2_500_000 / para.len()) + 1);
        let options = Options::new().char_offsets(true).utf16_offsets(true);
        let chars: Vec<char> = text.chars().collect();
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut chunks = 0;
        let mut next_id = 0;
        for chunk in Annotator::new().annotate_reader_with("t", text.as_bytes(), options) {
            let chunk = chunk.unwrap();
            assert_eq!(&text[chunk.offset..chunk.offset + chunk.len], chunk.text);
            chunks += 1;
            for s in &chunk.annotation.spans {
                assert_eq!(s.id, next_id);
                next_id += 1;
                assert_eq!(&text[s.start..s.end], s.text);
                let (cs, ce) = (s.start_char.unwrap(), s.end_char.unwrap());
                assert_eq!(chars[cs..ce].iter().collect::<String>(), s.text);
                let (us, ue) = (s.start_utf16.unwrap(), s.end_utf16.unwrap());
                assert_eq!(String::from_utf16(&units[us..ue]).unwrap(), s.text);
            }
        }
        assert!(chunks >= 2, "{chunks} chunks");
        assert!(next_id > 1000);
    }
}
