//! The output formats. Each document gets a writer that sees its chunks in order.

pub mod brat;
pub mod conll;
pub mod html;
pub mod json;
pub mod pretty;
pub mod spacy;

use std::io;
use std::ops::Range;
use std::path::Path;

use nhan::Span;
use nhan::stream::Chunk;

use crate::args::Format;

/// What a writer knows about its document.
pub struct DocInfo<'a> {
    pub name: &'a str,
    pub line: Option<usize>,
    /// `--output`: for brat, the directory.
    pub output: Option<&'a Path>,
    pub colour: bool,
}

/// Writes one document. `chunk` and `end` append to `out`; whatever is appended is
/// written in order, so a writer never holds more than a chunk of output.
pub trait DocWriter {
    fn chunk(&mut self, chunk: &Chunk, out: &mut Vec<u8>) -> io::Result<()>;
    /// Ends the document; `error` says why it stopped early.
    fn end(&mut self, error: Option<&str>, out: &mut Vec<u8>) -> io::Result<()>;
}

pub fn writer(format: Format, info: &DocInfo<'_>) -> io::Result<Box<dyn DocWriter>> {
    Ok(match format {
        Format::Json => Box::new(json::Json::new(info, false)),
        Format::Jsonl => Box::new(json::Json::new(info, true)),
        Format::Conll => Box::new(conll::Conll::new(info)),
        Format::Brat => Box::new(brat::Brat::new(info)?),
        Format::Spacy => Box::new(spacy::Spacy::new(info)),
        Format::Html => Box::new(html::Html::new(info)),
        Format::Pretty => Box::new(pretty::Pretty::new(info)),
    })
}

/// The spans not inside an earlier one (spans come sorted by start, longer first).
pub fn outer(spans: &[Span]) -> Vec<&Span> {
    let mut kept = Vec::new();
    let mut end = 0;
    for s in spans {
        if s.start >= end && s.end > s.start {
            kept.push(s);
            end = s.end;
        }
    }
    kept
}

/// Tokens of `text` (byte ranges): runs of non-space characters, with punctuation at a
/// word's edge on its own, and a cut at every position of `cuts` (sorted, into `text`).
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
pub fn attributes(span: &Span) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut add = |name: &'static str, v: Option<&str>| {
        if let Some(v) = v {
            out.push((name, v.to_owned()));
        }
    };
    add("canonical", span.canonical.as_deref());
    add("expansion", span.expansion.as_deref());
    add("entity", span.entity.as_deref());
    add("abbreviation", span.abbreviation.as_deref());
    add("role", span.role.as_deref());
    add("level", span.level.as_deref());
    add("became", span.became.as_deref());
    if let Some(v) = &span.value {
        let v = serde_json::to_value(v).map(|v| match v {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        });
        out.push(("value", v.unwrap_or_default()));
    }
    if !span.alternatives.is_empty() {
        out.push(("alternatives", span.alternatives.join(" | ")));
    }
    if let Some(source) = span.source {
        let s = serde_json::to_value(source).ok();
        let s = s.as_ref().and_then(|v| v.as_str()).unwrap_or("").to_owned();
        out.push(("source", s));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str, cuts: &[usize]) -> Vec<&'a str> {
        tokens(text, cuts).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn tokens_split_edge_punctuation_and_cuts() {
        assert_eq!(
            words("Ông Ngọc, (TP.HCM) ngày 6/11.", &[]),
            ["Ông", "Ngọc", ",", "(", "TP.HCM", ")", "ngày", "6/11", "."]
        );
        let text = "P.Bến Nghé";
        assert_eq!(words(text, &[2]), ["P.", "Bến", "Nghé"]);
        assert_eq!(words("  a\n\nb ", &[]), ["a", "b"]);
    }
}
