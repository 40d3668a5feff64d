//! The speech form's segments tile the input whatever it is: in order, never
//! overlapping, every non-space byte inside one, their texts joined by spaces the spoken
//! text ([`Speech::check`]), on random text, on its NFD form and on the fuzz corpus.

use nhan::{Acronyms, Annotator, SpeechOptions};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Pieces random text is made of: words, numbers in every written shape, codes, marks,
/// spaces of every kind, combining marks, other scripts.
const PIECES: &[&str] = &[
    "ngày",
    "tháng",
    "năm",
    "Chiều",
    "thứ",
    "lần",
    "khóa",
    "quý",
    "giờ",
    "phút",
    "từ",
    "đến",
    "UBND",
    "BTV",
    "Tỉnh ủy",
    "FBI",
    "NATO",
    "QL",
    "KT-XH",
    "TP.HCM",
    "NQ-HĐND",
    "Ủy",
    "hoà",
    "9",
    "10",
    "2021",
    "0987",
    "654",
    "113",
    "1900",
    "30H",
    "456.78",
    "3.450",
    "12,5",
    "2.345.678",
    "15h45",
    "7km",
    "m2",
    "km/h",
    "°C",
    "%",
    "USD",
    "$",
    "IX",
    "III",
    "XX",
    "II",
    "/",
    "-",
    "–",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "'",
    " ",
    " ",
    "  ",
    "\n",
    "\u{a0}",
    "\u{200b}",
    "\u{300}",
    "\u{301}",
    "e\u{302}\u{301}",
    "Ð",
    "&",
    "+",
    "+84",
    "中文",
    "😀",
    "\u{feff}",
    "\t",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|p| p.concat())
}

fn options() -> impl Strategy<Value = SpeechOptions> {
    (any::<bool>(), any::<bool>(), any::<bool>(), 0..3u8).prop_map(|(s, b, p, a)| {
        let acronyms = [Acronyms::Auto, Acronyms::Letters, Acronyms::Words][usize::from(a)];
        SpeechOptions::new()
            .southern(s)
            .bon_after_tens(b)
            .punctuation(p)
            .acronyms(acronyms)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn segments_tile_any_text(input in text(), options in options()) {
        let a = Annotator::new();
        let s = a.speak_with(&input, &options);
        prop_assert!(s.check(&input).is_ok(), "{:?}: {:?}\n{:?}", input, s.check(&input), s);
        let nfd: String = input.nfd().collect();
        let d = a.speak_with(&nfd, &options);
        prop_assert!(d.check(&nfd).is_ok(), "NFD {:?}: {:?}", nfd, d.check(&nfd));
    }
}

/// Every file of the fuzz corpus, whole and line by line, with both punctuation choices.
#[test]
fn segments_tile_the_fuzz_corpus() {
    let a = Annotator::new();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/seeds");
    let mut files = 0;
    for dir in std::fs::read_dir(root).expect("fuzz/seeds") {
        let dir = dir.expect("an entry").path();
        for file in std::fs::read_dir(&dir).expect("a seed folder") {
            let bytes = std::fs::read(file.expect("a seed").path()).expect("a seed file");
            let text = String::from_utf8_lossy(&bytes);
            files += 1;
            for input in std::iter::once(text.as_ref()).chain(text.lines()) {
                for options in [
                    SpeechOptions::new(),
                    SpeechOptions::new().punctuation(false),
                ] {
                    let s = a.speak_with(input, &options);
                    assert!(s.check(input).is_ok(), "{input:?}: {:?}", s.check(input));
                }
            }
        }
    }
    assert!(files >= 10, "{files} seed files");
}

#[test]
fn empty_and_silent_input() {
    let a = Annotator::new();
    for input in ["", "   \n", "()", " - ", "“”", "\u{200b}"] {
        let s = a.speak(input);
        assert!(s.check(input).is_ok(), "{input:?}: {:?}", s.check(input));
        assert_eq!(s.text, "", "{input:?}");
    }
}

/// The JSON the contract gives: the text and `{start, end, text}` segments.
#[test]
fn json_has_the_contract_shape() {
    let input = "UBND tỉnh họp.";
    let s = Annotator::new().speak(input);
    let v: serde_json::Value = serde_json::from_str(&s.to_json()).expect("JSON");
    assert_eq!(v["text"], "ủy ban nhân dân tỉnh họp.");
    assert_eq!(v["segments"][0]["start"], 0);
    assert_eq!(v["segments"][0]["end"], 4);
    assert_eq!(v["segments"][0]["text"], "ủy ban nhân dân");
    assert_eq!(&input[..4], "UBND");
}

/// Long runs of the shapes the readers look ahead in say in linear time and tile.
#[test]
fn long_adversarial_runs() {
    let a = Annotator::new();
    let runs = [
        "1-".repeat(50_000),
        "01 ".repeat(50_000),
        "1.".repeat(50_000),
        "1,".repeat(50_000),
        "9/".repeat(50_000),
        "QL".repeat(20_000) + "14",
        "thứ III ".repeat(10_000),
        "ngày 5, ".repeat(10_000),
        "30H-456.78 ".repeat(10_000),
        "(".repeat(50_000),
        "UBND ".repeat(20_000),
        "km/".repeat(30_000),
        "\u{301}".repeat(30_000),
    ];
    for input in &runs {
        let s = a.speak(input);
        assert!(
            s.check(input).is_ok(),
            "{:?}…: {:?}",
            &input[..20],
            s.check(input)
        );
    }
}

/// Every sentence of both benchmark sets (`benches/speech/*.tsv`: the first, written with
/// the rules, and the held-out one, written after them), as written and in NFD, with both
/// punctuation choices: the segments tile the input, and NFD says what NFC says.
#[test]
fn segments_tile_every_benchmark_sentence() {
    let a = Annotator::new();
    let mut rows = 0;
    for set in ["sentences.tsv", "heldout.tsv"] {
        let path = format!("{}/benches/speech/{set}", env!("CARGO_MANIFEST_DIR"));
        let tsv = std::fs::read_to_string(&path).expect("a benchmark set");
        for line in tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let written = line.split('\t').nth(1).expect("category, written, spoken");
            let nfd: String = written.nfd().collect();
            for options in [
                SpeechOptions::new(),
                SpeechOptions::new().punctuation(false),
            ] {
                let s = a.speak_with(written, &options);
                assert!(
                    s.check(written).is_ok(),
                    "{written:?}: {:?}",
                    s.check(written)
                );
                let d = a.speak_with(&nfd, &options);
                assert!(
                    d.check(&nfd).is_ok(),
                    "NFD {written:?}: {:?}",
                    d.check(&nfd)
                );
                assert_eq!(d.text, s.text, "{written:?} in NFD");
            }
            rows += 1;
        }
    }
    assert!(rows >= 190, "{rows} rows");
}
