//! Adversarial inputs: each must annotate without a panic and pass [`Annotation::check`].
//! No timing is asserted here (`benches/adversarial.rs` measures throughput); each test
//! prints how long it took, so a super-linear case shows up in `--nocapture` output.
//!
//! Also the dictionary errors (fixtures in `tests/data/bad_dicts/`, the 10 MB line made
//! in memory): every one is an error naming the source and the line, never a panic, and
//! the built-in annotator works as before afterwards.

use std::path::PathBuf;
use std::time::Instant;

use nhan::{Annotation, Annotator, Dictionary, Error, Kind};

const MB: usize = 1 << 20;
const SEED: &str = include_str!("../../examples/data/seed.txt");

/// Annotates `input`, checks the invariants and that a second run agrees; prints timing.
fn annotate_ok(name: &str, input: &str) -> Annotation {
    let t = Instant::now();
    let a = Annotator::new().annotate(input);
    let took = t.elapsed();
    if let Err(e) = a.check(input) {
        let head: String = input.chars().take(80).collect();
        panic!("{name}: {e} (input starts {head:?})");
    }
    println!(
        "{name}: {} bytes, {} spans in {:.1} ms ({:.1} MB/s)",
        input.len(),
        a.spans.len(),
        took.as_secs_f64() * 1e3,
        input.len() as f64 / MB as f64 / took.as_secs_f64().max(1e-9)
    );
    a
}

/// `unit` repeated until the text is at least `len` bytes.
fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

// ---------------------------------------------------------------------------------------
// Big and degenerate documents
// ---------------------------------------------------------------------------------------

#[test]
fn one_megabyte_without_spaces() {
    let s = repeat_to("UBNDtỉnhHàGiangaăâbcdđeêghiklmnoôơpqrstuưvxyĐẶNGỦYBAN", MB);
    annotate_ok("no-space", &s);
    let s = "a".repeat(MB);
    annotate_ok("a × 1M", &s);
}

#[test]
fn one_megabyte_of_capitalised_syllables() {
    let s = repeat_to("Trần Văn Nam Hà Giang Nguyễn Thị Lan Phó Chủ Tịch ", MB);
    annotate_ok("capitalised", &s);
    // One unbroken "name": no punctuation at all, every syllable a possible given name.
    let s = repeat_to("Nguyễn Văn ", MB);
    annotate_ok("Nguyễn Văn …", &s);
}

#[test]
fn a_hundred_thousand_ubnd() {
    let s = "UBND ".repeat(100_000);
    let a = annotate_ok("UBND × 100k", &s);
    assert!(
        a.of_kind(Kind::Abbreviation).count() > 0,
        "no abbreviation found in UBND × 100k"
    );
    annotate_ok("UBND tỉnh × 50k", &"UBND tỉnh ".repeat(50_000));
}

#[test]
fn a_letter_with_ten_thousand_combining_marks() {
    annotate_ok("a + 10k acute", &format!("a{}", "\u{301}".repeat(10_000)));
    // Marks of different classes need canonical reordering.
    annotate_ok(
        "a + 10k mixed marks",
        &format!("UBND a{} tỉnh", "\u{301}\u{323}\u{302}".repeat(3_334)),
    );
    annotate_ok("10k marks alone", &"\u{309}".repeat(10_000));
    annotate_ok(
        "1k letters with 10 marks each",
        &"Ư\u{301}\u{323}\u{300}\u{303}\u{309}\u{31b}\u{306}\u{302}\u{301}\u{300} ".repeat(1_000),
    );
}

#[test]
fn parentheses_nested_ten_thousand_deep() {
    let open = "(".repeat(10_000);
    let close = ")".repeat(10_000);
    annotate_ok("((((MTTQ", &format!("Mặt trận Tổ quốc {open}MTTQ"));
    annotate_ok(
        "((((MTTQ))))",
        &format!("Mặt trận Tổ quốc {open}MTTQ{close} và UBND"),
    );
    annotate_ok("(MTTQ (MTTQ (…", &"Mặt trận Tổ quốc (MTTQ ".repeat(10_000));
}

#[test]
fn a_hundred_thousand_open_parentheses() {
    annotate_ok("( × 100k", &"(".repeat(100_000));
    annotate_ok(") × 100k", &")".repeat(100_000));
    annotate_ok("()( × 100k", &"()(".repeat(33_334));
}

#[test]
fn byte_order_marks() {
    let a = annotate_ok("BOM at start", "\u{feff}UBND tỉnh Hà Giang");
    assert!(a.spans.iter().all(|s| s.start >= 3), "{a:?}");
    annotate_ok(
        "BOM in middle",
        "UBND\u{feff} tỉnh Hà\u{feff}Giang \u{feff}HĐND\u{feff}",
    );
    annotate_ok("BOMs only", &"\u{feff}".repeat(1000));
    annotate_ok("BOM inside abbreviation", "UB\u{feff}ND tỉnh");
}

#[test]
fn crlf_text() {
    let crlf = SEED.replace('\n', "\r\n");
    let a = annotate_ok("seed CRLF", &crlf);
    let b = annotate_ok("seed LF", SEED);
    let kinds = |a: &Annotation| a.spans.iter().map(|s| s.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&a), kinds(&b), "CRLF changed what is found");
    annotate_ok("bare CR", &SEED.replace('\n', "\r"));
    annotate_ok("CRLF runs", &"UBND\r\n\r\n\r\ntỉnh\r".repeat(1000));
}

#[test]
fn all_control_characters() {
    let mut s = String::new();
    for c in (0u8..0x20).chain([0x7f]) {
        s.push_str("UBND");
        s.push(c as char);
        s.push_str("tỉnh Hà Giang");
        s.push(c as char);
    }
    annotate_ok("C0 controls", &s);
    let all: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    annotate_ok("C0 and C1 alone", &all.repeat(100));
}

#[test]
fn mixed_scripts() {
    let s = "UBND tỉnh Москва Hà Giang Ελλάδα HĐND 北京市 UBND مرحبا Trần Văn Nam עברית \
             Phó Chủ tịch UBNDМосква 北京UBND ΑΒΓ(MTTQ) ไทย Nguyễn Văn A";
    annotate_ok("mixed scripts", s);
    annotate_ok("mixed scripts × 1000", &s.repeat(1000));
    // Look-alike letters from other scripts inside an abbreviation.
    annotate_ok("Cyrillic look-alikes", "УВND tỉnh, НĐND huyện, UBNĐ xã");
}

#[test]
fn emoji_and_zwj_next_to_abbreviations() {
    let family = "👨\u{200d}👩\u{200d}👧";
    let s = format!(
        "{family}UBND tỉnh{family} HĐND{family}😀MTTQ❤\u{fe0f}BTV👍🏽 UBND\u{200d}tỉnh 🇻🇳KT – XH🇻🇳"
    );
    annotate_ok("emoji", &s);
    annotate_ok("emoji × 1000", &s.repeat(1000));
    annotate_ok("ZWJ run", &format!("UBND{}tỉnh", "\u{200d}".repeat(10_000)));
}

#[test]
fn one_megabyte_single_line_of_vietnamese() {
    let line = SEED.replace(['\n', '\r'], " ");
    let s = repeat_to(&line, MB);
    let a = annotate_ok("1 MB single line", &s);
    assert!(a.spans.len() > 1000, "only {} spans", a.spans.len());
}

// ---------------------------------------------------------------------------------------
// Offsets in characters and UTF-16
// ---------------------------------------------------------------------------------------

#[test]
fn char_and_utf16_ranges_with_astral_characters() {
    let input = "😀UBND tỉnh Hà Giang 😀😀 HĐND huyện 😀 Trần Văn Nam, Phó Chủ tịch 👨\u{200d}👩\u{200d}👧UBND 🇻🇳 6/11/2020";
    let a = annotate_ok("astral", input);
    assert!(!a.spans.is_empty());
    let chars = a.char_ranges(input);
    let utf16 = a.utf16_ranges(input);
    assert_eq!(chars.len(), a.spans.len());
    assert_eq!(utf16.len(), a.spans.len());
    for (i, s) in a.spans.iter().enumerate() {
        let u_start = input[..s.start].encode_utf16().count();
        let u_end = input[..s.end].encode_utf16().count();
        assert_eq!(utf16[i], u_start..u_end, "UTF-16 range of {:?}", s.text);
        assert_eq!(s.utf16_range(input), u_start..u_end);
        let c_start = input[..s.start].chars().count();
        let c_end = input[..s.end].chars().count();
        assert_eq!(chars[i], c_start..c_end, "char range of {:?}", s.text);
        assert_eq!(s.char_range(input), c_start..c_end);
        // The UTF-16 slice decodes back to the span text.
        let units: Vec<u16> = input.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&units[u_start..u_end]), s.text);
    }
    // Every astral character before a span shifts its UTF-16 offset by two.
    let first = &a.spans[0];
    assert!(utf16[0].start > chars[0].start, "{first:?}");
}

#[test]
fn ranges_of_an_empty_annotation() {
    let a = Annotation::default();
    assert!(a.char_ranges("😀").is_empty());
    assert!(a.utf16_ranges("").is_empty());
}

// ---------------------------------------------------------------------------------------
// Dictionary errors
// ---------------------------------------------------------------------------------------

const HEADER: &str = "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n";

fn bad_dict(name: &str) -> PathBuf {
    [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "data",
        "bad_dicts",
        name,
    ]
    .iter()
    .collect()
}

/// Reads fixture `name` and returns the error message, which must name the file and,
/// when `line` is given, say `file:line:`.
fn dict_error(name: &str, line: Option<usize>) -> String {
    let path = bad_dict(name);
    let msg = match Dictionary::from_path(&path) {
        Ok(d) => panic!("{name}: parsed into {} entries, expected an error", d.len()),
        Err(e) => e.to_string(),
    };
    let shown = path.display().to_string();
    assert!(
        msg.contains(&shown),
        "{name}: {msg:?} does not name {shown}"
    );
    if let Some(line) = line {
        assert!(
            msg.contains(&format!("{shown}:{line}:")),
            "{name}: {msg:?} does not name line {line}"
        );
    }
    // The same text through `parse` gives the same message with the caller's name.
    if let Ok(text) = std::fs::read_to_string(&path) {
        let again = Dictionary::parse("given-name.tsv", &text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(again, msg.replace(&shown, "given-name.tsv"));
    }
    msg
}

fn builtin_still_works() {
    let input = "UBND tỉnh";
    let a = Annotator::new().annotate(input);
    assert_eq!(a.check(input), Ok(()));
    let ubnd = a
        .of_kind(Kind::Abbreviation)
        .find(|s| s.text == "UBND")
        .unwrap_or_else(|| panic!("no UBND abbreviation in {a:?}"));
    assert_eq!((ubnd.start, ubnd.end), (0, 4));
    assert_eq!(ubnd.expansion.as_deref(), Some("Ủy ban nhân dân"));
}

#[test]
fn empty_dictionary_file() {
    let msg = dict_error("empty.tsv", None);
    assert!(msg.contains("empty"), "{msg}");
    let msg = dict_error("comments_only.tsv", None);
    assert!(msg.contains("empty"), "{msg}");
    builtin_still_works();
}

#[test]
fn header_only_dictionary_is_empty_not_an_error() {
    let d = Dictionary::from_path(bad_dict("header_only.tsv"));
    assert!(d.as_ref().is_ok_and(Dictionary::is_empty), "{d:?}");
    let a = Annotator::builder()
        .dictionary_path(bad_dict("header_only.tsv"))
        .and_then(|b| b.build());
    assert!(a.is_ok());
    builtin_still_works();
}

#[test]
fn wrong_column_count() {
    let msg = dict_error("wrong_columns.tsv", Some(2));
    assert!(
        msg.contains("expected 7 tab-separated fields, found 2"),
        "{msg}"
    );
    let msg = dict_error("too_many_columns.tsv", Some(3));
    assert!(msg.contains("found 9"), "{msg}");
    builtin_still_works();
}

#[test]
fn empty_and_malformed_fields() {
    let msg = dict_error("empty_field.tsv", Some(2));
    assert!(msg.contains(":2:5:") && msg.contains("expansion"), "{msg}");
    let msg = dict_error("bad_long_form.tsv", Some(2));
    assert!(msg.contains("yes or no"), "{msg}");
    let msg = dict_error("bad_entity.tsv", Some(2));
    assert!(msg.contains("unknown entity"), "{msg}");
    let msg = dict_error("bad_kind.tsv", Some(2));
    assert!(msg.contains("unknown kind"), "{msg}");
    let msg = dict_error("bad_info.tsv", Some(2));
    assert!(msg.contains("key=value"), "{msg}");
    let msg = dict_error("unknown_header.tsv", Some(1));
    assert!(msg.contains("unknown header"), "{msg}");
    builtin_still_works();
}

#[test]
fn ten_megabyte_line_is_an_error_not_a_hang() {
    let mut text = String::from(HEADER);
    text.push_str(&"Ủy ban".repeat(10 * MB / 8));
    text.push_str("\tx\torganization\tgovernment\tyes\t\t\n");
    let t = Instant::now();
    let err = Dictionary::parse("huge.tsv", &text).err();
    println!(
        "10 MB line rejected in {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let msg = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.starts_with("huge.tsv:2:1:"), "{msg:?}");
    assert!(msg.contains("longer than the limit"), "{msg:?}");
    assert!(
        msg.len() < 1000,
        "the message quotes the whole line: {} bytes",
        msg.len()
    );
    // The same as the last line, without a final newline, and as the header.
    let text = format!("{HEADER}{}", "x".repeat(10 * MB));
    let msg = Dictionary::parse("huge.tsv", &text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(msg.starts_with("huge.tsv:2:1:"), "{msg:?}");
    let text = "x\t".repeat(5 * MB);
    let msg = Dictionary::parse("huge.tsv", &text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(msg.starts_with("huge.tsv:1:1:"), "{msg:?}");
    builtin_still_works();
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let bytes = std::fs::read(bad_dict("invalid_utf8.tsv")).unwrap_or_default();
    let offset = HEADER.len() + 2;
    assert_eq!(bytes.get(offset), Some(&0xff), "fixture changed");
    let err = Dictionary::from_reader("reader.tsv", &bytes[..]);
    assert!(
        matches!(&err, Err(Error::InvalidUtf8 { offset: o, .. }) if *o == offset),
        "{err:?}"
    );
    let msg = err.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.contains("reader.tsv"), "{msg}");
    assert!(msg.contains(&format!("byte offset {offset}")), "{msg}");
    let msg = Dictionary::from_path(bad_dict("invalid_utf8.tsv"))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        msg.contains("invalid_utf8.tsv") && msg.contains(&offset.to_string()),
        "{msg}"
    );
    // A sequence cut short at the very end.
    let mut cut = HEADER.as_bytes().to_vec();
    cut.extend_from_slice("UBND\tỦ".as_bytes());
    cut.pop();
    let msg = Dictionary::from_reader("cut.tsv", &cut[..])
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        msg.contains("cut.tsv") && msg.contains(&(cut.len() - 2).to_string()),
        "{msg}"
    );
    builtin_still_works();
}

#[test]
fn duplicate_keys_with_conflicting_data() {
    let msg = dict_error("conflict_abbreviation.tsv", Some(3));
    assert!(msg.contains("conflicts with the entry at line 2"), "{msg}");
    let msg = dict_error("conflict_lexicon.tsv", Some(3));
    assert!(msg.contains("conflicts with the entry at line 2"), "{msg}");
    // Exact duplicates are not conflicts.
    let row = "BQL\tBan Quản lý\torganization\tgovernment\tyes\t\t\n";
    let d = Dictionary::parse("dup.tsv", &format!("{HEADER}{row}{row}"));
    assert_eq!(d.map(|d| d.len()).ok(), Some(1));
    builtin_still_works();
}

#[test]
fn a_failed_user_dictionary_leaves_the_builtin_annotator_alone() {
    for name in [
        "empty.tsv",
        "wrong_columns.tsv",
        "empty_field.tsv",
        "conflict_abbreviation.tsv",
        "invalid_utf8.tsv",
    ] {
        let built = Annotator::builder()
            .dictionary_path(bad_dict(name))
            .and_then(|b| b.build());
        assert!(built.is_err(), "{name} was accepted");
    }
    builtin_still_works();
}

// ---------------------------------------------------------------------------------------
// Inputs that once took time growing faster than their size
// ---------------------------------------------------------------------------------------

/// Linearity is measured by `benches/adversarial.rs`, not asserted here: a timed test
/// would fail on a loaded machine. These inputs once were quadratic; they must still
/// annotate correctly.
#[test]
fn unclosed_parentheses() {
    annotate_ok("( × 160k", &"(".repeat(160_000));
    annotate_ok("(MTTQ × 16k", &"Mặt trận Tổ quốc (MTTQ ".repeat(16_000));
}

#[test]
fn a_stream_without_breaks_is_cut_and_keeps_offsets() {
    // 20 MiB with no line break, sentence end or space: cut between characters.
    let text = "Ủy".repeat(20 * MB / "Ủy".len());
    let chunks: Vec<nhan::stream::Chunk> = Annotator::new()
        .annotate_reader("long.txt", text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("reads");
    assert!(chunks.len() >= 3, "{} chunks", chunks.len());
    let mut offset = 0;
    for c in &chunks {
        assert_eq!(c.offset, offset);
        assert!(text.is_char_boundary(c.offset) && text.is_char_boundary(c.offset + c.len));
        for s in &c.annotation.spans {
            assert_eq!(&text[s.start..s.end], s.text);
        }
        offset += c.len;
    }
    assert_eq!(offset, text.len());
}

#[test]
fn a_stream_is_cut_at_paragraphs_and_spans_point_into_the_whole() {
    let para = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh phát biểu tại hội nghị.\n\n";
    let text = para.repeat(40_000);
    let chunks: Vec<nhan::stream::Chunk> = Annotator::new()
        .annotate_reader("news.txt", text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("reads");
    assert!(chunks.len() > 1);
    let people = chunks
        .iter()
        .flat_map(|c| &c.annotation.spans)
        .filter(|s| s.kind == Kind::Person)
        .inspect(|s| assert_eq!(&text[s.start..s.end], "Phan Huy Ngọc"))
        .count();
    assert_eq!(people, 40_000);
    // One id space for the whole stream: ids run on across chunks, relations follow them.
    let spans: Vec<&nhan::Span> = chunks.iter().flat_map(|c| &c.annotation.spans).collect();
    for (i, s) in spans.iter().enumerate() {
        assert_eq!(s.id, i);
    }
    let relations: Vec<&nhan::Relation> = chunks
        .iter()
        .flat_map(|c| &c.annotation.relations)
        .collect();
    assert_eq!(relations.len(), 80_000);
    for r in relations {
        assert_eq!(spans[r.head].kind, Kind::Person);
        assert_eq!(
            &text[spans[r.head].start..spans[r.head].end],
            "Phan Huy Ngọc"
        );
    }
}

#[test]
fn invalid_utf8_in_a_stream_names_the_byte() {
    let mut bytes = "UBND tỉnh\n".repeat(1000).into_bytes();
    let at = bytes.len();
    bytes.extend_from_slice(b"\xff\xfe tail");
    let err = Annotator::new()
        .annotate_reader("bad.txt", &bytes[..])
        .find_map(Result::err)
        .map(|e| e.to_string());
    assert_eq!(
        err,
        Some(format!("bad.txt: invalid UTF-8 at byte offset {at}"))
    );
}

/// Once quadratic (a name after every title was checked against every name found so far);
/// linearity is measured by the criterion group, this checks the output.
#[test]
fn names_after_titles() {
    let unit = "Chủ tịch Trần Văn Nam, ";
    let text = unit.repeat(20_000);
    let a = annotate_ok("title, name × 20k", &text);
    assert_eq!(a.of_kind(Kind::Person).count(), 20_000);
    assert_eq!(a.of_kind(Kind::Title).count(), 20_000);
}
