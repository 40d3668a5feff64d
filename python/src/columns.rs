//! Spans and relations of many documents as columns (one Python list per field): what
//! Arrow, pandas and Spark take without a Python object per span.

use std::ops::Range;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use nhan::Annotation;

use crate::doc::relation_kind;

/// The span columns, in order: also the keys of the dict `annotate_columns` returns.
pub(crate) const SPAN_COLUMNS: [&str; 12] = [
    "doc",
    "id",
    "kind",
    "start",
    "end",
    "start_byte",
    "end_byte",
    "text",
    "canonical",
    "expansion",
    "value",
    "attributes",
];

/// The relation columns.
pub(crate) const RELATION_COLUMNS: [&str; 4] = ["doc", "kind", "head", "tail"];

/// The attributes of a span that have no column of their own, borrowed for serializing.
#[derive(serde::Serialize)]
struct Other<'a> {
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    alternatives: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<nhan::Source>,
    #[serde(skip_serializing_if = "Option::is_none")]
    abbreviation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    became: Option<&'a str>,
}

/// Those attributes as one JSON object, `None` when there are none. (A field the crate
/// adds later and this struct does not name is caught by the pytest that compares the
/// columns with `Span.to_dict()`.)
fn other_attributes(s: &nhan::Span) -> Option<String> {
    let other = Other {
        alternatives: &s.alternatives,
        entity: s.entity.as_deref(),
        source: s.source,
        abbreviation: s.abbreviation.as_deref(),
        role: s.role.as_deref(),
        level: s.level.as_deref(),
        became: s.became.as_deref(),
    };
    let empty = other.alternatives.is_empty()
        && other.entity.is_none()
        && other.source.is_none()
        && other.abbreviation.is_none()
        && other.role.is_none()
        && other.level.is_none()
        && other.became.is_none();
    (!empty).then(|| serde_json::to_string(&other).unwrap_or_default())
}

/// A value as text: `2900`, `1.5`, `2020-11-06`.
fn value_text(v: &nhan::Value) -> String {
    match v {
        nhan::Value::Text(t) => t.clone(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// `(spans, relations)`: dicts of equal-length lists, rows grouped by document in input
/// order, `doc` the document's index.
pub(crate) fn to_columns<'py>(
    py: Python<'py>,
    docs: &[(Annotation, Vec<Range<usize>>)],
) -> PyResult<(Bound<'py, PyDict>, Bound<'py, PyDict>)> {
    let n: usize = docs.iter().map(|(a, _)| a.spans.len()).sum();
    let mut cols: Vec<Vec<Bound<'py, PyAny>>> =
        SPAN_COLUMNS.iter().map(|_| Vec::with_capacity(n)).collect();
    let none = py.None().into_bound(py);
    let opt = |s: Option<&str>| s.map_or_else(|| none.clone(), |s| PyString::new(py, s).into_any());
    for (doc, (a, chars)) in docs.iter().enumerate() {
        for (s, c) in a.spans.iter().zip(chars) {
            let value = s.value.as_ref().map(value_text);
            let row = [
                doc.into_pyobject(py)?.into_any(),
                s.id.into_pyobject(py)?.into_any(),
                PyString::intern(py, s.kind.as_str()).into_any(),
                c.start.into_pyobject(py)?.into_any(),
                c.end.into_pyobject(py)?.into_any(),
                s.start.into_pyobject(py)?.into_any(),
                s.end.into_pyobject(py)?.into_any(),
                PyString::new(py, &s.text).into_any(),
                opt(s.canonical.as_deref()),
                opt(s.expansion.as_deref()),
                opt(value.as_deref()),
                opt(other_attributes(s).as_deref()),
            ];
            for (col, v) in cols.iter_mut().zip(row) {
                col.push(v);
            }
        }
    }
    let spans = PyDict::new(py);
    for (name, col) in SPAN_COLUMNS.iter().zip(cols) {
        spans.set_item(name, PyList::new(py, col)?)?;
    }
    let mut rcols: Vec<Vec<Bound<'py, PyAny>>> =
        RELATION_COLUMNS.iter().map(|_| Vec::new()).collect();
    for (doc, (a, _)) in docs.iter().enumerate() {
        for r in &a.relations {
            let row = [
                doc.into_pyobject(py)?.into_any(),
                PyString::intern(py, relation_kind(r.kind)).into_any(),
                r.head.into_pyobject(py)?.into_any(),
                r.tail.into_pyobject(py)?.into_any(),
            ];
            for (col, v) in rcols.iter_mut().zip(row) {
                col.push(v);
            }
        }
    }
    let relations = PyDict::new(py);
    for (name, col) in RELATION_COLUMNS.iter().zip(rcols) {
        relations.set_item(name, PyList::new(py, col)?)?;
    }
    Ok((spans, relations))
}
