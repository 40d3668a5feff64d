//! The output model: spans, relations and the annotation of one document.
//!
//! Field for field the JSON of the [guide](crate::guide) (`docs/annotation.md`): spans sorted by `start`, longer first;
//! `id` is the span's index; attributes that do not apply are left out.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[macro_use]
mod attributes;
mod texts;
mod writing;

pub use crate::dict::Entity;
pub use attributes::Attribute;
use attributes::Field;
pub(crate) use attributes::{Attrs, RawValue};
pub(crate) use texts::{Shared, Sym, Syms, Texts};
pub use writing::{Accents, Case, Written, WrittenPart};

/// What a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// An abbreviation as written: `UBND`, `KT – XH`.
    Abbreviation,
    /// A written-out phrase whose abbreviation is known: `an ninh Tổ quốc`.
    LongForm,
    /// A person's name, without title, rank or honorific.
    Person,
    /// An office, from its role word to the end of its organization.
    Title,
    /// A military or police rank.
    Rank,
    /// A form of address directly before a name.
    Honorific,
    /// A named body.
    Organization,
    /// A place name without its level word.
    Location,
    /// A date, time or period with its trigger words.
    Date,
    /// A numeral with its multiplier word.
    Number,
}

impl Kind {
    /// Every kind, in the order of the guide's table.
    pub const ALL: [Kind; 10] = [
        Kind::Abbreviation,
        Kind::LongForm,
        Kind::Person,
        Kind::Title,
        Kind::Rank,
        Kind::Honorific,
        Kind::Organization,
        Kind::Location,
        Kind::Date,
        Kind::Number,
    ];

    /// The name used in JSON: `long_form`, `abbreviation`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Abbreviation => "abbreviation",
            Kind::LongForm => "long_form",
            Kind::Person => "person",
            Kind::Title => "title",
            Kind::Rank => "rank",
            Kind::Honorific => "honorific",
            Kind::Organization => "organization",
            Kind::Location => "location",
            Kind::Date => "date",
            Kind::Number => "number",
        }
    }
}

/// Reads the JSON name of a kind.
///
/// ```
/// use nhan::Kind;
/// assert_eq!("long_form".parse::<Kind>().unwrap(), Kind::LongForm);
/// assert!("people".parse::<Kind>().is_err());
/// ```
impl FromStr for Kind {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Kind, crate::Error> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| crate::Error::UnknownKind { text: s.to_owned() })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an abbreviation's expansion came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Source {
    /// A built-in or user dictionary.
    Dictionary,
    /// A definition in the document itself: `Mặt trận Tổ quốc (MTTQ)`.
    Document,
}

impl Source {
    /// The name used in JSON: `dictionary`, `document`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Dictionary => "dictionary",
            Source::Document => "document",
        }
    }
}

/// The value of a date (a TIMEX-like string) or a number.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// A number; integral values serialize as JSON integers.
    Number(f64),
    /// A date or period: `2020-11-06`, `XXXX-11-06`, `2013/2020`.
    Text(String),
}

/// Integral numbers as JSON integers. A number that is not finite has no JSON form: writing
/// it is an error ([`Error::Json`](crate::Error::Json)), not a silent `null`.
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) if !n.is_finite() => Err(serde::ser::Error::custom(format!(
                "the number value {n} is not finite: JSON cannot hold it"
            ))),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => s.serialize_i64(*n as i64),
            Value::Number(n) => s.serialize_f64(*n),
            Value::Text(t) => s.serialize_str(t),
        }
    }
}

/// As in the JSON, without quotes: `2900`, `1.5`, `2020-11-06`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => write!(f, "{}", *n as i64),
            Value::Number(n) => write!(f, "{n}"),
            Value::Text(t) => f.write_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(f64),
            T(String),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::N(n) => Value::Number(n),
            Raw::T(t) => Value::Text(t),
        })
    }
}

macro_rules! define_span {
    ($( $(#[$doc:meta])* $name:ident: $form:ident, )*) => {
        /// One annotated piece of the input.
        ///
        /// `start` and `end` are byte offsets into the original input: `&input[start..end] == text`.
        /// Character and UTF-16 offsets are filled in only when asked for
        /// ([`Options::char_offsets`](crate::Options::char_offsets),
        /// [`Options::utf16_offsets`](crate::Options::utf16_offsets)). The attributes after
        /// `text` apply to some kinds only; one that does not apply is `None` (or empty) and left
        /// out of the JSON.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct Span {
            /// Index of the span in [`Annotation::spans`].
            pub id: usize,
            /// What the span is.
            pub kind: Kind,
            /// Byte offset of the first byte in the original input.
            pub start: usize,
            /// Byte offset after the last byte in the original input.
            pub end: usize,
            /// Character (Unicode scalar value) offset of the start, when asked for.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub start_char: Option<usize>,
            /// Character offset of the end, when asked for.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub end_char: Option<usize>,
            /// UTF-16 code unit offset of the start, when asked for.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub start_utf16: Option<usize>,
            /// UTF-16 code unit offset of the end, when asked for.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub end_utf16: Option<usize>,
            /// The original text of the span.
            pub text: String,
            $(
                $(#[$doc])*
                #[serde(default, skip_serializing_if = "attributes::absent")]
                pub $name: attr_type!($form),
            )*
        }

        impl Span {
            /// The names of the attributes, in JSON order: the fields after `text`.
            pub const ATTRIBUTES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// A span of `kind` over `input[range]` with no attributes and id 0. A range outside
            /// `input` or off its char boundaries gives an empty `text`.
            pub fn new(kind: Kind, input: &str, range: Range<usize>) -> Span {
                Span {
                    id: 0,
                    kind,
                    start: range.start,
                    end: range.end,
                    start_char: None,
                    end_char: None,
                    start_utf16: None,
                    end_utf16: None,
                    text: input.get(range).unwrap_or_default().to_owned(),
                    $( $name: Default::default(), )*
                }
            }

            /// The attributes that apply, by name, in JSON order.
            pub fn attributes(&self) -> impl Iterator<Item = (&'static str, Attribute<'_>)> {
                [$( (stringify!($name), Field::get(&self.$name)) ),*]
                    .into_iter()
                    .filter_map(|(name, a)| Some((name, a?)))
            }

            /// The attribute `name` (one of [`Span::ATTRIBUTES`]), if it applies.
            pub fn attribute(&self, name: &str) -> Option<Attribute<'_>> {
                match name {
                    $( stringify!($name) => Field::get(&self.$name), )*
                    _ => None,
                }
            }
        }
    };
}

crate::span_attributes!(define_span);

impl Span {
    /// The byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The range in characters (Unicode scalar values) of `input`.
    ///
    /// ```
    /// # use nhan::{Span, Kind};
    /// let input = "Tỉnh ủy Hà Giang";
    /// let at = input.find("Hà").unwrap();
    /// let s = Span::new(Kind::Location, input, at..input.len());
    /// assert_eq!(s.char_range(input), 8..16);
    /// ```
    /// A span that does not fit `input` gives an empty range.
    pub fn char_range(&self, input: &str) -> Range<usize> {
        match (input.get(..self.start), input.get(self.start..self.end)) {
            (Some(before), Some(inner)) => {
                let start = before.chars().count();
                start..start + inner.chars().count()
            }
            _ => 0..0,
        }
    }

    /// The range in UTF-16 code units of `input`, as JavaScript and Java count.
    /// A span that does not fit `input` gives an empty range.
    pub fn utf16_range(&self, input: &str) -> Range<usize> {
        match (input.get(..self.start), input.get(self.start..self.end)) {
            (Some(before), Some(inner)) => {
                let start = before.encode_utf16().count();
                start..start + inner.encode_utf16().count()
            }
            _ => 0..0,
        }
    }
}

/// How two spans are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RelationKind {
    /// person → title.
    HasTitle,
    /// person → rank.
    HasRank,
    /// long_form → abbreviation: the text defines the abbreviation.
    Defines,
    /// person → person: a later, shorter mention points to the first fullest mention of
    /// the same person in the document (`ông Ngọc` → `Phan Huy Ngọc`).
    SameAs,
}

impl RelationKind {
    /// Every relation kind.
    pub const ALL: [RelationKind; 4] = [
        RelationKind::HasTitle,
        RelationKind::HasRank,
        RelationKind::Defines,
        RelationKind::SameAs,
    ];

    /// The name used in JSON: `has_title`, `has_rank`, `defines`, `same_as`.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::HasTitle => "has_title",
            RelationKind::HasRank => "has_rank",
            RelationKind::Defines => "defines",
            RelationKind::SameAs => "same_as",
        }
    }

    /// The kinds of the head and the tail span.
    pub fn joins(self) -> (Kind, Kind) {
        match self {
            RelationKind::HasTitle => (Kind::Person, Kind::Title),
            RelationKind::HasRank => (Kind::Person, Kind::Rank),
            RelationKind::Defines => (Kind::LongForm, Kind::Abbreviation),
            RelationKind::SameAs => (Kind::Person, Kind::Person),
        }
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A directed relation between two spans, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Relation {
    /// What the relation says.
    pub kind: RelationKind,
    /// The id of the head span.
    pub head: usize,
    /// The id of the tail span.
    pub tail: usize,
}

/// Everything found in one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Spans sorted by `start`, longer first; `spans[i].id == i`.
    pub spans: Vec<Span>,
    /// Relations between spans.
    pub relations: Vec<Relation>,
    /// How the document is written (accents, case) and, where it mixes, how each range is.
    #[serde(default)]
    pub writing: Written,
}

impl Annotation {
    /// The spans of one kind.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Span> {
        self.spans.iter().filter(move |s| s.kind == kind)
    }

    /// The tails of the relations of `kind` whose head is span `head`, in order.
    ///
    /// ```
    /// use nhan::{Annotator, RelationKind};
    /// let input = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh";
    /// let a = Annotator::new().annotate(input);
    /// let ngoc = a.spans.iter().find(|s| s.text == "Phan Huy Ngọc").unwrap();
    /// let titles: Vec<&str> = a.related(ngoc.id, RelationKind::HasTitle).map(|s| s.text.as_str()).collect();
    /// assert_eq!(titles, ["Giám đốc Công an tỉnh"]);
    /// ```
    pub fn related(&self, head: usize, kind: RelationKind) -> impl Iterator<Item = &Span> {
        self.relations
            .iter()
            .filter(move |r| r.kind == kind && r.head == head)
            .filter_map(|r| self.spans.get(r.tail))
    }

    /// The titles of person span `person` (`has_title`).
    pub fn titles_of(&self, person: usize) -> impl Iterator<Item = &Span> {
        self.related(person, RelationKind::HasTitle)
    }

    /// The first title of person span `person`, if any.
    pub fn title_of(&self, person: usize) -> Option<&Span> {
        self.titles_of(person).next()
    }

    /// The rank of person span `person` (`has_rank`), if any.
    pub fn rank_of(&self, person: usize) -> Option<&Span> {
        self.related(person, RelationKind::HasRank).next()
    }

    /// The first, fullest mention of the person that span `person` refers to: follows
    /// `same_as` to its end (a mention that points nowhere is its own first mention).
    /// Ids that are out of range give `None`.
    pub fn first_mention(&self, person: usize) -> Option<&Span> {
        let mut at = person;
        // A chain is at most as long as the span list; a cycle (never written by nhan)
        // stops there instead of looping.
        for _ in 0..=self.spans.len() {
            match self
                .relations
                .iter()
                .find(|r| r.kind == RelationKind::SameAs && r.head == at)
            {
                Some(r) if r.tail != at => at = r.tail,
                _ => break,
            }
        }
        self.spans.get(at)
    }

    /// Every mention of the person that span `person` refers to, the first mention
    /// included, in text order.
    pub fn mentions_of(&self, person: usize) -> Vec<&Span> {
        let Some(first) = self.first_mention(person) else {
            return Vec::new();
        };
        self.of_kind(Kind::Person)
            .filter(|s| self.first_mention(s.id).map(|f| f.id) == Some(first.id))
            .collect()
    }

    /// One-line JSON, as the [guide](crate::guide) defines it.
    ///
    /// The one way it fails is a number [`Value`] that is not finite (JSON has no NaN):
    /// [`Error::Json`](crate::Error::Json), never a silent `null` or `{}`.
    ///
    /// ```
    /// let a = nhan::Annotator::new().annotate("UBND tỉnh");
    /// let json = a.to_json()?;
    /// assert!(json.starts_with(r#"{"spans":[{"id":0,"kind":"#));
    /// assert_eq!(serde_json::from_str::<nhan::Annotation>(&json).unwrap(), a);
    /// # Ok::<(), nhan::Error>(())
    /// ```
    pub fn to_json(&self) -> crate::Result<String> {
        serde_json::to_string(self).map_err(crate::Error::from)
    }

    /// Character ranges of every span, in one pass over `input`.
    pub fn char_ranges(&self, input: &str) -> Vec<Range<usize>> {
        converted_ranges(&self.spans, input, 0, |_| 1)
    }

    /// UTF-16 ranges of every span, in one pass over `input`.
    pub fn utf16_ranges(&self, input: &str) -> Vec<Range<usize>> {
        converted_ranges(&self.spans, input, 0, char::len_utf16)
    }
}

/// The ranges of `spans` in the units `units` counts, in one pass over `text`, which starts
/// at byte `base` of the input the spans' offsets count in.
pub(crate) fn converted_ranges(
    spans: &[Span],
    text: &str,
    base: usize,
    units: impl Fn(char) -> usize,
) -> Vec<Range<usize>> {
    let mut points: Vec<usize> = spans
        .iter()
        .flat_map(|s| [s.start.saturating_sub(base), s.end.saturating_sub(base)])
        .collect();
    points.sort_unstable();
    points.dedup();
    let mut converted = Vec::with_capacity(points.len());
    let (mut byte, mut unit) = (0usize, 0usize);
    let mut chars = text.chars();
    for &p in &points {
        while byte < p {
            match chars.next() {
                Some(c) => {
                    byte += c.len_utf8();
                    unit += units(c);
                }
                None => break,
            }
        }
        converted.push(unit);
    }
    let at = |b: usize| converted[points.partition_point(|&x| x < b.saturating_sub(base))];
    spans.iter().map(|s| at(s.start)..at(s.end)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(input: &str, at: &str, id: usize) -> Span {
        let start = input.find(at).unwrap_or(0);
        let mut s = Span::new(Kind::Person, input, start..start + at.len());
        s.id = id;
        s
    }

    #[test]
    fn same_as_chains_lead_to_the_first_mention() {
        let input = "Phan Huy Ngọc nói. Ông Ngọc nói. Ngọc cười.";
        let second = input.find("Ngọc nói.").map(|i| i + 1).unwrap_or(0);
        let mut b = person(input, "Ngọc", 1);
        b.start = input[second..].find("Ngọc").map_or(0, |i| i + second);
        b.end = b.start + "Ngọc".len();
        let mut c = b.clone();
        c.id = 2;
        c.start = input.rfind("Ngọc").unwrap_or(0);
        c.end = c.start + "Ngọc".len();
        let a = Annotation {
            spans: vec![person(input, "Phan Huy Ngọc", 0), b, c],
            relations: vec![
                Relation {
                    kind: RelationKind::SameAs,
                    head: 1,
                    tail: 0,
                },
                Relation {
                    kind: RelationKind::SameAs,
                    head: 2,
                    tail: 1,
                },
            ],
            writing: Default::default(),
        };
        assert_eq!(a.first_mention(2).map(|s| s.id), Some(0));
        assert_eq!(a.first_mention(0).map(|s| s.id), Some(0));
        assert_eq!(a.first_mention(9), None);
        let ids: Vec<usize> = a.mentions_of(1).iter().map(|s| s.id).collect();
        assert_eq!(ids, [0, 1, 2]);
        for s in &a.spans {
            assert_eq!(
                &input[s.start..s.end],
                s.text.as_str().get(..).unwrap_or("")
            );
        }
    }
}
