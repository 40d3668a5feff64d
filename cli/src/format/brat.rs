//! `brat`: for each document, `NAME.txt` (the text the offsets count in) and `NAME.ann`
//! (written by [`nhan::format::brat`]) in the output directory, and one `annotation.conf`.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Mutex;

use nhan::format::brat::Brat;
use nhan::format::{Piece, Writer};

use super::DocInfo;

/// Writes `annotation.conf` so that brat knows the kinds and relations.
pub fn write_config(dir: &Path) -> io::Result<()> {
    std::fs::write(dir.join("annotation.conf"), nhan::format::brat::config())
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

pub struct BratFiles {
    txt: BufWriter<File>,
    ann: BufWriter<File>,
    brat: Brat,
}

impl BratFiles {
    pub fn new(info: &DocInfo<'_>) -> io::Result<BratFiles> {
        let dir = info.output.unwrap_or(Path::new("."));
        let stem = unique(file_stem(info.name));
        let create =
            |ext: &str| File::create(dir.join(format!("{stem}.{ext}"))).map(BufWriter::new);
        Ok(BratFiles {
            txt: create("txt")?,
            ann: create("ann")?,
            brat: Brat::new(),
        })
    }
}

/// Writes to the two files; nothing goes to the run's output.
impl Writer for BratFiles {
    fn piece(&mut self, piece: Piece<'_>, _out: &mut dyn Write) -> io::Result<()> {
        self.txt.write_all(piece.text.as_bytes())?;
        self.brat.piece(piece, &mut self.ann)
    }

    fn finish(&mut self, error: Option<&str>, _out: &mut dyn Write) -> io::Result<()> {
        self.brat.finish(error, &mut self.ann)?;
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
