//! `spacy`: one JSON line per document that spaCy's `Doc.from_json` reads: `tokens`
//! (character offsets; white space other than one space after a token is a token, as
//! spaCy's own tokenizer makes it), `ents` (the outer spans), every span in the span group
//! `spans["nhan"]`, and `text`. Tokens are written as each chunk comes; the text and the
//! spans wait for the end of the document (JSON keys may come in any order).

use std::io::{self, Write};

use nhan::Kind;
use nhan::stream::Chunk;

use super::{DocInfo, DocWriter, outer, tokens};

pub struct Spacy {
    name: String,
    started: bool,
    text: String,
    /// Characters in the chunks seen.
    chars: usize,
    /// Tokens written.
    count: usize,
    /// The end of the last word token, and the character after it when known.
    last_end: Option<usize>,
    after_last: Option<char>,
    /// (start, end, kind) in characters.
    spans: Vec<(usize, usize, Kind)>,
    ents: Vec<(usize, usize, Kind)>,
}

impl Spacy {
    pub fn new(info: &DocInfo<'_>) -> Spacy {
        Spacy {
            name: info.name.to_owned(),
            started: false,
            text: String::new(),
            chars: 0,
            count: 0,
            last_end: None,
            after_last: None,
            spans: Vec::new(),
            ents: Vec::new(),
        }
    }

    fn token(&mut self, start: usize, end: usize, out: &mut Vec<u8>) -> io::Result<()> {
        if self.count > 0 {
            out.push(b',');
        }
        write!(
            out,
            "{{\"id\":{},\"start\":{start},\"end\":{end}}}",
            self.count
        )?;
        self.count += 1;
        Ok(())
    }

    /// The white space before a word starting at `start` (or before the end), as a token
    /// when it is more than the one space the last word takes after it.
    fn gap(&mut self, start: usize, out: &mut Vec<u8>) -> io::Result<()> {
        let mut from = self.last_end.unwrap_or(0);
        if self.last_end.is_some() && self.after_last == Some(' ') {
            from += 1;
        }
        if start > from {
            self.token(from, start, out)?;
        }
        Ok(())
    }
}

impl DocWriter for Spacy {
    fn chunk(&mut self, chunk: &Chunk, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.started {
            self.started = true;
            out.extend_from_slice(b"{\"tokens\":[");
        }
        let text = chunk.text.as_str();
        if self.after_last.is_none() {
            self.after_last = text.chars().next();
        }
        let base = chunk.offset;
        let mut cuts: Vec<usize> = chunk
            .annotation
            .spans
            .iter()
            .flat_map(|s| [s.start - base, s.end - base])
            .collect();
        cuts.sort_unstable();
        // Byte → character positions, walking the text once.
        let (mut at_byte, mut at_char) = (0, self.chars);
        for t in tokens(text, &cuts) {
            at_char += text[at_byte..t.start].chars().count();
            let start = at_char;
            at_char += text[t.start..t.end].chars().count();
            at_byte = t.end;
            self.gap(start, out)?;
            self.token(start, at_char, out)?;
            self.last_end = Some(at_char);
            self.after_last = text[t.end..].chars().next();
        }
        let char_of = |s: &nhan::Span| (s.start_char.unwrap_or(0), s.end_char.unwrap_or(0), s.kind);
        self.spans
            .extend(chunk.annotation.spans.iter().map(char_of));
        self.ents
            .extend(outer(&chunk.annotation.spans).into_iter().map(char_of));
        self.chars += text.chars().count();
        self.text.push_str(text);
        Ok(())
    }

    fn end(&mut self, error: Option<&str>, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.started {
            return Ok(());
        }
        self.gap(self.chars, out)?;
        out.extend_from_slice(b"],\"ents\":[");
        for (i, (s, e, kind)) in self.ents.iter().enumerate() {
            let comma = if i > 0 { "," } else { "" };
            write!(
                out,
                "{comma}{{\"start\":{s},\"end\":{e},\"label\":\"{kind}\"}}"
            )?;
        }
        out.extend_from_slice(b"],\"spans\":{\"nhan\":[");
        for (i, (s, e, kind)) in self.spans.iter().enumerate() {
            let comma = if i > 0 { "," } else { "" };
            write!(
                out,
                "{comma}{{\"start\":{s},\"end\":{e},\"label\":\"{kind}\",\"kb_id\":\"\"}}"
            )?;
        }
        out.extend_from_slice(b"]},\"user_data\":{\"doc\":");
        serde_json::to_writer(&mut *out, &self.name)?;
        if let Some(e) = error {
            out.extend_from_slice(b",\"error\":");
            serde_json::to_writer(&mut *out, e)?;
        }
        out.extend_from_slice(b"},\"text\":");
        serde_json::to_writer(&mut *out, &self.text)?;
        out.extend_from_slice(b"}\n");
        Ok(())
    }
}
