//! CoNLL IOB2: one token per line (`token`, byte start, byte end, tag, tab-separated), a
//! blank line at each line break of the text, `# doc = NAME` first when the document has a
//! name. Outer spans only. Tokens are [`tokens`](super::tokens()) with a cut at every span
//! boundary.

use std::io::{self, Write};

use super::{Document, Piece, Writer, outer, tokens};

/// The CoNLL writer of one document.
#[derive(Debug)]
pub struct Conll {
    name: Option<String>,
    started: bool,
    /// Whether the last line written was a token (a blank line is due at a line break).
    in_sentence: bool,
}

impl Conll {
    /// A writer for `doc`.
    pub fn new(doc: &Document<'_>) -> Conll {
        Conll {
            name: doc.name.map(str::to_owned),
            started: false,
            in_sentence: false,
        }
    }

    fn start(&mut self, out: &mut Vec<u8>) {
        if !self.started {
            self.started = true;
            if let Some(name) = &self.name {
                // A line break in a name would end the comment.
                let name = name.replace(['\n', '\r'], " ");
                out.extend_from_slice(format!("# doc = {name}\n").as_bytes());
            }
        }
    }
}

impl Writer for Conll {
    fn piece(&mut self, piece: Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mut buf = Vec::new();
        self.start(&mut buf);
        let base = piece.offset;
        let spans = outer(&piece.annotation.spans, |_| true);
        let mut cuts: Vec<usize> = spans
            .iter()
            .flat_map(|s| [s.start - base, s.end - base])
            .collect();
        cuts.sort_unstable();
        let text = piece.text;
        let mut span = spans.iter().peekable();
        let mut last_end = 0;
        for t in tokens(text, &cuts) {
            if self.in_sentence && text[last_end..t.start].contains('\n') {
                buf.push(b'\n');
            }
            last_end = t.end;
            let (start, end) = (base + t.start, base + t.end);
            while span.next_if(|s| s.end <= start).is_some() {}
            let tag = match span.peek() {
                Some(s) if s.start == start => format!("B-{}", s.kind),
                Some(s) if s.start < start && end <= s.end => format!("I-{}", s.kind),
                _ => "O".to_owned(),
            };
            writeln!(buf, "{}\t{start}\t{end}\t{tag}", &text[t])?;
            self.in_sentence = true;
        }
        if self.in_sentence && text[last_end..].contains('\n') {
            buf.push(b'\n');
            self.in_sentence = false;
        }
        out.write_all(&buf)
    }

    fn finish(&mut self, error: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
        if !self.started && error.is_some() {
            return Ok(());
        }
        let mut buf = Vec::new();
        self.start(&mut buf);
        if self.in_sentence {
            buf.push(b'\n');
        }
        out.write_all(&buf)
    }
}
