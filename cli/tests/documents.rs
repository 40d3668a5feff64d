//! Every input is a document in every format: empty files, and JSON Lines records named by
//! their own ids (`--id-field`).

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;

const FORMATS: [&str; 7] = ["json", "jsonl", "conll", "spacy", "html", "pretty", "brat"];

/// Runs `nhan annotate ARGS -f FORMAT` (brat into `out_dir`) and returns standard output.
fn run(args: &[&str], format: &str, stdin: Option<&[u8]>, out_dir: &Path) -> String {
    let mut all = vec!["annotate", "-q", "--color", "never", "-f", format];
    all.extend_from_slice(args);
    if format == "brat" {
        all.extend_from_slice(&["--output", out_dir.to_str().unwrap()]);
    }
    let out = nhan(&all, stdin);
    assert!(out.status.success(), "{format}: {}", stderr(&out));
    assert_eq!(stderr(&out), "", "{format}");
    stdout(&out)
}

/// Checks that `out` (or the brat directory) holds one document named `name` with `text`.
fn has_document(format: &str, out: &str, brat: &Path, name: &str, text: &str) {
    match format {
        "json" | "jsonl" => {
            let objects: Vec<Value> = serde_json::Deserializer::from_str(out)
                .into_iter()
                .collect::<Result<_, _>>()
                .unwrap();
            let record = objects
                .iter()
                .find(|o| o["doc"] == name)
                .unwrap_or_else(|| panic!("{format}: no {name} in {out}"));
            if text.trim().is_empty() {
                assert_eq!(spans(record).len(), 0);
            } else {
                check_record(record, text);
            }
        }
        "conll" => assert!(out.contains(&format!("# doc = {name}\n")), "{out}"),
        "spacy" => {
            let doc = records(out)
                .into_iter()
                .find(|d| d["user_data"]["doc"] == name)
                .unwrap_or_else(|| panic!("spacy: no {name}"));
            assert_eq!(doc["text"], text);
        }
        "html" => assert!(out.contains(&format!("<section><h2>{name}</h2>")), "{out}"),
        "pretty" => assert!(out.contains(&format!("== {name}\n")), "{out}"),
        "brat" => {
            let stem = name
                .trim_start_matches('/')
                .trim_end_matches(".txt")
                .replace(['/', ':'], "_");
            let copy = std::fs::read_to_string(brat.join(format!("{stem}.txt"))).unwrap();
            assert_eq!(copy, text);
            let ann = std::fs::read_to_string(brat.join(format!("{stem}.ann"))).unwrap();
            assert_eq!(ann.is_empty(), text.trim().is_empty(), "{stem}.ann");
        }
        _ => unreachable!(),
    }
}

#[test]
fn empty_files_are_documents_with_no_spans_in_every_format() {
    let dir = scratch("empty-files");
    let text = "Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.\n";
    let files = [("a.txt", text), ("empty.txt", ""), ("blank.txt", "  \n\n")];
    for (name, body) in files {
        std::fs::write(dir.join(name), body).unwrap();
    }
    for format in FORMATS {
        let brat = scratch(&format!("empty-files-{format}"));
        for encoding in ["utf-8", "auto"] {
            let args = [dir.to_str().unwrap(), "--encoding", encoding];
            let out = run(&args, format, None, &brat);
            for (name, body) in files {
                let path = dir.join(name);
                has_document(format, &out, &brat, path.to_str().unwrap(), body);
            }
        }
    }
}

#[test]
fn record_ids_name_the_documents_in_every_format() {
    let texts = [
        "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh, phát biểu.",
        "UBND tỉnh Hà Giang họp sáng 6/11/2020.",
        "",
    ];
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "bài-1", "text": texts[0]}),
        serde_json::json!({"id": 42, "text": texts[1]}),
        serde_json::json!({"id": "rỗng", "text": texts[2]}),
    );
    let args = ["--input", "jsonl", "--id-field", "id"];
    for format in FORMATS {
        let brat = scratch(&format!("ids-{format}"));
        let out = run(&args, format, Some(input.as_bytes()), &brat);
        assert!(!out.contains("-:1"), "{format}: {out}");
        for (name, text) in ["bài-1", "42", "rỗng"].into_iter().zip(texts) {
            has_document(format, &out, &brat, name, text);
        }
        if format == "jsonl" {
            let lines: Vec<Value> = records(&out).iter().map(|r| r["line"].clone()).collect();
            assert_eq!(lines, [1, 2, 3]);
        }
    }
}

#[test]
fn a_record_without_its_id_is_an_error_and_the_others_are_written() {
    let input = "{\"id\": \"x\", \"text\": \"UBND tỉnh\"}\n{\"text\": \"HĐND xã\"}\n{\"id\": null, \"text\": \"xã\"}\n";
    let out = nhan(
        &[
            "annotate",
            "--input",
            "jsonl",
            "--id-field",
            "id",
            "-f",
            "jsonl",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("-:2: no string or number field \"id\""),
        "{err}"
    );
    assert!(
        err.contains("-:3: no string or number field \"id\""),
        "{err}"
    );
    let records = records(&stdout(&out));
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["doc"], "x");
    check_record(&records[0], "UBND tỉnh");
    let out = nhan(&["annotate", "--id-field", "id"], Some(b"UBND"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--id-field needs --input jsonl"));
}
