//! Each format parsed back and checked against the input text and the annotation.

use super::*;
use crate::span::{Kind, Value};
use crate::{Annotator, RelationKind};

const INPUT: &str = "Sáng 6/11/2020, Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang, \
                     chủ trì họp với 2.900 đại biểu.\n\n\
                     Ủy viên BTV Tỉnh ủy, ông Nguyễn Văn An (\"Chủ tịch\" UBND huyện) & cộng sự.\n\
                     Mặt trận Tổ quốc (MTTQ) tỉnh họp.\n";

fn annotated() -> Annotation {
    let a = Annotator::new().annotate(INPUT);
    assert_eq!(a.check(INPUT), Ok(()));
    assert!(a.spans.len() > 10 && !a.relations.is_empty());
    a
}

fn written(format: Format, doc: &Document<'_>, text: &str, a: &Annotation) -> String {
    let mut out = Vec::new();
    write(format, doc, text, a, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The annotation cut in two pieces at the paragraph break (no span or relation crosses
/// it), written piece by piece.
fn written_in_pieces(format: Format, doc: &Document<'_>, a: &Annotation) -> String {
    let cut = INPUT.find("\n\n").unwrap() + 2;
    let first = a.spans.iter().take_while(|s| s.end <= cut).count();
    let split = |spans: &[Span], keep: bool| Annotation {
        spans: spans.to_vec(),
        relations: a
            .relations
            .iter()
            .filter(|r| (r.head < first) == keep)
            .copied()
            .collect(),
        writing: a.writing.clone(),
    };
    let (one, two) = (
        split(&a.spans[..first], true),
        split(&a.spans[first..], false),
    );
    let mut writer = format.writer(doc);
    let mut out = Vec::new();
    writer
        .piece(Piece::whole(&INPUT[..cut], &one), &mut out)
        .unwrap();
    let second = Piece {
        offset: cut,
        text: &INPUT[cut..],
        annotation: &two,
    };
    writer.piece(second, &mut out).unwrap();
    writer.finish(None, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn pieces_write_what_the_whole_writes() {
    let a = annotated();
    let doc = Document::named("a.txt");
    for format in Format::ALL {
        assert_eq!(
            written_in_pieces(format, &doc, &a),
            written(format, &doc, INPUT, &a),
            "{format:?}"
        );
    }
}

#[test]
fn json_reads_back_as_the_annotation() {
    let a = annotated();
    let bare = written(Format::Jsonl, &Document::default(), INPUT, &a);
    assert_eq!(bare, format!("{}\n", a.to_json().unwrap()));
    let doc = Document {
        name: Some("corpus.jsonl:7"),
        line: Some(7),
    };
    for format in [Format::Json, Format::Jsonl] {
        let out = written(format, &doc, INPUT, &a);
        assert!(out.ends_with("\"case\":\"normal\"}}\n"), "{out}");
        assert_eq!(
            out.lines().count() > 1,
            format == Format::Json,
            "{format:?}"
        );
        let record: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(record["doc"], "corpus.jsonl:7");
        assert_eq!(record["line"], 7);
        let back: Annotation = serde_json::from_value(record).unwrap();
        assert_eq!(back, a);
        for s in &back.spans {
            assert_eq!(&INPUT[s.start..s.end], s.text);
        }
    }
}

#[test]
fn a_failed_document_says_why_or_is_not_written() {
    let a = annotated();
    let mut w = Format::Jsonl.writer(&Document::named("-"));
    let mut out = Vec::new();
    w.piece(Piece::whole(INPUT, &a), &mut out).unwrap();
    w.finish(Some("invalid UTF-8 at byte offset 9"), &mut out)
        .unwrap();
    let record: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(record["error"], "invalid UTF-8 at byte offset 9");
    assert_eq!(record["spans"].as_array().unwrap().len(), a.spans.len());
    for format in Format::ALL {
        let mut out = Vec::new();
        let mut w = format.writer(&Document::named("-"));
        w.finish(Some("no such file"), &mut out).unwrap();
        let written = String::from_utf8(out).unwrap();
        // brat's .ann of a failed document holds what was found before (nothing).
        assert_eq!(written, "", "{format:?}");
    }
}

#[test]
fn an_empty_text_is_a_document_in_every_format() {
    let empty = Annotation::default();
    let doc = Document::named("empty.txt");
    let json = written(Format::Jsonl, &doc, "", &empty);
    assert_eq!(
        json,
        "{\"doc\":\"empty.txt\",\"spans\":[],\"relations\":[],\
         \"writing\":{\"accents\":\"accented\",\"case\":\"normal\"}}\n"
    );
    assert_eq!(
        written(Format::Conll, &doc, "", &empty),
        "# doc = empty.txt\n"
    );
    assert_eq!(written(Format::Brat, &doc, "", &empty), "");
    let spacy: serde_json::Value =
        serde_json::from_str(&written(Format::Spacy, &doc, "", &empty)).unwrap();
    assert_eq!(spacy["text"], "");
    assert_eq!(spacy["user_data"]["doc"], "empty.txt");
    assert_eq!(spacy["tokens"].as_array().map(Vec::len), Some(0));
    assert_eq!(
        written(Format::Html, &doc, "", &empty),
        "<section><h2>empty.txt</h2><div class=\"doc\"></div></section>\n"
    );
}

#[test]
fn conll_tokens_are_input_bytes_and_tags_give_back_the_outer_spans() {
    let a = annotated();
    let out = written(Format::Conll, &Document::named("a.txt"), INPUT, &a);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("# doc = a.txt"));
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    let mut blank = 0;
    for line in lines {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "{line}");
        let (start, end): (usize, usize) = (cols[1].parse().unwrap(), cols[2].parse().unwrap());
        assert_eq!(&INPUT[start..end], cols[0]);
        if let Some(kind) = cols[3].strip_prefix("B-") {
            found.push((start, end, kind.to_owned()));
        } else if let Some(kind) = cols[3].strip_prefix("I-") {
            let last = found.last_mut().expect("I- after B-");
            assert_eq!(last.2, kind);
            last.1 = end;
        } else {
            assert_eq!(cols[3], "O");
        }
    }
    // The paragraph break, the line break, the end.
    assert_eq!(blank, 3);
    let want: Vec<(usize, usize, String)> = outer(&a.spans, |_| true)
        .iter()
        .map(|s| (s.start, s.end, s.kind.to_string()))
        .collect();
    assert_eq!(found, want);
}

#[test]
fn brat_offsets_are_characters_of_the_text() {
    let a = annotated();
    let ann = written(Format::Brat, &Document::named("a.txt"), INPUT, &a);
    let chars: Vec<char> = INPUT.chars().collect();
    let (mut entities, mut relations, mut notes) = (Vec::new(), Vec::new(), 0);
    for line in ann.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        match &cols[0][..1] {
            "T" => {
                let (kind, range) = cols[1].split_once(' ').unwrap();
                let (a, b) = range.split_once(' ').unwrap();
                let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                assert_eq!(chars[a..b].iter().collect::<String>(), cols[2]);
                entities.push((kind.to_owned(), a, b));
            }
            "R" => relations.push(cols[1].to_owned()),
            "#" => notes += 1,
            other => panic!("unexpected {other}"),
        }
    }
    let want: Vec<(String, usize, usize)> = a
        .spans
        .iter()
        .zip(a.char_ranges(INPUT))
        .map(|(s, c)| (s.kind.to_string(), c.start, c.end))
        .collect();
    assert_eq!(entities, want);
    assert_eq!(
        notes,
        a.spans
            .iter()
            .filter(|s| s.attributes().next().is_some())
            .count()
    );
    let want: Vec<String> = a
        .relations
        .iter()
        .map(|r| format!("{} Arg1:T{} Arg2:T{}", r.kind, r.head + 1, r.tail + 1))
        .collect();
    assert_eq!(relations, want);
    // Every relation kind is declared with the kinds it joins.
    let conf = brat::config();
    for r in RelationKind::ALL {
        let (h, t) = r.joins();
        assert!(conf.contains(&format!("{r}\tArg1:{h}, Arg2:{t}\n")));
    }
}

#[test]
fn brat_splits_a_span_over_a_line_break_into_fragments() {
    let text = "Ủy ban nhân\ndân tỉnh";
    let mut a = Annotation::default();
    a.spans
        .push(Span::new(Kind::Organization, text, 0..text.len()));
    let ann = written(Format::Brat, &Document::default(), text, &a);
    assert_eq!(ann, "T1\torganization 0 11;12 20\tỦy ban nhân dân tỉnh\n");
}

#[test]
fn spacy_json_counts_in_characters() {
    let a = annotated();
    let out = written(Format::Spacy, &Document::named("a.txt"), INPUT, &a);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["text"], INPUT);
    assert_eq!(doc["user_data"]["doc"], "a.txt");
    let chars: Vec<char> = INPUT.chars().collect();
    let piece = |v: &serde_json::Value| {
        let (s, e) = (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap());
        chars[s as usize..e as usize].iter().collect::<String>()
    };
    let group = doc["spans"]["nhan"].as_array().unwrap();
    assert_eq!(group.len(), a.spans.len());
    for (g, s) in group.iter().zip(&a.spans) {
        assert_eq!(piece(g), s.text);
        assert_eq!(g["label"], s.kind.as_str());
    }
    let ents: Vec<String> = doc["ents"].as_array().unwrap().iter().map(piece).collect();
    let want: Vec<&str> = outer(&a.spans, |_| true)
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(ents, want);
    // Tokens in order, not overlapping, covering everything but single spaces.
    let mut at = 0;
    for t in doc["tokens"].as_array().unwrap() {
        let (s, e) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        assert!(s >= at && e > s, "{t}");
        assert!(s - at <= 1 && chars[at..s].iter().all(|&c| c == ' '));
        at = e;
    }
    assert_eq!(at, chars.len());
}

#[test]
fn spacy_ents_take_the_labelled_kinds_only() {
    let a = annotated();
    let mut w = spacy::Spacy::new(&Document::default())
        .labels([(Kind::Person, "PER"), (Kind::Organization, "ORG")])
        .spans_key("all");
    let mut out = Vec::new();
    w.piece(Piece::whole(INPUT, &a), &mut out).unwrap();
    w.finish(None, &mut out).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let chars: Vec<char> = INPUT.chars().collect();
    let ents: Vec<(String, String)> = doc["ents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let (s, t) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
            let text = chars[s as usize..t as usize].iter().collect();
            (e["label"].as_str().unwrap().to_owned(), text)
        })
        .collect();
    let label = |k: Kind| if k == Kind::Person { "PER" } else { "ORG" };
    let want: Vec<(String, String)> = outer(&a.spans, |s| {
        matches!(s.kind, Kind::Person | Kind::Organization)
    })
    .iter()
    .map(|s| (label(s.kind).to_owned(), s.text.clone()))
    .collect();
    assert_eq!(ents, want);
    // An organization inside a title is an entity here, not hidden by the title.
    assert!(
        ents.iter().any(|(_, t)| t == "Công an tỉnh Hà Giang"),
        "{ents:?}"
    );
    assert_eq!(doc["spans"]["all"].as_array().unwrap().len(), a.spans.len());
    assert_eq!(
        doc["user_data"],
        serde_json::json!({"writing": {"accents": "accented", "case": "normal"}})
    );
}

#[test]
fn spacy_user_data_says_how_a_mixed_document_is_written_in_characters() {
    let text = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\
                Chu tich UBND tinh Nguyen Van An hop bao sang nay ve tinh hinh mua lu.\n\
                Pho Chu tich Tran Thi Binh noi cac xa da so tan dan khoi vung nguy hiem.\n";
    let a = Annotator::new().annotate(text);
    assert!(!a.writing.parts.is_empty(), "{:?}", a.writing);
    let out = written(Format::Spacy, &Document::named("mixed.txt"), text, &a);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let w = &doc["user_data"]["writing"];
    assert_eq!(w["accents"], "unaccented");
    let chars: Vec<char> = text.chars().collect();
    let parts = w["parts"].as_array().unwrap();
    assert_eq!(parts.len(), a.writing.parts.len());
    for (p, bytes) in parts.iter().zip(&a.writing.parts) {
        let (s, e) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
        let in_chars: String = chars[s as usize..e as usize].iter().collect();
        assert_eq!(in_chars, &text[bytes.start..bytes.end]);
        assert_eq!(p["case"], serde_json::to_value(bytes.case).unwrap());
    }
    assert_eq!(parts[0]["case"], "upper");
    assert_eq!(parts.last().unwrap()["end"], chars.len());
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
fn html_marks_every_span_and_keeps_the_text() {
    let a = annotated();
    let section = written(Format::Html, &Document::named("<a>"), INPUT, &a);
    let body = section
        .strip_prefix("<section><h2>&lt;a&gt;</h2><div class=\"doc\">")
        .and_then(|b| b.strip_suffix("</div></section>\n"))
        .unwrap();
    assert_eq!(page_text(body), INPUT);
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
    let want: Vec<(usize, usize)> = a.spans.iter().map(|s| (s.start, s.end)).collect();
    assert_eq!(marks, want);
    assert_eq!(body.matches("</mark>").count(), a.spans.len());
    // Text inside each mark is the span's text.
    for s in &a.spans {
        assert_eq!(&INPUT[s.start..s.end], s.text);
    }
    assert!(body.contains("has_title → Giám đốc Công an tỉnh Hà Giang"));
    let page = html::page_start() + html::page_end();
    assert!(!page.contains("http"), "self-contained");
    for k in Kind::ALL {
        assert!(page.contains(&format!("mark.k-{k}{{background:#")), "{k}");
    }
}

/// sRGB `#rrggbb` in CIELAB (D65).
fn lab(hex: &str) -> [f64; 3] {
    let c = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (c(1), c(3), c(5));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

#[test]
fn every_two_kinds_have_clearly_different_colours() {
    let kinds: Vec<Kind> = html::COLOURS.iter().map(|(k, _)| *k).collect();
    assert_eq!(kinds, Kind::ALL);
    for (i, (k1, c1)) in html::COLOURS.iter().enumerate() {
        // Dark text stays readable.
        assert!(lab(c1)[0] > 60.0, "{k1} {c1}");
        for (k2, c2) in &html::COLOURS[i + 1..] {
            let (a, b) = (lab(c1), lab(c2));
            let distance =
                ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt();
            assert!(distance >= 25.0, "{k1} {c1} and {k2} {c2}: {distance:.1}");
        }
    }
}

#[test]
fn a_number_that_is_not_finite_is_an_error_not_a_null() {
    let text = "vô số";
    let mut a = Annotation::default();
    let mut s = Span::new(Kind::Number, text, 0..text.len());
    s.value = Some(Value::Number(f64::INFINITY));
    a.spans.push(s);
    assert!(matches!(a.to_json(), Err(crate::Error::Json { .. })));
    assert_eq!(a.check(text), Err(crate::Violation::NotFinite { index: 0 }));
    for format in [Format::Json, Format::Jsonl] {
        let mut out = Vec::new();
        let e = write(format, &Document::default(), text, &a, &mut out).unwrap_err();
        assert!(e.to_string().contains("not finite"), "{e}");
    }
    // The formats that do not write values are not concerned.
    assert!(written(Format::Conll, &Document::default(), text, &a).contains("B-number"));
}

#[test]
fn tokens_split_edge_punctuation_and_cuts() {
    let words = |text: &'static str, cuts: &[usize]| -> Vec<&'static str> {
        tokens(text, cuts).into_iter().map(|r| &text[r]).collect()
    };
    assert_eq!(words("P.Bến Nghé", &[2]), ["P.", "Bến", "Nghé"]);
    assert_eq!(words("  a\n\nb ", &[]), ["a", "b"]);
    assert_eq!(words("KT-XH, 2.900.", &[]), ["KT-XH", ",", "2.900", "."]);
}
