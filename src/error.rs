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
    /// The input is larger than nhan can address (offsets are 32-bit internally).
    #[error("input of {len} bytes is larger than the limit of {limit} bytes")]
    TooLarge {
        /// Input length in bytes.
        len: usize,
        /// The limit in bytes.
        limit: usize,
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

/// Result alias with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
