//! `nhan speak`: text line for line, JSON with segments into each document, JSON Lines
//! input, the options.

mod common;

use common::*;
use nhan::{Annotator, Speech, SpeechOptions};

#[test]
fn text_is_the_speech_form_line_for_line() {
    let text = "UBND tỉnh họp ngày 9/10/2021.\nGọi 113 hoặc 0987 654 321.\n";
    let out = nhan(&["speak"], Some(text.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let a = Annotator::new();
    let want: String = text.lines().map(|l| a.speak(l).text + "\n").collect();
    assert_eq!(stdout(&out), want);
    assert!(stdout(&out).starts_with("ủy ban nhân dân tỉnh họp ngày chín tháng mười"));
}

#[test]
fn json_segments_tile_each_document_across_chunks() {
    let dir = scratch("speak");
    let large = large_text(300_000);
    let path = dir.join("large.txt");
    std::fs::write(&path, &large).unwrap();
    let small = dir.join("small.txt");
    std::fs::write(&small, "Chiều 9.10, BTV Tỉnh ủy họp.").unwrap();
    let out = nhan(&["speak", "-f", "json", dir.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let records = records(&stdout(&out));
    assert_eq!(records.len(), 2);
    for r in &records {
        let name = r["doc"].as_str().unwrap();
        let input = std::fs::read_to_string(name).unwrap();
        let speech: Speech = serde_json::from_value(serde_json::json!({
            "text": r["text"], "segments": r["segments"]
        }))
        .unwrap();
        speech
            .check(&input)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        if name.ends_with("small.txt") {
            assert_eq!(speech, Annotator::new().speak(&input));
        }
    }
}

#[test]
fn json_lines_in_one_record_out_with_options() {
    let input = "{\"text\": \"có 24 xã\"}\n{\"text\": \"có 108 hộ, NATO họp.\"}\n";
    let out = nhan(
        &[
            "speak",
            "--input",
            "jsonl",
            "-f",
            "json",
            "--southern",
            "--bon",
            "--no-punctuation",
            "--acronyms",
            "letters",
        ],
        Some(input.as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let records = records(&stdout(&out));
    assert_eq!(records[0]["text"], "có hai mươi bốn xã");
    assert_eq!(records[1]["text"], "có một trăm lẻ tám hộ en ây ti âu họp");
    assert_eq!(records[1]["line"], 2);
    let options = SpeechOptions::new()
        .southern(true)
        .bon_after_tens(true)
        .punctuation(false);
    assert_eq!(
        records[0]["text"],
        Annotator::new().speak_with("có 24 xã", &options).text
    );
    let out = nhan(&["speak", "--input", "jsonl"], Some(input.as_bytes()));
    assert_eq!(
        stdout(&out),
        "có hai mươi tư xã\ncó một trăm linh tám hộ, NATO họp.\n"
    );
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let out = nhan(&["speak", "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no/such/file.txt"),
        "{}",
        stderr(&out)
    );
    let out = nhan(&["speak"], Some(b"\xff\xfe bad"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("UTF-8"), "{}", stderr(&out));
}
