//! nhan
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod error;
pub mod normalize;

pub use error::{Error, Result};
pub mod span;
pub use span::{Annotation, Kind, Relation, RelationKind, Source, Span, Value};
pub mod encoding;
