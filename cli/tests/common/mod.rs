//! Running the built `nhan` binary on generated inputs.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const SEED: &str = include_str!("../../../examples/data/seed.txt");

/// Runs `nhan ARGS`, feeding `stdin` when given.
pub fn nhan(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nhan"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nhan runs");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        // nhan may exit before reading (a bad option): a broken pipe is no failure here.
        if let Err(e) = pipe.write_all(bytes) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    child.wait_with_output().expect("nhan ends")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh directory under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// About `size` bytes of news-like text: the seed's paragraphs, each copy with other
/// numbers, so that the stream is cut into several chunks.
pub fn large_text(size: usize) -> String {
    let mut out = String::with_capacity(size + SEED.len());
    let mut i = 0;
    while out.len() < size {
        out.push_str(&SEED.replace("2.900", &format!("{}.{:03}", 2 + i % 7, i % 1000)));
        out.push_str("\n\n");
        i += 1;
    }
    out
}

/// The seed in TCVN3 bytes, and the text those bytes stand for (characters TCVN3 cannot
/// write are replaced by their lower case, else `?`).
pub fn tcvn3(text: &str) -> (Vec<u8>, String) {
    use nhan::encoding::{Encoding, decode_as};
    let mut table = std::collections::HashMap::new();
    for b in 0x80..=0xFFu8 {
        let decoded = decode_as(&[b], Encoding::Tcvn3).expect("byte encodings never fail");
        let mut chars = decoded.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            table.entry(c).or_insert(b);
        }
    }
    let mut bytes = Vec::new();
    let mut meant = String::new();
    for c in text.chars() {
        let candidates = [c, c.to_lowercase().next().unwrap_or(c)];
        match candidates
            .iter()
            .find(|c| c.is_ascii() || table.contains_key(c))
        {
            Some(&c) if c.is_ascii() => {
                bytes.push(c as u8);
                meant.push(c);
            }
            Some(&c) => {
                bytes.push(table[&c]);
                meant.push(c);
            }
            None => {
                bytes.push(b'?');
                meant.push('?');
            }
        }
    }
    (bytes, meant)
}

/// The JSON Lines records of an output, by `"doc"`.
pub fn records(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

pub fn record<'a>(records: &'a [Value], doc_suffix: &str) -> &'a Value {
    records
        .iter()
        .find(|r| r["doc"].as_str().is_some_and(|d| d.ends_with(doc_suffix)))
        .unwrap_or_else(|| panic!("no record for {doc_suffix}"))
}

pub fn spans(record: &Value) -> &Vec<Value> {
    record["spans"].as_array().expect("spans")
}

/// Checks a record against its input: every span's bytes, ids, relations.
pub fn check_record(record: &Value, input: &str) {
    let spans = spans(record);
    assert!(!spans.is_empty(), "{} has spans", record["doc"]);
    for (i, s) in spans.iter().enumerate() {
        assert_eq!(s["id"].as_u64(), Some(i as u64));
        let (start, end) = (as_usize(&s["start"]), as_usize(&s["end"]));
        assert_eq!(&input[start..end], s["text"].as_str().unwrap(), "{s}");
    }
    for r in record["relations"].as_array().expect("relations") {
        assert!(as_usize(&r["head"]) < spans.len() && as_usize(&r["tail"]) < spans.len());
    }
}

pub fn as_usize(v: &Value) -> usize {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}")) as usize
}

/// (start, end, kind) of the outer spans: those not inside an earlier one.
pub fn outer(spans: &[Value]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut end = 0;
    for s in spans {
        let (a, b) = (as_usize(&s["start"]), as_usize(&s["end"]));
        if a >= end && b > a {
            out.push((a, b, s["kind"].as_str().unwrap().to_owned()));
            end = b;
        }
    }
    out
}

/// A directory with a normal file, an empty file, a TCVN3 file, a file that is not UTF-8
/// and a large file. Returns it with the large text.
pub fn mixed_dir(name: &str) -> (PathBuf, String) {
    let dir = scratch(name);
    let large = large_text(2_600_000);
    std::fs::write(dir.join("normal.txt"), SEED).unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("tcvn3.txt"), tcvn3(SEED).0).unwrap();
    let mut bad = "Hà Nội ".as_bytes().to_vec();
    bad.extend_from_slice(b"\xff\xfe tr\xe1i\n");
    std::fs::write(dir.join("bad.txt"), bad).unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/large.txt"), &large).unwrap();
    std::fs::write(dir.join("sub/notes.md"), "not taken: the glob is *.txt").unwrap();
    // A link back to the top: not followed.
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).unwrap();
    (dir, large)
}
