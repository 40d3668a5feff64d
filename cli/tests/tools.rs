//! `nhan normalize`, `expand`, `check-dict`, `completions`, `--help`, `--version`.

mod common;

use common::*;
use nhan::Annotator;
use nhan::normalize::Normalizer;

#[test]
fn expand_writes_out_abbreviations_in_context() {
    let text = "Ủy viên BTV Tỉnh ủy gặp BTV của báo Hà Giang.\n\nUBND tỉnh họp.\n";
    let out = nhan(&["expand"], Some(text.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), Annotator::new().expand(text));
    assert!(stdout(&out).contains("Ban Thường vụ Tỉnh ủy gặp"));
    assert!(stdout(&out).contains("Ủy ban nhân dân tỉnh họp."));
    // Across chunks of a large file, the same as all at once.
    let dir = scratch("expand");
    let large = large_text(1_200_000);
    let path = dir.join("large.txt");
    std::fs::write(&path, &large).unwrap();
    let out = nhan(&["expand", path.to_str().unwrap()], None);
    assert_eq!(stdout(&out).len(), Annotator::new().expand(&large).len());
}

#[test]
fn normalize_prints_the_normalized_text() {
    let text = "Ðại hội Uỷ ban\u{a0}nhân dân hoà\u{301}\n";
    let out = nhan(&["normalize"], Some(text.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), Normalizer::new().normalize(text).as_str());
    assert!(stdout(&out).starts_with("Đại hội Ủy ban nhân dân"));
}

#[test]
fn normalize_and_expand_read_json_lines() {
    let input = "{\"text\": \"UBND tỉnh\"}\n{\"text\": \"HĐND xã\"}\n";
    let out = nhan(&["expand", "--input", "jsonl"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let records = records(&stdout(&out));
    assert_eq!(records[0]["text"], "Ủy ban nhân dân tỉnh");
    assert_eq!(records[1]["text"], "Hội đồng nhân dân xã");
    assert_eq!(records[1]["line"], 2);
}

#[test]
fn check_dict_lists_every_error_in_line_order_with_the_valid_values() {
    let dir = scratch("dicts");
    let good = dir.join("good.tsv");
    std::fs::write(
        &good,
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n\
         BQLDA\tBan Quản lý dự án\torganization\tgovernment\tyes\t\t\n",
    )
    .unwrap();
    let bad = dir.join("bad.tsv");
    std::fs::write(
        &bad,
        "# a lexicon with an error of each sort\n\
         form\tkind\tcanonical\tinfo\n\
         Trần\tsurname\t\t\n\
         X\tfoo\t\t\n\
         only one field\n\
         Y\tplace\t\tlevel=huyen\n\
         Trần\tsurname\tTrân\t\n\
         Z\tplace\t\tlevel=tỉnh\n\
         \tplace\t\t\n",
    )
    .unwrap();
    let out = nhan(
        &["check-dict", good.to_str().unwrap(), bad.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), format!("{}: ok, 1 entry\n", good.display()));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    let at: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("nhan: error: "))
        .map(|l| l.strip_prefix(bad.to_str().unwrap()).unwrap())
        .map(|l| &l[..l.find(": ").unwrap()])
        .collect();
    assert_eq!(at, [":4:3", ":5:1", ":6:10", ":7", ":9:1"], "{err}");
    assert!(
        lines[0].contains("unknown kind; expected one of surname, role, qualifier, org_head,")
            && lines[0].contains(", not_name, former_commune, syllable,")
            && lines[0].ends_with(": \"foo\""),
        "{err}"
    );
    assert!(
        lines[1].contains("expected 4 tab-separated fields, found 1"),
        "{err}"
    );
    assert!(
        lines[2].contains("level=\"huyen\": expected one of quốc gia"),
        "{err}"
    );
    assert!(lines[2].contains(", huyện,"), "{err}");
    assert!(
        lines[3].contains("conflicts with the entry at line 3"),
        "{err}"
    );
    assert!(lines[4].contains("the form field is empty"), "{err}");
    assert_eq!(lines[5], format!("nhan: {}: 5 errors", bad.display()));
    assert_eq!(lines.len(), 6, "{err}");
    // A bad file alone: no "ok" at all.
    let out = nhan(&["check-dict", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    // A bad header is one error; an unreadable file too.
    let header = dir.join("header.tsv");
    std::fs::write(&header, "form\tkind\nX\tfoo\n").unwrap();
    let missing = dir.join("missing.tsv");
    let out = nhan(
        &[
            "check-dict",
            header.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("header.tsv:1:1: unknown header"), "{err}");
    assert!(err.contains("missing.tsv: No such file"), "{err}");
}

#[test]
fn help_version_and_completions() {
    let out = nhan(&["--version"], None);
    assert_eq!(
        stdout(&out).trim(),
        format!("nhan {}", env!("CARGO_PKG_VERSION"))
    );
    let out = nhan(&["annotate", "--help"], None);
    for flag in [
        "--format",
        "--offsets",
        "--encoding",
        "--reference-date",
        "--kinds",
        "--jobs",
        "--glob",
        "--field",
    ] {
        assert!(stdout(&out).contains(flag), "{flag}");
    }
    for shell in ["bash", "zsh", "fish"] {
        let out = nhan(&["completions", shell], None);
        assert!(out.status.success());
        assert!(stdout(&out).contains("check-dict"), "{shell}");
    }
    let out = nhan(&["annotate", "--format", "xml"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn named_legacy_encodings_are_decoded() {
    let out = nhan(
        &["normalize", "--encoding", "viqr"],
        Some(b"UBND ti?nh Ha` Giang\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "UBND tỉnh Hà Giang\n");
    let (bytes, text) = tcvn3("UBND tỉnh Hà Giang\n");
    assert_eq!(text, "UBND tỉnh Hà Giang\n");
    let out = nhan(&["expand", "--encoding", "tcvn3"], Some(&bytes));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "Ủy ban nhân dân tỉnh Hà Giang\n");
}
