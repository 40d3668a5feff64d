//! The attributes of a span, listed once.
//!
//! [`span_attributes!`](crate::span_attributes) names every attribute with its type and its
//! documentation. From that one list follow: the fields of [`Span`](super::Span) and their
//! JSON (an absent attribute is left out), the recognizers' [`Attrs`] (strings as ids into
//! the document's [`Texts`](super::texts::Texts)), the shared strings `materialize` makes of
//! them, [`Span::attributes`](super::Span::attributes) and
//! [`Span::attribute`](super::Span::attribute) (what the formats, the command and the
//! Python binding read). Adding an attribute is one line of that list.

use std::fmt;
use std::sync::Arc;

use serde::{Serialize, Serializer};

use super::texts::{Shared, Sym, Syms};
use super::{Source, Value};
use crate::dict::Entity;

/// The attributes of a span, in JSON order: `name: form` with its documentation, handed to
/// `$callback!`. The form says the field's type: `text` is `Option<Arc<str>>`, `list`
/// `Vec<Arc<str>>`, `entity` `Option<Entity>`, `source` `Option<Source>`, `value`
/// `Option<Value>` (see `attr_type!`); the recognizers' type of each form is in `attr_raw!`.
#[doc(hidden)]
#[macro_export]
macro_rules! span_attributes {
    ($callback:ident) => {
        $callback! {
            /// Canonical form (abbreviation, person, rank, honorific, organization, location).
            canonical: text,
            /// The long form meant here (abbreviation).
            expansion: text,
            /// Other readings of an ambiguous abbreviation, most likely first.
            alternatives: list,
            /// What the abbreviation names: `organization`, `concept`, ...
            entity: entity,
            /// Where the expansion came from (abbreviation).
            source: source,
            /// The canonical abbreviation of a long form.
            abbreviation: text,
            /// The role of a title: `Phó Chủ tịch Thường trực`.
            role: text,
            /// The administrative level written before a location: `tỉnh`, `huyện`.
            level: text,
            /// For a unit absorbed in the 2025 merger, the province it became part of.
            became: text,
            /// The value of a date or number.
            value: value,
        }
    };
}

/// One attribute of a span, borrowed: what code that treats every attribute alike reads
/// (the formats' notes, the Python binding).
///
/// ```
/// use nhan::span::Attribute;
/// let input = "Chủ tịch UBND tỉnh";
/// let a = nhan::Annotator::new().annotate(input);
/// let ubnd = a.spans.iter().find(|s| s.text == "UBND").unwrap();
/// assert_eq!(ubnd.attribute("expansion"), Some(Attribute::Text("Ủy ban nhân dân")));
/// let names: Vec<&str> = ubnd.attributes().map(|(name, _)| name).collect();
/// assert!(names.contains(&"entity"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Attribute<'a> {
    /// A string attribute (`canonical`, `role`, ...).
    Text(&'a str),
    /// A list of strings (`alternatives`); never empty.
    List(&'a [Arc<str>]),
    /// Where an expansion came from.
    Source(Source),
    /// A date's or a number's value.
    Value(&'a Value),
}

/// As in the JSON, but a list joined with ` | ` and a value without quotes: `2900`, `1.5`,
/// `2020-11-06`.
impl fmt::Display for Attribute<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Attribute::Text(t) => f.write_str(t),
            Attribute::List(items) => f.write_str(&items.join(" | ")),
            Attribute::Source(s) => f.write_str(s.as_str()),
            Attribute::Value(v) => v.fmt(f),
        }
    }
}

/// As the attribute is written in the span's JSON.
impl Serialize for Attribute<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Attribute::Text(t) => t.serialize(s),
            Attribute::List(items) => items.serialize(s),
            Attribute::Source(source) => source.serialize(s),
            Attribute::Value(v) => v.serialize(s),
        }
    }
}

/// A date's or a number's value as recognizers write it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum RawValue {
    Number(f64),
    Text(Sym),
}

/// The type of an attribute field of [`Span`](super::Span), by the form its list gives.
/// Strings are shared: the spans of one document that carry the same string (a thousand
/// `UBND`, each expanded `Ủy ban nhân dân`) hold one allocation of it.
macro_rules! attr_type {
    (text) => { Option<Arc<str>> };
    (entity) => { Option<Entity> };
    (list) => { Vec<Arc<str>> };
    (source) => { Option<Source> };
    (value) => { Option<Value> };
}

/// The type of the same field as recognizers fill it: strings as ids of the document's
/// texts.
macro_rules! attr_raw {
    (text) => { Option<Sym> };
    (entity) => { Option<Entity> };
    (list) => { Syms };
    (source) => { Option<Source> };
    (value) => { Option<RawValue> };
}

/// The owned field made of a raw one of form `$form`, once its span survives resolution;
/// strings shared through [`Shared`].
macro_rules! attr_own {
    (text, $raw:expr, $strings:expr) => {
        $raw.map(|t| $strings.get(t))
    };
    (entity, $raw:expr, $strings:expr) => {
        $raw
    };
    (list, $raw:expr, $strings:expr) => {
        $strings.list($raw)
    };
    (source, $raw:expr, $strings:expr) => {
        $raw
    };
    (value, $raw:expr, $strings:expr) => {
        $raw.map(|v| match v {
            RawValue::Number(n) => Value::Number(n),
            RawValue::Text(t) => Value::Text($strings.str(t).to_owned()),
        })
    };
}

/// An attribute field of [`Span`](super::Span), read alike whatever its type.
pub(crate) trait Field {
    /// The attribute, `None` when it does not apply (and is left out of the JSON).
    fn get(&self) -> Option<Attribute<'_>>;
}

impl Field for Option<Arc<str>> {
    fn get(&self) -> Option<Attribute<'_>> {
        self.as_deref().map(Attribute::Text)
    }
}

impl Field for Option<Entity> {
    fn get(&self) -> Option<Attribute<'_>> {
        self.map(|e| Attribute::Text(e.as_str()))
    }
}

impl Field for Vec<Arc<str>> {
    fn get(&self) -> Option<Attribute<'_>> {
        (!self.is_empty()).then_some(Attribute::List(self))
    }
}

impl Field for Option<Source> {
    fn get(&self) -> Option<Attribute<'_>> {
        self.map(Attribute::Source)
    }
}

impl Field for Option<Value> {
    fn get(&self) -> Option<Attribute<'_>> {
        self.as_ref().map(Attribute::Value)
    }
}

/// Whether an attribute field is absent (serde's `skip_serializing_if`).
pub(crate) fn absent<F: Field>(field: &F) -> bool {
    field.get().is_none()
}

/// The recognizers' side: [`Attrs`], their attributes borrowed, and how they become owned.
macro_rules! define_attrs {
    ($( $(#[$doc:meta])* $name:ident: $form:ident, )*) => {
        /// The attributes of a span as recognizers fill them, strings as ids of the
        /// document's texts: a span costs no allocation until it is materialized.
        #[derive(Debug, Clone, Copy, Default, PartialEq)]
        pub(crate) struct Attrs {
            $( $(#[$doc])* pub(crate) $name: attr_raw!($form), )*
        }

        impl Attrs {
            /// Writes the attributes into `span`, their strings shared through `strings`.
            pub(crate) fn fill(self, span: &mut super::Span, strings: &mut Shared<'_, '_>) {
                $( span.$name = attr_own!($form, self.$name, strings); )*
            }
        }
    };
}

crate::span_attributes!(define_attrs);

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::span::texts::Texts;
    use crate::span::{Kind, Span};

    #[test]
    fn every_attribute_is_read_by_name_and_in_the_json_under_that_name() {
        let input = "Hà Giang";
        let mut span = Span::new(Kind::Location, input, 0..input.len());
        let mut texts = Texts::default();
        let mut t = |s: &'static str| Some(texts.add(Cow::Borrowed(s)));
        let attrs = Attrs {
            canonical: t("Hà Giang"),
            expansion: t("e"),
            entity: Some(Entity::Organization),
            source: Some(Source::Document),
            abbreviation: t("HG"),
            role: t("r"),
            level: t("tỉnh"),
            became: t("Tuyên Quang"),
            value: Some(RawValue::Number(2900.0)),
            alternatives: texts.add_list(["a", "b"].map(Cow::Borrowed)),
        };
        let mut strings = Shared::new(&texts);
        attrs.fill(&mut span, &mut strings);
        // The same strings again share the first span's allocations.
        let mut again = Span::new(Kind::Location, input, 0..input.len());
        attrs.fill(&mut again, &mut strings);
        assert!(Arc::ptr_eq(
            span.canonical.as_ref().unwrap(),
            again.canonical.as_ref().unwrap()
        ));
        assert_eq!(span, again);
        assert_eq!(&input[span.start..span.end], span.text);
        let json: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&span).unwrap()).unwrap();
        let read: Vec<&str> = span.attributes().map(|(name, _)| name).collect();
        assert_eq!(
            read,
            Span::ATTRIBUTES,
            "every attribute is set, in list order"
        );
        for (name, attribute) in span.attributes() {
            assert_eq!(span.attribute(name), Some(attribute));
            assert_eq!(
                serde_json::to_value(attribute).unwrap(),
                json[name],
                "{name}"
            );
        }
        assert_eq!(span.attribute("alternatives").unwrap().to_string(), "a | b");
        assert_eq!(span.attribute("source").unwrap().to_string(), "document");
        assert_eq!(span.attribute("value").unwrap().to_string(), "2900");
        assert_eq!(span.attribute("id"), None);
        // Nothing set: nothing read, nothing written.
        let bare = Span::new(Kind::Location, input, 0..input.len());
        assert_eq!(bare.attributes().count(), 0);
        let json = serde_json::to_string(&bare).unwrap();
        assert!(Span::ATTRIBUTES.iter().all(|a| !json.contains(a)), "{json}");
    }
}
