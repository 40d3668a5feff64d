//! What every recognizer stands on: the document it reads ([`Doc`]), what it writes
//! ([`Found`]), the [`Recognizer`] trait, and helpers shared by several recognizers.
//!
//! Data flows one way: the driver in `recognize/mod.rs` imports the recognizers, the
//! recognizers import this module, and this module imports none of them.

pub(crate) mod case;
mod cover;
mod doc;
pub(crate) mod expand;
mod found;
mod kindset;
mod lookup;
pub(crate) mod numerals;
pub(crate) mod office;
pub(crate) mod place;
mod recognizer;
pub(crate) mod tokens;
pub(crate) mod words;

pub(crate) use crate::matcher::{Hit, HitKinds, Target};
pub(crate) use cover::{Cover, Held};
pub(crate) use doc::Doc;
pub(crate) use found::{Found, NO_ATTRS, Raw, RawSpan, RawValue, Rules, SpanRef, Sym, Syms};
pub(crate) use kindset::KindSet;
pub(crate) use recognizer::Recognizer;
