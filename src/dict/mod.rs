//! Dictionaries: abbreviations with their expansions, and a lexicon of names, offices,
//! ranks, honorifics and places.
//!
//! Both are UTF-8 TSV files with `#` comments and a header row; `dictionaries/README.md`
//! documents the columns. The built-in data ([`Dictionary::builtin`]) is parsed by the same
//! [`Dictionary::parse`] that reads a user's file.
//!
//! ```
//! use nhan::dict::Dictionary;
//!
//! let tsv = "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n\
//!            BQL\tBan Quản lý\torganization\tgovernment\tyes\t\t\n";
//! let d = Dictionary::parse("mine.tsv", tsv).unwrap();
//! assert_eq!(d.senses()[0].expansion, "Ban Quản lý");
//!
//! let bad = "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\nBQL\tBan\n";
//! let err = Dictionary::parse("mine.tsv", bad).unwrap_err().to_string();
//! assert!(err.starts_with("mine.tsv:2:5: expected 7 tab-separated fields"));
//! ```

mod builtin;
mod kind;
mod tsv;
mod typed;

pub(crate) use kind::Members;
pub use kind::{KindSet, LexKind};
pub use typed::{Complement, Domain, Entity, Force, Info, Level, Ranks, Tier};

use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use std::hash::BuildHasher;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::normalize::Normalizer;

/// Header of an abbreviation dictionary.
pub const ABBREVIATION_HEADER: [&str; 7] = [
    "abbreviation",
    "expansion",
    "entity",
    "domain",
    "long_form",
    "cues",
    "variants",
];
/// Header of a lexicon.
pub const LEXICON_HEADER: [&str; 4] = ["form", "kind", "canonical", "info"];

/// One reading of an abbreviation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sense {
    /// Canonical written form: `UBND`, `KT-XH`.
    pub abbreviation: String,
    /// What it stands for here: `Ủy ban nhân dân`.
    pub expansion: String,
    /// What it names: `organization`, `concept`, `document`, ...
    pub entity: Entity,
    /// Field: `government`, `party`, `security`, ...
    pub domain: Domain,
    /// Whether the written-out expansion is reported as a `long_form` span.
    pub long_form: bool,
    /// Lower-case words whose presence nearby selects this reading.
    pub cues: Vec<String>,
    /// Extra written forms beyond the generated ones.
    pub variants: Vec<String>,
    /// Where the sense was read: source name and line.
    pub origin: Origin,
    layer: u32,
}

impl Sense {
    /// The layer the sense came in with (0 for the first dictionary, one more for each
    /// [`Dictionary::extend`]).
    pub(crate) fn layer(&self) -> u32 {
        self.layer
    }
}

/// Where an entry was read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    /// The source name given to the parser (shared by the entries of one file).
    pub source: Arc<str>,
    /// The line as written in the file (1-based).
    pub line: usize,
}

/// What identifies a lexicon entry: form, kind and info.
type LexKey = (String, LexKind, Info);

/// One lexicon row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexEntry {
    /// The written form.
    pub form: String,
    /// What it is.
    pub kind: LexKind,
    /// The form to report (the written form when the file leaves it empty).
    pub canonical: String,
    /// The `info` column, typed.
    pub info: Info,
    /// Where the entry was read.
    pub origin: Origin,
}

/// Abbreviation senses and lexicon entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dictionary {
    senses: Vec<Sense>,
    entries: Vec<LexEntry>,
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Self {
        Self::default()
    }

    /// The built-in data, parsed once per process.
    pub fn builtin() -> &'static Dictionary {
        &builtin::BUILTIN
    }

    /// Parses an abbreviation dictionary, a lexicon or a word list; the header row says
    /// which. A word list has one column, and its header is the kind of every row
    /// (`syllable`, `given_name`, `saying`, ...).
    pub fn parse(source_name: &str, text: &str) -> Result<Dictionary> {
        let table = tsv::read(source_name, text)?;
        let list_kind = match table.header[..] {
            [kind] => LexKind::parse(kind).filter(|&k| k != LexKind::Level),
            _ => None,
        };
        if table.header == ABBREVIATION_HEADER {
            parse_abbreviations(source_name, &table)
        } else if table.header == LEXICON_HEADER {
            parse_lexicon(source_name, &table)
        } else if let Some(kind) = list_kind {
            Ok(parse_list(source_name, &table, kind))
        } else {
            Err(Error::Dictionary {
                source_name: source_name.to_owned(),
                line: table.header_line,
                column: 1,
                message: format!(
                    "unknown header; expected {:?}, {:?} or one kind (a word list)",
                    ABBREVIATION_HEADER.join("\t"),
                    LEXICON_HEADER.join("\t")
                ),
                text: table.header.join("\t"),
            })
        }
    }

    /// Reads and parses a file.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Dictionary> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let name = path.display().to_string();
        Self::parse(&name, utf8(&name, &bytes)?)
    }

    /// Reads and parses everything from `reader`.
    pub fn from_reader(source_name: &str, mut reader: impl Read) -> Result<Dictionary> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
            path: source_name.into(),
            source,
        })?;
        Self::parse(source_name, utf8(source_name, &bytes)?)
    }

    /// The abbreviation senses, in file order.
    pub fn senses(&self) -> &[Sense] {
        &self.senses
    }

    /// The lexicon entries, in file order.
    pub fn entries(&self) -> &[LexEntry] {
        &self.entries
    }

    /// Number of senses and entries.
    pub fn len(&self) -> usize {
        self.senses.len() + self.entries.len()
    }

    /// True when there is nothing in it.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds `other` on top of `self`: a sense with the same abbreviation and expansion
    /// replaces the old one; a new expansion of a known abbreviation is preferred to the
    /// older ones; a lexicon entry with the same form, kind and info replaces the old one.
    pub fn extend(&mut self, other: Dictionary) {
        let layer = self
            .senses
            .iter()
            .map(|s| s.layer)
            .max()
            .map_or(0, |l| l + 1);
        let incoming: FxHashSet<(&str, &str)> = other
            .senses
            .iter()
            .map(|s| (s.abbreviation.as_str(), s.expansion.as_str()))
            .collect();
        self.senses
            .retain(|s| !incoming.contains(&(s.abbreviation.as_str(), s.expansion.as_str())));
        drop(incoming);
        self.senses
            .extend(other.senses.into_iter().map(|s| Sense { layer, ..s }));
        let mut lex: FxHashMap<LexKey, usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.form.clone(), e.kind, e.info.clone()), i))
            .collect();
        for e in other.entries {
            let key = (e.form.clone(), e.kind, e.info.clone());
            match lex.get(&key) {
                Some(&i) => self.entries[i] = e,
                None => {
                    lex.insert(key, self.entries.len());
                    self.entries.push(e);
                }
            }
        }
    }

    /// The senses of each abbreviation, most preferred first: later layers (user
    /// dictionaries) before earlier ones, then file order.
    #[cfg(test)]
    pub(crate) fn senses_ranked(&self) -> Vec<&Sense> {
        let mut v: Vec<(usize, &Sense)> = self.senses.iter().enumerate().collect();
        v.sort_by_key(|(i, s)| (std::cmp::Reverse(s.layer), *i));
        v.into_iter().map(|(_, s)| s).collect()
    }
}

fn utf8<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        source_name: name.to_owned(),
        offset: e.valid_up_to(),
    })
}

/// NFC and glide-style tones, so entries written either way compare equal.
fn clean(field: &str) -> String {
    Normalizer::new().normalize_text(field)
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

fn split_list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(clean)
        .collect()
}

/// A word list: one form a row, all of `kind`, no canonical or info. Repeated forms are
/// read once.
fn parse_list(source: &str, table: &tsv::Table<'_>, kind: LexKind) -> Dictionary {
    let origin_source: Arc<str> = source.into();
    let mut entries: Vec<LexEntry> = Vec::with_capacity(table.rows.len());
    let mut seen: FxHashSet<String> = FxHashSet::default();
    for row in &table.rows {
        let form = clean(row.fields[0]);
        if !seen.insert(form.clone()) {
            continue;
        }
        entries.push(LexEntry {
            canonical: form.clone(),
            form,
            kind,
            info: Info::default(),
            origin: Origin {
                source: origin_source.clone(),
                line: row.line,
            },
        });
    }
    Dictionary {
        senses: Vec::new(),
        entries,
    }
}

fn parse_abbreviations(source: &str, table: &tsv::Table<'_>) -> Result<Dictionary> {
    let origin_source: Arc<str> = source.into();
    let mut senses: Vec<Sense> = Vec::with_capacity(table.rows.len());
    let mut seen: FxHashMap<(String, String), usize> = FxHashMap::default();
    for row in &table.rows {
        let f = &row.fields;
        for (i, name) in ABBREVIATION_HEADER.iter().enumerate().take(5) {
            if f[i].is_empty() {
                return Err(row.error(source, i, format!("the {name} field is empty")));
            }
        }
        let Some(entity) = Entity::parse(f[2]) else {
            return Err(row.error(
                source,
                2,
                format!("unknown entity; expected one of {}", Entity::expected()),
            ));
        };
        let Some(domain) = Domain::parse(f[3]) else {
            return Err(row.error(
                source,
                3,
                format!("unknown domain; expected one of {}", Domain::expected()),
            ));
        };
        let long_form = match f[4] {
            "yes" => true,
            "no" => false,
            _ => return Err(row.error(source, 4, "expected yes or no")),
        };
        let sense = Sense {
            abbreviation: clean(f[0]),
            expansion: clean(f[1]),
            entity,
            domain,
            long_form,
            cues: split_list(&f[5].to_lowercase()),
            variants: split_list(f[6]),
            origin: Origin {
                source: origin_source.clone(),
                line: row.line,
            },
            layer: 0,
        };
        let key = (sense.abbreviation.clone(), sense.expansion.clone());
        if let Some(&j) = seen.get(&key) {
            let first = &senses[j];
            if *first
                == (Sense {
                    origin: first.origin.clone(),
                    ..sense.clone()
                })
            {
                continue;
            }
            return Err(Error::Conflict {
                source_name: source.to_owned(),
                line: row.line,
                first_line: first.origin.line,
                key: format!("{} = {}", key.0, key.1),
                message: "same abbreviation and expansion with different entity, domain, long_form, cues or variants".into(),
            });
        }
        seen.insert(key, senses.len());
        senses.push(sense);
    }
    Ok(Dictionary {
        senses,
        entries: Vec::new(),
    })
}

fn parse_lexicon(source: &str, table: &tsv::Table<'_>) -> Result<Dictionary> {
    let origin_source: Arc<str> = source.into();
    let mut entries: Vec<LexEntry> = Vec::with_capacity(table.rows.len());
    // Entries by a hash of form and kind (the first with it; `same` links the others),
    // to find a repeated row without a copy of each key.
    let mut seen: FxHashMap<u64, u32> = FxHashMap::default();
    seen.reserve(table.rows.len());
    let mut same: Vec<u32> = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let f = &row.fields;
        if f[0].is_empty() {
            return Err(row.error(source, 0, "the form field is empty"));
        }
        let Some(kind) = LexKind::parse(f[1]) else {
            let names: Vec<&str> = LexKind::ALL.iter().map(|k| k.as_str()).collect();
            let message = format!("unknown kind; expected one of {}", names.join(", "));
            return Err(row.error(source, 1, message));
        };
        let info = parse_info_field(source, row, kind)?;
        let form = clean(f[0]);
        let canonical = if f[2].is_empty() {
            form.clone()
        } else {
            clean(f[2])
        };
        let hash = FxBuildHasher.hash_one((form.as_str(), kind));
        let first = *seen.entry(hash).or_insert(entries.len() as u32);
        let mut j = first as usize;
        while j < entries.len() {
            let e = &entries[j];
            if e.form == form && e.kind == kind && e.info == info {
                break;
            }
            j = same[j] as usize;
        }
        if let Some(e) = entries.get(j) {
            if e.canonical == canonical {
                continue;
            }
            return Err(Error::Conflict {
                source_name: source.to_owned(),
                line: row.line,
                first_line: e.origin.line,
                key: form,
                message: format!("canonical {:?} differs from {:?}", canonical, e.canonical),
            });
        }
        // Link the new entry in after the first with its hash.
        let i = entries.len() as u32;
        if first != i {
            same.push(same[first as usize]);
            same[first as usize] = i;
        } else {
            same.push(u32::MAX);
        }
        entries.push(LexEntry {
            form,
            kind,
            canonical,
            info,
            origin: Origin {
                source: origin_source.clone(),
                line: row.line,
            },
        });
    }
    Ok(Dictionary {
        senses: Vec::new(),
        entries,
    })
}

/// The `info` column of a lexicon row of `kind`, typed: `key=value` pairs separated by
/// `;`, each key once; a level entry needs `level=`.
fn parse_info_field(source: &str, row: &tsv::Row<'_>, kind: LexKind) -> Result<Info> {
    let f = &row.fields;
    let mut info = Info::default();
    let mut keys: Vec<&str> = Vec::new();
    for part in f[3].split(';').filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some((k, _)) if keys.contains(&k) => {
                return Err(row.error(source, 3, format!("info key {k:?} given twice")));
            }
            Some((k, v)) if is_identifier(k) && !v.is_empty() => {
                if let Err(message) = typed::parse_info(&mut info, f[1], k, &clean(v)) {
                    return Err(row.error(source, 3, message));
                }
                keys.push(k);
            }
            _ => {
                let message = format!("expected key=value, found {part:?}");
                return Err(row.error(source, 3, message));
            }
        }
    }
    if kind == LexKind::Level && info.level.is_none() {
        return Err(row.error(
            source,
            3,
            format!("a level entry needs level=, one of {}", Level::expected()),
        ));
    }
    Ok(info)
}

#[cfg(test)]
mod tests;
