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
fn check_dict_lists_every_error_with_line_and_column() {
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
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n\
         # a comment\n\
         BQLDA\tBan Quản lý dự án\torganization\tgovernment\tmaybe\t\t\n\
         XYZ\tXa Yên Zô\tnot-a-kind\tgovernment\tyes\t\t\n\
         OK\tÔng Ka\torganization\tgovernment\tyes\t\t\n",
    )
    .unwrap();
    let out = nhan(
        &["check-dict", good.to_str().unwrap(), bad.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("good.tsv: ok, 1 entries"),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("bad.tsv:3:"), "{err}");
    assert!(lines[1].contains("bad.tsv:4:"), "{err}");
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
