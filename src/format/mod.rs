//! Writing an [`Annotation`] in the formats other tools read: the JSON of the
//! [guide](crate::guide) and JSON Lines, CoNLL (IOB2), brat standoff, spaCy's JSON and one
//! HTML page.
//!
//! A document is written by a [`Writer`] made for it by [`Format::writer`]: it takes the
//! document's [`Piece`]s in order (a whole text and its annotation, or the chunks of
//! [`Annotator::annotate_reader`](crate::Annotator::annotate_reader)) and is then finished.
//! Nothing is held back that a format does not need: JSON, CoNLL, brat and HTML are written
//! as the pieces come; spaCy's JSON needs the whole text first. [`write()`] does it for one
//! text at once.
//!
//! ```
//! use nhan::format::{self, Document, Format};
//!
//! let input = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh";
//! let a = nhan::Annotator::new().annotate(input);
//! let mut out = Vec::new();
//! format::write(Format::Conll, &Document::named("a.txt"), input, &a, &mut out)?;
//! let conll = String::from_utf8(out).unwrap();
//! assert!(conll.starts_with("# doc = a.txt\nĐại\t0\t6\tB-rank\ntá\t7\t10\tI-rank\n"));
//! // Every token line: the token, its byte range in the input, its tag.
//! for line in conll.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
//!     let cols: Vec<&str> = line.split('\t').collect();
//!     let (start, end): (usize, usize) = (cols[1].parse().unwrap(), cols[2].parse().unwrap());
//!     assert_eq!(&input[start..end], cols[0]);
//! }
//! # Ok::<(), std::io::Error>(())
//! ```

pub mod brat;
pub mod conll;
pub mod html;
pub mod json;
pub mod spacy;

use std::io;
use std::ops::Range;

use crate::span::{Annotation, Span};
use crate::stream::Chunk;

/// The formats of this module.
///
/// With the `clap` feature it is a clap `ValueEnum`, with the command's help for each value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[non_exhaustive]
pub enum Format {
    /// The guide's JSON object, one span per line; with a name, `"doc"` first.
    #[cfg_attr(
        feature = "clap",
        value(
            help = "One JSON object per document (a span per line), as docs/annotation.md defines it"
        )
    )]
    Json,
    /// The same object on one line: JSON Lines when documents follow each other.
    #[cfg_attr(
        feature = "clap",
        value(help = "JSON Lines: one line per document, with `\"doc\"`")
    )]
    Jsonl,
    /// CoNLL IOB2: one token per line, outer spans.
    #[cfg_attr(
        feature = "clap",
        value(help = "CoNLL IOB2: one token per line, outer spans")
    )]
    Conll,
    /// brat standoff: the `.ann` file of a document (its text goes beside it, as `.txt`).
    #[cfg_attr(
        feature = "clap",
        value(help = "brat standoff: `.ann` beside a copy of the text, in `--output DIR`")
    )]
    Brat,
    /// One line of JSON that spaCy's `Doc.from_json` reads.
    #[cfg_attr(
        feature = "clap",
        value(help = "JSON Lines that spaCy's `Doc.from_json` reads")
    )]
    Spacy,
    /// A `<section>` of the HTML page ([`html::page_start`] and [`html::page_end`] around).
    #[cfg_attr(
        feature = "clap",
        value(help = "One self-contained HTML page with every span highlighted")
    )]
    Html,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 6] = [
        Format::Json,
        Format::Jsonl,
        Format::Conll,
        Format::Brat,
        Format::Spacy,
        Format::Html,
    ];

    /// A writer for one document in this format. A stream is written chunk by chunk, with
    /// nothing held back but what the format needs (here an HTML page of one document):
    ///
    /// ```
    /// use nhan::format::{html, Document, Format, Piece};
    /// let text = "UBND tỉnh họp.\n\nĐại tá Phan Huy Ngọc phát biểu.\n";
    /// let mut page = html::page_start().into_bytes();
    /// let mut writer = Format::Html.writer(&Document::named("tin.txt"));
    /// for chunk in nhan::Annotator::new().annotate_reader("tin.txt", text.as_bytes()) {
    ///     writer.piece(Piece::from(&chunk?), &mut page)?;
    /// }
    /// writer.finish(None, &mut page)?;
    /// page.extend_from_slice(html::page_end().as_bytes());
    /// let page = String::from_utf8(page).unwrap();
    /// assert!(page.contains("<h2>tin.txt</h2>"));
    /// assert!(page.contains(r#"<mark class="k-person" data-id="3" data-start="31" data-end="46""#));
    /// assert_eq!(&text[31..46], "Phan Huy Ngọc");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn writer(self, doc: &Document<'_>) -> Box<dyn Writer + Send> {
        match self {
            Format::Json => Box::new(json::Json::new(doc, false)),
            Format::Jsonl => Box::new(json::Json::new(doc, true)),
            Format::Conll => Box::new(conll::Conll::new(doc)),
            Format::Brat => Box::new(brat::Brat::new()),
            Format::Spacy => Box::new(spacy::Spacy::new(doc)),
            Format::Html => Box::new(html::Html::new(doc)),
        }
    }
}

/// What a format says about a document besides its text and spans.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Document<'a> {
    /// Its name (a path, a record's id): `"doc"` in JSON, `# doc =` in CoNLL, the heading
    /// of its HTML section. `None`: JSON is the bare object of the guide.
    pub name: Option<&'a str>,
    /// The 1-based line of a record in a JSON Lines input (`"line"` in JSON).
    pub line: Option<usize>,
}

impl<'a> Document<'a> {
    /// A document with a name.
    pub fn named(name: &'a str) -> Document<'a> {
        Document {
            name: Some(name),
            line: None,
        }
    }
}

/// A part of a document's text and what was found in it. Span offsets and ids count from
/// the start of the document: `&text[s.start - offset..s.end - offset] == s.text`.
#[derive(Debug, Clone, Copy)]
pub struct Piece<'a> {
    /// Byte offset of `text` in the document.
    pub offset: usize,
    /// The text of this part.
    pub text: &'a str,
    /// Its spans and relations.
    pub annotation: &'a Annotation,
}

impl<'a> Piece<'a> {
    /// A whole document as one piece.
    pub fn whole(text: &'a str, annotation: &'a Annotation) -> Piece<'a> {
        Piece {
            offset: 0,
            text,
            annotation,
        }
    }

    /// The span's text range in `text`.
    fn local(&self, span: &Span) -> Range<usize> {
        span.start - self.offset..span.end - self.offset
    }
}

impl<'a> From<&'a Chunk> for Piece<'a> {
    fn from(chunk: &'a Chunk) -> Piece<'a> {
        Piece {
            offset: chunk.offset,
            text: &chunk.text,
            annotation: &chunk.annotation,
        }
    }
}

/// Writes one document: its pieces in order, then [`Writer::finish`]. What is written to
/// `out` is final; a writer keeps no more than it must between calls.
pub trait Writer {
    /// Writes the next piece of the document.
    fn piece(&mut self, piece: Piece<'_>, out: &mut dyn io::Write) -> io::Result<()>;
    /// Ends the document. `error` says why it stopped before its end (JSON and spaCy's
    /// JSON keep it as `"error"`); a document that failed before its first piece is not
    /// written at all.
    fn finish(&mut self, error: Option<&str>, out: &mut dyn io::Write) -> io::Result<()>;
}

/// Writes `text` and its annotation `a` as one document in `format`. Fails only when `out`
/// does, or when a number value is not finite (JSON has no NaN).
///
/// ```
/// use nhan::format::{self, Document, Format};
/// let input = "UBND tỉnh Hà Giang";
/// let a = nhan::Annotator::new().annotate(input);
/// let mut out = Vec::new();
/// format::write(Format::Jsonl, &Document::default(), input, &a, &mut out)?;
/// assert_eq!(String::from_utf8(out).unwrap(), a.to_json().unwrap() + "\n");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write(
    format: Format,
    doc: &Document<'_>,
    text: &str,
    a: &Annotation,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let mut writer = format.writer(doc);
    writer.piece(Piece::whole(text, a), out)?;
    writer.finish(None, out)
}

/// The spans not inside an earlier one (spans come sorted by start, longer first), of the
/// kinds `keep` accepts.
pub fn outer(spans: &[Span], keep: impl Fn(&Span) -> bool) -> Vec<&Span> {
    outer_indices(spans, keep)
        .into_iter()
        .map(|i| &spans[i])
        .collect()
}

/// The positions in `spans` of [`outer`]'s spans.
fn outer_indices(spans: &[Span], keep: impl Fn(&Span) -> bool) -> Vec<usize> {
    let mut kept = Vec::new();
    let mut end = 0;
    for (i, s) in spans.iter().enumerate().filter(|(_, s)| keep(s)) {
        if s.start >= end && s.end > s.start {
            kept.push(i);
            end = s.end;
        }
    }
    kept
}

/// Tokens of `text` (byte ranges): runs of non-space characters, with punctuation at a
/// word's edge on its own, and a cut at every position of `cuts` (sorted, into `text`).
/// `6/11`, `2.900`, `KT-XH` stay whole.
///
/// ```
/// let text = "Ông Ngọc, (TP.HCM) ngày 6/11.";
/// let words: Vec<&str> = nhan::format::tokens(text, &[]).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(words, ["Ông", "Ngọc", ",", "(", "TP.HCM", ")", "ngày", "6/11", "."]);
/// ```
pub fn tokens(text: &str, cuts: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut cut = cuts.iter().peekable();
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        while cut.next_if(|&&p| p < i).is_some() {}
        if cut.next_if(|&&p| p == i).is_some()
            && let Some(s) = start.take()
        {
            out.push(s..i);
        }
        let next = chars.peek().map(|&(_, c)| c);
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
        } else if is_punct(c)
            && !(prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric))
        {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
            out.push(i..i + c.len_utf8());
        } else if start.is_none() {
            start = Some(i);
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '“' | '”' | '‘' | '’' | '–' | '—' | '…' | '«' | '»' | '•' | '·' | '\u{a0}'
        )
}

/// The span's attributes as `name=value` pairs, for notes and tooltips.
fn notes(span: &Span) -> impl Iterator<Item = (&'static str, String)> + '_ {
    span.attributes().map(|(name, a)| (name, a.to_string()))
}

#[cfg(test)]
mod tests;
