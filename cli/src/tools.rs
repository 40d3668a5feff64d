//! `nhan normalize`, `nhan expand`, `nhan check-dict`.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;

use anyhow::Result;
use nhan::normalize::Normalizer;
use nhan::{Annotation, Dictionary, Error};

use crate::args::{CheckDictArgs, InputKind, TextArgs};
use crate::inputs;
use crate::run::annotator;

/// Runs `f` on each document's text, piece by piece (`Ok(false)`: some input failed).
/// With `--input jsonl` each record's result is printed as `{"doc", "text"}`.
fn each_document(
    args: &TextArgs,
    mut f: impl FnMut(&str, Box<dyn Read + Send>, &mut dyn Write) -> Result<(), String>,
) -> Result<bool> {
    let jsonl = args.input.input == InputKind::Jsonl;
    let mut out = BufWriter::new(io::stdout().lock());
    let ok = inputs::each_opened(&args.input, |doc, reader, report| {
        let result = if jsonl {
            let mut text = Vec::new();
            let result = f(&doc.name, reader, &mut text);
            let text = String::from_utf8_lossy(&text);
            let record = serde_json::json!({"doc": doc.name, "line": doc.line, "text": text});
            writeln!(out, "{record}")?;
            result
        } else {
            f(&doc.name, reader, &mut out)
        };
        if let Err(message) = result {
            report.error(&message);
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(ok)
}

/// Reads `reader` in pieces cut after a line break and calls `f` on each.
pub(crate) fn pieces(
    name: &str,
    mut reader: impl Read,
    mut f: impl FnMut(&str) -> io::Result<()>,
) -> Result<(), String> {
    let mut buf = Vec::new();
    let mut block = vec![0u8; 1 << 16];
    let mut offset = 0;
    loop {
        let n = match reader.read(&mut block) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("{name}: {e}")),
        };
        buf.extend_from_slice(&block[..n]);
        let cut = if n == 0 {
            buf.len()
        } else {
            match buf.iter().rposition(|&b| b == b'\n') {
                Some(i) => i + 1,
                None if buf.len() > (8 << 20) => buf.len(),
                None => continue,
            }
        };
        let rest = buf.split_off(cut);
        let piece = std::mem::replace(&mut buf, rest);
        let text = std::str::from_utf8(&piece).map_err(|e| {
            format!(
                "{name}: invalid UTF-8 at byte offset {}; if it is a legacy encoding, try --encoding auto",
                offset + e.valid_up_to()
            )
        })?;
        offset += piece.len();
        f(text).map_err(|e| format!("cannot write: {e}"))?;
        if n == 0 {
            return Ok(());
        }
    }
}

pub fn normalize(args: &TextArgs) -> Result<bool> {
    let normalizer = Normalizer::new();
    each_document(args, |name, reader, out| {
        pieces(name, reader, |text| {
            out.write_all(normalizer.normalize(text).as_str().as_bytes())
        })
    })
}

pub fn expand(args: &TextArgs) -> Result<bool> {
    let annotator = annotator(&args.input)?;
    each_document(args, |name, reader, out| {
        for chunk in annotator.annotate_reader(name, reader) {
            let chunk = chunk.map_err(|e| e.to_string())?;
            // Offsets into the chunk's own text.
            let mut local = Annotation {
                spans: chunk.annotation.spans,
                relations: Vec::new(),
                writing: Default::default(),
            };
            for s in &mut local.spans {
                s.start -= chunk.offset;
                s.end -= chunk.offset;
            }
            out.write_all(local.expand(&chunk.text).as_bytes())
                .map_err(|e| format!("cannot write: {e}"))?;
        }
        Ok(())
    })
}

pub fn check_dict(args: &CheckDictArgs) -> Result<bool> {
    let mut ok = true;
    for path in &args.files {
        match check_one(path) {
            Ok(1) => println!("{}: ok, 1 entry", path.display()),
            Ok(entries) => println!("{}: ok, {entries} entries", path.display()),
            Err(errors) => {
                ok = false;
                for e in &errors {
                    eprintln!("nhan: error: {}", crate::run::chain(e));
                }
                let n = errors.len();
                let s = if n == 1 { "" } else { "s" };
                eprintln!("nhan: {}: {n} error{s}", path.display());
            }
        }
    }
    Ok(ok)
}

/// Every error of one dictionary, in line order; the number of entries when there is none.
///
/// Each data line is parsed on its own under the header, so that one bad line hides no
/// other; then the lines that passed are parsed together for what only the whole shows
/// (two lines that conflict), the later line of each conflict set aside until none is left.
fn check_one(path: &Path) -> Result<usize, Vec<Error>> {
    let name = path.display().to_string();
    let text = std::fs::read(path)
        .map_err(|source| {
            vec![Error::Io {
                path: path.to_owned(),
                source,
            }]
        })
        .and_then(|bytes| {
            String::from_utf8(bytes).map_err(|e| {
                vec![Error::InvalidUtf8 {
                    source_name: name.clone(),
                    offset: e.utf8_error().valid_up_to(),
                }]
            })
        })?;
    let mut lines: Vec<&str> = text.split('\n').collect();
    let is_row = |l: &str| !l.trim().is_empty() && !l.starts_with('#');
    let Some(header) = lines.iter().position(|l| is_row(l)) else {
        // No header: the parser says so.
        return Dictionary::parse(&name, &text)
            .map(|d| d.len())
            .map_err(|e| vec![e]);
    };
    // Blank lines above the header keep its line number.
    let header_line = lines[header];
    Dictionary::parse(&name, &("\n".repeat(header) + header_line)).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    for (i, line) in lines.iter_mut().enumerate().skip(header + 1) {
        if !is_row(line) {
            continue;
        }
        if let Err(e) = Dictionary::parse(&name, &format!("{header_line}\n{line}")) {
            errors.push(at_line(e, i + 1));
            *line = "";
        }
    }
    loop {
        match Dictionary::parse(&name, &lines.join("\n")) {
            Ok(d) if errors.is_empty() => return Ok(d.len()),
            Ok(_) => break,
            Err(e) => {
                let line = match &e {
                    Error::Conflict { line, .. } | Error::Dictionary { line, .. } => *line,
                    _ => 0,
                };
                errors.push(e);
                match lines.get_mut(line.wrapping_sub(1)) {
                    Some(l) if line > header + 1 && !l.is_empty() => *l = "",
                    _ => break,
                }
            }
        }
    }
    errors.sort_by_key(|e| match e {
        Error::Conflict { line, .. } | Error::Dictionary { line, .. } => *line,
        _ => 0,
    });
    Err(errors)
}

/// An error found on a file of two lines (header, row) moved to the row's real line.
fn at_line(e: Error, real: usize) -> Error {
    match e {
        Error::Dictionary {
            source_name,
            column,
            message,
            text,
            ..
        } => Error::Dictionary {
            source_name,
            line: real,
            column,
            message,
            text,
        },
        other => other,
    }
}
