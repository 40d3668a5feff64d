//! nhan
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod annotate;
pub mod dict;
pub mod encoding;
pub mod error;
mod invariants;
mod matcher;
pub mod normalize;
mod recognize;
mod resolve;
pub mod span;
pub mod stream;

pub use annotate::{Annotator, AnnotatorBuilder};
pub use dict::Dictionary;
pub use error::{Error, Result};
pub use span::{Annotation, Kind, Relation, RelationKind, Source, Span, Value};
