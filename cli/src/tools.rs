//! `nhan normalize`, `nhan expand`, `nhan check-dict`.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;

use anyhow::Result;
use nhan::normalize::Normalizer;
use nhan::{Annotation, Dictionary, Error};

use crate::args::{CheckDictArgs, InputKind, TextArgs};
use crate::decode;
use crate::inputs::{Inputs, Item};
use crate::progress::Report;
use crate::run::annotator;

/// Runs `f` on each document's text, piece by piece (`Ok(false)`: some input failed).
/// With `--input jsonl` each record's result is printed as `{"doc", "text"}`.
fn each_document(
    args: &TextArgs,
    mut f: impl FnMut(&str, Box<dyn Read + Send>, &mut dyn Write) -> Result<(), String>,
) -> Result<bool> {
    let inputs = Inputs::new(&args.input, None);
    let report = Report::new(None, true);
    let jsonl = args.input.input == InputKind::Jsonl;
    let mut out = BufWriter::new(io::stdout().lock());
    for item in inputs {
        let doc = match item {
            Item::Error(message) => {
                report.error(&message);
                continue;
            }
            Item::Doc(doc) => doc,
        };
        let opened = match decode::open(&doc, args.input.encoding) {
            Ok(o) => o,
            Err(message) => {
                report.error(&message);
                continue;
            }
        };
        if let Some(e) = opened.detected
            && !args.input.quiet
        {
            eprintln!("nhan: {}: encoding {e} (detected)", doc.name);
        }
        let result = if jsonl {
            let mut text = Vec::new();
            let result = f(&doc.name, opened.reader, &mut text);
            let text = String::from_utf8_lossy(&text);
            let record = serde_json::json!({"doc": doc.name, "line": doc.line, "text": text});
            writeln!(out, "{record}")?;
            result
        } else {
            f(&doc.name, opened.reader, &mut out)
        };
        if let Err(message) = result {
            report.error(&message);
        }
    }
    out.flush()?;
    Ok(!report.failed())
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
            Ok(entries) => println!("{}: ok, {entries} entries", path.display()),
            Err(errors) => {
                ok = false;
                for e in errors {
                    eprintln!("nhan: error: {e}");
                }
            }
        }
    }
    Ok(ok)
}

/// Every error of one dictionary: after each line error the line is blanked (numbering
/// kept) and the file parsed again, so that one run lists them all.
fn check_one(path: &Path) -> Result<usize, Vec<String>> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| vec![format!("{name}: {}", crate::inputs::read_error(&e))])?;
    let text = String::from_utf8(bytes).map_err(|e| {
        vec![format!(
            "{name}: invalid UTF-8 at byte offset {}",
            e.utf8_error().valid_up_to()
        )]
    })?;
    let mut lines: Vec<&str> = text.split('\n').collect();
    let mut errors = Vec::new();
    for _ in 0..1000 {
        let joined = lines.join("\n");
        match Dictionary::parse(&name, &joined) {
            Ok(d) if errors.is_empty() => return Ok(d.len()),
            Ok(_) => return Err(errors),
            Err(e) => {
                let line = match &e {
                    Error::Dictionary { line, .. } | Error::Conflict { line, .. } => Some(*line),
                    _ => None,
                };
                errors.push(e.to_string());
                // A line that cannot be blanked (the header) ends the search.
                match line {
                    Some(l) if l >= 1 && l <= lines.len() && !lines[l - 1].is_empty() => {
                        let first_row = lines
                            .iter()
                            .position(|l| !l.trim().is_empty() && !l.starts_with('#'));
                        if first_row == Some(l - 1) {
                            return Err(errors);
                        }
                        lines[l - 1] = "";
                    }
                    _ => return Err(errors),
                }
            }
        }
    }
    Err(errors)
}
