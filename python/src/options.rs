//! Python arguments → `nhan::Options`: the reference date, the kinds and the writing of one call.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use nhan::{Kind, Options};

use crate::errors::to_py;

/// `date`, `"YYYY-MM-DD"` or `(year, month, day)` → the three numbers, checked by the
/// crate (a bad day is `nhan.InputError`, a `ValueError`).
pub(crate) fn reference_date(value: &Bound<'_, PyAny>) -> PyResult<(i32, u32, u32)> {
    let py = value.py();
    let checked = if let Ok(s) = value.cast::<PyString>() {
        Options::new().parse_reference_date(&s.to_cow()?)
    } else {
        let (y, m, d): (i32, u32, u32) = if value.is_instance_of::<PyTuple>() {
            value.extract()?
        } else if value.hasattr("year")? {
            (
                value.getattr("year")?.extract()?,
                value.getattr("month")?.extract()?,
                value.getattr("day")?.extract()?,
            )
        } else {
            return Err(PyTypeError::new_err(
                "reference_date must be a datetime.date, a 'YYYY-MM-DD' string or (year, month, day)",
            ));
        };
        Options::new().reference_date(y, m, d)
    };
    let options = checked.map_err(|e| to_py(py, &e))?;
    options
        .get_reference_date()
        .ok_or_else(|| PyTypeError::new_err("reference_date was not kept"))
}

/// The options of one call, or `None` when none is given (the plain, faster path).
/// `writing`: `"auto"`, `"accented"` or `"unaccented"` (else a `ValueError`).
pub(crate) fn options(
    reference_date: Option<&Bound<'_, PyAny>>,
    kinds: Option<&Bound<'_, PyAny>>,
    writing: Option<&str>,
) -> PyResult<Option<Options>> {
    if reference_date.is_none() && kinds.is_none() && writing.is_none() {
        return Ok(None);
    }
    let mut options = Options::new();
    if let Some(w) = writing {
        let w: nhan::Writing = w.parse().map_err(PyValueError::new_err)?;
        options = options.writing(w);
    }
    if let Some(date) = reference_date {
        let (y, m, d) = self::reference_date(date)?;
        options = options
            .reference_date(y, m, d)
            .map_err(|e| to_py(date.py(), &e))?;
    }
    if let Some(kinds) = kinds {
        if kinds.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "kinds takes a list of kind names, not one str",
            ));
        }
        let mut wanted = Vec::new();
        for k in kinds.try_iter()? {
            let name: String = k?.extract()?;
            wanted.push(name.parse::<Kind>().map_err(|e| to_py(kinds.py(), &e))?);
        }
        options = options.kinds(wanted);
    }
    Ok(Some(options))
}
