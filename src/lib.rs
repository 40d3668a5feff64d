//! # nhan — what is in a Vietnamese text, with offsets you can trust
//!
//! nhan (*nhãn*, "label") reads Vietnamese news and government text and returns spans:
//! abbreviations with their expansion in context, long forms, people, titles, ranks,
//! honorifics, organizations, places, dates and numbers, and the relations between them
//! (who holds which office, which rank; which phrase defines an abbreviation). Every span's
//! `start..end` are byte offsets into the **original** input, whatever normalization it took
//! to find it: NFD, `Ð` typed for `Đ`, `Uỷ ban` for `Ủy ban`, odd spaces and dashes.
//!
//! ```
//! use nhan::{Annotator, Kind, RelationKind};
//!
//! let input = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh; Ủy viên BTV Tỉnh uỷ";
//! let a = Annotator::new().annotate(input);
//!
//! let person = a.of_kind(Kind::Person).next().unwrap();
//! assert_eq!(&input[person.start..person.end], "Phan Huy Ngọc");
//!
//! let btv = a.spans.iter().find(|s| s.text == "BTV").unwrap();
//! assert_eq!(btv.expansion.as_deref(), Some("Ban Thường vụ"));
//!
//! let rank = a.relations.iter().find(|r| r.kind == RelationKind::HasRank).unwrap();
//! assert_eq!(a.spans[rank.tail].text, "Đại tá");
//!
//! // The JSON that the output contract (the `guide` module, docs/annotation.md) specifies.
//! assert!(a.to_json()?.starts_with("{\"spans\":[{\"id\":0,\"kind\":\"rank\""));
//! # Ok::<(), nhan::Error>(())
//! ```
//!
//! The pipeline is normalize → match → recognize → resolve: [`normalize`] writes the
//! normalized text with an exact [`normalize::Alignment`] back to the input; one
//! Aho–Corasick automaton finds every dictionary key on syllable boundaries; recognizers turn
//! the hits into spans; the resolver maps them back and orders them. Dictionaries are TSV
//! ([`Dictionary`]); the built-in ones are embedded, and users add their own with
//! [`Annotator::builder`]. Legacy encodings (TCVN3, VNI, VIQR, VISCII, CP1258) are decoded
//! by [`encoding::decode`]; streams of any size go through [`Annotator::annotate_reader`].
//! [`Options`] change one call (reference date, kinds, character and UTF-16 offsets) without
//! rebuilding the annotator.
//! [`Annotator::speak`] gives the speech form for text-to-speech: numbers, dates, units,
//! codes and abbreviations in words, each spoken piece aligned to the input ([`Speech`]).
//!
//! What each kind covers, its attributes, the relations, the offsets and the JSON are the
//! crate's output contract: the [`guide`] (also `docs/annotation.md` in the repository). The
//! `nhan` command (package `nhan-cli`) annotates files and directories in JSON, JSON Lines,
//! CoNLL, brat, spaCy and HTML.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod annotate;
mod calendar;
pub mod dict;
pub mod encoding;
pub mod error;
mod expand;
pub mod format;
mod invariants;
mod matcher;
pub mod normalize;
mod options;
mod recognize;
mod resolve;
pub mod span;
mod speak;
pub mod stream;

#[doc(hidden)]
pub use annotate::Stage;
pub use annotate::{Annotator, AnnotatorBuilder};
pub use dict::Dictionary;
pub use error::{Error, Result, Violation};
pub use normalize::writing::Writing;
pub use options::Options;
pub use span::{Annotation, Entity, Kind, Relation, RelationKind, Source, Span, Value};
pub use speak::{Acronyms, Segment, Speech, SpeechOptions};

/// The output contract: kinds, attributes, relations, offsets and JSON
/// (`docs/annotation.md`).
#[doc = include_str!("../docs/annotation.md")]
pub mod guide {}

/// The README's examples, run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
