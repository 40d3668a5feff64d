//! The `Annotator` class and the module-level default one.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use rayon::ThreadPool;
use rayon::prelude::*;

use nhan::normalize::Normalizer;
use nhan::{Annotation, Options};

use crate::columns::to_columns;
use crate::doc::Doc;
use crate::errors::{guarded, to_py};
use crate::options::{options, reference_date};

/// The Rust side of an annotator: everything here runs without the GIL.
pub(crate) struct Core {
    annotator: nhan::Annotator,
    normalizer: Normalizer,
    /// Pools for `threads=n`, made on first use and kept (a pool costs a thread spawn each).
    pools: Mutex<Vec<(usize, Arc<ThreadPool>)>>,
}

/// The annotator behind `nhan.annotate` and friends: built-in dictionaries, built once.
pub(crate) static DEFAULT: LazyLock<Core> = LazyLock::new(|| Core::new(nhan::Annotator::new()));

impl Core {
    fn new(annotator: nhan::Annotator) -> Core {
        Core {
            annotator,
            normalizer: Normalizer::new(),
            pools: Mutex::new(Vec::new()),
        }
    }

    fn pool(&self, threads: usize) -> PyResult<Arc<ThreadPool>> {
        let mut pools = self.pools.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, p)) = pools.iter().find(|(n, _)| *n == threads) {
            return Ok(Arc::clone(p));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("nhan-{i}"))
            .build()
            .map_err(|e| PyValueError::new_err(format!("cannot start {threads} threads: {e}")))?;
        let pool = Arc::new(pool);
        pools.push((threads, Arc::clone(&pool)));
        Ok(pool)
    }

    pub(crate) fn annotate(
        &self,
        text: &Bound<'_, PyString>,
        options: Option<&Options>,
    ) -> PyResult<Doc> {
        let py = text.py();
        let s = text.to_cow()?;
        let (annotation, chars) = guarded(py, || {
            let a = match options {
                Some(o) => self.annotator.annotate_with(&s, o),
                None => self.annotator.annotate(&s),
            };
            let chars = a.char_ranges(&s);
            (a, chars)
        })?;
        Ok(Doc::new(text.clone().unbind(), annotation, chars))
    }

    /// Every text of `texts` (any iterable of `str`, not a `str`) with its Python object.
    fn collect_texts(texts: &Bound<'_, PyAny>) -> PyResult<(Vec<Py<PyString>>, Vec<String>)> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "expected a sequence of str, not one str (use annotate)",
            ));
        }
        let mut objects = Vec::new();
        let mut strings = Vec::new();
        for item in texts.try_iter()? {
            let s = item?.cast_into::<PyString>().map_err(|e| {
                PyTypeError::new_err(format!(
                    "item {} is {}, not str",
                    objects.len(),
                    e.into_inner().get_type()
                ))
            })?;
            strings.push(s.to_cow()?.into_owned());
            objects.push(s.unbind());
        }
        Ok((objects, strings))
    }

    /// Annotates `strings` in parallel without the GIL; each with its char ranges.
    fn annotate_all(
        &self,
        py: Python<'_>,
        strings: &[String],
        threads: Option<usize>,
        options: Option<&Options>,
    ) -> PyResult<Vec<(Annotation, Vec<Range<usize>>)>> {
        let pool = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => Some(self.pool(n)?),
            None => None,
        };
        guarded(py, || {
            let run = || {
                let annotations = match options {
                    Some(o) => strings
                        .par_iter()
                        .map(|s| self.annotator.annotate_with(s, o))
                        .collect(),
                    None => self.annotator.annotate_batch(strings),
                };
                annotations
                    .into_par_iter()
                    .zip(strings.par_iter())
                    .map(|(a, s)| {
                        let chars = a.char_ranges(s);
                        (a, chars)
                    })
                    .collect::<Vec<_>>()
            };
            match &pool {
                Some(p) => p.install(run),
                None => run(),
            }
        })
    }

    pub(crate) fn annotate_batch(
        &self,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        options: Option<&Options>,
    ) -> PyResult<Vec<Doc>> {
        let (objects, strings) = Self::collect_texts(texts)?;
        let results = self.annotate_all(texts.py(), &strings, threads, options)?;
        Ok(objects
            .into_iter()
            .zip(results)
            .map(|(o, (a, c))| Doc::new(o, a, c))
            .collect())
    }

    pub(crate) fn annotate_columns<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        options: Option<&Options>,
    ) -> PyResult<(Bound<'py, PyDict>, Bound<'py, PyDict>)> {
        let (_, strings) = Self::collect_texts(texts)?;
        let results = self.annotate_all(texts.py(), &strings, threads, options)?;
        to_columns(texts.py(), &results)
    }

    pub(crate) fn normalize(&self, text: &Bound<'_, PyString>) -> PyResult<String> {
        let s = text.to_cow()?;
        guarded(text.py(), || {
            self.normalizer.normalize(&s).as_str().to_owned()
        })
    }

    pub(crate) fn expand(&self, text: &Bound<'_, PyString>) -> PyResult<String> {
        let s = text.to_cow()?;
        guarded(text.py(), || self.annotator.expand(&s))
    }

    /// The crate's annotator (for `speak`).
    pub(crate) fn annotator(&self) -> &nhan::Annotator {
        &self.annotator
    }
}

/// Reads Vietnamese text and says what is in it.
///
/// ``Annotator()`` uses the built-in dictionaries (built once per process and shared);
/// ``dictionaries`` adds TSV files on top of them (same formats as the crate's
/// ``dictionaries/``); ``reference_date`` (a ``datetime.date``, ``"YYYY-MM-DD"`` or
/// ``(y, m, d)``) resolves dates without a year and ``năm nay``. Safe to share between
/// threads; every call releases the GIL.
#[pyclass(module = "nhan", frozen, name = "Annotator")]
pub struct PyAnnotator {
    core: Core,
    dictionaries: Vec<PathBuf>,
    reference_date: Option<(i32, u32, u32)>,
    builtin: bool,
    match_unaccented: bool,
}

#[pymethods]
impl PyAnnotator {
    #[new]
    #[pyo3(signature = (dictionaries = None, reference_date = None, *, builtin = true, match_unaccented = false))]
    fn new(
        py: Python<'_>,
        dictionaries: Option<Vec<PathBuf>>,
        reference_date: Option<&Bound<'_, PyAny>>,
        builtin: bool,
        match_unaccented: bool,
    ) -> PyResult<Self> {
        let dictionaries = dictionaries.unwrap_or_default();
        let date = reference_date.map(self::reference_date).transpose()?;
        let plain = dictionaries.is_empty() && date.is_none() && builtin && !match_unaccented;
        let annotator = if plain {
            nhan::Annotator::new()
        } else {
            let paths = dictionaries.clone();
            guarded(py, move || {
                let mut b = nhan::Annotator::builder()
                    .builtin(builtin)
                    .match_unaccented(match_unaccented);
                if let Some((y, m, d)) = date {
                    b = b.reference_date(y, m, d);
                }
                for p in &paths {
                    b = b.dictionary_path(p)?;
                }
                b.build()
            })?
            .map_err(|e| to_py(py, &e))?
        };
        Ok(PyAnnotator {
            core: Core::new(annotator),
            dictionaries,
            reference_date: date,
            builtin,
            match_unaccented,
        })
    }

    /// Annotates one text and returns its ``Doc``. ``reference_date`` overrides the
    /// annotator's for this call; ``kinds`` (names or ``nhan.Kind``) keeps only those spans
    /// (ids renumbered, relations to dropped spans dropped); ``writing`` (``"auto"``,
    /// ``"accented"``, ``"unaccented"``) says how the text is written (default: found out
    /// per document and per line or sentence; ``Doc.writing`` says what was found).
    #[pyo3(signature = (text, *, reference_date = None, kinds = None, writing = None))]
    fn annotate(
        &self,
        text: &Bound<'_, PyString>,
        reference_date: Option<&Bound<'_, PyAny>>,
        kinds: Option<&Bound<'_, PyAny>>,
        writing: Option<&str>,
    ) -> PyResult<Doc> {
        self.core
            .annotate(text, options(reference_date, kinds, writing)?.as_ref())
    }

    /// Annotates many texts in parallel, without the GIL; returns one ``Doc`` per text, in
    /// order, each equal to what ``annotate`` gives. ``threads=None`` uses every core (or
    /// ``RAYON_NUM_THREADS``); ``threads=n`` uses a pool of ``n`` threads kept for reuse.
    /// ``reference_date``, ``kinds`` and ``writing`` as for ``annotate``.
    #[pyo3(signature = (texts, threads = None, *, reference_date = None, kinds = None, writing = None))]
    fn annotate_batch(
        &self,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        reference_date: Option<&Bound<'_, PyAny>>,
        kinds: Option<&Bound<'_, PyAny>>,
        writing: Option<&str>,
    ) -> PyResult<Vec<Doc>> {
        let options = options(reference_date, kinds, writing)?;
        self.core.annotate_batch(texts, threads, options.as_ref())
    }

    /// Annotates many texts in parallel and returns ``(spans, relations)``: dicts of
    /// equal-length lists (columns), for Arrow, pandas or Spark. Span columns: ``doc`` (the
    /// text's index), ``id``, ``kind``, ``start``, ``end`` (characters), ``start_byte``,
    /// ``end_byte``, ``text``, ``canonical``, ``expansion``, ``value`` (as text: ``2900``,
    /// ``2020-11-06``) and ``attributes`` (the other attributes as a JSON object, or
    /// ``None``); relation columns: ``doc``, ``kind``, ``head``, ``tail``.
    #[pyo3(signature = (texts, threads = None, *, reference_date = None, kinds = None, writing = None))]
    fn annotate_columns<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        reference_date: Option<&Bound<'py, PyAny>>,
        kinds: Option<&Bound<'py, PyAny>>,
        writing: Option<&str>,
    ) -> PyResult<(Bound<'py, PyDict>, Bound<'py, PyDict>)> {
        let options = options(reference_date, kinds, writing)?;
        self.core.annotate_columns(texts, threads, options.as_ref())
    }

    /// The normalized text: NFC, ``Đ`` for ``Ð``, tone marks on the glide (``Ủy``), one kind
    /// of space, dash and quote. This is what the dictionaries are matched against.
    fn normalize(&self, text: &Bound<'_, PyString>) -> PyResult<String> {
        self.core.normalize(text)
    }

    /// The text with every abbreviation written out in the sense it has here.
    fn expand(&self, text: &Bound<'_, PyString>) -> PyResult<String> {
        self.core.expand(text)
    }

    /// The speech form of ``text`` (see ``nhan.speak``), with this annotator's dictionaries.
    #[pyo3(signature = (text, *, southern = false, bon = false, acronyms = "auto", punctuation = true))]
    fn speak<'py>(
        &self,
        text: &Bound<'py, PyString>,
        southern: bool,
        bon: bool,
        acronyms: &str,
        punctuation: bool,
    ) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
        let options = crate::speech::options(southern, bon, acronyms, punctuation)?;
        crate::speech::speak(self.core.annotator(), text, &options)
    }

    /// The user dictionaries given at construction.
    #[getter]
    fn dictionaries(&self) -> Vec<PathBuf> {
        self.dictionaries.clone()
    }

    /// The reference date as ``(year, month, day)``, or ``None``.
    #[getter]
    fn reference_date(&self) -> Option<(i32, u32, u32)> {
        self.reference_date
    }

    /// Pickles as its configuration: an unpickled annotator (in a Spark or multiprocessing
    /// worker) reads its dictionaries again where it lands.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let this = slf.get();
        let rebuild = py.import("nhan._nhan")?.getattr("_rebuild_annotator")?;
        let args = (
            this.dictionaries.clone(),
            this.reference_date,
            this.builtin,
            this.match_unaccented,
        )
            .into_pyobject(py)?;
        Ok((rebuild, args))
    }

    fn __repr__(&self) -> String {
        format!(
            "Annotator(dictionaries={:?}, reference_date={})",
            self.dictionaries,
            match self.reference_date {
                Some((y, m, d)) => format!("'{y:04}-{m:02}-{d:02}'"),
                None => "None".into(),
            }
        )
    }
}

/// Unpickles an `Annotator` (the keyword-only arguments cannot be given by position).
#[pyfunction]
#[pyo3(signature = (dictionaries, reference_date, builtin, match_unaccented))]
pub(crate) fn _rebuild_annotator(
    py: Python<'_>,
    dictionaries: Option<Vec<PathBuf>>,
    reference_date: Option<&Bound<'_, PyAny>>,
    builtin: bool,
    match_unaccented: bool,
) -> PyResult<PyAnnotator> {
    PyAnnotator::new(py, dictionaries, reference_date, builtin, match_unaccented)
}
