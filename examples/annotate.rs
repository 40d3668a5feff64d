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

use nhan::{Annotator, Error, Relation};

/// Streams one document to `out` as `{"spans":[...],"relations":[...]}` and a newline.
/// A document that fails before its first chunk writes nothing; one that fails later is
/// closed with the relations so far and an `"error"`.
fn annotate(
    annotator: &Annotator,
    name: &str,
    reader: impl Read,
    out: &mut impl Write,
) -> Result<(), Error> {
    let mut relations: Vec<Relation> = Vec::new();
    let mut started = false;
    let mut written = 0;
    let mut failure = None;
    let mut json = String::new();
    for chunk in annotator.annotate_reader(name, reader) {
        let chunk = match chunk {
            Ok(c) => c,
            Err(e) => {
                failure = Some(e);
                break;
            }
        };
        if !started {
            started = true;
            json.push_str("{\"spans\":[");
        }
        for span in &chunk.annotation.spans {
            if written > 0 {
                json.push(',');
            }
            written += 1;
            json.push_str(&serde_json::to_string(span).unwrap_or_default());
        }
        relations.extend_from_slice(&chunk.annotation.relations);
        out.write_all(json.as_bytes()).map_err(stdout_error)?;
        json.clear();
    }
    let relations = serde_json::to_string(&relations).unwrap_or_default();
    match failure {
        Some(e) if !started => Err(e),
        Some(e) => {
            let message = serde_json::to_string(&e.to_string()).unwrap_or_default();
            writeln!(out, "],\"relations\":{relations},\"error\":{message}}}")
                .map_err(stdout_error)?;
            Err(e)
        }
        None if !started => {
            writeln!(out, "{{\"spans\":[],\"relations\":[]}}").map_err(stdout_error)
        }
        None => writeln!(out, "],\"relations\":{relations}}}").map_err(stdout_error),
    }
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
