//! `pretty`: the text with its outer spans coloured by kind (or bracketed, without
//! colour), then the relations, for reading in a terminal.

use std::io::{self, Write};

use nhan::Kind;
use nhan::format::{Piece, Writer, outer};

use super::DocInfo;

pub struct Pretty {
    name: String,
    colour: bool,
    started: bool,
    at_line_start: bool,
    relations: Vec<String>,
}

impl Pretty {
    pub fn new(info: &DocInfo<'_>) -> Pretty {
        Pretty {
            name: info.name.to_owned(),
            colour: info.colour,
            started: false,
            at_line_start: true,
            relations: Vec::new(),
        }
    }

    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.started {
            self.started = true;
            if self.colour {
                writeln!(out, "\x1b[1m== {}\x1b[0m", self.name)?;
            } else {
                writeln!(out, "== {}", self.name)?;
            }
        }
        Ok(())
    }
}

fn colour(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "1;34",
        Kind::Title => "35",
        Kind::Rank | Kind::Honorific => "95",
        Kind::Organization => "32",
        Kind::Location => "36",
        Kind::Date => "33",
        Kind::Number => "37",
        Kind::Abbreviation | Kind::LongForm => "1;33",
        _ => "4",
    }
}

impl Writer for Pretty {
    fn piece(&mut self, piece: Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.start(out)?;
        let base = piece.offset;
        let text = piece.text;
        let mut at = 0;
        for span in outer(&piece.annotation.spans, |_| true) {
            let (s, e) = (span.start - base, span.end - base);
            out.write_all(&text.as_bytes()[at..s])?;
            if self.colour {
                write!(
                    out,
                    "\x1b[{}m{}\x1b[0m\x1b[2m/{}\x1b[0m",
                    colour(span.kind),
                    &text[s..e],
                    span.kind
                )?;
            } else {
                write!(out, "[{}]/{}", &text[s..e], span.kind)?;
            }
            at = e;
        }
        out.write_all(&text.as_bytes()[at..])?;
        self.at_line_start = text.ends_with('\n');
        let spans = &piece.annotation.spans;
        let first = spans.first().map_or(0, |s| s.id);
        for r in &piece.annotation.relations {
            let text = |id: usize| {
                let span = id.checked_sub(first).and_then(|i| spans.get(i));
                span.map_or("?", |s| s.text.as_str())
            };
            let kind = r.kind;
            self.relations
                .push(format!("{} —{kind}→ {}", text(r.head), text(r.tail)));
        }
        Ok(())
    }

    fn finish(&mut self, error: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
        if !self.started && error.is_some() {
            return Ok(());
        }
        self.start(out)?;
        if !self.at_line_start {
            out.write_all(b"\n")?;
        }
        for r in &self.relations {
            writeln!(out, "  {r}")?;
        }
        Ok(())
    }
}
