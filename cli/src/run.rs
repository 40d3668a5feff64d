//! `nhan annotate`: documents in, one format out, errors reported and the rest kept going.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result, bail};
use nhan::format::Piece;
use nhan::{Annotator, Options};

use crate::args::{AnnotateArgs, Color, Format, InputArgs, OffsetArg};

const BRAT: Format = Format::Lib(nhan::format::Format::Brat);
const HTML: Format = Format::Lib(nhan::format::Format::Html);
use crate::format::{self, DocInfo};
use crate::inputs::{self, Document, Inputs};
use crate::ordered::Ordered;
use crate::progress::Report;

/// Builds the annotator with the user's dictionaries.
pub fn annotator(input: &InputArgs) -> Result<Annotator> {
    if input.dicts.is_empty() {
        return Ok(Annotator::new());
    }
    let mut builder = Annotator::builder();
    for path in &input.dicts {
        builder = builder.dictionary_path(path)?;
    }
    Ok(builder.build()?)
}

fn options(args: &AnnotateArgs) -> Result<Options> {
    let mut options = Options::new();
    if let Some(date) = &args.reference_date {
        options = options
            .parse_reference_date(date)
            .context("--reference-date")?;
    }
    if !args.kinds.is_empty() {
        options = options.kinds(args.kinds.iter().copied());
    }
    Ok(options
        .writing(args.writing)
        .char_offsets(args.offsets.contains(&OffsetArg::Char))
        .utf16_offsets(args.offsets.contains(&OffsetArg::Utf16)))
}

/// Colours for `--color`: `auto` colours a terminal that `NO_COLOR` does not forbid.
fn colour(args: &AnnotateArgs) -> bool {
    match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            args.output.is_none()
                && std::env::var_os("NO_COLOR").is_none()
                && io::IsTerminal::is_terminal(&io::stdout())
        }
    }
}

/// Where the output goes: `--output FILE`, standard output, or nowhere for brat (its
/// files go into the `--output` directory, made here with brat's configuration).
fn output(args: &AnnotateArgs) -> Result<Box<dyn Write + Send>> {
    Ok(match (&args.output, args.format) {
        (Some(dir), BRAT) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            format::brat::write_config(dir)?;
            Box::new(io::sink())
        }
        (Some(path), _) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        (None, _) => Box::new(BufWriter::new(io::stdout())),
    })
}

/// Runs `nhan annotate`; `Ok(false)` when some input failed.
pub fn annotate(args: &AnnotateArgs) -> Result<bool> {
    let options = options(args)?;
    if args.format == BRAT && args.output.is_none() {
        bail!("--format brat writes files: give the directory with --output DIR");
    }
    if args.input.input != crate::args::InputKind::Jsonl {
        if args.date_field.is_some() {
            bail!("--date-field needs --input jsonl");
        }
        if args.input.id_field.is_some() {
            bail!("--id-field needs --input jsonl");
        }
    }
    let annotator = annotator(&args.input)?;
    let colour = colour(args);
    let out = output(args)?;
    let ordered = Ordered::new(out);
    let inputs = Inputs::new(&args.input, args.date_field.clone());
    let report = Report::new(inputs.total_bytes, args.input.quiet);
    if args.format == HTML {
        ordered.write_raw(nhan::format::html::page_start().as_bytes())?;
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let queue = Mutex::new((0usize, inputs));
    let done = AtomicUsize::new(0);
    let work = Work {
        args,
        annotator: &annotator,
        options: &options,
        report: &report,
        colour,
    };
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                loop {
                    let (index, item) = {
                        let mut q = queue.lock().unwrap_or_else(|p| p.into_inner());
                        if ordered.broken() {
                            break;
                        }
                        let Some(item) = q.1.next() else { break };
                        q.0 += 1;
                        (q.0 - 1, item)
                    };
                    let mut sink = ordered.sink(index);
                    if let Some(doc) = item.doc(&report) {
                        work.document(&doc, &mut sink, &ordered);
                    }
                    sink.finish();
                    report.documents(done.fetch_add(1, Ordering::SeqCst) + 1);
                }
            });
        }
    });
    if args.format == HTML {
        ordered.write_raw(nhan::format::html::page_end().as_bytes())?;
    }
    report.done();
    match ordered.finish() {
        // The reader went away (`| head`): not an error of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(!report.failed()),
        other => other.context("cannot write the output")?,
    }
    Ok(!report.failed())
}

struct Work<'a> {
    args: &'a AnnotateArgs,
    annotator: &'a Annotator,
    options: &'a Options,
    report: &'a Report,
    colour: bool,
}

impl Work<'_> {
    fn document(&self, doc: &Document, sink: &mut crate::ordered::Sink<'_>, ordered: &Ordered) {
        let options = match &doc.reference_date {
            None => self.options.clone(),
            Some(date) => match self.options.clone().parse_reference_date(date) {
                Ok(o) => o,
                Err(e) => {
                    self.report.error(&format!("{}: {e}", doc.name));
                    return;
                }
            },
        };
        let input = &self.args.input;
        let Some(reader) = inputs::open(doc, input.encoding, input.quiet, self.report) else {
            return;
        };
        let info = DocInfo {
            name: &doc.name,
            line: doc.line,
            output: self.args.output.as_deref(),
            colour: self.colour,
        };
        let mut writer = match format::writer(self.args.format, &info) {
            Ok(w) => w,
            Err(e) => {
                self.report.error(&format!("{}: {e:#}", doc.name));
                return;
            }
        };
        let mut buf = Vec::new();
        let mut failure = None;
        for chunk in self
            .annotator
            .annotate_reader_with(&doc.name, reader, options)
        {
            match chunk {
                Ok(chunk) => {
                    if let Err(e) = writer.piece(Piece::from(&chunk), &mut buf) {
                        failure = Some(format!("{}: {e}", doc.name));
                        break;
                    }
                    sink.write(&buf);
                    buf.clear();
                    self.report.bytes(chunk.len);
                    if ordered.broken() {
                        return;
                    }
                }
                Err(e) => {
                    let hint = match e {
                        nhan::Error::InvalidUtf8 { .. } => {
                            "; if it is a legacy encoding, try --encoding auto"
                        }
                        _ => "",
                    };
                    failure = Some(format!("{}{hint}", chain(&e)));
                    break;
                }
            }
        }
        if let Err(e) = writer.finish(failure.as_deref(), &mut buf) {
            failure.get_or_insert(format!("{}: {e}", doc.name));
        }
        sink.write(&buf);
        if let Some(message) = failure {
            self.report.error(&message);
        }
    }
}

/// An error and its causes on one line.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        message = format!("{message}: {c}");
        cause = c.source();
    }
    message
}
