//! `nhan speak`: the speech form of each document, as text or as JSON with segments.

use std::io::{self, BufWriter, Write};

use anyhow::Result;
use nhan::{Annotator, Segment, SpeechOptions};

use crate::args::{AcronymsArg, InputKind, SpeakArgs, SpeakFormat};
use crate::inputs;
use crate::run::annotator;
use crate::tools::pieces;

fn options(args: &SpeakArgs) -> SpeechOptions {
    SpeechOptions::new()
        .southern(args.southern)
        .bon_after_tens(args.bon)
        .punctuation(!args.no_punctuation)
        .acronyms(match args.acronyms {
            AcronymsArg::Auto => nhan::Acronyms::Auto,
            AcronymsArg::Letters => nhan::Acronyms::Letters,
            AcronymsArg::Words => nhan::Acronyms::Words,
        })
}

/// Runs `nhan speak`; `Ok(false)` when some input failed.
///
/// Text: the spoken form of each input line on a line of its own (of each record, with
/// `--input jsonl`). JSON: one line per
/// document (per record with `--input jsonl`): `{"doc", ["line",] "text", "segments"}`,
/// segment offsets in bytes of the document.
pub fn speak(args: &SpeakArgs) -> Result<bool> {
    let annotator = annotator(&args.input)?;
    let options = options(args);
    let mut out = BufWriter::new(io::stdout().lock());
    let jsonl = args.input.input == InputKind::Jsonl;
    let line_by_line = args.format == SpeakFormat::Text && !jsonl;
    let ok = inputs::each_opened(&args.input, |doc, reader, report| {
        let mut speech = Document::default();
        let result = pieces(&doc.name, reader, |text| {
            if line_by_line {
                return write_lines(&annotator, &options, text, &mut out);
            }
            speech.add(&annotator.speak_with(text, &options), text.len());
            Ok(())
        });
        if let Err(message) = result {
            report.error(&message);
        }
        if args.format == SpeakFormat::Text && jsonl {
            writeln!(out, "{}", speech.text)?;
        } else if args.format == SpeakFormat::Json {
            // Written by hand to keep the contract's key order: doc, line, text, segments.
            let line = match (jsonl, doc.line) {
                (true, Some(n)) => format!(",\"line\":{n}"),
                _ => String::new(),
            };
            writeln!(
                out,
                "{{\"doc\":{}{line},\"text\":{},\"segments\":{}}}",
                serde_json::to_string(&doc.name)?,
                serde_json::to_string(&speech.text)?,
                serde_json::to_string(&speech.segments)?
            )?;
        }
        Ok(())
    })?;
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(ok)
}

/// The spoken form of each line of `text`, a line each.
fn write_lines(
    annotator: &Annotator,
    options: &SpeechOptions,
    text: &str,
    out: &mut impl Write,
) -> io::Result<()> {
    for line in text.lines() {
        writeln!(out, "{}", annotator.speak_with(line, options).text)?;
    }
    Ok(())
}

/// The speech of a whole document, put together from the speech of its pieces.
#[derive(Default)]
struct Document {
    text: String,
    segments: Vec<Segment>,
    /// Bytes of the document before the next piece.
    offset: usize,
}

impl Document {
    fn add(&mut self, piece: &nhan::Speech, len: usize) {
        if !piece.text.is_empty() && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(&piece.text);
        self.segments.extend(piece.segments.iter().map(|s| Segment {
            start: s.start + self.offset,
            end: s.end + self.offset,
            text: s.text.clone(),
        }));
        self.offset += len;
    }
}
