//! The attributes of a span, listed once.
//!
//! [`span_attributes!`](crate::span_attributes) names every attribute with its type and its
//! documentation. From that one list follow: the fields of [`Span`](super::Span) and their
//! JSON (an absent attribute is left out), the recognizers' borrowed [`Attrs`], the owned
//! strings `materialize` makes of them, [`Span::attributes`](super::Span::attributes) and
//! [`Span::attribute`](super::Span::attribute) (what the formats, the command and the
//! Python binding read). Adding an attribute is one line of that list.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

use super::{Source, Value};
use crate::dict::Entity;

/// The attributes of a span, in JSON order: `name: form` with its documentation, handed to
/// `$callback!`. The form says the field's type: `text` and `entity` are `Option<String>`,
/// `list` `Vec<String>`, `source` `Option<Source>`, `value` `Option<Value>` (see
/// `attr_type!`); the recognizers' type of each form is in `attr_raw!`.
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
    List(&'a [String]),
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

/// A date's or a number's value before it is owned.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RawValue<'a> {
    Number(f64),
    Text(Cow<'a, str>),
}

/// The type of an attribute field of [`Span`](super::Span), by the form its list gives.
macro_rules! attr_type {
    (text) => { Option<String> };
    (entity) => { Option<String> };
    (list) => { Vec<String> };
    (source) => { Option<Source> };
    (value) => { Option<Value> };
}

/// The type of the same field as recognizers fill it, borrowing where they can.
macro_rules! attr_raw {
    ($a:lifetime, text) => { Option<Cow<$a, str>> };
    ($a:lifetime, entity) => { Option<Entity> };
    ($a:lifetime, list) => { Vec<Cow<$a, str>> };
    ($a:lifetime, source) => { Option<Source> };
    ($a:lifetime, value) => { Option<RawValue<$a>> };
}

/// The owned field made of a raw one of form `$form`, once its span survives resolution.
macro_rules! attr_own {
    (text, $raw:expr) => {
        $raw.map(Cow::into_owned)
    };
    (entity, $raw:expr) => {
        $raw.map(|e: Entity| e.as_str().to_owned())
    };
    (list, $raw:expr) => {
        $raw.into_iter().map(Cow::into_owned).collect()
    };
    (source, $raw:expr) => {
        $raw
    };
    (value, $raw:expr) => {
        $raw.map(|v| match v {
            RawValue::Number(n) => Value::Number(n),
            RawValue::Text(t) => Value::Text(t.into_owned()),
        })
    };
}

/// An attribute field of [`Span`](super::Span), read alike whatever its type.
pub(crate) trait Field {
    /// The attribute, `None` when it does not apply (and is left out of the JSON).
    fn get(&self) -> Option<Attribute<'_>>;
}

impl Field for Option<String> {
    fn get(&self) -> Option<Attribute<'_>> {
        self.as_deref().map(Attribute::Text)
    }
}

impl Field for Vec<String> {
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
        /// The attributes of a span as recognizers fill them, borrowed where possible: a span
        /// costs no allocation until it is materialized.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub(crate) struct Attrs<'a> {
            $( $(#[$doc])* pub(crate) $name: attr_raw!('a, $form), )*
        }

        impl Attrs<'_> {
            /// Moves the attributes into `span`, owned.
            pub(crate) fn fill(self, span: &mut super::Span) {
                $( span.$name = attr_own!($form, self.$name); )*
            }
        }
    };
}

crate::span_attributes!(define_attrs);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Kind, Span};

    #[test]
    fn every_attribute_is_read_by_name_and_in_the_json_under_that_name() {
        let input = "Hà Giang";
        let mut span = Span::new(Kind::Location, input, 0..input.len());
        let attrs = Attrs {
            canonical: Some("Hà Giang".into()),
            expansion: Some("e".into()),
            alternatives: vec!["a".into(), "b".into()],
            entity: Some(Entity::Organization),
            source: Some(Source::Document),
            abbreviation: Some("HG".into()),
            role: Some("r".into()),
            level: Some("tỉnh".into()),
            became: Some("Tuyên Quang".into()),
            value: Some(RawValue::Number(2900.0)),
        };
        attrs.fill(&mut span);
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
