//! The guide's JSON: `{"spans":[...],"relations":[...],"writing":{...}}`, with `"doc"` (and `"line"`)
//! first when the document has a name; spans written as each piece comes, relations at the
//! end. [`Format::Jsonl`](super::Format::Jsonl) writes it on one line,
//! [`Format::Json`](super::Format::Json) with one span per line.

use std::io::{self, Write};

use crate::span::{Relation, Written};

use super::{Document, Piece, Writer};

/// The JSON writer of one document.
#[derive(Debug)]
pub struct Json {
    /// What comes before the first span, until it is written.
    head: Option<Vec<u8>>,
    lines: bool,
    first: bool,
    relations: Vec<Relation>,
    /// Each piece's offset, length and writing.
    writing: Vec<(usize, usize, Written)>,
}

impl Json {
    /// A writer for `doc`; `one_line` for JSON Lines, else one span per line.
    pub fn new(doc: &Document<'_>, one_line: bool) -> Json {
        let mut head = b"{".to_vec();
        if let Some(name) = doc.name {
            head.extend_from_slice(b"\"doc\":");
            push_string(&mut head, name);
            if let Some(line) = doc.line {
                head.extend_from_slice(format!(",\"line\":{line}").as_bytes());
            }
            head.push(b',');
        }
        head.extend_from_slice(b"\"spans\":[");
        Json {
            head: Some(head),
            lines: one_line,
            first: true,
            relations: Vec::new(),
            writing: Vec::new(),
        }
    }

    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.head.take() {
            Some(head) => out.write_all(&head),
            None => Ok(()),
        }
    }
}

/// `text` as a JSON string.
pub(crate) fn push_string(out: &mut Vec<u8>, text: &str) {
    // Writing a string into a Vec fails neither in serde_json nor in the Vec.
    let json = serde_json::Value::from(text).to_string();
    out.extend_from_slice(json.as_bytes());
}

impl Writer for Json {
    fn piece(&mut self, piece: Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.start(out)?;
        let mut buf = Vec::new();
        for span in &piece.annotation.spans {
            if !self.first {
                buf.push(b',');
            }
            if !self.lines {
                buf.push(b'\n');
            }
            self.first = false;
            serde_json::to_writer(&mut buf, span)?;
        }
        out.write_all(&buf)?;
        self.relations
            .extend_from_slice(&piece.annotation.relations);
        self.writing.push((
            piece.offset,
            piece.text.len(),
            piece.annotation.writing.clone(),
        ));
        Ok(())
    }

    fn finish(&mut self, error: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
        if self.head.is_some() && error.is_some() {
            // Nothing was written: a document that failed before its first piece has no
            // record.
            return Ok(());
        }
        self.start(out)?;
        let mut buf = Vec::new();
        if !self.lines && !self.first {
            buf.push(b'\n');
        }
        buf.extend_from_slice(b"],\"relations\":");
        serde_json::to_writer(&mut buf, &self.relations)?;
        if !self.writing.is_empty() {
            buf.extend_from_slice(b",\"writing\":");
            let pieces = self.writing.iter().map(|(at, len, w)| (*at, *len, w));
            serde_json::to_writer(&mut buf, &Written::join(pieces))?;
        }
        if let Some(e) = error {
            buf.extend_from_slice(b",\"error\":");
            push_string(&mut buf, e);
        }
        buf.extend_from_slice(b"}\n");
        out.write_all(&buf)
    }
}
