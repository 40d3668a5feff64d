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

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

const SEED: &str = include_str!("../../examples/data/seed.txt");

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

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

const VI_LOWER: &str = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

fn vi_letters() -> Vec<char> {
    VI_LOWER
        .chars()
        .chain(VI_LOWER.to_uppercase().chars())
        .collect()
}

const INITIALS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "s", "t", "th",
    "tr", "v", "x",
];

/// Syllables in glide style, and the traps that no style changes.
const GLIDE_WORDS: &[&str] = &[
    "hòa", "hóa", "họa", "hỏa", "khỏe", "thủy", "Ủy", "ủy", "tùy", "lũy", "xòe", "tòa", "Hòa",
    "hoàn", "hoạt", "suýt", "huỳnh", "quả", "quý", "quỳnh", "giữ", "khuỷu", "ngoài", "thuyền",
    "tuyệt", "khuya", "hoa", "hoe", "thuy", "quy", "Quý", "QUẢ", "người", "Việt", "Nguyễn", "đoàn",
    "toàn", "xoáy", "hoặc", "loét", "ngoẹo", "gìa", "già", "của", "mía",
];

fn cased(word: String, case: u8) -> String {
    match case {
        0 => word,
        1 => word.to_uppercase(),
        _ => title_case(&word),
    }
}

/// A glide-style syllable: a fixed word, or initial + `oa`/`oe`/`uy` with the tone (or
/// none) on the glide, in lower, upper or title case.
fn glide_syllable() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(GLIDE_WORDS).prop_map(str::to_owned);
    let made = (
        prop::sample::select(INITIALS),
        prop::sample::select(&["oa", "oe", "uy"][..]),
        prop::sample::select(&[None, Some(0usize), Some(1), Some(2), Some(3), Some(4)][..]),
        0u8..3,
    )
        .prop_map(|(init, pair, tone, case)| {
            let mut s = String::from(init);
            let mut p = pair.chars();
            s.push(p.next().unwrap());
            if let Some(t) = tone {
                s.push(TONES[t]);
            }
            s.extend(p);
            cased(nfc(&s), case)
        });
    prop_oneof![2 => fixed, 3 => made]
}

/// Separators that are not letters or digits (and not combining marks).
const SEPARATORS: &[&str] = &[
    " ", " ", " ", ", ", ". ", "\n", "\t", "-", " – ", "“", "”", "\u{00A0}", "(", ")", ": ", "  ",
    "'", "’", "/", "\u{2009}",
];

/// Glide-style syllables joined by separators.
fn glide_text() -> impl Strategy<Value = String> {
    prop::collection::vec((glide_syllable(), prop::sample::select(SEPARATORS)), 0..12).prop_map(
        |parts| {
            parts.into_iter().fold(String::new(), |mut s, (w, sep)| {
                s.push_str(&w);
                s.push_str(sep);
                s
            })
        },
    )
}

/// One char of mixed input: Vietnamese and ASCII letters, combining marks, look-alikes,
/// spaces and zero-width characters, dashes, quotes, ASCII, anything.
fn mixed_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => prop::sample::select(vi_letters()),
        4 => prop::char::range('a', 'z'),
        3 => prop::sample::select(&['o', 'a', 'e', 'u', 'y', 'q', 'O', 'A', 'U', 'Y', 'h', 'n', 'g', 'i'][..]),
        3 => prop::char::range('\u{0300}', '\u{0323}'),
        2 => prop::sample::select(&['\u{0302}', '\u{0306}', '\u{031B}', '\u{0300}', '\u{0309}'][..]),
        2 => prop::sample::select(&['Ð', 'ð', 'Ɖ', 'ɖ'][..]),
        3 => prop::sample::select(&[' ', ' ', '\t', '\u{00A0}', '\u{2009}', '\u{3000}', '\n', '\u{202F}'][..]),
        2 => prop::sample::select(&['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}'][..]),
        1 => prop::sample::select(&['\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}', '-'][..]),
        1 => prop::sample::select(&['“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', '‹', '›', '"', '\''][..]),
        2 => prop::char::range(' ', '~'),
        1 => any::<char>(),
    ]
}

/// Mixed input: single chars and whole syllables.
fn mixed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => mixed_char().prop_map(String::from),
        1 => glide_syllable(),
        1 => glide_syllable().prop_map(|s| retone_text(&s, ToneStyle::Nucleus)),
    ];
    prop::collection::vec(piece, 0..32).prop_map(|v| v.concat())
}

/// Random Vietnamese words of letters only, joined by single spaces.
fn letter_words() -> impl Strategy<Value = String> {
    let word = prop::collection::vec(prop::sample::select(vi_letters()), 1..6)
        .prop_map(|v| v.into_iter().collect::<String>());
    prop::collection::vec(prop_oneof![2 => word, 1 => glide_syllable()], 0..8)
        .prop_map(|v| v.join(" "))
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// (a) Normalizing twice equals normalizing once.
    #[test]
    fn prop_idempotent(s in mixed_text()) {
        let once = norm(&s);
        let twice = norm(once.as_str());
        prop_assert_eq!(twice.as_str(), once.as_str(), "input {:?}", s);
        prop_assert!(twice.alignment().is_identity(), "second pass changed {:?}", once.as_str());
    }

    /// (b) Every normalized char maps to a valid, monotone range of the input.
    #[test]
    fn prop_alignment_valid(s in mixed_text()) {
        let n = norm(&s);
        check_alignment(&s, &n);
        let u = n.unaccented();
        prop_assert_eq!(u.alignment.original_len(), n.len());
        for w in word_ranges(&u.text) {
            let r = u.alignment.original_range(w.clone());
            let orig = &n.lowercase()[r.start..r.end];
            let stripped: String = orig.chars().map(strip_diacritics).collect();
            prop_assert_eq!(&stripped, &u.text[w.clone()], "unaccented {:?} of {:?}", w, s);
        }
    }

    /// (b) also holds for the lower-case view, which shares the offsets.
    #[test]
    fn prop_lowercase_shares_offsets(s in mixed_text()) {
        let n = norm(&s);
        prop_assert_eq!(n.lowercase().len(), n.len());
        for (i, c) in n.as_str().char_indices() {
            prop_assert!(n.lowercase().is_char_boundary(i), "{:?} at {}", c, i);
            let l = &n.lowercase()[i..i + c.len_utf8()];
            let expect: String = c.to_lowercase().collect();
            prop_assert!(l == expect || l == c.to_string(), "{:?} lowercases to {:?}", c, l);
        }
    }

    /// (c) NFD and NFC forms of the same text normalize to the same string.
    #[test]
    fn prop_nfd_equals_nfc(s in mixed_text()) {
        let (c, d) = (nfc(&s), nfd(&s));
        let (nc, nd) = (norm(&c), norm(&d));
        prop_assert_eq!(nd.as_str(), nc.as_str(), "NFD {:?} vs NFC {:?}", d, c);
        check_alignment(&d, &nd);
    }

    /// (c) NFD of Vietnamese text, with the look-alike `Ð` for `Đ`, normalizes like its NFC.
    #[test]
    fn prop_nfd_eth_words(s in glide_text()) {
        let variant = nfd(&eth(&s));
        let n = norm(&variant);
        let expected = norm(&s);
        prop_assert_eq!(n.as_str(), expected.as_str(), "variant {:?}", variant);
        check_alignment(&variant, &n);
        check_words(&variant, &n);
    }

    /// (d) Glide-style and nucleus-style forms of the same text give the same views.
    #[test]
    fn prop_tone_styles_agree(s in glide_text(), decompose in any::<bool>()) {
        let nucleus = retone_text(&s, ToneStyle::Nucleus);
        let nucleus = if decompose { nfd(&nucleus) } else { nucleus };
        let (ng, nn) = (norm(&s), norm(&nucleus));
        prop_assert_eq!(nn.lowercase(), ng.lowercase(), "glide {:?} nucleus {:?}", s, nucleus);
        prop_assert_eq!(nn.as_str(), ng.as_str());
        check_alignment(&nucleus, &nn);
        check_words(&nucleus, &nn);
        // The crate's own nucleus style agrees with our rewrite.
        let to_nucleus = Normalizer::builder().tone_style(Some(ToneStyle::Nucleus)).build();
        prop_assert_eq!(
            to_nucleus.normalize(&s).as_str().to_owned(),
            retone_text(ng.as_str(), ToneStyle::Nucleus),
            "nucleus style of {:?}", s
        );
    }

    /// (e) Plain ASCII without tabs or double spaces is left alone, with an identity map.
    #[test]
    fn prop_ascii_identity(
        s in prop::collection::vec(prop_oneof![8 => prop::char::range(' ', '~'), 1 => Just('\n'), 1 => Just('\r')], 0..64)
            .prop_map(|v| v.into_iter().collect::<String>())
            .prop_filter("no double space", |s| !s.contains("  "))
    ) {
        let n = norm(&s);
        prop_assert_eq!(n.as_str(), s.as_str());
        prop_assert!(n.alignment().is_identity(), "{:?}", s);
        prop_assert_eq!(n.lowercase(), s.to_ascii_lowercase());
        for w in word_ranges(n.as_str()) {
            let r = n.original_range(w.clone());
            prop_assert_eq!(r.clone(), w.clone());
            prop_assert_eq!(&s[r.start..r.end], &n.as_str()[w]);
        }
    }

    /// (e) NFC glide-style Vietnamese joined by single spaces is identity too.
    #[test]
    fn prop_glide_nfc_identity(words in prop::collection::vec(glide_syllable(), 0..10)) {
        let s = words.join(" ");
        let n = norm(&s);
        prop_assert_eq!(n.as_str(), s.as_str());
        prop_assert!(n.alignment().is_identity(), "{:?}", s);
    }

    /// Normalization only moves tone marks: the letters and their other diacritics stay.
    #[test]
    fn prop_letters_kept(s in letter_words(), decompose in any::<bool>()) {
        let input = if decompose { nfd(&s) } else { s.clone() };
        let n = norm(&input);
        let (letters_in, mut tones_in) = tones_apart(&s);
        let (letters_out, mut tones_out) = tones_apart(n.as_str());
        prop_assert_eq!(&letters_out, &letters_in, "{:?} -> {:?}", input, n.as_str());
        tones_in.sort_unstable();
        tones_out.sort_unstable();
        prop_assert_eq!(tones_out, tones_in, "{:?} -> {:?}", input, n.as_str());
        check_alignment(&input, &n);
    }

    /// Zero-width characters and soft hyphens are removed as if they were never there.
    #[test]
    fn prop_zero_width_transparent(
        s in glide_text(),
        nucleus in any::<bool>(),
        inserts in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(&['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}'][..])), 1..4),
    ) {
        let s = if nucleus { retone_text(&s, ToneStyle::Nucleus) } else { s };
        let mut chars: Vec<char> = s.chars().collect();
        for (at, zw) in inserts {
            let i = at.index(chars.len() + 1);
            chars.insert(i, zw);
        }
        let with: String = chars.into_iter().collect();
        let n = norm(&with);
        let expected = norm(&s);
        prop_assert_eq!(n.as_str(), expected.as_str(), "with zero-width: {:?}", with);
        check_alignment(&with, &n);
    }
}

// ---------------------------------------------------------------------------------------
// Tone table
// ---------------------------------------------------------------------------------------

/// Our own nucleus-style → glide-style cases.
const OWN_PAIRS: &[(&str, &str)] = &[
    ("hoà", "hòa"),
    ("hoá", "hóa"),
    ("hoả", "hỏa"),
    ("hoã", "hõa"),
    ("hoạ", "họa"),
    ("Hoà", "Hòa"),
    ("HOÀ", "HÒA"),
    ("HOÁ", "HÓA"),
    ("khoẻ", "khỏe"),
    ("Khoẻ", "Khỏe"),
    ("KHOẺ", "KHỎE"),
    ("khoè", "khòe"),
    ("khoé", "khóe"),
    ("khoá", "khóa"),
    ("Khoá", "Khóa"),
    ("thuỷ", "thủy"),
    ("Thuỷ", "Thủy"),
    ("THUỶ", "THỦY"),
    ("thuý", "thúy"),
    ("thuỳ", "thùy"),
    ("thuỵ", "thụy"),
    ("thoả", "thỏa"),
    ("uỷ", "ủy"),
    ("Uỷ", "Ủy"),
    ("UỶ", "ỦY"),
    ("uý", "úy"),
    ("Uý", "Úy"),
    ("toà", "tòa"),
    ("toạ", "tọa"),
    ("toả", "tỏa"),
    ("Toà", "Tòa"),
    ("tuỳ", "tùy"),
    ("tuý", "túy"),
    ("tuỵ", "tụy"),
    ("tuỷ", "tủy"),
    ("ngoà", "ngòa"),
    ("ngoạ", "ngọa"),
    ("nguỵ", "ngụy"),
    ("Nguỵ", "Ngụy"),
    ("xoá", "xóa"),
    ("xoè", "xòe"),
    ("Xoá", "Xóa"),
    ("xuý", "xúy"),
    ("loà", "lòa"),
    ("loã", "lõa"),
    ("loè", "lòe"),
    ("luỹ", "lũy"),
    ("luỵ", "lụy"),
    ("Luỹ", "Lũy"),
    ("soạ", "sọa"),
    ("suý", "súy"),
    ("suỵ", "sụy"),
    ("choá", "chóa"),
    ("choè", "chòe"),
    ("chuỳ", "chùy"),
    ("đoá", "đóa"),
    ("đoạ", "đọa"),
    ("Đoá", "Đóa"),
    ("ĐOẠ", "ĐỌA"),
    ("huỷ", "hủy"),
    ("huý", "húy"),
    ("Huỳ", "Hùy"),
    ("khuỵ", "khụy"),
    ("nhuỵ", "nhụy"),
    ("nhoà", "nhòa"),
    ("oà", "òa"),
    ("oẻ", "ỏe"),
    ("Oà", "Òa"),
    ("truỵ", "trụy"),
    ("goá", "góa"),
    ("doạ", "dọa"),
    ("hoè", "hòe"),
    ("loé", "lóe"),
];

/// Syllables no tone style changes.
const TRAPS: &[&str] = &[
    "hoàn", "hoạt", "hoàng", "hoạch", "hoành", "hoảng", "hoặc", "toàn", "toán", "đoàn", "đoạn",
    "khoản", "khoảng", "khoát", "loạt", "loạn", "soạn", "thoát", "xoáy", "ngoáy", "suýt", "huỳnh",
    "khuỳnh", "huých", "nguýt", "quả", "quá", "quà", "quạ", "quý", "quỳ", "quỷ", "quỹ", "quỵ",
    "quỳnh", "quyết", "quyển", "quở", "quế", "giữ", "già", "giả", "giá", "khuỷu", "ngoài", "hoài",
    "loài", "loại", "toại", "khoái", "thuyền", "tuyệt", "tuyển", "duyệt", "khuya", "khuyên",
    "uyển", "Nguyễn", "người", "mười", "của", "múa", "chùa", "lúa", "mía", "kìa", "huế", "thuở",
    "khoèo", "ngoẹo", "loét", "khoét", "choáng", "hòa", "thủy", "khỏe", "hoa", "thuy", "uy", "quy",
    "hoe", "đạo", "cháu", "mãi",
];

/// Checks that `nucleus` normalizes to `glide` alone, in context and in NFD, with the
/// syllable mapping back to the input syllable; and that `glide` is left alone.
fn check_pair(nucleus: &str, glide: &str) {
    let n = norm(nucleus);
    assert_eq!(n.as_str(), glide, "{nucleus:?}");
    let r = n.original_range(0..n.len());
    assert_eq!(&nucleus[r.start..r.end], nucleus);
    let g = norm(glide);
    assert_eq!(g.as_str(), glide);
    assert!(g.alignment().is_identity(), "{glide:?}");

    let d = nfd(nucleus);
    let n = norm(&d);
    assert_eq!(n.as_str(), glide, "NFD {d:?}");
    let r = n.original_range(0..n.len());
    assert_eq!(&d[r.start..r.end], d);

    for (pre, post) in [
        ("", " bình"),
        ("Ông ", "."),
        ("(", ")"),
        ("“", "”"),
        ("x ", "\t"),
        ("ban ", ", "),
        ("\u{00A0}", "\u{00A0}y"),
        ("1 ", "-2"),
    ] {
        let input = format!("{pre}{nucleus}{post}");
        let n = norm(&input);
        let start = norm(pre).len();
        let end = start + glide.len();
        assert_eq!(
            n.as_str(),
            norm(&format!("{pre}{glide}{post}")).as_str(),
            "{input:?}"
        );
        assert_eq!(&n.as_str()[start..end], glide, "{input:?}");
        let r = n.original_range(start..end);
        assert_eq!(&input[r.start..r.end], nucleus, "{input:?}");
        check_alignment(&input, &n);
    }
}

/// Checks that `trap` is left alone, in three cases, alone, in NFD and in context.
fn check_trap(trap: &str) {
    for t in [trap.to_owned(), trap.to_uppercase(), title_case(trap)] {
        let n = norm(&t);
        assert_eq!(n.as_str(), t, "trap {t:?} changed");
        assert!(n.alignment().is_identity(), "trap {t:?}");
        let d = nfd(&t);
        assert_eq!(norm(&d).as_str(), t, "trap NFD {d:?}");
        let input = format!("“{t}”, {t}.");
        let n = norm(&input);
        assert_eq!(n.as_str(), format!("\"{t}\", {t}."), "trap in {input:?}");
        let first = 1..1 + t.len();
        let r = n.original_range(first.clone());
        assert_eq!(&input[r.start..r.end], t);
    }
}

/// Pairs (nucleus style, glide style) made from initials × `oa`/`oe`/`uy` × five tones ×
/// three cases.
fn generated_pairs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for init in [
        "h", "kh", "th", "t", "ng", "x", "l", "s", "ch", "đ", "tr", "nh", "", "d", "g",
    ] {
        for (v1, v2) in [('o', 'a'), ('o', 'e'), ('u', 'y')] {
            for tone in TONES {
                let nucleus = nfc(&format!("{init}{v1}{v2}{tone}"));
                let glide = nfc(&format!("{init}{v1}{tone}{v2}"));
                for case in 0..3 {
                    out.push((cased(nucleus.clone(), case), cased(glide.clone(), case)));
                }
            }
        }
    }
    out
}

/// The underthesea rules that are a pure move of one tone mark within a final
/// `oa`/`oe`/`uy`, as (nucleus style, glide style), whatever direction the rule goes.
fn underthesea_pairs(json: &str) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("tn_rules.json is JSON");
    let rules = v["token"].as_object().expect("key `token`");
    let mut out = Vec::new();
    for (from, to) in rules {
        let Some(to) = to.as_str() else { continue };
        let (lf, tf) = tones_apart(from);
        let (lt, tt) = tones_apart(to);
        if lf != lt || tf.len() != 1 || tt.len() != 1 || tf != tt {
            continue;
        }
        let (a, b): (Vec<char>, Vec<char>) =
            (nfc(from).chars().collect(), nfc(to).chars().collect());
        match (final_pair(&a), final_pair(&b)) {
            (FinalPair::Nucleus(_), FinalPair::Glide(_)) => out.push((nfc(from), nfc(to))),
            (FinalPair::Glide(_), FinalPair::Nucleus(_)) => out.push((nfc(to), nfc(from))),
            _ => {}
        }
    }
    out
}

#[test]
fn tone_table() {
    assert!(OWN_PAIRS.len() >= 60);
    let mut checked = 0;
    for (nucleus, glide) in OWN_PAIRS {
        check_pair(nucleus, glide);
        checked += 1;
    }
    for (nucleus, glide) in generated_pairs() {
        // Our independent rewrite agrees with the generated forms.
        assert_eq!(retone_word(&nucleus, ToneStyle::Glide), glide);
        assert_eq!(retone_word(&glide, ToneStyle::Nucleus), nucleus);
        check_pair(&nucleus, &glide);
        checked += 1;
    }
    for trap in TRAPS {
        check_trap(trap);
        checked += 1;
    }
    assert!(checked >= 200, "{checked} syllables");
}

#[test]
fn tone_table_of_underthesea() {
    let pairs = underthesea_pairs(&repo_file("tests/data/tone/underthesea-tn_rules.json"));
    assert!(
        pairs.len() >= 300,
        "only {} underthesea rules kept",
        pairs.len()
    );
    for (nucleus, glide) in &pairs {
        check_pair(nucleus, glide);
    }
}

/// The traps with marks in nucleus position that do not belong to a final pair stay too,
/// and the crate's nucleus style turns every own pair back.
#[test]
fn nucleus_style_round_trip() {
    let to_nucleus = Normalizer::builder()
        .tone_style(Some(ToneStyle::Nucleus))
        .build();
    for (nucleus, glide) in OWN_PAIRS
        .iter()
        .map(|&(n, g)| (n.to_owned(), g.to_owned()))
        .chain(generated_pairs())
    {
        let n = to_nucleus.normalize(&glide);
        assert_eq!(n.as_str(), nucleus, "{glide:?}");
        let r = n.original_range(0..n.len());
        assert_eq!(&glide[r.start..r.end], glide);
    }
    for trap in TRAPS
        .iter()
        .filter(|t| final_pair(&t.chars().collect::<Vec<_>>()) == FinalPair::None)
    {
        assert_eq!(to_nucleus.normalize(trap).as_str(), *trap);
    }
}

#[test]
fn every_reference_syllable() {
    let list = repo_file("dictionaries/syllables.tsv");
    let mut moved = 0;
    let mut total = 0;
    // The rows after the header (`syllable`: a word list of that kind).
    for syl in list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .skip(1)
    {
        total += 1;
        let chars: Vec<char> = syl.chars().collect();
        let expected = match final_pair(&chars) {
            FinalPair::Nucleus(_) => {
                moved += 1;
                retone_word(syl, ToneStyle::Glide)
            }
            _ => syl.to_owned(),
        };
        for (input, expected) in [
            (syl.to_owned(), expected.clone()),
            (syl.to_uppercase(), expected.to_uppercase()),
            (title_case(syl), title_case(&expected)),
            (nfd(syl), expected.clone()),
        ] {
            let n = norm(&input);
            assert_eq!(n.as_str(), expected, "syllable {input:?}");
            let r = n.original_range(0..n.len());
            assert_eq!(&input[r.start..r.end], input);
            // Only a tone mark moves: the letters and the tones are the same.
            let (li, mut ti) = tones_apart(&input);
            let (lo, mut to) = tones_apart(n.as_str());
            assert_eq!(lo, li, "letters of {input:?}");
            ti.sort_unstable();
            to.sort_unstable();
            assert_eq!(to, ti, "tones of {input:?}");
        }
    }
    assert!(
        total > 18_000 && moved > 300,
        "{total} syllables, {moved} moved"
    );
}

// ---------------------------------------------------------------------------------------
// Real text
// ---------------------------------------------------------------------------------------

/// Checks each `source, found, NFC form` row of `tsv`: the found form normalizes as the NFC
/// form does, and both map back to their input. Returns the number of rows.
fn check_non_nfc_lines(tsv: &str) -> usize {
    let mut lines = 0;
    for (no, row) in tsv.lines().enumerate().skip(1) {
        let mut cols = row.splitn(3, '\t');
        let (Some(_source), Some(found), Some(nfc_col)) = (cols.next(), cols.next(), cols.next())
        else {
            panic!("line {}: not three columns", no + 1);
        };
        let a = norm(found);
        let b = norm(nfc_col);
        assert_eq!(a.as_str(), b.as_str(), "line {}", no + 1);
        assert_eq!(a.lowercase(), b.lowercase(), "line {}", no + 1);
        check_alignment(found, &a);
        check_alignment(nfc_col, &b);
        check_words(found, &a);
        lines += 1;
    }
    lines
}

#[test]
fn own_non_nfc_lines() {
    let tsv = repo_file("tests/data/non_nfc_lines.tsv");
    let lines = check_non_nfc_lines(&tsv);
    assert!(lines >= 200, "{lines} lines");
    for form in ["nfd", "apart", "eth", "nucleus", "all"] {
        assert!(
            tsv.lines().any(|l| l.starts_with(&format!("{form}\t"))),
            "{form}"
        );
    }
}

#[test]
#[ignore = "needs ../shared (real non-NFC lines, which may not be copied here)"]
fn realworld_non_nfc_lines() {
    let path = shared_dir("reference/encodings/realworld_non_NFC_lines.tsv");
    let lines = check_non_nfc_lines(&std::fs::read_to_string(path).unwrap());
    assert!(lines >= 400, "{lines} lines");
}

#[test]
fn seed_variants() {
    let seed = nfc(SEED);
    let expected = norm(&seed);
    let nucleus = retone_text(&seed, ToneStyle::Nucleus);
    assert_ne!(nucleus, seed, "the seed has glide-style final oa/oe/uy");
    assert_ne!(eth(&seed), seed, "the seed has Đ");
    let variants = [
        ("NFD", nfd(&seed)),
        ("Ð", eth(&seed)),
        ("nucleus", nucleus.clone()),
        ("all three", nfd(&eth(&nucleus))),
    ];
    for (name, input) in &variants {
        assert_ne!(input, &seed);
        let n = norm(input);
        assert_eq!(n.as_str(), expected.as_str(), "seed variant {name}");
        assert_eq!(n.lowercase(), expected.lowercase(), "seed variant {name}");
        check_alignment(input, &n);
        let words = word_ranges(n.as_str());
        assert!(words.len() > 800, "{} words", words.len());
        for w in words {
            let word = &n.as_str()[w.clone()];
            let r = n.original_range(w.clone());
            let orig = &input[r.start..r.end];
            assert_eq!(
                reference_word(orig),
                word,
                "seed variant {name}: {w:?} -> {r:?}"
            );
        }
    }
    check_alignment(&seed, &expected);
}

#[test]
#[ignore = "needs ../shared (the statutes, which may not be copied here)"]
fn laws_corpus() {
    let entries = std::fs::read_dir(shared_dir("corpus/laws")).unwrap();
    let mut files = 0;
    for entry in entries.flatten() {
        files += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let n = norm(&text);
        assert_eq!(n.as_str(), norm(&nfc(&text)).as_str(), "{:?}", entry.path());
        assert_eq!(
            norm(n.as_str()).as_str(),
            n.as_str(),
            "{:?} idempotent",
            entry.path()
        );
        assert_eq!(
            n.as_str(),
            norm(&retone_text(&nfc(&text), ToneStyle::Nucleus)).as_str(),
            "{:?} in nucleus style",
            entry.path()
        );
        check_words(&text, &n);
        let mut last = 0..0;
        for w in word_ranges(n.as_str()) {
            let r = n.original_range(w.clone());
            assert!(
                r.start >= last.end,
                "{:?}: {last:?} then {r:?}",
                entry.path()
            );
            assert!(!text[r.start..r.end].is_empty());
            last = r;
        }
    }
    assert!(files >= 9, "{files} statutes");
}

// ---------------------------------------------------------------------------------------
// Minimal cases of what the properties found
// ---------------------------------------------------------------------------------------

/// The tone rule applies to plain `o`/`u` + `a`/`e`/`y` only: moving a mark off `ầ`, `ằ`
/// or onto `ô`, `ư` must not drop their circumflex, breve or horn.
#[test]
fn tone_move_keeps_other_diacritics() {
    for s in [
        "ôà",
        "oằ",
        "hoầ",
        "hoặ",
        "ưỷ",
        "HÔÀ",
        "thưỷ",
        "o\u{0302}a\u{0300}",
    ] {
        let n = norm(s);
        let (letters_in, _) = tones_apart(s);
        let (letters_out, _) = tones_apart(n.as_str());
        assert_eq!(letters_out, letters_in, "{s:?} -> {:?}", n.as_str());
        let r = n.original_range(0..n.len());
        assert_eq!(&s[r.start..r.end], s);
    }
}

/// A space or zero-width character deleted right before a moved pair stays out of the
/// pair's range.
#[test]
fn deletion_before_moved_pair_stays_outside() {
    for (input, word, orig) in [
        ("a  oà", "òa", "oà"),
        ("UBND  Uỷ ban", "Ủy", "Uỷ"),
        ("\u{200B}Uỷ ban", "Ủy", "Uỷ"),
        ("x \u{00A0}hoà", "hòa", "hoà"),
    ] {
        let n = norm(input);
        let start = n.as_str().find(word).expect("word normalized");
        let r = n.original_range(start..start + word.len());
        assert_eq!(&input[r.start..r.end], orig, "{input:?}");
        check_alignment(input, &n);
    }
}

/// Zero-width characters and soft hyphens inside a word do not end it for the tone rule.
#[test]
fn zero_width_inside_word_keeps_trap() {
    for (input, expected) in [
        ("hoà\u{200B}n", "hoàn"),
        ("hoà\u{00AD}n", "hoàn"),
        ("khuỷ\u{200B}u", "khuỷu"),
        ("toà\u{FEFF}n", "toàn"),
        ("hoà\u{200B}", "hòa"),
        ("ho\u{200B}à", "hòa"),
    ] {
        let n = norm(input);
        assert_eq!(n.as_str(), expected, "{input:?}");
        check_alignment(input, &n);
    }
}

/// A zero-width character between a letter and combining marks: once it is removed, the
/// marks compose with the letter, so that a second pass changes nothing.
#[test]
fn zero_width_before_combining_mark_is_idempotent() {
    for input in [
        "u\u{200B}\u{0302}",
        "Vie\u{200B}\u{0302}\u{0323}t",
        "e\u{00AD}\u{0302}\u{0301}",
    ] {
        let once = norm(input);
        assert_eq!(norm(once.as_str()).as_str(), once.as_str(), "{input:?}");
        let without: String = input
            .chars()
            .filter(|c| !matches!(c, '\u{200B}' | '\u{00AD}'))
            .collect();
        assert_eq!(once.as_str(), norm(&without).as_str(), "{input:?}");
        check_alignment(input, &once);
    }
}
