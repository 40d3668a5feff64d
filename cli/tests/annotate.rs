//! `nhan annotate` as a user runs it: directories, bad files, encodings, options.

mod common;

use common::*;
use nhan::{Annotator, Kind};

#[test]
fn a_directory_with_bad_files_annotates_the_rest_and_fails_at_the_end() {
    let (dir, large) = mixed_dir("mixed");
    let d = dir.to_str().unwrap();
    let out = nhan(&["annotate", d, "--format", "jsonl", "--quiet"], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    let line = |name: &str| {
        lines
            .iter()
            .find(|l| l.contains(name))
            .copied()
            .unwrap_or("")
    };
    // "Hà Nội " is 10 bytes.
    assert!(
        line("bad.txt").contains("invalid UTF-8 at byte offset 10"),
        "{err}"
    );
    assert!(line("tcvn3.txt").contains("--encoding"), "{err}");
    let records = records(&stdout(&out));
    assert_eq!(
        records.len(),
        3,
        "empty.txt, normal.txt and sub/large.txt; notes.md is not *.txt"
    );
    let empty = record(&records, "/empty.txt");
    assert_eq!(spans(empty).len(), 0);
    assert_eq!(empty["relations"], serde_json::json!([]));
    check_record(record(&records, "/normal.txt"), SEED);
    let big = record(&records, "sub/large.txt");
    check_record(big, &large);
    // Ids run on across the chunks of the large file, and spans reach its end.
    let last = spans(big).last().unwrap();
    assert!(as_usize(&last["end"]) > large.len() - SEED.len());
}

#[test]
fn auto_detects_tcvn3_says_so_and_annotates_the_decoded_text() {
    let dir = scratch("tcvn3");
    let (bytes, meant) = tcvn3(SEED);
    let path = dir.join("old.txt");
    std::fs::write(&path, bytes).unwrap();
    let out = nhan(
        &[
            "annotate",
            path.to_str().unwrap(),
            "-f",
            "jsonl",
            "--encoding",
            "auto",
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("old.txt: encoding TCVN3 (detected)"),
        "{}",
        stderr(&out)
    );
    let records = records(&stdout(&out));
    check_record(&records[0], &meant);
    let expected = Annotator::new().annotate(&meant);
    assert_eq!(spans(&records[0]).len(), expected.spans.len());
    // Named explicitly, the same.
    let named = nhan(
        &[
            "annotate",
            path.to_str().unwrap(),
            "-f",
            "jsonl",
            "--encoding",
            "tcvn3",
        ],
        None,
    );
    assert_eq!(stdout(&named), stdout(&out));
    assert!(stderr(&named).is_empty());
    // From standard input too (detected on the first bytes, then streamed).
    let (bytes, _) = tcvn3(SEED);
    let piped = nhan(
        &["annotate", "-f", "jsonl", "--encoding", "auto"],
        Some(&bytes),
    );
    assert!(
        stderr(&piped).contains("-: encoding TCVN3 (detected)"),
        "{}",
        stderr(&piped)
    );
    assert_eq!(
        common::records(&stdout(&piped))[0]["spans"],
        records[0]["spans"]
    );
}

#[test]
fn standard_input_with_dash_or_nothing() {
    let text = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh phát biểu.";
    for args in [
        &["annotate", "-f", "jsonl"][..],
        &["annotate", "-", "-f", "jsonl"],
    ] {
        let out = nhan(args, Some(text.as_bytes()));
        assert!(out.status.success(), "{}", stderr(&out));
        let records = records(&stdout(&out));
        assert_eq!(records[0]["doc"], "-");
        check_record(&records[0], text);
    }
    // White space only: a document with no spans, whatever the encoding.
    for encoding in ["utf-8", "auto"] {
        let out = nhan(
            &["annotate", "-f", "jsonl", "--encoding", encoding],
            Some(b"  \n"),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            stdout(&out),
            "{\"doc\":\"-\",\"spans\":[],\"relations\":[],\
             \"writing\":{\"accents\":\"accented\",\"case\":\"normal\"}}\n"
        );
    }
    let out = nhan(&["annotate"], Some(b"ok \xff"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("invalid UTF-8 at byte offset 3"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn offsets_in_characters_and_utf16_when_asked() {
    let text = "😀 Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Hà Giang, ngày 6/11/2020.";
    let out = nhan(
        &["annotate", "-f", "jsonl", "--offsets", "char,utf16"],
        Some(text.as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let records = records(&stdout(&out));
    check_record(&records[0], text);
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    for s in spans(&records[0]) {
        let want = s["text"].as_str().unwrap();
        let (a, b) = (as_usize(&s["start_char"]), as_usize(&s["end_char"]));
        assert_eq!(chars[a..b].iter().collect::<String>(), want);
        let (a, b) = (as_usize(&s["start_utf16"]), as_usize(&s["end_utf16"]));
        assert_eq!(String::from_utf16(&units[a..b]).unwrap(), want);
    }
    let plain = nhan(&["annotate", "-f", "jsonl"], Some(text.as_bytes()));
    assert!(!stdout(&plain).contains("start_char"));
}

#[test]
fn kinds_and_reference_date() {
    let text = "Sáng 6/11, Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang, phát biểu.";
    let out = nhan(
        &[
            "annotate",
            "-f",
            "jsonl",
            "--kinds",
            "date,person",
            "--reference-date",
            "2019-03-04",
        ],
        Some(text.as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let records = records(&stdout(&out));
    check_record(&records[0], text);
    let spans = spans(&records[0]);
    assert!(
        spans
            .iter()
            .all(|s| s["kind"] == "date" || s["kind"] == "person")
    );
    let date = spans.iter().find(|s| s["kind"] == "date").unwrap();
    assert_eq!(date["value"], "2019-11-06");
    for bad in ["2019-02-29", "2019-13-01", "yesterday"] {
        let out = nhan(
            &["annotate", "--reference-date", bad],
            Some(text.as_bytes()),
        );
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains(&format!("invalid date \"{bad}\"")),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn json_lines_input_with_fields_and_per_record_dates() {
    let input = concat!(
        r#"{"body": "Sáng 6/11, UBND tỉnh Hà Giang họp.", "date": "2018-01-01"}"#,
        "\n",
        r#"{"body": "Sáng 6/11, UBND tỉnh Hà Giang họp."}"#,
        "\n",
        r#"{"text": "no body here"}"#,
        "\n",
        "not json\n",
        r#"{"body": "Chiều 6.11 họp.", "date": "2018-02-30"}"#,
        "\n",
        "\n",
        r#"{"body": "Đại tá Phan Huy Ngọc phát biểu.", "date": null}"#,
        "\n",
    );
    let out = nhan(
        &[
            "annotate",
            "--input",
            "jsonl",
            "--field",
            "body",
            "--date-field",
            "date",
            "-f",
            "jsonl",
            "--jobs",
            "2",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("-:3: no string field \"body\""), "{err}");
    assert!(err.contains("-:4: not JSON"), "{err}");
    assert!(err.contains("-:5: invalid date \"2018-02-30\""), "{err}");
    let records = records(&stdout(&out));
    let lines: Vec<u64> = records
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [1, 2, 7]);
    let texts: Vec<serde_json::Value> = input
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_default())
        .collect();
    for r in &records {
        let line = as_usize(&r["line"]);
        check_record(r, texts[line - 1]["body"].as_str().unwrap());
    }
    let date = |r: &serde_json::Value| {
        spans(r)
            .iter()
            .find(|s| s["kind"] == "date")
            .map(|s| s["value"].clone())
    };
    assert_eq!(date(&records[0]), Some("2018-11-06".into()));
    assert_eq!(date(&records[1]), Some("XXXX-11-06".into()));
}

#[test]
fn parallel_jobs_keep_input_order() {
    let dir = scratch("order");
    for i in 0..12u32 {
        let text = if i.is_multiple_of(5) {
            large_text(300_000)
        } else {
            SEED.replace("2.900", &i.to_string())
        };
        std::fs::write(dir.join(format!("f{i:02}.txt")), text).unwrap();
    }
    let d = dir.to_str().unwrap();
    let one = nhan(&["annotate", d, "-f", "jsonl", "--jobs", "1"], None);
    let four = nhan(&["annotate", d, "-f", "jsonl", "--jobs", "4"], None);
    assert!(one.status.success() && four.status.success());
    assert_eq!(stdout(&one), stdout(&four));
    let docs: Vec<String> = records(&stdout(&one))
        .iter()
        .map(|r| r["doc"].as_str().unwrap().to_owned())
        .collect();
    let mut sorted = docs.clone();
    sorted.sort();
    assert_eq!(docs, sorted);
    assert_eq!(docs.len(), 12);
}

#[test]
fn missing_paths_are_reported_and_the_rest_annotated() {
    let dir = scratch("missing");
    let file = dir.join("a.txt");
    std::fs::write(&file, SEED).unwrap();
    let out = nhan(
        &[
            "annotate",
            "/no/such/file.txt",
            file.to_str().unwrap(),
            "-f",
            "jsonl",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/no/such/file.txt: no such file or directory"));
    let records = records(&stdout(&out));
    assert_eq!(records.len(), 1);
    check_record(&records[0], SEED);
    let kinds: Vec<&str> = spans(&records[0])
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&Kind::Person.as_str()));
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = scratch("pipe");
    for i in 0..3 {
        std::fs::write(dir.join(format!("{i}.txt")), large_text(1_500_000)).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_nhan"))
        .args(["annotate", dir.to_str().unwrap(), "-f", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // The pipe is closed here, as `| head -c 100` does.
    let out = child.wait_with_output().unwrap();
    assert!(head.starts_with(b"{\"doc\":"));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
