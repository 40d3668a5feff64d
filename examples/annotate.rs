//! Annotates files (or standard input) and prints one JSON object per document, one line
//! each, through the bounded-memory stream: spans are written as each chunk is annotated,
//! relations at the end, so a file of any size takes about the same memory.
//!
//! ```text
//! cargo run --release --example annotate -- examples/data/seed.txt
//! cat article.txt | cargo run --release --example annotate
//! ```
//!
//! The `nhan` command (`cargo install --path cli`) does this and more: directories,
//! formats, encodings, options. A file that cannot be read or is not UTF-8 gets a message
//! on standard error, the other files are still annotated, and the exit status is 1.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use nhan::format::{Document, Format, Piece};
use nhan::{Annotator, Error};

/// Streams one document to `out` as `{"spans":[...],"relations":[...]}` and a newline,
/// with the library's JSON Lines writer. A document that fails before its first chunk
/// writes nothing; one that fails later is closed with the relations so far and an
/// `"error"`.
fn annotate(
    annotator: &Annotator,
    name: &str,
    reader: impl Read,
    out: &mut impl Write,
) -> Result<(), Error> {
    let mut writer = Format::Jsonl.writer(&Document::default());
    let mut failure = None;
    for chunk in annotator.annotate_reader(name, reader) {
        match chunk {
            Ok(chunk) => writer
                .piece(Piece::from(&chunk), out)
                .map_err(stdout_error)?,
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    let message = failure.as_ref().map(ToString::to_string);
    writer
        .finish(message.as_deref(), out)
        .map_err(stdout_error)?;
    failure.map_or(Ok(()), Err)
}

fn stdout_error(source: io::Error) -> Error {
    Error::Io {
        path: "<stdout>".into(),
        source,
    }
}

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let annotator = Annotator::new();
    let inputs = if paths.is_empty() {
        vec!["-".to_owned()]
    } else {
        paths
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for path in &inputs {
        let result = if path == "-" {
            annotate(&annotator, "<stdin>", io::stdin().lock(), &mut out)
        } else {
            File::open(path)
                .map_err(|source| Error::Io {
                    path: path.into(),
                    source,
                })
                .and_then(|f| annotate(&annotator, path, f, &mut out))
        };
        if let Err(e) = result {
            failed = true;
            let _ = out.flush();
            // The message and every cause under it: `cannot read x: No such file`.
            let mut message = e.to_string();
            let mut cause = std::error::Error::source(&e);
            while let Some(c) = cause {
                message = format!("{message}: {c}");
                cause = c.source();
            }
            eprintln!("annotate: {message}");
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
