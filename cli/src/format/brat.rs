//! `brat`: for each document, `NAME.txt` (the text the offsets count in) and `NAME.ann`
//! (`T` lines with character offsets, `R` lines for relations, `#` notes with the
//! attributes) in the output directory, and one `annotation.conf` for the kinds.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Mutex;

use nhan::Relation;
use nhan::stream::Chunk;

use super::{DocInfo, DocWriter, attributes};

/// Writes `annotation.conf` so that brat knows the kinds and relations.
pub fn write_config(dir: &Path) -> io::Result<()> {
    let mut conf = String::from("[entities]\n");
    for k in nhan::Kind::ALL {
        conf.push_str(k.as_str());
        conf.push('\n');
    }
    conf.push_str(
        "[relations]\n\
         has_title\tArg1:person, Arg2:title\n\
         has_rank\tArg1:person, Arg2:rank\n\
         defines\tArg1:long_form, Arg2:abbreviation\n\
         same_as\tArg1:person, Arg2:person\n\
         <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\
         [events]\n\
         [attributes]\n",
    );
    std::fs::write(dir.join("annotation.conf"), conf)
}

/// A file name for a document: its path with separators and odd characters replaced.
pub fn file_stem(doc: &str) -> String {
    let doc = doc.strip_suffix(".txt").unwrap_or(doc);
    let doc = if doc == "-" { "stdin" } else { doc };
    let stem: String = doc
        .trim_start_matches(['/', '.'])
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' => '_',
            c if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') => c,
            _ => '_',
        })
        .collect();
    if stem.is_empty() {
        "doc".to_owned()
    } else {
        stem
    }
}

/// `stem`, or `stem-2`, `stem-3`, ... when an earlier document of the run took it.
fn unique(stem: String) -> String {
    static TAKEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    let mut taken = TAKEN.lock().unwrap_or_else(|p| p.into_inner());
    let taken = taken.get_or_insert_with(HashSet::new);
    let mut name = stem.clone();
    let mut n = 1;
    while !taken.insert(name.clone()) {
        n += 1;
        name = format!("{stem}-{n}");
    }
    name
}

pub struct Brat {
    txt: BufWriter<File>,
    ann: BufWriter<File>,
    relations: Vec<Relation>,
    notes: usize,
}

impl Brat {
    pub fn new(info: &DocInfo<'_>) -> io::Result<Brat> {
        let dir = info.output.unwrap_or(Path::new("."));
        let stem = unique(file_stem(info.name));
        let create =
            |ext: &str| File::create(dir.join(format!("{stem}.{ext}"))).map(BufWriter::new);
        Ok(Brat {
            txt: create("txt")?,
            ann: create("ann")?,
            relations: Vec::new(),
            notes: 0,
        })
    }
}

impl DocWriter for Brat {
    fn chunk(&mut self, chunk: &Chunk, _out: &mut Vec<u8>) -> io::Result<()> {
        self.txt.write_all(chunk.text.as_bytes())?;
        for span in &chunk.annotation.spans {
            let start = span.start_char.unwrap_or_default();
            // Fragments: brat wants no line break inside one.
            let mut fragments = Vec::new();
            let mut from = start;
            for (i, c) in span.text.chars().enumerate() {
                if c == '\n' || c == '\r' {
                    if from < start + i {
                        fragments.push(format!("{from} {}", start + i));
                    }
                    from = start + i + 1;
                }
            }
            let end = span.end_char.unwrap_or_default();
            if from < end {
                fragments.push(format!("{from} {end}"));
            }
            let text = span.text.replace(['\n', '\r'], " ");
            let id = span.id + 1;
            writeln!(
                self.ann,
                "T{id}\t{} {}\t{text}",
                span.kind,
                fragments.join(";")
            )?;
            let notes: Vec<String> = attributes(span)
                .into_iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            if !notes.is_empty() {
                self.notes += 1;
                let notes = notes.join("; ").replace(['\n', '\r', '\t'], " ");
                writeln!(self.ann, "#{}\tAnnotatorNotes T{id}\t{notes}", self.notes)?;
            }
        }
        self.relations
            .extend_from_slice(&chunk.annotation.relations);
        Ok(())
    }

    fn end(&mut self, _error: Option<&str>, _out: &mut Vec<u8>) -> io::Result<()> {
        for (i, r) in self.relations.iter().enumerate() {
            let kind = serde_json::to_value(r.kind)?;
            let kind = kind.as_str().unwrap_or("related");
            let (head, tail) = (r.head + 1, r.tail + 1);
            writeln!(self.ann, "R{}\t{kind} Arg1:T{head} Arg2:T{tail}", i + 1)?;
        }
        self.txt.flush()?;
        self.ann.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_made_unique_and_safe() {
        assert_eq!(file_stem("/data/x/a.txt"), "data_x_a");
        assert_eq!(file_stem("-"), "stdin");
        assert_eq!(file_stem("corpus.jsonl:12"), "corpus.jsonl_12");
        assert_eq!(unique("u-test".into()), "u-test");
        assert_eq!(unique("u-test".into()), "u-test-2");
        assert_eq!(unique("u-test".into()), "u-test-3");
    }
}
