//! Property versions of the fuzz targets in `fuzz/fuzz_targets/`, small enough for
//! `cargo test`: random Vietnamese-ish text (letters with marks, combining marks, `Ð`,
//! no-break and zero-width spaces, dashes, quotes, digits, `/ . ( )`, capitalised
//! syllables, abbreviations, emoji and ZWJ sequences, other scripts) must
//!
//! - annotate to an [`Annotation`] that passes [`Annotation::check`];
//! - annotate to the same output twice, and on two threads at once;
//! - give the same `(kind, NFC text)` multiset in NFC and in NFD;
//! - normalize idempotently, with a monotone, in-bounds, char-boundary alignment;
//! - with a random user dictionary on top of the built-in one, still pass `check`;
//! - never make [`Dictionary::parse`] panic, and fail with a message naming the source.

use std::collections::BTreeMap;

use nhan::normalize::Normalizer;
use nhan::{Annotation, Annotator, Dictionary, Kind};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use unicode_normalization::UnicodeNormalization;

/// The annotator is shared between threads by design.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Annotator>();
    assert_send_sync::<Annotation>();
    assert_send_sync::<Dictionary>();
};

const WORDS: &[&str] = &[
    "Trần",
    "Văn",
    "Nam",
    "Hà",
    "Giang",
    "tỉnh",
    "huyện",
    "xã",
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "Uỷ",
    "Hoà",
    "hoà",
    "Thuỷ",
    "khoẻ",
    "Đồng",
    "chí",
    "Phó",
    "Chủ",
    "tịch",
    "Giám",
    "đốc",
    "Công",
    "an",
    "Đại",
    "tá",
    "Nguyễn",
    "Thị",
    "Lan",
    "Mặt",
    "trận",
    "Tổ",
    "quốc",
    "Ban",
    "Thường",
    "vụ",
    "Tỉnh",
    "ủy",
    "ngày",
    "tháng",
    "năm",
    "giai",
    "đoạn",
    "tỷ",
    "đồng",
    "triệu",
    "Ðồng",
    "Văn",
    "ông",
    "bà",
    "Bộ",
    "Sở",
    "Quốc",
    "hội",
    "Vị",
    "Xuyên",
];
const ABBREVIATIONS: &[&str] = &[
    "UBND",
    "HĐND",
    "HÐND",
    "BTV",
    "MTTQ",
    "KT",
    "XH",
    "KT-XH",
    "KT – XH",
    "ANTQ",
    "TP.",
    "TW",
    "CAND",
    "QĐND",
    "THPT",
    "(MTTQ)",
    "(UBND)",
];
const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", "\u{a0}", "\u{200b}", "\u{200d}", "\u{feff}", "\u{ad}", "\u{2009}", "-",
    "–", "—", "“", "”", "‘", "’", "'", "\"", ",", ".", "/", "(", ")", ":", ";", "\n", "\r\n", "\t",
    "«", "»",
];
const NUMBERS: &[&str] = &[
    "6",
    "11",
    "2020",
    "6/11/2020",
    "6.11",
    "2.900",
    "1,5",
    "30%",
    "2013 - 2020",
    "12.345.678",
    "8h30",
];
const MARKS: &[&str] = &[
    "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}", "\u{302}", "\u{306}", "\u{31b}",
];
const OTHERS: &[&str] = &[
    "😀",
    "👨\u{200d}👩\u{200d}👧",
    "🇻🇳",
    "❤\u{fe0f}",
    "👍🏽",
    "Москва",
    "北京",
    "مرحبا",
    "αβγ",
    "Ð",
    "ð",
    "Ɖ",
    "\u{2000}",
    "\u{3000}",
];

/// One piece of text: mostly Vietnamese words and separators.
fn piece(with_marks: bool) -> BoxedStrategy<String> {
    let pick = |list: &'static [&'static str]| prop::sample::select(list).prop_map(String::from);
    let words = pick(WORDS);
    let words_lower = pick(WORDS).prop_map(|w| w.to_lowercase());
    if with_marks {
        prop_oneof![
            6 => words,
            2 => words_lower,
            3 => pick(ABBREVIATIONS),
            6 => pick(SEPARATORS),
            2 => pick(NUMBERS),
            1 => pick(MARKS),
            1 => pick(OTHERS),
            1 => any::<char>().prop_map(String::from),
        ]
        .boxed()
    } else {
        prop_oneof![
            6 => words,
            2 => words_lower,
            3 => pick(ABBREVIATIONS),
            6 => pick(SEPARATORS),
            2 => pick(NUMBERS),
        ]
        .boxed()
    }
}

/// Vietnamese-ish text with anything mixed in.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(true), 0..48).prop_map(|v| v.concat())
}

/// Vietnamese text without stray combining marks or other scripts.
fn clean_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(false), 0..48).prop_map(|v| v.concat())
}

fn check(input: &str, a: &Annotation) -> Result<(), TestCaseError> {
    a.check(input)
        .map_err(|e| TestCaseError::fail(format!("{e} on {input:?}")))
}

/// `(kind, NFC text)` → count.
fn kinds_and_texts(a: &Annotation) -> BTreeMap<(Kind, String), usize> {
    let mut m = BTreeMap::new();
    for s in &a.spans {
        *m.entry((s.kind, s.text.nfc().collect::<String>()))
            .or_insert(0) += 1;
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn annotate_keeps_invariants_and_is_deterministic(input in text()) {
        let annotator = Annotator::new();
        let a = annotator.annotate(&input);
        check(&input, &a)?;
        prop_assert_eq!(&a, &annotator.annotate(&input));
        // A clone shares the compiled dictionary and gives the same result.
        prop_assert_eq!(&a, &annotator.clone().annotate(&input));
    }

    #[test]
    fn annotate_agrees_across_threads(input in text()) {
        let annotator = Annotator::new();
        let here = annotator.annotate(&input);
        let (left, right) = std::thread::scope(|s| {
            let l = s.spawn(|| annotator.annotate(&input));
            let r = s.spawn(|| Annotator::new().annotate(&input));
            (l.join(), r.join())
        });
        prop_assert!(left.is_ok() && right.is_ok(), "a thread panicked on {:?}", input);
        prop_assert_eq!(&here, &left.unwrap_or_default());
        prop_assert_eq!(&here, &right.unwrap_or_default());
    }

    #[test]
    fn nfd_and_nfc_give_the_same_spans(input in clean_text()) {
        let composed: String = input.nfc().collect();
        let decomposed: String = input.nfd().collect();
        let annotator = Annotator::new();
        let a = annotator.annotate(&composed);
        let b = annotator.annotate(&decomposed);
        check(&composed, &a)?;
        check(&decomposed, &b)?;
        prop_assert_eq!(kinds_and_texts(&a), kinds_and_texts(&b), "NFC {:?}", composed);
    }

    #[test]
    fn user_dictionary_keeps_invariants(
        rows in prop::collection::vec(
            (
                prop::sample::select(ABBREVIATIONS),
                prop::collection::vec(prop::sample::select(WORDS), 1..4),
                prop::sample::select(&["organization", "concept", "document"][..]),
                prop::bool::ANY,
                prop::collection::vec(prop::sample::select(WORDS), 0..3),
            ),
            1..6,
        ),
        doc in text(),
    ) {
        let mut tsv = String::from("abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n");
        for (abbr, expansion, entity, long_form, cues) in &rows {
            let cues: Vec<String> = cues.iter().map(|c| c.to_lowercase()).collect();
            tsv.push_str(&format!(
                "{}\t{}\t{entity}\tgovernment\t{}\t{}\t\n",
                abbr.trim_matches(['(', ')']),
                expansion.join(" "),
                if *long_form { "yes" } else { "no" },
                cues.join("|"),
            ));
        }
        // Random rows may conflict; then the built-in annotator is used, as in the fuzzer.
        let annotator = match Annotator::builder().dictionary_str("prop.tsv", &tsv) {
            Ok(b) => b.build().map_err(|e| TestCaseError::fail(format!("build: {e}")))?,
            Err(e) => {
                prop_assert!(e.to_string().contains("prop.tsv"), "{}", e);
                Annotator::new()
            }
        };
        let a = annotator.annotate(&doc);
        check(&doc, &a)?;
        // The long forms of the dictionary, written out, are annotated too.
        let spelled: String = rows.iter().map(|r| r.1.join(" ")).collect::<Vec<_>>().join(", ");
        check(&spelled, &annotator.annotate(&spelled))?;
    }
}

/// TSV-ish text: headers, tabs, line ends, comments, field values and random chars.
fn tsv_text() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n",
        "form\tkind\tcanonical\tinfo\n",
        "\t",
        "\t",
        "\t",
        "\n",
        "\n",
        "\r\n",
        "#",
        " ",
        "\u{feff}",
        "UBND",
        "Ủy ban nhân dân",
        "organization",
        "government",
        "yes",
        "no",
        "Nguyễn",
        "surname",
        "place",
        "role",
        "level=tỉnh",
        "weight=3",
        "=",
        ";",
        "|",
        "a|b",
        "U\u{301}",
        "Ð",
    ];
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(String::from),
            1 => any::<char>().prop_map(String::from),
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn normalize_is_idempotent_and_aligned(input in text()) {
        let n = Normalizer::new();
        let once = n.normalize(&input);
        let text = once.as_str();
        let twice = n.normalize(text);
        prop_assert_eq!(twice.as_str(), text, "input {:?}", input);
        prop_assert_eq!(once.lowercase().len(), text.len());
        prop_assert_eq!(once.alignment().original_len(), input.len());
        let mut prev = 0..0;
        for (i, c) in text.char_indices() {
            let r = once.original_range(i..i + c.len_utf8());
            prop_assert!(r.start <= r.end && r.end <= input.len(), "{:?} in {:?}", r, input);
            prop_assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
            prop_assert!(r.start >= prev.start && r.end >= prev.end, "{:?} then {:?} in {:?}", prev, r, input);
            prev = r;
        }
    }

    #[test]
    fn dictionary_parse_never_panics(input in tsv_text()) {
        if let Err(e) = Dictionary::parse("prop.tsv", &input) {
            let msg = e.to_string();
            prop_assert!(msg.contains("prop.tsv"), "{:?} for {:?}", msg, input);
        }
    }

    #[test]
    fn dictionary_from_reader_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Err(e) = Dictionary::from_reader("prop.tsv", &bytes[..]) {
            prop_assert!(e.to_string().contains("prop.tsv"), "{}", e);
        }
    }
}

/// Regression: found by the `normalize` fuzzer (`"\u{2000}\u{2000}"` became two spaces).
#[test]
fn normalize_folds_space_runs_inside_nfc_chunks() {
    // U+2000 (en quad) decomposes canonically to U+2002, so it is not an NFC-safe
    // starter and starts a chunk that takes in the ASCII space before it.
    for input in [
        " \u{2000}",
        "\u{2000}\u{2000}",
        "\u{2001} \u{2000}",
        "a \u{2000}b",
    ] {
        let once = Normalizer::new().normalize(input);
        let twice = Normalizer::new().normalize(once.as_str());
        assert_eq!(twice.as_str(), once.as_str(), "not idempotent on {input:?}");
        assert!(
            !once.as_str().contains("  "),
            "{input:?} → {:?}",
            once.as_str()
        );
    }
}
