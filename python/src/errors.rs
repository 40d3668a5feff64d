//! Rust errors and panics as Python exceptions.
//!
//! The exception classes live in `nhan/_errors.py`, where they can inherit from both
//! `NhanError` and the built-in exception that fits (`ValueError`, `OSError`); they are
//! looked up when an error is raised, which is rare.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyType;

/// The message of `e` with its `source()` chain: `cannot read x.tsv: No such file ...`.
fn message(e: &nhan::Error) -> String {
    let mut msg = e.to_string();
    let mut next = std::error::Error::source(e);
    while let Some(cause) = next {
        msg.push_str(": ");
        msg.push_str(&cause.to_string());
        next = cause.source();
    }
    msg
}

/// An exception of class `name` from `nhan._errors` carrying `msg`.
pub(crate) fn raise(py: Python<'_>, name: &str, msg: String) -> PyErr {
    let class = py
        .import("nhan._errors")
        .and_then(|m| m.getattr(name))
        .and_then(|c| c.cast_into::<PyType>().map_err(PyErr::from));
    match class {
        Ok(class) => PyErr::from_type(class, (msg,)),
        // Only when the extension is loaded outside its package.
        Err(_) => PyRuntimeError::new_err(msg),
    }
}

/// `nhan::Error` → `DictionaryError`, `ReadError`, `InputError` or `NhanError`.
pub(crate) fn to_py(py: Python<'_>, e: &nhan::Error) -> PyErr {
    let class = match e {
        nhan::Error::Dictionary { .. } | nhan::Error::Conflict { .. } => "DictionaryError",
        nhan::Error::Io { .. } => "ReadError",
        nhan::Error::InvalidUtf8 { .. }
        | nhan::Error::Decode { .. }
        | nhan::Error::EmptyInput { .. }
        | nhan::Error::InvalidDate { .. }
        | nhan::Error::UnknownKind { .. } => "InputError",
        _ => "NhanError",
    };
    raise(py, class, message(e))
}

/// A JSON error (a number value that is not finite) as `nhan.NhanError`.
pub(crate) fn json_error(py: Python<'_>, e: serde_json::Error) -> PyErr {
    to_py(py, &nhan::Error::from(e))
}

fn panic_message(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic")
}

/// Runs `f` without the GIL; a panic inside becomes `nhan.InternalError` instead of
/// unwinding into Python (or aborting, were it to cross a foreign frame).
pub(crate) fn guarded<T: Send>(py: Python<'_>, f: impl FnOnce() -> T + Send) -> PyResult<T> {
    py.detach(|| catch_unwind(AssertUnwindSafe(f)))
        .map_err(|payload| {
            raise(
                py,
                "InternalError",
                format!(
                    "internal error in nhan (please report it): {}",
                    panic_message(&*payload)
                ),
            )
        })
}
