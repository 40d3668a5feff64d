//! Integration tests of `nhan::normalize`.
//!
//! - property tests (proptest) on random mixed Vietnamese text: idempotence, alignment
//!   invariants, NFD/NFC equivalence, tone-style equivalence, identity on plain ASCII,
//!   letters kept, zero-width characters transparent;
//! - a table of the tone rule (nucleus style → glide style) and of the syllables it must
//!   not touch, built from our own cases plus underthesea's rules (`tests/data/tone/`,
//!   Apache-2.0) and checked over every syllable of `dictionaries/syllables.tsv`;
//! - non-NFC lines written for these tests (`tests/data/non_nfc_lines.tsv`: NFD, marks
//!   typed apart, `Ð`, nucleus-style tones), and, ignored unless asked for, real non-NFC
//!   lines and the statutes, which may not be copied here: `cargo test -- --ignored` reads
//!   them from `../shared` beside the clone or `NHAN_SHARED` (CI has it);
//! - the seed article in NFD, with `Ð`, with nucleus-style tones, and all three at once.

use std::ops::Range;
use std::path::{Path, PathBuf};

use nhan::normalize::{NormalizedText, Normalizer, ToneStyle, strip_diacritics};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use unicode_normalization::UnicodeNormalization;

mod minimal;
mod properties;
mod real_text;
mod tones;

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

const SEED: &str = include_str!("../../../examples/data/seed.txt");

/// The five tone marks, as combining characters.
const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

fn norm(s: &str) -> NormalizedText {
    Normalizer::new().normalize(s)
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

fn nfd(s: &str) -> String {
    s.nfd().collect()
}

/// A file of the repository.
fn repo_file(rel: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), rel].iter().collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// `rel` in the project's shared folder (`NHAN_SHARED`, else `../shared` beside the clone),
/// for the ignored tests that read what may not be copied here.
fn shared_dir(rel: &str) -> PathBuf {
    let root = std::env::var_os("NHAN_SHARED").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    );
    let path = root.join(rel);
    assert!(
        path.exists(),
        "{} is missing: this test needs the project's shared folder beside the clone",
        path.display()
    );
    path
}

fn title_case(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The letter `c` split into its NFD form without tone marks, and its tone mark.
fn split_tone(c: char) -> (String, Option<char>) {
    let mut base = String::new();
    let mut tone = None;
    for d in c.to_string().nfd() {
        if TONES.contains(&d) {
            tone = Some(d);
        } else {
            base.push(d);
        }
    }
    (base, tone)
}

/// NFD with the tone marks dropped, and the tone marks in order.
fn tones_apart(s: &str) -> (String, Vec<char>) {
    let mut rest = String::new();
    let mut tones = Vec::new();
    for d in s.nfd() {
        if TONES.contains(&d) {
            tones.push(d);
        } else {
            rest.push(d);
        }
    }
    (rest, tones)
}

fn is_vowel_letter(c: char) -> bool {
    c.to_string()
        .nfd()
        .next()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// Where the tone mark of a word's final `oa`/`oe`/`uy` sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FinalPair {
    /// No such final pair, or one without a tone mark.
    None,
    /// Mark on the first vowel (`hòa`): position of the pair in the word's chars.
    Glide(usize),
    /// Mark on the second vowel (`hoà`).
    Nucleus(usize),
}

/// Our own reading of the rule, independent of the crate: the word (a run of letters)
/// ends in plain `o`+`a`, `o`+`e` or `u`+`y` (any case) with one tone mark on one of them
/// and no other diacritic, the letter before the pair is not a vowel, and `u` is not part
/// of `qu`.
fn final_pair(word: &[char]) -> FinalPair {
    let n = word.len();
    if n < 2 {
        return FinalPair::None;
    }
    let (b1, t1) = split_tone(word[n - 2]);
    let (b2, t2) = split_tone(word[n - 1]);
    let pair = (b1.to_lowercase(), b2.to_lowercase());
    if !matches!(
        (pair.0.as_str(), pair.1.as_str()),
        ("o", "a") | ("o", "e") | ("u", "y")
    ) {
        return FinalPair::None;
    }
    if n >= 3 {
        let c0 = word[n - 3];
        if is_vowel_letter(c0) || (c0.eq_ignore_ascii_case(&'q') && pair.0 == "u") {
            return FinalPair::None;
        }
    }
    match (t1, t2) {
        (Some(_), None) => FinalPair::Glide(n - 2),
        (None, Some(_)) => FinalPair::Nucleus(n - 2),
        _ => FinalPair::None,
    }
}

/// Moves the tone mark of a final pair to `style`.
fn retone_word(word: &str, style: ToneStyle) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let (from, to) = match (final_pair(&chars), style) {
        (FinalPair::Nucleus(i), ToneStyle::Glide) => (i + 1, i),
        (FinalPair::Glide(i), ToneStyle::Nucleus) => (i, i + 1),
        _ => return word.to_owned(),
    };
    let (base_from, tone) = split_tone(chars[from]);
    let (base_to, _) = split_tone(chars[to]);
    let tone = tone.expect("final_pair saw a tone");
    chars[from] = nfc(&base_from).chars().next().unwrap();
    let moved: String = base_to.chars().chain(std::iter::once(tone)).collect();
    let moved = nfc(&moved);
    assert_eq!(moved.chars().count(), 1, "{moved:?} composes");
    chars[to] = moved.chars().next().unwrap();
    chars.into_iter().collect()
}

/// Rewrites every word (maximal run of alphanumeric chars) of an NFC text to `style`.
fn retone_text(text: &str, style: ToneStyle) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            out.push_str(&retone_word(&word, style));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&retone_word(&word, style));
    out
}

/// `Đ`/`đ` written with the Icelandic eth.
fn eth(s: &str) -> String {
    s.replace('Đ', "Ð").replace('đ', "ð")
}

/// The reference for a single word: NFC, look-alikes, glide-style tone.
fn reference_word(s: &str) -> String {
    let s = nfc(s).replace(['Ð', 'Ɖ'], "Đ").replace(['ð', 'ɖ'], "đ");
    retone_text(&s, ToneStyle::Glide)
}

/// Checks the alignment of `n` against its `input`: every normalized char maps to a
/// non-empty range of the input on char boundaries, whose own normalization contains that
/// char; the ranges are monotone; the whole text maps into the input, and what lies
/// outside the whole range normalizes to nothing (or to a space the text already ends in).
fn check_alignment(input: &str, n: &NormalizedText) {
    assert_eq!(n.alignment().original_len(), input.len(), "{input:?}");
    assert_eq!(n.alignment().normalized_len(), n.len(), "{input:?}");
    let mut prev: Range<usize> = 0..0;
    for (i, c) in n.as_str().char_indices() {
        let r = n.original_range(i..i + c.len_utf8());
        assert!(
            r.start <= r.end && r.end <= input.len(),
            "{input:?}: {c:?} at {i} -> {r:?}"
        );
        assert!(
            input.is_char_boundary(r.start) && input.is_char_boundary(r.end),
            "{input:?}: {c:?} at {i} -> {r:?} not on char boundaries"
        );
        let orig = &input[r.start..r.end];
        assert!(!orig.is_empty(), "{input:?}: {c:?} at {i} maps to nothing");
        assert!(
            norm(orig).as_str().contains(c),
            "{input:?}: {c:?} at {i} maps to {orig:?}, which normalizes to {:?}",
            norm(orig).as_str()
        );
        assert!(
            r.start >= prev.start && r.end >= prev.end,
            "{input:?}: {prev:?} then {r:?} at {i}"
        );
        prev = r;
    }
    let whole = n.original_range(0..n.len());
    assert!(
        whole.start <= whole.end && whole.end <= input.len(),
        "{input:?}: {whole:?}"
    );
    let mapped = &input[whole.start..whole.end];
    assert_eq!(
        norm(mapped).as_str(),
        n.as_str(),
        "{input:?}: whole range {whole:?}"
    );
    assert_eq!(
        norm(&input[..whole.start]).as_str(),
        "",
        "{input:?}: prefix before {whole:?}"
    );
    let after = norm(&input[whole.end..]);
    assert!(
        after.is_empty() || (after.as_str() == " " && n.as_str().ends_with(' ')),
        "{input:?}: suffix after {whole:?} normalizes to {:?}",
        after.as_str()
    );
}

/// Byte ranges of the words (maximal runs of alphanumeric chars) of `text`.
fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// Every word of the normalized text maps back to input bytes whose NFC, look-alike and
/// tone normalization is that word.
fn check_words(input: &str, n: &NormalizedText) {
    for w in word_ranges(n.as_str()) {
        let word = &n.as_str()[w.clone()];
        let r = n.original_range(w.clone());
        let orig = &input[r.start..r.end];
        assert_eq!(reference_word(orig), word, "{w:?} -> {r:?} in {input:?}");
    }
}

/// `word` as is (0), in capitals (1) or capitalised (2).
fn cased(word: String, case: u8) -> String {
    match case {
        0 => word,
        1 => word.to_uppercase(),
        _ => title_case(&word),
    }
}
