//! spaCy's JSON: one line per document that `spacy.tokens.Doc(vocab).from_json(...)` reads:
//! `tokens` (character offsets; white space other than the one space after a token is a
//! token, as spaCy's own tokenizer makes it), `ents` (the outer spans), every span in the
//! span group `spans["nhan"]` (in order: the group's index is the span's id), the document's
//! name and its writing in `user_data` (`writing` as in the guide's JSON, a mixed document's
//! parts in characters), and `text`. Tokens are written as each piece comes; the rest waits
//! for the end of the document, so the text of a document is held whole.

use std::io::{self, Write};

use crate::span::{Kind, Written, converted_ranges};

use super::json::push_string;
use super::{Document, Piece, Writer, outer_indices, tokens};

/// The spaCy writer of one document.
#[derive(Debug)]
pub struct Spacy {
    name: Option<String>,
    /// The label of each kind in `ents`; a kind without one is left out of them.
    labels: Vec<(Kind, String)>,
    key: String,
    started: bool,
    text: String,
    /// Characters in the pieces seen.
    chars: usize,
    /// Tokens written.
    count: usize,
    /// The end of the last word token, and the character after it when known.
    last_end: Option<usize>,
    after_last: Option<char>,
    /// (start, end, kind) in characters.
    spans: Vec<(usize, usize, Kind)>,
    ents: Vec<(usize, usize, Kind)>,
    /// Each piece's byte offset, length and writing.
    writing: Vec<(usize, usize, Written)>,
}

impl Spacy {
    /// A writer for `doc`: every kind in `ents` under its own name, the span group `nhan`.
    pub fn new(doc: &Document<'_>) -> Spacy {
        Spacy {
            name: doc.name.map(str::to_owned),
            labels: Kind::ALL.map(|k| (k, k.as_str().to_owned())).to_vec(),
            key: "nhan".to_owned(),
            started: false,
            text: String::new(),
            chars: 0,
            count: 0,
            last_end: None,
            after_last: None,
            spans: Vec::new(),
            ents: Vec::new(),
            writing: Vec::new(),
        }
    }

    /// Only these kinds are entities, with these labels (`person` → `PER`); the outer
    /// spans among them are `ents`.
    ///
    /// ```
    /// use nhan::format::{Piece, Writer, spacy::Spacy};
    /// use nhan::{Kind, format::Document};
    /// let input = "Chủ tịch UBND tỉnh Nguyễn Văn An";
    /// let a = nhan::Annotator::new().annotate(input);
    /// let mut w = Spacy::new(&Document::default()).labels([(Kind::Person, "PER"), (Kind::Organization, "ORG")]);
    /// let mut out = Vec::new();
    /// w.piece(Piece::whole(input, &a), &mut out)?;
    /// w.finish(None, &mut out)?;
    /// let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    /// let ents: Vec<&str> = doc["ents"].as_array().unwrap().iter().map(|e| e["label"].as_str().unwrap()).collect();
    /// assert_eq!(ents, ["ORG", "PER"]);
    /// // Every span is in the group, in order, under its kind.
    /// assert_eq!(doc["spans"]["nhan"].as_array().unwrap().len(), a.spans.len());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn labels<L: Into<String>>(mut self, labels: impl IntoIterator<Item = (Kind, L)>) -> Spacy {
        self.labels = labels.into_iter().map(|(k, l)| (k, l.into())).collect();
        self
    }

    /// The key of the span group that holds every span (default `nhan`).
    pub fn spans_key(mut self, key: impl Into<String>) -> Spacy {
        self.key = key.into();
        self
    }

    /// The document's writing, its parts (if it mixes) in characters as spaCy counts.
    fn written(&self) -> Written {
        let pieces = self.writing.iter().map(|(at, len, w)| (*at, *len, w));
        let mut w = Written::join(pieces);
        // The parts are in order and cover the text: one walk turns bytes into characters.
        let (mut byte, mut char) = (0, 0);
        let mut to_char = |b: usize| {
            let b = b.min(self.text.len());
            char += self.text.get(byte..b).map_or(0, |t| t.chars().count());
            byte = byte.max(b);
            char
        };
        for p in &mut w.parts {
            p.start = to_char(p.start);
            p.end = to_char(p.end);
        }
        w
    }

    fn label(&self, kind: Kind) -> Option<&str> {
        self.labels
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, l)| l.as_str())
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

    fn start(&mut self, out: &mut Vec<u8>) {
        if !self.started {
            self.started = true;
            out.extend_from_slice(b"{\"tokens\":[");
        }
    }
}

impl Writer for Spacy {
    fn piece(&mut self, piece: Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mut buf = Vec::new();
        self.start(&mut buf);
        let text = piece.text;
        if self.after_last.is_none() {
            self.after_last = text.chars().next();
        }
        let spans = &piece.annotation.spans;
        let mut cuts: Vec<usize> = spans
            .iter()
            .flat_map(|s| {
                let r = piece.local(s);
                [r.start, r.end]
            })
            .collect();
        cuts.sort_unstable();
        // Byte → character positions, walking the text once.
        let (mut at_byte, mut at_char) = (0, self.chars);
        for t in tokens(text, &cuts) {
            at_char += text[at_byte..t.start].chars().count();
            let start = at_char;
            at_char += text[t.start..t.end].chars().count();
            at_byte = t.end;
            self.gap(start, &mut buf)?;
            self.token(start, at_char, &mut buf)?;
            self.last_end = Some(at_char);
            self.after_last = text[t.end..].chars().next();
        }
        let chars = converted_ranges(spans, text, piece.offset, |_| 1);
        let base = self.chars;
        for (s, c) in spans.iter().zip(&chars) {
            self.spans.push((base + c.start, base + c.end, s.kind));
        }
        for i in outer_indices(spans, |s| self.label(s.kind).is_some()) {
            let c = &chars[i];
            self.ents
                .push((base + c.start, base + c.end, spans[i].kind));
        }
        self.chars += text.chars().count();
        self.text.push_str(text);
        self.writing
            .push((piece.offset, text.len(), piece.annotation.writing.clone()));
        out.write_all(&buf)
    }

    fn finish(&mut self, error: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
        if !self.started && error.is_some() {
            return Ok(());
        }
        let mut buf = Vec::new();
        self.start(&mut buf);
        self.gap(self.chars, &mut buf)?;
        buf.extend_from_slice(b"],\"ents\":[");
        for (i, (s, e, kind)) in self.ents.iter().enumerate() {
            let comma = if i > 0 { "," } else { "" };
            write!(buf, "{comma}{{\"start\":{s},\"end\":{e},\"label\":")?;
            push_string(&mut buf, self.label(*kind).unwrap_or(kind.as_str()));
            buf.push(b'}');
        }
        buf.extend_from_slice(b"],\"spans\":{");
        push_string(&mut buf, &self.key);
        buf.extend_from_slice(b":[");
        for (i, (s, e, kind)) in self.spans.iter().enumerate() {
            let comma = if i > 0 { "," } else { "" };
            write!(
                buf,
                "{comma}{{\"start\":{s},\"end\":{e},\"label\":\"{kind}\",\"kb_id\":\"\"}}"
            )?;
        }
        buf.extend_from_slice(b"]},\"user_data\":{");
        let mut fields = 0;
        let mut field = |buf: &mut Vec<u8>, key: &[u8]| {
            if fields > 0 {
                buf.push(b',');
            }
            fields += 1;
            buf.extend_from_slice(key);
        };
        if let Some(name) = &self.name {
            field(&mut buf, b"\"doc\":");
            push_string(&mut buf, name);
        }
        if !self.writing.is_empty() {
            field(&mut buf, b"\"writing\":");
            serde_json::to_writer(&mut buf, &self.written())?;
        }
        if let Some(e) = error {
            field(&mut buf, b"\"error\":");
            push_string(&mut buf, e);
        }
        buf.extend_from_slice(b"},\"text\":");
        push_string(&mut buf, &self.text);
        buf.extend_from_slice(b"}\n");
        out.write_all(&buf)
    }
}
