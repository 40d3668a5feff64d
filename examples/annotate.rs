//! Annotates files (or standard input) and prints one JSON object per document.
//!
//! ```text
//! cargo run --release --example annotate -- examples/data/seed.txt
//! cat article.txt | cargo run --release --example annotate
//! ```
//!
//! Several files give JSON Lines, one line per file, in the order given. A file that
//! cannot be read, is not UTF-8 (the message says at which byte) or is empty stops the run
//! with exit status 1 and a message on standard error.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use nhan::{Annotator, Error};

fn read(path: Option<&str>) -> Result<(String, String), Error> {
    let (name, bytes) = match path {
        Some(p) => (
            p.to_owned(),
            std::fs::read(p).map_err(|source| Error::Io {
                path: p.into(),
                source,
            })?,
        ),
        None => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|source| Error::Io {
                    path: "<stdin>".into(),
                    source,
                })?;
            ("<stdin>".to_owned(), buf)
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        source_name: name.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(Error::EmptyInput { source_name: name });
    }
    Ok((name, text))
}

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let annotator = Annotator::new();
    let inputs: Vec<Option<&str>> = if paths.is_empty() {
        vec![None]
    } else {
        paths.iter().map(|p| Some(p.as_str())).collect()
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for path in inputs {
        match read(path) {
            Ok((_, text)) => {
                let annotation = annotator.annotate(&text);
                if writeln!(out, "{}", annotation.to_json()).is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                let _ = out.flush();
                // The message and every cause under it: `cannot read x: No such file`.
                let mut message = e.to_string();
                let mut cause = std::error::Error::source(&e);
                while let Some(c) = cause {
                    message = format!("{message}: {c}");
                    cause = c.source();
                }
                eprintln!("annotate: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
