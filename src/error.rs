//! The one error type of the crate.

use std::path::PathBuf;

/// Everything that can go wrong in nhan.
///
/// Messages are lowercase and say where: a dictionary error names its source, the
/// line as written in the file (1-based), the column (1-based, in characters) and the
/// offending text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A dictionary line could not be parsed.
    #[error("{source_name}:{line}:{column}: {message}: {text:?}")]
    Dictionary {
        /// Where the dictionary came from (a path or a name given by the caller).
        source_name: String,
        /// 1-based line number as written in the file.
        line: usize,
        /// 1-based column, counted in characters.
        column: usize,
        /// What is wrong.
        message: String,
        /// The offending text (the field, or the line when no field applies).
        text: String,
    },
    /// Two entries for the same key disagree.
    #[error(
        "{source_name}:{line}: {key:?} conflicts with the entry at line {first_line}: {message}"
    )]
    Conflict {
        /// Where the dictionary came from.
        source_name: String,
        /// Line of the later entry.
        line: usize,
        /// Line of the earlier entry.
        first_line: usize,
        /// The key both entries share.
        key: String,
        /// What differs.
        message: String,
    },
    /// Input bytes are not valid UTF-8.
    #[error("{source_name}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Where the bytes came from.
        source_name: String,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// Bytes could not be decoded in a legacy Vietnamese encoding.
    #[error("cannot decode as {encoding}: {message} at byte offset {offset}")]
    Decode {
        /// The encoding tried.
        encoding: &'static str,
        /// Byte offset of the problem.
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// A document or dictionary with nothing in it where something is required.
    #[error("{source_name}: empty input")]
    EmptyInput {
        /// Where the input came from.
        source_name: String,
    },
    /// An annotation that JSON cannot hold: a number [`Value`](crate::Value) that is not
    /// finite.
    #[error("cannot write JSON: {message}")]
    Json {
        /// What is wrong.
        message: String,
    },
    /// A date given as an option is not a real calendar date in `YYYY-MM-DD` form.
    #[error("invalid date {text:?}: {message}")]
    InvalidDate {
        /// The date as given.
        text: String,
        /// What is wrong.
        message: String,
    },
    /// A kind name that is not one of [`Kind::ALL`](crate::Kind::ALL).
    #[error(
        "unknown kind {text:?}; expected one of abbreviation, long_form, person, title, rank, honorific, organization, location, date, number"
    )]
    UnknownKind {
        /// The name as given.
        text: String,
    },
    /// A file could not be read.
    #[error("cannot read {}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::Json {
            message: e.to_string(),
        }
    }
}

/// What [`Annotation::check`](crate::Annotation::check) finds wrong with an annotation: the
/// first broken rule of the output contract, with the span or relation that breaks it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Violation {
    /// `spans[index].id` is not `index`.
    #[error("span {index} has id {id}")]
    Id {
        /// The span's position.
        index: usize,
        /// Its id.
        id: usize,
    },
    /// The span is empty or reaches past the input.
    #[error("span {index} has range {start}..{end} in an input of {len} bytes")]
    Range {
        /// The span's position.
        index: usize,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
        /// The input's length in bytes.
        len: usize,
    },
    /// The span starts or ends inside a character.
    #[error("span {index} ({start}..{end}) is not on char boundaries")]
    CharBoundary {
        /// The span's position.
        index: usize,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
    },
    /// The span's `text` is not the input's bytes at its range.
    #[error("span {index} text {text:?} is not the input bytes {input:?}")]
    Text {
        /// The span's position.
        index: usize,
        /// The span's text.
        text: String,
        /// The input at its range.
        input: String,
    },
    /// The span comes before the one ahead of it (order: start, then longer first).
    #[error("span {index} is out of order")]
    Order {
        /// The span's position.
        index: usize,
    },
    /// The span crosses an earlier one (they overlap, neither inside the other).
    #[error("span {index} ({start}..{end}) crosses {other_start}..{other_end}")]
    Crossing {
        /// The span's position.
        index: usize,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
        /// The start of the span it crosses.
        other_start: usize,
        /// The end of the span it crosses.
        other_end: usize,
    },
    /// The span's number value is not finite (JSON cannot hold it).
    #[error("span {index} has a value that is not a finite number")]
    NotFinite {
        /// The span's position.
        index: usize,
    },
    /// The ranges of `writing.parts` do not cover the input in order, on char boundaries.
    #[error(
        "writing part {index} ({start}..{end}) does not follow the one before it, or leaves the input"
    )]
    Writing {
        /// The part's position.
        index: usize,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
    },
    /// A relation names a span id that does not exist.
    #[error("relation {index} ({kind} {head} -> {tail}) points outside the {spans} spans")]
    Dangling {
        /// The relation's position.
        index: usize,
        /// Its kind.
        kind: crate::RelationKind,
        /// Its head id.
        head: usize,
        /// Its tail id.
        tail: usize,
        /// The number of spans.
        spans: usize,
    },
    /// A relation joins spans of other kinds than its kind allows.
    #[error("relation {index} ({kind}) joins a {head} to a {tail}")]
    Joins {
        /// The relation's position.
        index: usize,
        /// Its kind.
        kind: crate::RelationKind,
        /// The head span's kind.
        head: crate::Kind,
        /// The tail span's kind.
        tail: crate::Kind,
    },
}

/// Result alias with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
