//! Real text: lines written for these tests, and (ignored unless asked for) real non-NFC
//! lines and the statutes.

use super::*;

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
