//! Every way Vietnamese is written (issue 18): the same rows as written, without marks and
//! in capitals — rewritten one character for one, as `../shared/dev/variants.py` writes
//! the development sets, with the expected spans moved — and what the annotation says of
//! the writing itself (`writing` in the JSON, its parts in original bytes).
//!
//! A row lists the ways of writing in which it holds today; the guide asks for all of them
//! and the rows grow as the recognizers learn to read capitals.

use nhan::span::{Accents, Case};
use nhan::{Annotation, Annotator, Kind, Options, Writing};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// How a row is rewritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Way {
    AsWritten,
    /// Every letter without its marks, `đ` → `d`.
    Unaccented,
    /// Every letter in capitals.
    Upper,
}

/// A letter without its tone and vowel marks (`ệ` → `e`, `Đ` → `D`); other characters as
/// they are.
fn strip(c: char) -> char {
    match c {
        'đ' => 'd',
        'Đ' => 'D',
        _ => {
            let mut base = c.nfd().filter(|&d| !is_combining_mark(d));
            match (base.next(), base.next()) {
                (Some(b), None) => b,
                _ => c,
            }
        }
    }
}

/// `text` written `way`, one character for one (a combining mark left alone is dropped
/// when unaccented), and the map from each byte offset of `text` at a character boundary
/// to the offset of the same character in the rewrite.
pub(crate) fn rewrite(text: &str, way: Way) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = vec![usize::MAX; text.len() + 1];
    for (i, c) in text.char_indices() {
        map[i] = out.len();
        match way {
            Way::AsWritten => out.push(c),
            Way::Unaccented if is_combining_mark(c) => {}
            Way::Unaccented => out.push(strip(c)),
            Way::Upper => {
                let mut up = c.to_uppercase();
                match (up.next(), up.next()) {
                    (Some(u), None) => out.push(u),
                    _ => out.push(c),
                }
            }
        }
    }
    map[text.len()] = out.len();
    (out, map)
}

fn annotate(input: &str) -> Annotation {
    let a = Annotator::new().annotate(input);
    assert_eq!(a.check(input), Ok(()), "{input:?}");
    for s in &a.spans {
        assert_eq!(&input[s.start..s.end], s.text, "{input:?}");
    }
    a
}

const ALL: &[Way] = &[Way::AsWritten, Way::Unaccented, Way::Upper];
const PLAIN: &[Way] = &[Way::AsWritten, Way::Unaccented];

/// Rows: a sentence, a kind, the text of a span of that kind, and the ways it holds.
/// Sentences of our own, in the shapes of news.
const ROWS: &[(&str, Kind, &str, &[Way])] = &[
    (
        "Sáng nay, UBND tỉnh Hà Giang họp bàn kế hoạch.",
        Kind::Abbreviation,
        "UBND",
        ALL,
    ),
    (
        "Sáng nay, UBND tỉnh Hà Giang họp bàn kế hoạch.",
        Kind::Location,
        "Hà Giang",
        ALL,
    ),
    (
        "Sáng nay, UBND tỉnh Hà Giang họp bàn kế hoạch.",
        Kind::Organization,
        "UBND tỉnh Hà Giang",
        PLAIN,
    ),
    (
        "Ủy ban nhân dân huyện Vị Xuyên vừa ban hành kế hoạch.",
        Kind::LongForm,
        "Ủy ban nhân dân",
        ALL,
    ),
    (
        "Đoàn công tác đến thăm tỉnh Quảng Ngãi hôm qua.",
        Kind::Location,
        "Quảng Ngãi",
        ALL,
    ),
    (
        "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh, phát biểu.",
        Kind::Rank,
        "Đại tá",
        ALL,
    ),
    (
        "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh, phát biểu.",
        Kind::Person,
        "Phan Huy Ngọc",
        PLAIN,
    ),
    (
        "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh, phát biểu.",
        Kind::Title,
        "Giám đốc Công an tỉnh",
        ALL,
    ),
    (
        "Ông Võ Văn Thưởng cho biết sẽ kiểm tra lại.",
        Kind::Honorific,
        "Ông",
        PLAIN,
    ),
    (
        "Ông Võ Văn Thưởng cho biết sẽ kiểm tra lại.",
        Kind::Person,
        "Võ Văn Thưởng",
        PLAIN,
    ),
    // Typed without marks a surname can fold to a sentence word (`Do`: `Do` or `Đỗ`;
    // `Dang`: `Đang` or `Đặng`) and a middle name to a function word (`Thi`: `thì`).
    (
        "Hôm qua, ông Đỗ Văn Chiến phát biểu tại hội nghị.",
        Kind::Person,
        "Đỗ Văn Chiến",
        PLAIN,
    ),
    (
        "Trong trận đấu, Đặng Văn Lâm bắt bóng rất chắc.",
        Kind::Person,
        "Đặng Văn Lâm",
        PLAIN,
    ),
    (
        "Sáng nay, bà Nguyễn Thị Kim Ngân chủ trì phiên họp.",
        Kind::Person,
        "Nguyễn Thị Kim Ngân",
        PLAIN,
    ),
    (
        "Sáng nay, bà Nguyễn Thị Kim Ngân chủ trì phiên họp.",
        Kind::Honorific,
        "bà",
        PLAIN,
    ),
    // `Thang` folds to `tháng` too: after a form of address it is the name.
    (
        "Sau đó, ông Thắng tiếp tục làm việc.",
        Kind::Person,
        "Thắng",
        PLAIN,
    ),
    (
        "Sáng nay, thiếu tá Đỗ Hoành Sơn đến đơn vị.",
        Kind::Person,
        "Đỗ Hoành Sơn",
        PLAIN,
    ),
    // A form of address after an office opens no name: the name follows it.
    (
        "Chủ tịch UBND tỉnh Hà Giang Ông Nguyễn Văn Sơn phát biểu.",
        Kind::Person,
        "Nguyễn Văn Sơn",
        PLAIN,
    ),
    // `Chi`, `Chau` fold to `chị`, `cháu` too: capitalised inside a sentence, before a
    // given name they open it.
    (
        "Khán giả vỗ tay khi nghệ sĩ Chí Tài bước ra.",
        Kind::Person,
        "Chí Tài",
        PLAIN,
    ),
    (
        "Bàn thắng đầu tiên thuộc về Chí Thanh ở phút cuối.",
        Kind::Person,
        "Chí Thanh",
        PLAIN,
    ),
    (
        "Đội tuyển có Châu Ngọc Lan tham gia giải.",
        Kind::Person,
        "Châu Ngọc Lan",
        PLAIN,
    ),
    // `Phuong` folds to `phường` too: right after a surname it is the name's.
    (
        "Ông Nguyễn Phương Nam, Phó Giám đốc Sở, cho biết như vậy.",
        Kind::Person,
        "Nguyễn Phương Nam",
        PLAIN,
    ),
    (
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVII diễn ra tại Hà Nội.",
        Kind::Location,
        "Hà Nội",
        ALL,
    ),
];

#[test]
fn rows_hold_in_every_way_they_list() {
    for &(input, kind, want, ways) in ROWS {
        let at = input.find(want).expect("the span is in its row");
        for &way in ways {
            let (text, map) = rewrite(input, way);
            let (start, end) = (map[at], map[at + want.len()]);
            let a = annotate(&text);
            let found = a.of_kind(kind).any(|s| s.start == start && s.end == end);
            let got: Vec<(Kind, &str)> =
                a.spans.iter().map(|s| (s.kind, s.text.as_str())).collect();
            assert!(
                found,
                "{way:?} {kind:?} {:?} in {text:?}: {got:?}",
                &text[start..end]
            );
        }
    }
}

/// Where a dictionary entry decides, the canonical form is the entry's, accented.
#[test]
fn dictionaries_give_accented_canonical_forms() {
    let span = |input: &str, kind: Kind, want: &str| {
        annotate(input)
            .of_kind(kind)
            .find(|s| s.text == want)
            .cloned()
            .unwrap_or_else(|| panic!("{kind:?} {want:?} in {input:?}"))
    };
    let place = span(
        "Doan cong tac den tinh Quang Ngai hom qua.",
        Kind::Location,
        "Quang Ngai",
    );
    assert_eq!(place.canonical.as_deref(), Some("Quảng Ngãi"));
    let long = span(
        "Uy ban nhan dan huyen Vi Xuyen vua hop.",
        Kind::LongForm,
        "Uy ban nhan dan",
    );
    assert_eq!(long.abbreviation.as_deref(), Some("UBND"));
    let abbr = span(
        "Sang nay, UBND tinh Ha Giang hop.",
        Kind::Abbreviation,
        "UBND",
    );
    assert_eq!(abbr.expansion.as_deref(), Some("Ủy ban nhân dân"));
}

#[test]
fn the_annotation_says_how_the_text_is_written() {
    let header = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n";
    let input = format!("{header}Chu tich UBND tinh Pham Minh Chinh hop bao chieu nay.\n");
    let a = annotate(&input);
    let w = &a.writing;
    assert_eq!((w.accents, w.case), (Accents::Unaccented, Case::Normal));
    assert_eq!(w.parts.len(), 2);
    assert_eq!((w.parts[0].start, w.parts[0].end), (0, header.len()));
    assert_eq!(
        (w.parts[0].accents, w.parts[0].case),
        (Accents::Accented, Case::Upper)
    );
    assert_eq!(w.parts[1].end, input.len());
    let json = a.to_json().expect("json");
    assert!(
        json.contains(r#""writing":{"accents":"unaccented","case":"normal","parts":[{"start":0,"#),
        "{json}"
    );
    assert_eq!(
        serde_json::from_str::<Annotation>(&json).ok().as_ref(),
        Some(&a)
    );
    // A document written one way has no parts; the JSON still says how it is written.
    let plain = annotate("Ủy ban nhân dân tỉnh Hà Giang họp bàn kế hoạch năm sau.");
    assert!(plain.writing.parts.is_empty());
    assert!(
        plain
            .to_json()
            .is_ok_and(|j| j.ends_with(r#""writing":{"accents":"accented","case":"normal"}}"#))
    );
    // Parts that leave a gap break the contract.
    let mut broken = a.clone();
    broken.writing.parts[1].start += 1;
    assert!(broken.check(&input).is_err());
}

#[test]
fn the_writing_is_in_original_bytes_after_normalization() {
    // NFD and `Ð` change the bytes the normalizer reads; parts count in the input's.
    let header = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
        .nfd()
        .collect::<String>()
        .replace('Đ', "\u{D0}");
    let input = format!("{header}uy ban nhan dan tinh ha giang hop bao chieu nay\n");
    let a = annotate(&input);
    assert_eq!(a.writing.parts.first().map(|p| p.end), Some(header.len()));
    assert_eq!(a.writing.parts.last().map(|p| p.end), Some(input.len()));
}

#[test]
fn writing_can_be_forced_per_call_and_per_annotator() {
    let input = "uy ban nhan dan tinh Ha Giang";
    let kinds = |a: &Annotation| a.spans.iter().map(|s| s.kind).collect::<Vec<_>>();
    let auto = annotate(input);
    assert!(auto.of_kind(Kind::LongForm).next().is_some());
    let accented =
        Annotator::new().annotate_with(input, &Options::new().writing(Writing::Accented));
    assert_eq!(accented.writing.accents, Accents::Accented);
    assert!(accented.of_kind(Kind::LongForm).next().is_none());
    let forced = Annotator::builder()
        .writing(Writing::Unaccented)
        .build()
        .expect("builds");
    assert_eq!(kinds(&forced.annotate(input)), kinds(&auto));
    // A call's own writing wins over the annotator's.
    let back = forced.annotate_with(input, &Options::new().writing(Writing::Accented));
    assert!(back.of_kind(Kind::LongForm).next().is_none());
}

/// Sentences of our own for the property test: each holds spans that survive both
/// rewrites' readings today (abbreviations, places, ranks).
const SENTENCES: &[&str] = &[
    "Sáng nay, UBND tỉnh Hà Giang họp bàn kế hoạch.",
    "Đại tá Phan Huy Ngọc phát biểu tại hội nghị.",
    "Đoàn công tác đến thăm tỉnh Quảng Ngãi hôm qua.",
    "Thượng tá Lê Văn Bình nhận nhiệm vụ mới.",
    "HĐND tỉnh Lào Cai tổ chức kỳ họp thứ năm.",
    "Người dân ở Đà Nẵng đón mưa lớn.",
];

/// The spans of the kinds that survive a rewrite, as (kind, start, end) in `input`.
fn surviving(a: &Annotation) -> Vec<(Kind, usize, usize)> {
    let mut v: Vec<(Kind, usize, usize)> = a
        .spans
        .iter()
        .filter(|s| matches!(s.kind, Kind::Abbreviation | Kind::Location | Kind::Rank))
        .map(|s| (s.kind, s.start, s.end))
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// The spans of a text and of its unaccented and upper-case rewrites agree on the
    /// kinds that survive (offsets moved one character for one).
    #[test]
    fn rewrites_agree_on_surviving_kinds(picks in prop::collection::vec(0..SENTENCES.len(), 1..5), newline in any::<bool>()) {
        let sep = if newline { "\n" } else { " " };
        let input = picks.iter().map(|&i| SENTENCES[i]).collect::<Vec<_>>().join(sep);
        let want = surviving(&annotate(&input));
        prop_assert!(!want.is_empty());
        for way in [Way::Unaccented, Way::Upper] {
            let (text, map) = rewrite(&input, way);
            let moved: Vec<(Kind, usize, usize)> = want.iter().map(|&(k, s, e)| (k, map[s], map[e])).collect();
            let got = surviving(&annotate(&text));
            prop_assert_eq!(&got, &moved, "{:?} {:?}", way, text);
        }
    }
}

#[test]
fn rewrite_is_one_character_for_one() {
    let s = "Ủy ban NHÂN DÂN Đà Nẵng";
    let (u, map) = rewrite(s, Way::Unaccented);
    assert_eq!(u, "Uy ban NHAN DAN Da Nang");
    assert_eq!(u.chars().count(), s.chars().count());
    let at = s.find("Đà").unwrap_or(0);
    assert_eq!(&u[map[at]..map[at + "Đà Nẵng".len()]], "Da Nang");
    let (up, _) = rewrite(s, Way::Upper);
    assert_eq!(up, "ỦY BAN NHÂN DÂN ĐÀ NẴNG");
}
