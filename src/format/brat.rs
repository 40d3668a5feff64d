//! brat standoff: the `.ann` file of a document (`T` lines with character offsets, `R`
//! lines for relations, `#` `AnnotatorNotes` with the attributes), to be put beside a copy
//! of its text (`NAME.txt`) and one [`config`] (`annotation.conf`) for the collection. A
//! span over a line break is written as fragments, as brat wants.

use std::io::{self, Write};

use crate::span::{Kind, Relation, RelationKind, converted_ranges};

use super::{Piece, Writer, notes};

/// The `annotation.conf` that tells brat the kinds and relations.
///
/// ```
/// let conf = nhan::format::brat::config();
/// assert!(conf.contains("\nperson\n") && conf.contains("has_title\tArg1:person, Arg2:title\n"));
/// ```
pub fn config() -> String {
    let mut conf = String::from("[entities]\n");
    for k in Kind::ALL {
        conf.push_str(k.as_str());
        conf.push('\n');
    }
    conf.push_str("[relations]\n");
    for r in RelationKind::ALL {
        let (head, tail) = r.joins();
        conf.push_str(&format!("{r}\tArg1:{head}, Arg2:{tail}\n"));
    }
    conf.push_str(
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\
         [events]\n\
         [attributes]\n",
    );
    conf
}

/// The brat writer of one document's `.ann`.
#[derive(Debug, Default)]
pub struct Brat {
    relations: Vec<Relation>,
    notes: usize,
    /// Characters in the pieces written.
    chars: usize,
}

impl Brat {
    /// A writer for one document.
    pub fn new() -> Brat {
        Brat::default()
    }
}

impl Writer for Brat {
    fn piece(&mut self, piece: Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        let spans = &piece.annotation.spans;
        let chars = converted_ranges(spans, piece.text, piece.offset, |_| 1);
        let mut buf = Vec::new();
        for (span, range) in spans.iter().zip(chars) {
            let start = self.chars + range.start;
            let end = self.chars + range.end;
            let text = &piece.text[piece.local(span)];
            // Fragments: brat wants no line break inside one.
            let mut fragments = Vec::new();
            let mut from = start;
            for (i, c) in text.chars().enumerate() {
                if c == '\n' || c == '\r' {
                    if from < start + i {
                        fragments.push(format!("{from} {}", start + i));
                    }
                    from = start + i + 1;
                }
            }
            if from < end {
                fragments.push(format!("{from} {end}"));
            }
            let flat = text.replace(['\n', '\r'], " ");
            let id = span.id + 1;
            writeln!(buf, "T{id}\t{} {}\t{flat}", span.kind, fragments.join(";"))?;
            let notes: Vec<String> = notes(span).map(|(k, v)| format!("{k}={v}")).collect();
            if !notes.is_empty() {
                self.notes += 1;
                let notes = notes.join("; ").replace(['\n', '\r', '\t'], " ");
                writeln!(buf, "#{}\tAnnotatorNotes T{id}\t{notes}", self.notes)?;
            }
        }
        self.chars += piece.text.chars().count();
        self.relations
            .extend_from_slice(&piece.annotation.relations);
        out.write_all(&buf)
    }

    fn finish(&mut self, _error: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
        let mut buf = Vec::new();
        for (i, r) in self.relations.iter().enumerate() {
            let (head, tail) = (r.head + 1, r.tail + 1);
            writeln!(buf, "R{}\t{} Arg1:T{head} Arg2:T{tail}", i + 1, r.kind)?;
        }
        out.write_all(&buf)
    }
}
