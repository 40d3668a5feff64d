//! Every output format, parsed back and checked against the input text and against the
//! JSON Lines output of the same run.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use serde_json::Value;

/// A directory with the seed and a text of two chunks; the JSON Lines of it with
/// character offsets, by file name.
fn corpus(name: &str) -> (PathBuf, Vec<(String, String, Value)>) {
    let dir = scratch(name);
    std::fs::write(dir.join("a.txt"), SEED).unwrap();
    std::fs::write(dir.join("b.txt"), large_text(1_300_000)).unwrap();
    let out = nhan(
        &[
            "annotate",
            dir.to_str().unwrap(),
            "-f",
            "jsonl",
            "--offsets",
            "char",
            "-q",
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = records(&stdout(&out))
        .into_iter()
        .map(|r| {
            let doc = r["doc"].as_str().unwrap().to_owned();
            let text = std::fs::read_to_string(&doc).unwrap();
            check_record(&r, &text);
            (doc, text, r)
        })
        .collect();
    (dir, docs)
}

fn run(dir: &Path, format: &str, extra: &[&str]) -> String {
    let mut args = vec!["annotate", dir.to_str().unwrap(), "-f", format, "-q"];
    args.extend_from_slice(extra);
    let out = nhan(&args, None);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn json_is_the_same_objects_as_json_lines() {
    let (dir, docs) = corpus("f-json");
    let out = run(&dir, "json", &["--offsets", "char"]);
    let objects: Vec<Value> = serde_json::Deserializer::from_str(&out)
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("a stream of JSON objects");
    assert_eq!(objects.len(), docs.len());
    for (object, (_, text, record)) in objects.iter().zip(&docs) {
        check_record(object, text);
        assert_eq!(object, record);
    }
}

/// CoNLL: (token, start, end, tag) lines; `# doc =` headers; blank lines between
/// sentences.
#[test]
fn conll_round_trips_to_the_outer_spans() {
    let (dir, docs) = corpus("f-conll");
    let out = run(&dir, "conll", &[]);
    let mut current: Option<usize> = None;
    let mut found: Vec<Vec<(usize, usize, String)>> = vec![Vec::new(); docs.len()];
    let mut tokens = 0;
    for line in out.lines() {
        if let Some(name) = line.strip_prefix("# doc = ") {
            current = docs.iter().position(|(d, _, _)| d == name);
            assert!(current.is_some(), "{name}");
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let i = current.expect("a token after a header");
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "{line}");
        let (start, end): (usize, usize) = (cols[1].parse().unwrap(), cols[2].parse().unwrap());
        assert_eq!(&docs[i].1[start..end], cols[0]);
        tokens += 1;
        let spans = &mut found[i];
        if let Some(kind) = cols[3].strip_prefix("B-") {
            spans.push((start, end, kind.to_owned()));
        } else if let Some(kind) = cols[3].strip_prefix("I-") {
            let last = spans.last_mut().expect("I- after B-");
            assert_eq!(last.2, kind);
            last.1 = end;
        } else {
            assert_eq!(cols[3], "O");
        }
    }
    assert!(tokens > 100_000);
    for ((_, _, record), found) in docs.iter().zip(&found) {
        assert_eq!(found, &outer(spans(record)));
    }
}

#[test]
fn brat_files_round_trip() {
    let (dir, docs) = corpus("f-brat");
    let out_dir = scratch("f-brat-out");
    let o = out_dir.to_str().unwrap();
    run(&dir, "brat", &["--output", o]);
    assert!(
        std::fs::read_to_string(out_dir.join("annotation.conf"))
            .unwrap()
            .contains("has_title")
    );
    for (doc, text, record) in &docs {
        let stem = doc
            .trim_start_matches('/')
            .trim_end_matches(".txt")
            .replace('/', "_");
        let copy = std::fs::read_to_string(out_dir.join(format!("{stem}.txt"))).unwrap();
        assert_eq!(&copy, text);
        let chars: Vec<char> = copy.chars().collect();
        let ann = std::fs::read_to_string(out_dir.join(format!("{stem}.ann"))).unwrap();
        let mut entities = Vec::new();
        let mut relations = Vec::new();
        for line in ann.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            match line.as_bytes()[0] {
                b'T' => {
                    let (kind, ranges) = cols[1].split_once(' ').unwrap();
                    let mut pieces = Vec::new();
                    let mut first = usize::MAX;
                    let mut last = 0;
                    for range in ranges.split(';') {
                        let (a, b) = range.split_once(' ').unwrap();
                        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                        pieces.push(chars[a..b].iter().collect::<String>());
                        first = first.min(a);
                        last = last.max(b);
                    }
                    assert_eq!(pieces.join(" "), cols[2], "{line}");
                    entities.push((
                        cols[0][1..].parse::<usize>().unwrap() - 1,
                        kind.to_owned(),
                        first,
                        last,
                    ));
                }
                b'R' => {
                    let parts: Vec<&str> = cols[1].split(' ').collect();
                    let arg = |p: &str, name: &str| -> usize {
                        p.strip_prefix(name)
                            .unwrap()
                            .strip_prefix('T')
                            .unwrap()
                            .parse::<usize>()
                            .unwrap()
                            - 1
                    };
                    relations.push((
                        parts[0].to_owned(),
                        arg(parts[1], "Arg1:"),
                        arg(parts[2], "Arg2:"),
                    ));
                }
                b'#' => assert!(cols[1].starts_with("AnnotatorNotes T")),
                _ => panic!("unexpected line {line}"),
            }
        }
        let spans = spans(record);
        assert_eq!(entities.len(), spans.len());
        for ((id, kind, a, b), s) in entities.iter().zip(spans) {
            assert_eq!(*id, as_usize(&s["id"]));
            assert_eq!(kind, s["kind"].as_str().unwrap());
            assert_eq!(
                (*a, *b),
                (as_usize(&s["start_char"]), as_usize(&s["end_char"]))
            );
        }
        let want: Vec<(String, usize, usize)> = record["relations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["kind"].as_str().unwrap().to_owned(),
                    as_usize(&r["head"]),
                    as_usize(&r["tail"]),
                )
            })
            .collect();
        assert_eq!(relations, want);
    }
}

#[test]
fn brat_needs_an_output_directory() {
    let out = nhan(&["annotate", "-f", "brat"], Some(b"UBND"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--output DIR"));
}

/// Python with spaCy: `NHAN_PYTHON`, else the venv `.ci/run` makes, else `python3`.
fn python_with_spacy() -> Option<PathBuf> {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/spacy-venv/bin/python");
    let candidates = [
        std::env::var_os("NHAN_PYTHON").map(PathBuf::from),
        Some(venv),
        Some("python3".into()),
    ];
    candidates.into_iter().flatten().find(|p| {
        Command::new(p)
            .args(["-c", "import spacy"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn spacy_json_round_trips() {
    let (dir, docs) = corpus("f-spacy");
    let out = run(&dir, "spacy", &[]);
    let path = dir.join("out.spacy.jsonl");
    std::fs::write(&path, &out).unwrap();
    let lines = records(&out);
    assert_eq!(lines.len(), docs.len());
    for (d, (_, text, record)) in lines.iter().zip(&docs) {
        assert_eq!(d["text"].as_str().unwrap(), text);
        let chars: Vec<char> = text.chars().collect();
        let piece = |v: &Value| {
            chars[as_usize(&v["start"])..as_usize(&v["end"])]
                .iter()
                .collect::<String>()
        };
        let group = d["spans"]["nhan"].as_array().unwrap();
        assert_eq!(group.len(), spans(record).len());
        for (g, s) in group.iter().zip(spans(record)) {
            assert_eq!(piece(g), s["text"].as_str().unwrap());
            assert_eq!(g["label"], s["kind"]);
        }
        let ents: Vec<(usize, usize, String)> = d["ents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    as_usize(&e["start"]),
                    as_usize(&e["end"]),
                    e["label"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let outer_chars: Vec<(usize, usize, String)> = outer(spans(record))
            .into_iter()
            .map(|(a, b, k)| (text[..a].chars().count(), text[..b].chars().count(), k))
            .collect();
        assert_eq!(ents, outer_chars);
        // Tokens in order, not overlapping, covering everything but single spaces.
        let mut at = 0;
        for t in d["tokens"].as_array().unwrap() {
            let (a, b) = (as_usize(&t["start"]), as_usize(&t["end"]));
            assert!(a >= at && b > a);
            assert!(chars[at..a].iter().all(|&c| c == ' ') && a - at <= 1);
            at = b;
        }
    }
}

#[test]
#[ignore = "needs Python with spaCy (NHAN_PYTHON)"]
fn spacy_reads_the_spacy_json() {
    let (dir, docs) = corpus("f-spacy-python");
    let path = dir.join("out.spacy.jsonl");
    std::fs::write(&path, run(&dir, "spacy", &[])).unwrap();
    let python = python_with_spacy()
        .expect("no Python with spaCy: set NHAN_PYTHON to one (.ci/run makes target/spacy-venv)");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spacy_check.py");
    let check = Command::new(python)
        .arg(script)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains(&format!("{} documents", docs.len())));
}

/// The page's text with the tags taken out and entities decoded.
fn page_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[rest[i..].find('>').unwrap() + i + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn html_highlights_every_span_and_keeps_the_text() {
    let (dir, docs) = corpus("f-html");
    let page = run(&dir, "html", &[]);
    assert!(!page.contains("http"), "self-contained: no network access");
    let sections: Vec<&str> = page.split("<section>").skip(1).collect();
    assert_eq!(sections.len(), docs.len());
    for (section, (doc, text, record)) in sections.iter().zip(&docs) {
        let body = section.split_once("<div class=\"doc\">").unwrap().1;
        let body = body.rsplit_once("</div></section>").unwrap().0;
        assert_eq!(&page_text(body), text, "{doc}");
        let marks: Vec<(usize, usize)> = body
            .match_indices("<mark ")
            .map(|(i, _)| {
                let tag = &body[i..i + body[i..].find('>').unwrap()];
                let attr = |name: &str| -> usize {
                    let v = tag.split(&format!("{name}=\"")).nth(1).unwrap();
                    v[..v.find('"').unwrap()].parse().unwrap()
                };
                (attr("data-start"), attr("data-end"))
            })
            .collect();
        let want: Vec<(usize, usize)> = spans(record)
            .iter()
            .map(|s| (as_usize(&s["start"]), as_usize(&s["end"])))
            .collect();
        assert_eq!(marks, want);
    }
}

/// Opens the page in headless Chromium: the DOM it builds holds a mark for every span
/// (nesting survived the parser), and a screenshot is taken.
#[test]
#[ignore = "needs Chromium"]
fn chromium_opens_the_html_page() {
    let (dir, docs) = corpus("f-html-chromium");
    let page = run(&dir, "html", &[]);
    let spans: usize = docs.iter().map(|d| spans(&d.2).len()).sum();
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("no chromium, chromium-browser or google-chrome on the PATH");
    let path = dir.join("page.html");
    std::fs::write(&path, &page).unwrap();
    let url = format!("file://{}", path.display());
    let flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ];
    let dom = Command::new(chromium)
        .args(flags)
        .args(["--dump-dom", &url])
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert_eq!(
        dom.matches("<mark class=\"k-").count() - 10,
        spans,
        "ten legend marks"
    );
    assert_eq!(dom.matches("</mark>").count() - 10, spans);
    let shot = dir.join("page.png");
    let out = Command::new(chromium)
        .args(flags)
        .arg(format!("--screenshot={}", shot.display()))
        .args(["--window-size=1100,900", &url])
        .output()
        .unwrap();
    let png = std::fs::read(&shot).unwrap_or_default();
    assert!(
        png.starts_with(b"\x89PNG"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn pretty_without_colour_brackets_the_outer_spans() {
    let (dir, docs) = corpus("f-pretty");
    let out = run(&dir, "pretty", &["--color", "never"]);
    for (doc, text, record) in &docs {
        let start = out.find(&format!("== {doc}\n")).unwrap() + doc.len() + 4;
        let mut rest = &out[start..];
        let mut at = 0;
        for (a, b, kind) in outer(spans(record)) {
            assert!(rest.starts_with(&text[at..a]));
            rest = &rest[a - at..];
            let marked = format!("[{}]/{kind}", &text[a..b]);
            assert!(rest.starts_with(&marked), "{marked}");
            rest = &rest[marked.len()..];
            at = b;
        }
        assert!(rest.starts_with(&text[at..]));
    }
}
