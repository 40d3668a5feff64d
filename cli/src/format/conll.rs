//! `conll`: IOB2, one token per line (`token`, byte start, byte end, tag), a blank line at
//! each line break of the text, `# doc = NAME` before each document. Outer spans only.

use std::io::{self, Write};

use nhan::stream::Chunk;

use super::{DocInfo, DocWriter, outer, tokens};

pub struct Conll {
    name: String,
    started: bool,
    /// Whether the last line written was a token (a blank line is due at a line break).
    in_sentence: bool,
}

impl Conll {
    pub fn new(info: &DocInfo<'_>) -> Conll {
        Conll {
            name: info.name.to_owned(),
            started: false,
            in_sentence: false,
        }
    }

    fn start(&mut self, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.started {
            self.started = true;
            writeln!(out, "# doc = {}", self.name)?;
        }
        Ok(())
    }
}

impl DocWriter for Conll {
    fn chunk(&mut self, chunk: &Chunk, out: &mut Vec<u8>) -> io::Result<()> {
        self.start(out)?;
        let base = chunk.offset;
        let spans = outer(&chunk.annotation.spans);
        let mut cuts: Vec<usize> = spans
            .iter()
            .flat_map(|s| [s.start - base, s.end - base])
            .collect();
        cuts.sort_unstable();
        let text = chunk.text.as_str();
        let mut span = spans.iter().peekable();
        let mut last_end = 0;
        for t in tokens(text, &cuts) {
            if self.in_sentence && text[last_end..t.start].contains('\n') {
                out.push(b'\n');
            }
            last_end = t.end;
            let (start, end) = (base + t.start, base + t.end);
            while span.next_if(|s| s.end <= start).is_some() {}
            let tag = match span.peek() {
                Some(s) if s.start == start => format!("B-{}", s.kind),
                Some(s) if s.start < start && end <= s.end => format!("I-{}", s.kind),
                _ => "O".to_owned(),
            };
            writeln!(out, "{}\t{start}\t{end}\t{tag}", &text[t])?;
            self.in_sentence = true;
        }
        if self.in_sentence && text[last_end..].contains('\n') {
            out.push(b'\n');
            self.in_sentence = false;
        }
        Ok(())
    }

    fn end(&mut self, error: Option<&str>, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.started && error.is_some() {
            return Ok(());
        }
        self.start(out)?;
        if self.in_sentence {
            out.push(b'\n');
        }
        Ok(())
    }
}
