//! The documents to work on: files, directories, standard input, JSON Lines records.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::args::{EncodingArg, InputArgs, InputKind};
use crate::decode;
use crate::progress::Report;

/// One document.
#[derive(Debug)]
pub struct Document {
    /// What `"doc"` says: the path, `-` for standard input, `SOURCE:LINE` for a record.
    pub name: String,
    /// The 1-based line of a JSON Lines record.
    pub line: Option<usize>,
    pub body: Body,
    /// A reference date taken from the record.
    pub reference_date: Option<String>,
}

#[derive(Debug)]
pub enum Body {
    Stdin,
    File(PathBuf),
    Text(String),
}

/// What the input list yields, in order: a document, or an error about one.
pub enum Item {
    Doc(Document),
    Error(String),
}

impl Item {
    /// The document, or `None` once the error about it is reported.
    pub fn doc(self, report: &Report) -> Option<Document> {
        match self {
            Item::Doc(doc) => Some(doc),
            Item::Error(message) => {
                report.error(&message);
                None
            }
        }
    }
}

/// Opens `doc` as UTF-8 bytes and says on standard error which encoding `auto` detected
/// (unless `quiet`); `None` once the error is reported.
pub fn open(
    doc: &Document,
    encoding: EncodingArg,
    quiet: bool,
    report: &Report,
) -> Option<Box<dyn Read + Send>> {
    match decode::open(doc, encoding) {
        Ok(opened) => {
            if let Some(e) = opened.detected
                && !quiet
            {
                report.say(&format!("{}: encoding {e} (detected)", doc.name));
            }
            Some(opened.reader)
        }
        Err(message) => {
            report.error(&message);
            None
        }
    }
}

/// Runs `f` on every document of `args`, opened, in order (`normalize`, `expand`,
/// `speak`); an input that cannot be read is reported and the run goes on. `Ok(false)`
/// when some input failed.
pub fn each_opened(
    args: &InputArgs,
    mut f: impl FnMut(&Document, Box<dyn Read + Send>, &Report) -> anyhow::Result<()>,
) -> anyhow::Result<bool> {
    let report = Report::new(None, true);
    for item in Inputs::new(args, None) {
        let Some(doc) = item.doc(&report) else {
            continue;
        };
        if let Some(reader) = open(&doc, args.encoding, args.quiet, &report) {
            f(&doc, reader, &report)?;
        }
    }
    Ok(!report.failed())
}

enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

type Lines = io::Lines<BufReader<Box<dyn Read + Send>>>;

/// The documents of a run, produced lazily (JSON Lines are read as they are needed).
pub struct Inputs {
    sources: VecDeque<Result<Source, String>>,
    kind: InputKind,
    field: String,
    id_field: Option<String>,
    date_field: Option<String>,
    /// The JSON Lines source being read: its name, its lines, the last line number.
    lines: Option<(String, Lines, usize)>,
    /// Bytes in the files, for the progress bar (`None` when standard input is read).
    pub total_bytes: Option<u64>,
}

impl Inputs {
    pub fn new(args: &InputArgs, date_field: Option<String>) -> Inputs {
        let mut sources = VecDeque::new();
        if args.paths.is_empty() {
            sources.push_back(Ok(Source::Stdin));
        }
        let pattern = glob::Pattern::new(&args.glob);
        for path in &args.paths {
            if path.as_os_str() == "-" {
                sources.push_back(Ok(Source::Stdin));
            } else if path.is_dir() {
                match &pattern {
                    Ok(p) => walk(path, path, p, &mut sources),
                    Err(e) => sources.push_back(Err(format!("--glob {:?}: {e}", args.glob))),
                }
            } else if path.exists() {
                sources.push_back(Ok(Source::File(path.clone())));
            } else {
                sources.push_back(Err(format!(
                    "{}: no such file or directory",
                    path.display()
                )));
            }
        }
        let total_bytes = sources
            .iter()
            .map(|s| match s {
                Ok(Source::File(p)) => std::fs::metadata(p).ok().map(|m| m.len()),
                Ok(Source::Stdin) => None,
                Err(_) => Some(0),
            })
            .sum();
        Inputs {
            sources,
            kind: args.input,
            field: args.field.clone(),
            id_field: args.id_field.clone(),
            date_field,
            lines: None,
            total_bytes,
        }
    }

    /// The next JSON Lines record of the open source, if any.
    fn next_record(&mut self) -> Option<Item> {
        let (name, lines, number) = self.lines.as_mut()?;
        loop {
            *number += 1;
            let line = match lines.next() {
                None => {
                    self.lines = None;
                    return None;
                }
                Some(Err(e)) => {
                    let message = format!("{name}:{number}: {}", read_error(&e));
                    self.lines = None;
                    return Some(Item::Error(message));
                }
                Some(Ok(line)) => line,
            };
            if line.trim().is_empty() {
                continue;
            }
            let mut doc_name = format!("{name}:{number}");
            let record: serde_json::Value = match serde_json::from_str(&line) {
                Ok(v) => v,
                Err(e) => return Some(Item::Error(format!("{doc_name}: not JSON: {e}"))),
            };
            let Some(text) = record.get(&self.field).and_then(|v| v.as_str()) else {
                let field = &self.field;
                return Some(Item::Error(format!(
                    "{doc_name}: no string field {field:?} (choose it with --field)"
                )));
            };
            let reference_date = match &self.date_field {
                None => None,
                Some(f) => match record.get(f) {
                    None | Some(serde_json::Value::Null) => None,
                    Some(serde_json::Value::String(s)) => Some(s.clone()),
                    Some(other) => {
                        return Some(Item::Error(format!(
                            "{doc_name}: field {f:?} is not a YYYY-MM-DD string: {other}"
                        )));
                    }
                },
            };
            if let Some(f) = &self.id_field {
                match record.get(f) {
                    Some(serde_json::Value::String(s)) => doc_name = s.clone(),
                    Some(n @ serde_json::Value::Number(_)) => doc_name = n.to_string(),
                    _ => {
                        return Some(Item::Error(format!(
                            "{doc_name}: no string or number field {f:?} (the id, from --id-field)"
                        )));
                    }
                }
            }
            return Some(Item::Doc(Document {
                name: doc_name,
                line: Some(*number),
                body: Body::Text(text.to_owned()),
                reference_date,
            }));
        }
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.next_record() {
                return Some(item);
            }
            let source = match self.sources.pop_front()? {
                Ok(s) => s,
                Err(message) => return Some(Item::Error(message)),
            };
            if self.kind == InputKind::Text {
                let name = source.name();
                let body = match source {
                    Source::Stdin => Body::Stdin,
                    Source::File(p) => Body::File(p),
                };
                return Some(Item::Doc(Document {
                    name,
                    line: None,
                    body,
                    reference_date: None,
                }));
            }
            let name = source.name();
            let reader: Box<dyn Read + Send> = match source {
                Source::Stdin => Box::new(io::stdin()),
                Source::File(p) => match File::open(&p) {
                    Ok(f) => Box::new(f),
                    Err(e) => return Some(Item::Error(format!("{name}: {}", read_error(&e)))),
                },
            };
            self.lines = Some((name, BufReader::new(reader).lines(), 0));
        }
    }
}

/// Files under `dir` whose name (or path under `root`, for a pattern with `/`) matches,
/// in sorted order; hidden entries and linked directories are skipped.
fn walk(
    root: &Path,
    dir: &Path,
    pattern: &glob::Pattern,
    out: &mut VecDeque<Result<Source, String>>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push_back(Err(format!("{}: {}", dir.display(), read_error(&e))));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        // Linked directories are not followed (a link to a parent would never end);
        // linked files are taken.
        let linked = path
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink());
        if path.is_dir() {
            if !linked {
                walk(root, &path, pattern, out);
            }
            continue;
        }
        let matches = if pattern.as_str().contains('/') {
            path.strip_prefix(root)
                .is_ok_and(|rel| pattern.matches_path(rel))
        } else {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| pattern.matches(n))
        };
        if matches {
            out.push_back(Ok(Source::File(path)));
        }
    }
}

/// An I/O error as a short lowercase phrase.
pub fn read_error(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot read: {e}"),
    }
}
