//! A small TSV reader that knows where every field came from.
//!
//! Lines are numbered as written in the file (1-based, counting comments and blank lines),
//! columns in characters (1-based). A byte-order mark and CRLF line ends are accepted.

use crate::error::{Error, Result};

/// One data row: its fields and the position of each.
#[derive(Debug)]
pub(crate) struct Row<'a> {
    pub(crate) line: usize,
    pub(crate) fields: Vec<&'a str>,
    raw: &'a str,
}

impl<'a> Row<'a> {
    /// The column (in characters, 1-based) where field `i` starts; 1 past the fields.
    fn column(&self, i: usize) -> usize {
        if i >= self.fields.len() {
            return 1;
        }
        1 + self.fields[..i]
            .iter()
            .map(|f| f.chars().count() + 1)
            .sum::<usize>()
    }

    /// An error about field `i` of this row.
    pub(crate) fn error(&self, source: &str, i: usize, message: impl Into<String>) -> Error {
        Error::Dictionary {
            source_name: source.to_owned(),
            line: self.line,
            column: self.column(i),
            message: message.into(),
            text: self.fields.get(i).copied().unwrap_or(self.raw).to_owned(),
        }
    }
}

/// The header (its fields) and the data rows of a TSV text.
pub(crate) struct Table<'a> {
    pub(crate) header: Vec<&'a str>,
    pub(crate) header_line: usize,
    pub(crate) rows: Vec<Row<'a>>,
}

/// Longest line accepted; longer ones are reported, not read.
pub(crate) const MAX_LINE: usize = 64 * 1024;

/// Splits `text` into a header and rows with exactly as many fields as the header.
pub(crate) fn read<'a>(source: &str, text: &'a str) -> Result<Table<'a>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut header: Option<(usize, Vec<&'a str>)> = None;
    let mut rows = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        let line_no = n + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.len() > MAX_LINE {
            return Err(Error::Dictionary {
                source_name: source.to_owned(),
                line: line_no,
                column: 1,
                message: format!(
                    "line is {} bytes long, longer than the limit of {MAX_LINE}",
                    line.len()
                ),
                text: line.chars().take(40).collect::<String>() + "…",
            });
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        match &header {
            None => header = Some((line_no, fields)),
            Some((_, h)) => {
                let row = Row {
                    line: line_no,
                    fields,
                    raw: line,
                };
                if row.fields.len() != h.len() {
                    let i = row.fields.len().min(h.len()).saturating_sub(1);
                    return Err(row.error(
                        source,
                        i,
                        format!(
                            "expected {} tab-separated fields, found {}",
                            h.len(),
                            row.fields.len()
                        ),
                    ));
                }
                for (i, f) in row.fields.iter().enumerate() {
                    if f.trim() != *f {
                        return Err(row.error(source, i, "field has spaces at its start or end"));
                    }
                }
                rows.push(row);
            }
        }
    }
    let Some((header_line, header)) = header else {
        return Err(Error::EmptyInput {
            source_name: source.to_owned(),
        });
    };
    Ok(Table {
        header,
        header_line,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_line_and_column() {
        let text = "# comment\na\tb\n\nx\ty\nonly\n";
        let err = read("t.tsv", text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            err,
            "t.tsv:5:1: expected 2 tab-separated fields, found 1: \"only\""
        );
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let t = read("t", "\u{FEFF}a\tb\r\nx\ty\r\n").ok();
        let t = t.as_ref();
        assert_eq!(t.map(|t| t.header.clone()), Some(vec!["a", "b"]));
        assert_eq!(t.map(|t| t.rows[0].fields.clone()), Some(vec!["x", "y"]));
        assert_eq!(t.map(|t| t.rows[0].line), Some(2));
    }

    #[test]
    fn empty_is_an_error() {
        assert!(matches!(
            read("e", "# nothing\n"),
            Err(Error::EmptyInput { .. })
        ));
    }
}
