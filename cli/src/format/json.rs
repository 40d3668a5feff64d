//! `json` and `jsonl`: the object of docs/annotation.md, with `"doc"`, written span by
//! span; relations at the end.

use std::io::{self, Write};

use nhan::Relation;
use nhan::stream::Chunk;

use super::{DocInfo, DocWriter};

pub struct Json {
    head: Option<Vec<u8>>,
    lines: bool,
    first: bool,
    relations: Vec<Relation>,
}

impl Json {
    pub fn new(info: &DocInfo<'_>, lines: bool) -> Json {
        let mut head = b"{\"doc\":".to_vec();
        // Serializing a string into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut head, info.name);
        if let Some(line) = info.line {
            let _ = write!(head, ",\"line\":{line}");
        }
        head.extend_from_slice(b",\"spans\":[");
        Json {
            head: Some(head),
            lines,
            first: true,
            relations: Vec::new(),
        }
    }

    fn start(&mut self, out: &mut Vec<u8>) {
        if let Some(head) = self.head.take() {
            out.extend_from_slice(&head);
        }
    }
}

impl DocWriter for Json {
    fn chunk(&mut self, chunk: &Chunk, out: &mut Vec<u8>) -> io::Result<()> {
        self.start(out);
        for span in &chunk.annotation.spans {
            if !self.first {
                out.push(b',');
            }
            if !self.lines {
                out.push(b'\n');
            }
            self.first = false;
            serde_json::to_writer(&mut *out, span)?;
        }
        self.relations
            .extend_from_slice(&chunk.annotation.relations);
        Ok(())
    }

    fn end(&mut self, error: Option<&str>, out: &mut Vec<u8>) -> io::Result<()> {
        if self.head.is_some() && error.is_some() {
            // Nothing was written: a document that failed before its first chunk has no
            // record (the error is on standard error).
            return Ok(());
        }
        self.start(out);
        let newline: &[u8] = if self.lines || self.first { b"" } else { b"\n" };
        out.extend_from_slice(newline);
        out.extend_from_slice(b"],\"relations\":");
        serde_json::to_writer(&mut *out, &self.relations)?;
        if let Some(e) = error {
            out.extend_from_slice(b",\"error\":");
            serde_json::to_writer(&mut *out, e)?;
        }
        out.extend_from_slice(b"}\n");
        Ok(())
    }
}
