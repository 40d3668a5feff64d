//! The output formats: the library's writers ([`nhan::format`]), brat's files beside them,
//! and `pretty` for a terminal.

pub mod brat;
pub mod pretty;

use std::io;
use std::path::Path;

use nhan::format::{Document, Format as Lib, Writer};

use crate::args::Format;

/// What a writer knows about its document.
pub struct DocInfo<'a> {
    /// What `"doc"` says: the path, `-`, `SOURCE:LINE` or the record's id.
    pub name: &'a str,
    pub line: Option<usize>,
    /// `--output`: for brat, the directory.
    pub output: Option<&'a Path>,
    pub colour: bool,
}

pub fn writer(format: Format, info: &DocInfo<'_>) -> io::Result<Box<dyn Writer + Send>> {
    let doc = Document {
        name: Some(info.name),
        line: info.line,
    };
    Ok(match format {
        Format::Lib(Lib::Brat) => Box::new(brat::BratFiles::new(info)?),
        Format::Lib(f) => f.writer(&doc),
        Format::Pretty => Box::new(pretty::Pretty::new(info)),
    })
}
