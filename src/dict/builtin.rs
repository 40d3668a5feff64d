//! The built-in dictionaries, embedded in the binary and parsed once.

use std::sync::LazyLock;

use super::Dictionary;

/// Each built-in file with the name errors report, in the order they are laid: the
/// abbreviations, the lexicon, the word lists, the former communes.
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
    (
        "dictionaries/bodies.tsv",
        include_str!("../../dictionaries/bodies.tsv"),
    ),
    (
        "dictionaries/words.tsv",
        include_str!("../../dictionaries/words.tsv"),
    ),
    (
        "dictionaries/given_names.tsv",
        include_str!("../../dictionaries/given_names.tsv"),
    ),
    (
        "dictionaries/foreign_names.tsv",
        include_str!("../../dictionaries/foreign_names.tsv"),
    ),
    (
        "dictionaries/common_words.tsv",
        include_str!("../../dictionaries/common_words.tsv"),
    ),
    (
        "dictionaries/syllables.tsv",
        include_str!("../../dictionaries/syllables.tsv"),
    ),
    (
        "dictionaries/former_communes.tsv",
        include_str!("../../dictionaries/former_communes.tsv"),
    ),
];

/// Every built-in file, parsed and laid one after the other.
pub(crate) fn parse() -> crate::Result<Dictionary> {
    let mut d = Dictionary::new();
    for &(name, text) in FILES {
        let part = Dictionary::parse(name, text)?;
        d.senses.extend(part.senses);
        d.entries.extend(part.entries);
    }
    Ok(d)
}

/// The built-in data. The files are part of the crate: one that does not parse is a bug
/// in this release, which the test `builtin_dictionaries_parse` fails on; it is never
/// skipped (an annotator without its dictionaries would find nothing and say nothing).
pub(crate) static BUILTIN: LazyLock<Dictionary> = LazyLock::new(|| match parse() {
    Ok(d) => d,
    Err(e) => panic!("nhan's built-in dictionary does not parse: {e}"),
});
