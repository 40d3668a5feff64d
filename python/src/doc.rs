//! `Doc`, `Span` and `Relation`: the crate's output model as Python objects.
//!
//! A `Doc` keeps the crate's `Annotation` and the character range of every span (computed
//! in one pass while the GIL was released); `Span` objects are made on first access.

use std::fmt::Write as _;
use std::ops::Range;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use nhan::format::spacy::Spacy;
use nhan::format::{Document, Piece, Writer};
use nhan::span::Attribute;
use nhan::{Annotation, Kind, Value};
use pyo3::exceptions::PyValueError;

use crate::errors;

/// `serde_json` value → the Python value `json.loads` would give.
fn json_to_py<'py>(py: Python<'py>, v: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        serde_json::Value::Null => py.None().into_bound(py),
        serde_json::Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        serde_json::Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        serde_json::Value::String(s) => PyString::new(py, s).into_any(),
        serde_json::Value::Array(a) => {
            let items = a
                .iter()
                .map(|x| json_to_py(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        serde_json::Value::Object(o) => {
            let d = PyDict::new(py);
            for (k, x) in o {
                d.set_item(k, json_to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

fn to_dict<'py, T: serde::Serialize>(py: Python<'py>, x: &T) -> PyResult<Bound<'py, PyDict>> {
    let v = serde_json::to_value(x).map_err(|e| errors::json_error(py, e))?;
    Ok(json_to_py(py, &v)?.cast_into::<PyDict>()?)
}

/// A value as Python has it: integral numbers as `int` (as the crate's JSON writes them),
/// other numbers as `float`, dates as `str`.
fn value_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
            (*n as i64).into_pyobject(py)?.into_any()
        }
        Value::Number(n) => n.into_pyobject(py)?.into_any(),
        Value::Text(t) => PyString::new(py, t).into_any(),
        _ => py.None().into_bound(py),
    })
}

/// An attribute as Python has it: `str`, a tuple of `str`, or a value.
pub(crate) fn attribute_to_py<'py>(
    py: Python<'py>,
    a: Option<Attribute<'_>>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match a {
        None => py.None().into_bound(py),
        Some(Attribute::Text(t)) => PyString::new(py, t).into_any(),
        Some(Attribute::List(items)) => PyTuple::new(py, items.iter().map(|s| &**s))?.into_any(),
        Some(Attribute::Source(s)) => PyString::intern(py, s.as_str()).into_any(),
        Some(Attribute::Value(v)) => value_to_py(py, v)?,
        Some(_) => py.None().into_bound(py),
    })
}

/// One annotated piece of the text.
///
/// `start`/`end` index the Python `str` (``doc.text[s.start:s.end] == s.text``);
/// `start_byte`/`end_byte` are the crate's UTF-8 byte offsets. Attributes that do not apply
/// are `None` (or an empty tuple for `alternatives`).
#[pyclass(module = "nhan", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct Span {
    inner: nhan::Span,
    chars: Range<usize>,
}

/// The class's methods: the fixed ones, and a getter per span attribute of the crate's
/// one list (`nhan::span_attributes!`), each returning `None` (or `()`) when it does not
/// apply.
macro_rules! span_methods {
    ($( $(#[$doc:meta])* $name:ident: $form:ident, )*) => {
        #[pymethods]
        impl Span {
            $(
                $(#[$doc])*
                #[getter]
                fn $name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    match self.inner.attribute(stringify!($name)) {
                        None if stringify!($form) == "list" => Ok(PyTuple::empty(py).into_any()),
                        a => attribute_to_py(py, a),
                    }
                }
            )*
    /// Index of the span in `Doc.spans`; relations refer to spans by it.
    #[getter]
    fn id(&self) -> usize {
        self.inner.id
    }
    /// What the span is: `person`, `title`, `abbreviation`, ... (see `nhan.Kind`).
    #[getter]
    fn kind(&self, py: Python<'_>) -> Py<PyString> {
        PyString::intern(py, self.inner.kind.as_str()).unbind()
    }
    /// Character offset of the first character in the text.
    #[getter]
    fn start(&self) -> usize {
        self.chars.start
    }
    /// Character offset after the last character in the text.
    #[getter]
    fn end(&self) -> usize {
        self.chars.end
    }
    /// UTF-8 byte offset of the first byte (the crate's `start`).
    #[getter]
    fn start_byte(&self) -> usize {
        self.inner.start
    }
    /// UTF-8 byte offset after the last byte (the crate's `end`).
    #[getter]
    fn end_byte(&self) -> usize {
        self.inner.end
    }
    /// The text of the span as written in the input.
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    /// The attributes that apply, as a dict (no `id`, `kind`, offsets or `text`).
    #[getter]
    fn attributes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (name, a) in self.inner.attributes() {
            d.set_item(PyString::intern(py, name), attribute_to_py(py, Some(a))?)?;
        }
        Ok(d)
    }
    /// The span as the crate's JSON object (`start`/`end` are byte offsets there); with
    /// `char_offsets=True` also `start_char`/`end_char`.
    #[pyo3(signature = (char_offsets = false))]
    fn to_dict<'py>(&self, py: Python<'py>, char_offsets: bool) -> PyResult<Bound<'py, PyDict>> {
        let d = to_dict(py, &self.inner)?;
        if char_offsets {
            d.set_item("start_char", self.chars.start)?;
            d.set_item("end_char", self.chars.end)?;
        }
        Ok(d)
    }
    /// The span as one line of the crate's JSON.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        serde_json::to_string(&self.inner).map_err(|e| errors::json_error(py, e))
    }
    fn __repr__(&self) -> String {
        format!(
            "Span({} {}..{} {:?})",
            self.inner.kind, self.chars.start, self.chars.end, self.inner.text
        )
    }
    fn __len__(&self) -> usize {
        self.chars.len()
    }
        }
    };
}

nhan::span_attributes!(span_methods);

/// A directed relation between two spans of the same `Doc`, by span id.
#[pyclass(module = "nhan", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct Relation {
    inner: nhan::Relation,
}

#[pymethods]
impl Relation {
    /// `has_title`, `has_rank`, `defines` or `same_as` (see `nhan.RelationKind`).
    #[getter]
    fn kind(&self, py: Python<'_>) -> Py<PyString> {
        PyString::intern(py, self.inner.kind.as_str()).unbind()
    }
    /// Id of the head span (the person of `has_title`).
    #[getter]
    fn head(&self) -> usize {
        self.inner.head
    }
    /// Id of the tail span (the title of `has_title`).
    #[getter]
    fn tail(&self) -> usize {
        self.inner.tail
    }
    /// `{"kind": ..., "head": ..., "tail": ...}` as in the crate's JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(py, &self.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Relation({} {} -> {})",
            self.inner.kind.as_str(),
            self.inner.head,
            self.inner.tail
        )
    }
}

/// Everything nhan found in one text.
///
/// `spans` are sorted by start, longer first, and `spans[i].id == i`; `relations` join
/// them by id. `to_json()` is byte for byte the crate's JSON.
#[pyclass(module = "nhan", frozen, sequence)]
pub struct Doc {
    text: Py<PyString>,
    annotation: Annotation,
    chars: Vec<Range<usize>>,
    spans: PyOnceLock<Py<PyTuple>>,
}

impl Doc {
    pub(crate) fn new(text: Py<PyString>, annotation: Annotation, chars: Vec<Range<usize>>) -> Doc {
        Doc {
            text,
            annotation,
            chars,
            spans: PyOnceLock::new(),
        }
    }

    fn spans_tuple<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyTuple>> {
        let spans = self.spans.get_or_try_init(py, || {
            let items = self
                .annotation
                .spans
                .iter()
                .zip(&self.chars)
                .map(|(s, c)| Span {
                    inner: s.clone(),
                    chars: c.clone(),
                })
                .collect::<Vec<_>>();
            PyTuple::new(py, items).map(Bound::unbind)
        })?;
        Ok(spans.bind(py))
    }

    fn span_id(span: &Bound<'_, PyAny>) -> PyResult<usize> {
        match span.cast::<Span>() {
            Ok(s) => Ok(s.get().inner.id),
            Err(_) => span.extract::<usize>(),
        }
    }
}

#[pymethods]
impl Doc {
    /// The text that was annotated.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }
    /// The spans, sorted by start, longer first.
    #[getter]
    fn spans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        self.spans_tuple(py).cloned()
    }
    /// How the text is written: ``{"accents": "accented" | "unaccented", "case": "normal" |
    /// "upper" | "title"}``, and where it mixes, ``"parts"``: one dict per range with its
    /// ``start``/``end`` (characters), ``start_byte``/``end_byte``, ``accents`` and ``case``.
    #[getter]
    fn writing<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let w = &self.annotation.writing;
        let d = PyDict::new(py);
        d.set_item("accents", w.accents.as_str())?;
        d.set_item("case", w.case.as_str())?;
        if !w.parts.is_empty() {
            let text = self.text.bind(py).to_cow()?;
            let mut chars = 0;
            let mut at = 0;
            let parts = PyList::empty(py);
            for p in &w.parts {
                let char_at = |byte: usize, chars: &mut usize, at: &mut usize| {
                    *chars += text.get(*at..byte).map_or(0, |s| s.chars().count());
                    *at = byte;
                    *chars
                };
                let start = char_at(p.start, &mut chars, &mut at);
                let end = char_at(p.end, &mut chars, &mut at);
                let part = PyDict::new(py);
                part.set_item("start", start)?;
                part.set_item("end", end)?;
                part.set_item("start_byte", p.start)?;
                part.set_item("end_byte", p.end)?;
                part.set_item("accents", p.accents.as_str())?;
                part.set_item("case", p.case.as_str())?;
                parts.append(part)?;
            }
            d.set_item("parts", parts)?;
        }
        Ok(d)
    }
    /// The relations between spans.
    #[getter]
    fn relations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items = self
            .annotation
            .relations
            .iter()
            .map(|r| Relation { inner: *r })
            .collect::<Vec<_>>();
        PyTuple::new(py, items)
    }
    /// The spans of one kind (`"person"` or `nhan.Kind.PERSON`), in order.
    fn of_kind<'py>(&self, py: Python<'py>, kind: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let all = self.spans_tuple(py)?;
        Ok(self
            .annotation
            .spans
            .iter()
            .filter(|s| s.kind.as_str() == kind)
            .filter_map(|s| all.get_item(s.id).ok())
            .collect())
    }
    /// The tails of the relations of `kind` whose head is `span` (a `Span` or an id).
    fn related<'py>(
        &self,
        py: Python<'py>,
        span: &Bound<'py, PyAny>,
        kind: &str,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let head = Self::span_id(span)?;
        let all = self.spans_tuple(py)?;
        Ok(self
            .annotation
            .relations
            .iter()
            .filter(|r| r.head == head && r.kind.as_str() == kind)
            .filter_map(|r| all.get_item(r.tail).ok())
            .collect())
    }
    /// The first, fullest mention of the person `span` refers to (follows `same_as`).
    fn first_mention<'py>(
        &self,
        py: Python<'py>,
        span: &Bound<'py, PyAny>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let id = Self::span_id(span)?;
        match self.annotation.first_mention(id) {
            Some(s) => Ok(Some(self.spans_tuple(py)?.get_item(s.id)?)),
            None => Ok(None),
        }
    }
    /// The text with every abbreviation written out in the sense it has here.
    fn expand(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py).to_cow()?;
        Ok(self.annotation.expand(&text))
    }
    /// `{"spans": [...], "relations": [...]}` as in the crate's JSON (byte offsets); with
    /// `char_offsets=True` every span also gets `start_char`/`end_char`.
    #[pyo3(signature = (char_offsets = false))]
    fn to_dict<'py>(&self, py: Python<'py>, char_offsets: bool) -> PyResult<Bound<'py, PyDict>> {
        let d = to_dict(py, &self.annotation)?;
        if char_offsets {
            let spans = d.get_item("spans")?.map(|s| s.cast_into::<PyList>());
            if let Some(Ok(spans)) = spans {
                for (s, c) in spans.iter().zip(&self.chars) {
                    s.set_item("start_char", c.start)?;
                    s.set_item("end_char", c.end)?;
                }
            }
        }
        Ok(d)
    }
    /// spaCy's JSON of this document as a dict, as `nhan annotate --format spacy` writes it
    /// (the crate's `nhan::format::spacy`): `text`, `tokens`, `ents` (the outer spans of
    /// the kinds `labels` maps to a label, `{"person": "PER"}`; every kind under its own
    /// name by default), every span, in order, in the group `spans[spans_key]`, and the
    /// document's `writing` in `user_data`. Offsets are characters.
    /// `spacy.tokens.Doc(vocab).from_json(...)` reads it (all but `user_data`).
    #[pyo3(signature = (labels = None, spans_key = "nhan"))]
    fn to_spacy<'py>(
        &self,
        py: Python<'py>,
        labels: Option<&Bound<'py, PyDict>>,
        spans_key: &str,
    ) -> PyResult<Bound<'py, PyDict>> {
        let mut writer = Spacy::new(&Document::default()).spans_key(spans_key);
        if let Some(labels) = labels {
            let mut kinds = Vec::new();
            for (kind, label) in labels.iter() {
                let kind: Kind = kind
                    .extract::<String>()?
                    .parse()
                    .map_err(|e| errors::to_py(py, &e))?;
                kinds.push((kind, label.extract::<String>()?));
            }
            writer = writer.labels(kinds);
        }
        let text = self.text.bind(py).to_cow()?;
        let mut out = Vec::new();
        let written = writer
            .piece(Piece::whole(&text, &self.annotation), &mut out)
            .and_then(|()| writer.finish(None, &mut out));
        let json: serde_json::Value = written
            .map_err(|e| PyValueError::new_err(e.to_string()))
            .and_then(|()| serde_json::from_slice(&out).map_err(|e| errors::json_error(py, e)))?;
        Ok(json_to_py(py, &json)?.cast_into::<PyDict>()?)
    }
    /// The crate's one-line JSON (`Annotation::to_json`).
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        self.annotation.to_json().map_err(|e| errors::to_py(py, &e))
    }
    fn __len__(&self) -> usize {
        self.annotation.spans.len()
    }
    fn __getitem__<'py>(&self, py: Python<'py>, index: isize) -> PyResult<Bound<'py, PyAny>> {
        let all = self.spans_tuple(py)?;
        let n = all.len() as isize;
        let i = if index < 0 { index + n } else { index };
        if i < 0 || i >= n {
            return Err(pyo3::exceptions::PyIndexError::new_err(
                "span index out of range",
            ));
        }
        all.get_item(i as usize)
    }
    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Doc>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.annotation == other.annotation
            && self.text.bind(py).as_any().eq(other.text.bind(py))?)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        const SHOWN: usize = 30;
        let text = self.text.bind(py).to_cow()?;
        let a = &self.annotation;
        let mut out = String::new();
        let preview: String = text.chars().take(60).collect();
        let more = if preview.len() < text.len() {
            "…"
        } else {
            ""
        };
        let _ = write!(
            out,
            "Doc({preview:?}{more}, {} span{}, {} relation{})",
            a.spans.len(),
            if a.spans.len() == 1 { "" } else { "s" },
            a.relations.len(),
            if a.relations.len() == 1 { "" } else { "s" },
        );
        for (s, c) in a.spans.iter().zip(&self.chars).take(SHOWN) {
            let range = format!("{}..{}", c.start, c.end);
            let _ = write!(
                out,
                "\n  {:<3} {:<12} {:<9} {:?}",
                s.id,
                s.kind.as_str(),
                range,
                s.text
            );
            let extra = [
                ("canonical", s.canonical.as_deref().filter(|c| *c != s.text)),
                ("expansion", s.expansion.as_deref()),
                ("role", s.role.as_deref()),
                ("level", s.level.as_deref()),
            ];
            for (k, v) in extra {
                if let Some(v) = v {
                    let _ = write!(out, " {k}={v:?}");
                }
            }
            if let Some(v) = &s.value {
                let _ = match v {
                    Value::Text(t) => write!(out, " value={t:?}"),
                    number => write!(out, " value={number}"),
                };
            }
        }
        if a.spans.len() > SHOWN {
            let _ = write!(out, "\n  … {} more spans", a.spans.len() - SHOWN);
        }
        for r in a.relations.iter().take(SHOWN) {
            let name = |id: usize| a.spans.get(id).map_or("?", |s| s.text.as_str());
            let _ = write!(
                out,
                "\n  {:?} {} {:?}",
                name(r.head),
                r.kind.as_str(),
                name(r.tail)
            );
        }
        Ok(out)
    }
}
