//! `nhan.speak` and `Annotator.speak`: the speech form as a dict, with segments that index
//! the Python `str` (`start`/`end`) and the UTF-8 bytes (`start_byte`/`end_byte`).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use nhan::{Acronyms, SpeechOptions};

use crate::errors::guarded;

/// The options from the keyword arguments.
pub(crate) fn options(
    southern: bool,
    bon: bool,
    acronyms: &str,
    punctuation: bool,
) -> PyResult<SpeechOptions> {
    let acronyms = match acronyms {
        "auto" => Acronyms::Auto,
        "letters" => Acronyms::Letters,
        "words" => Acronyms::Words,
        other => {
            return Err(PyValueError::new_err(format!(
                "acronyms must be 'auto', 'letters' or 'words', not {other:?}"
            )));
        }
    };
    Ok(SpeechOptions::new()
        .southern(southern)
        .bon_after_tens(bon)
        .acronyms(acronyms)
        .punctuation(punctuation))
}

/// `{"text": spoken, "segments": [{"start", "end", "start_byte", "end_byte", "text"}]}`.
pub(crate) fn speak<'py>(
    annotator: &nhan::Annotator,
    text: &Bound<'py, PyString>,
    options: &SpeechOptions,
) -> PyResult<Bound<'py, PyDict>> {
    let py = text.py();
    let s = text.to_cow()?;
    let (speech, chars) = guarded(py, || {
        let speech = annotator.speak_with(&s, options);
        let chars = char_offsets(&s, &speech);
        (speech, chars)
    })?;
    let segments = PyList::empty(py);
    for (seg, (start, end)) in speech.segments.iter().zip(chars) {
        let d = PyDict::new(py);
        d.set_item("start", start)?;
        d.set_item("end", end)?;
        d.set_item("start_byte", seg.start)?;
        d.set_item("end_byte", seg.end)?;
        d.set_item("text", &seg.text)?;
        segments.append(d)?;
    }
    let out = PyDict::new(py);
    out.set_item("text", speech.text)?;
    out.set_item("segments", segments)?;
    Ok(out)
}

/// The character offsets of every segment, in one walk over `text` (segments are in order).
fn char_offsets(text: &str, speech: &nhan::Speech) -> Vec<(usize, usize)> {
    let mut at_byte = 0;
    let mut at_char = 0;
    let mut to_char = |byte: usize| {
        if let Some(part) = text.get(at_byte..byte) {
            at_char += part.chars().count();
            at_byte = byte;
        }
        at_char
    };
    speech
        .segments
        .iter()
        .map(|s| (to_char(s.start), to_char(s.end)))
        .collect()
}
