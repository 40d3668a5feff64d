//! `spacy`: one JSON line per document that spaCy's `Doc.from_json` reads: `text`,
//! `tokens` (character offsets; white space other than one space after a token is a token,
//! as spaCy's own tokenizer makes it), `ents` (the outer spans) and every span in the span
//! group `spans["nhan"]`. spaCy needs the whole text, so a document is held in memory.

use std::io;

use nhan::stream::Chunk;
use serde_json::{Value, json};

use super::{DocInfo, DocWriter, outer, tokens};

pub struct Spacy {
    name: String,
    text: String,
    chars: usize,
    /// Word tokens, in characters.
    words: Vec<(usize, usize)>,
    ents: Vec<Value>,
    spans: Vec<Value>,
}

impl Spacy {
    pub fn new(info: &DocInfo<'_>) -> Spacy {
        Spacy {
            name: info.name.to_owned(),
            text: String::new(),
            chars: 0,
            words: Vec::new(),
            ents: Vec::new(),
            spans: Vec::new(),
        }
    }

    /// The tokens of the whole text: the words, and between them the white space that is
    /// not the one space a word takes after it (spaCy's `get_words_and_spaces`).
    fn all_tokens(&self) -> Vec<Value> {
        let mut out = Vec::new();
        let mut chars = self.text.chars();
        let mut at = 0;
        let mut last_end: Option<usize> = None;
        let mut push = |s: usize, e: usize| {
            let id = out.len();
            out.push(json!({"id": id, "start": s, "end": e}));
        };
        let words = self.words.iter().copied().chain([(self.chars, self.chars)]);
        for (s, e) in words {
            let mut gap_start = last_end.unwrap_or(0);
            if s > gap_start {
                // The gap's first character, reached by walking on from `at`.
                let first = chars.nth(gap_start - at);
                at = gap_start + 1;
                if first == Some(' ') && last_end.is_some() {
                    gap_start += 1;
                }
                if s > gap_start {
                    push(gap_start, s);
                }
            }
            if e > s {
                push(s, e);
            }
            last_end = Some(e);
        }
        out
    }
}

impl DocWriter for Spacy {
    fn chunk(&mut self, chunk: &Chunk, _out: &mut Vec<u8>) -> io::Result<()> {
        let base = chunk.offset;
        let outer_spans = outer(&chunk.annotation.spans);
        let mut cuts: Vec<usize> = chunk
            .annotation
            .spans
            .iter()
            .flat_map(|s| [s.start - base, s.end - base])
            .collect();
        cuts.sort_unstable();
        let text = chunk.text.as_str();
        // Byte → character positions, walking the text once.
        let mut at_byte = 0;
        let mut at_char = self.chars;
        for t in tokens(text, &cuts) {
            at_char += text[at_byte..t.start].chars().count();
            let start = at_char;
            at_char += text[t.start..t.end].chars().count();
            at_byte = t.end;
            self.words.push((start, at_char));
        }
        for span in &chunk.annotation.spans {
            let (s, e) = (span.start_char.unwrap_or(0), span.end_char.unwrap_or(0));
            self.spans
                .push(json!({"start": s, "end": e, "label": span.kind.as_str(), "kb_id": ""}));
        }
        for span in outer_spans {
            let (s, e) = (span.start_char.unwrap_or(0), span.end_char.unwrap_or(0));
            self.ents
                .push(json!({"start": s, "end": e, "label": span.kind.as_str()}));
        }
        self.chars += text.chars().count();
        self.text.push_str(text);
        Ok(())
    }

    fn end(&mut self, error: Option<&str>, out: &mut Vec<u8>) -> io::Result<()> {
        if error.is_some() {
            return Ok(());
        }
        let tokens = self.all_tokens();
        let doc = json!({
            "text": std::mem::take(&mut self.text),
            "tokens": tokens,
            "ents": std::mem::take(&mut self.ents),
            "spans": {"nhan": std::mem::take(&mut self.spans)},
            "user_data": {"doc": self.name},
        });
        serde_json::to_writer(&mut *out, &doc)?;
        out.push(b'\n');
        Ok(())
    }
}
