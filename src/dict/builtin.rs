//! The built-in dictionaries, embedded in the binary and parsed once.

use std::sync::LazyLock;

use super::Dictionary;

/// Each built-in file with the name errors report.
pub(crate) const FILES: &[(&str, &str)] = &[
    (
        "dictionaries/abbreviations.tsv",
        include_str!("../../dictionaries/abbreviations.tsv"),
    ),
    (
        "dictionaries/offices.tsv",
        include_str!("../../dictionaries/offices.tsv"),
    ),
    (
        "dictionaries/ranks.tsv",
        include_str!("../../dictionaries/ranks.tsv"),
    ),
    (
        "dictionaries/honorifics.tsv",
        include_str!("../../dictionaries/honorifics.tsv"),
    ),
    (
        "dictionaries/surnames.tsv",
        include_str!("../../dictionaries/surnames.tsv"),
    ),
    (
        "dictionaries/stopnames.tsv",
        include_str!("../../dictionaries/stopnames.tsv"),
    ),
    (
        "dictionaries/places.tsv",
        include_str!("../../dictionaries/places.tsv"),
    ),
    (
        "dictionaries/countries.tsv",
        include_str!("../../dictionaries/countries.tsv"),
    ),
];

/// The built-in data. A parse error here is a bug in the shipped files, caught by the
/// test `builtin_dictionaries_parse`; at run time such a file is skipped, not a panic.
pub(crate) static BUILTIN: LazyLock<Dictionary> = LazyLock::new(|| {
    let mut d = Dictionary::new();
    for &(name, text) in FILES {
        if let Ok(part) = Dictionary::parse(name, text) {
            d.senses.extend(part.senses);
            d.entries.extend(part.entries);
        }
    }
    d
});
