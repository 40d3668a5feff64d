//! Spans and relations of many documents as columns (one Python list per field): what
//! Arrow, pandas and Spark take without a Python object per span.

use std::ops::Range;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use nhan::Annotation;

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

/// The span columns that hold one attribute each; the other attributes go to `attributes`.
const ATTRIBUTE_COLUMNS: [&str; 3] = ["canonical", "expansion", "value"];

/// The attributes of a span that have no column of their own, as one JSON object in the
/// span's JSON order; `None` when there are none.
fn other_attributes(s: &nhan::Span) -> Result<Option<String>, serde_json::Error> {
    let mut json = String::new();
    for (name, a) in s
        .attributes()
        .filter(|(name, _)| !ATTRIBUTE_COLUMNS.contains(name))
    {
        json.push(if json.is_empty() { '{' } else { ',' });
        json.push_str(&serde_json::to_string(name)?);
        json.push(':');
        json.push_str(&serde_json::to_string(&a)?);
    }
    Ok((!json.is_empty()).then(|| json + "}"))
}

/// A value as text: `2900`, `1.5`, `2020-11-06`.
fn value_text(v: &nhan::Value) -> String {
    v.to_string()
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
                opt(other_attributes(s)
                    .map_err(|e| crate::errors::json_error(py, e))?
                    .as_deref()),
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
                PyString::intern(py, r.kind.as_str()).into_any(),
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
