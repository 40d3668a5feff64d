//! The `nhan._nhan` extension module: the Rust half of the `nhan` Python package.
//!
//! The Python half (`python/nhan/`) re-exports these classes, defines the exception
//! classes, `Kind`/`RelationKind` and the spaCy component.
#![forbid(unsafe_code)]

mod annotator;
mod columns;
mod doc;
mod errors;
mod options;
mod speech;

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use annotator::{_rebuild_annotator, DEFAULT, PyAnnotator};
use doc::{Doc, Relation, Span};

/// Annotates `text` with the default annotator (built-in dictionaries, built once);
/// `reference_date` and `kinds` as for `Annotator.annotate`.
#[pyfunction]
#[pyo3(signature = (text, *, reference_date = None, kinds = None, writing = None))]
fn annotate(
    text: &Bound<'_, PyString>,
    reference_date: Option<&Bound<'_, PyAny>>,
    kinds: Option<&Bound<'_, PyAny>>,
    writing: Option<&str>,
) -> PyResult<Doc> {
    DEFAULT.annotate(
        text,
        options::options(reference_date, kinds, writing)?.as_ref(),
    )
}

/// Annotates many texts in parallel with the default annotator.
#[pyfunction]
#[pyo3(signature = (texts, threads = None, *, reference_date = None, kinds = None, writing = None))]
fn annotate_batch(
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    reference_date: Option<&Bound<'_, PyAny>>,
    kinds: Option<&Bound<'_, PyAny>>,
    writing: Option<&str>,
) -> PyResult<Vec<Doc>> {
    let options = options::options(reference_date, kinds, writing)?;
    DEFAULT.annotate_batch(texts, threads, options.as_ref())
}

/// The normalized text (see `Annotator.normalize`).
#[pyfunction]
fn normalize(text: &Bound<'_, PyString>) -> PyResult<String> {
    DEFAULT.normalize(text)
}

/// The text with every abbreviation written out, by the default annotator.
#[pyfunction]
fn expand(text: &Bound<'_, PyString>) -> PyResult<String> {
    DEFAULT.expand(text)
}

/// The speech form of `text`: numbers, dates, units, codes and abbreviations in words,
/// as `{"text": spoken, "segments": [{"start", "end", "start_byte", "end_byte", "text"}]}`;
/// `start`/`end` index `text`, and the segments' texts joined by spaces are the spoken
/// text. `southern`: `ngàn`, `lẻ`; `bon`: `bốn` after `mươi`; `acronyms`: `"auto"`,
/// `"letters"` or `"words"`; `punctuation`: keep sentence punctuation.
#[pyfunction]
#[pyo3(signature = (text, *, southern = false, bon = false, acronyms = "auto", punctuation = true))]
fn speak<'py>(
    text: &Bound<'py, PyString>,
    southern: bool,
    bon: bool,
    acronyms: &str,
    punctuation: bool,
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    let options = speech::options(southern, bon, acronyms, punctuation)?;
    speech::speak(DEFAULT.annotator(), text, &options)
}

/// Panics inside the guarded, GIL-free section every call goes through: lets the tests see
/// that a panic becomes `nhan.InternalError` rather than an abort.
#[pyfunction]
fn _panic(py: Python<'_>, message: String) -> PyResult<()> {
    errors::guarded(py, move || -> () { panic!("{message}") })
}

/// Seconds of the best of `repeat` runs of the crate's `annotate_batch` over `texts` on
/// `threads` threads: pure Rust, no Python object made. The baseline of `bench/bench.py`.
#[pyfunction]
fn _bench_rust_batch(
    py: Python<'_>,
    texts: Vec<String>,
    threads: usize,
    repeat: usize,
) -> PyResult<f64> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    let annotator = nhan::Annotator::new();
    errors::guarded(py, || {
        (0..repeat.max(1))
            .map(|_| {
                let t = std::time::Instant::now();
                let out = pool.install(|| annotator.annotate_batch(&texts));
                std::hint::black_box(out);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    })
}

/// Seconds per call of the crate's `annotate` on `text`, over `n` calls: the baseline of
/// the per-call overhead in `bench/bench.py`.
#[pyfunction]
fn _bench_rust_one(py: Python<'_>, text: String, n: usize) -> PyResult<f64> {
    let annotator = nhan::Annotator::new();
    errors::guarded(py, || {
        let t = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(annotator.annotate(std::hint::black_box(&text)));
        }
        t.elapsed().as_secs_f64() / n.max(1) as f64
    })
}

#[pymodule(name = "_nhan")]
fn nhan_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyAnnotator>()?;
    m.add_class::<Doc>()?;
    m.add_class::<Span>()?;
    m.add_class::<Relation>()?;
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_batch, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(expand, m)?)?;
    m.add_function(wrap_pyfunction!(speak, m)?)?;
    m.add_function(wrap_pyfunction!(_panic, m)?)?;
    m.add_function(wrap_pyfunction!(_rebuild_annotator, m)?)?;
    m.add_function(wrap_pyfunction!(_bench_rust_batch, m)?)?;
    m.add_function(wrap_pyfunction!(_bench_rust_one, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    // The attributes of a span, in order: what `Span` has a property for.
    m.add(
        "SPAN_ATTRIBUTES",
        PyTuple::new(m.py(), nhan::Span::ATTRIBUTES)?,
    )?;
    Ok(())
}
