//! Table tests for the recognizers: each row is an input, a span kind, the exact text the
//! span must cover in the input, and the attribute that must come with it.

use nhan::{Annotation, Annotator, Kind, Options, RelationKind, Source, Span};

/// What a row expects of a span's attributes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Attr {
    None,
    Canonical(&'static str),
    Expansion(&'static str),
    Role(&'static str),
    Level(&'static str),
}

pub(crate) fn annotate(input: &str) -> Annotation {
    let a = Annotator::new().annotate(input);
    assert_eq!(a.check(input), Ok(()));
    a
}

pub(crate) fn find<'a>(a: &'a Annotation, input: &str, kind: Kind, text: &str) -> Option<&'a Span> {
    a.spans
        .iter()
        .find(|s| s.kind == kind && &input[s.start..s.end] == text)
}

pub(crate) fn run(table: &[(&str, Kind, &str, Attr)]) {
    for &(input, kind, text, attr) in table {
        let a = annotate(input);
        let Some(s) = find(&a, input, kind, text) else {
            let got: Vec<String> = a
                .spans
                .iter()
                .map(|s| format!("{} {:?}", s.kind, &input[s.start..s.end]))
                .collect();
            panic!("no {kind} {text:?} in {input:?}; got {got:?}");
        };
        match attr {
            Attr::None => {}
            Attr::Canonical(c) => assert_eq!(s.canonical.as_deref(), Some(c), "{input:?}"),
            Attr::Expansion(e) => assert_eq!(s.expansion.as_deref(), Some(e), "{input:?}"),
            Attr::Role(r) => assert_eq!(s.role.as_deref(), Some(r), "{input:?}"),
            Attr::Level(l) => assert_eq!(s.level.as_deref(), Some(l), "{input:?}"),
        }
    }
}

pub(crate) fn absent(table: &[(&str, Kind, &str)]) {
    for &(input, kind, text) in table {
        let a = annotate(input);
        assert!(
            find(&a, input, kind, text).is_none(),
            "unexpected {kind} {text:?} in {input:?}"
        );
    }
}

use Attr::*;
use Kind::*;

#[test]
fn people_in_every_shape() {
    let cases = [
        "Trần Đức Quý, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống tội phạm; Phan Huy Ngọc, Giám đốc Công an tỉnh",
        "Phó Chủ tịch UBND tỉnh Trần Đức Quý phát biểu.",
        "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh trao thưởng.",
        "đồng chí Chúng Thị Chiên, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh",
        "Tin, ảnh: BIỆN LUÂN",
    ];
    run(&[
        (cases[0], Person, "Trần Đức Quý", Canonical("Trần Đức Quý")),
        (
            cases[0],
            Title,
            "Phó Chủ tịch UBND tỉnh",
            Role("Phó Chủ tịch"),
        ),
        (
            cases[0],
            Title,
            "Trưởng Ban Chỉ đạo phòng, chống tội phạm",
            Role("Trưởng Ban"),
        ),
        (
            cases[0],
            Organization,
            "Ban Chỉ đạo phòng, chống tội phạm",
            None,
        ),
        (cases[0], Person, "Phan Huy Ngọc", None),
        (cases[1], Title, "Phó Chủ tịch UBND tỉnh", None),
        (cases[1], Person, "Trần Đức Quý", None),
        (cases[2], Rank, "Đại tá", Canonical("Đại tá")),
        (cases[2], Person, "Phan Huy Ngọc", None),
        (cases[2], Title, "Giám đốc Công an tỉnh", Role("Giám đốc")),
        (cases[3], Honorific, "đồng chí", Canonical("đồng chí")),
        (cases[3], Person, "Chúng Thị Chiên", None),
        (cases[3], Title, "Ủy viên BTV Tỉnh ủy", Role("Ủy viên")),
        (
            cases[3],
            Organization,
            "BTV Tỉnh ủy",
            Canonical("Ban Thường vụ Tỉnh ủy"),
        ),
        (
            cases[3],
            Title,
            "Phó Chủ tịch Thường trực HĐND tỉnh",
            Role("Phó Chủ tịch Thường trực"),
        ),
        (cases[4], Person, "BIỆN LUÂN", Canonical("Biện Luân")),
    ]);
    let has = |input: &str, kind: RelationKind, head: &str, tail: &str| {
        let a = annotate(input);
        a.relations
            .iter()
            .any(|r| r.kind == kind && a.spans[r.head].text == head && a.spans[r.tail].text == tail)
    };
    assert!(has(
        cases[0],
        RelationKind::HasTitle,
        "Trần Đức Quý",
        "Phó Chủ tịch UBND tỉnh"
    ));
    assert!(has(
        cases[0],
        RelationKind::HasTitle,
        "Trần Đức Quý",
        "Trưởng Ban Chỉ đạo phòng, chống tội phạm"
    ));
    assert!(has(
        cases[0],
        RelationKind::HasTitle,
        "Phan Huy Ngọc",
        "Giám đốc Công an tỉnh"
    ));
    assert!(!has(
        cases[0],
        RelationKind::HasTitle,
        "Phan Huy Ngọc",
        "Phó Chủ tịch UBND tỉnh"
    ));
    assert!(has(
        cases[1],
        RelationKind::HasTitle,
        "Trần Đức Quý",
        "Phó Chủ tịch UBND tỉnh"
    ));
    assert!(has(
        cases[2],
        RelationKind::HasRank,
        "Phan Huy Ngọc",
        "Đại tá"
    ));
    assert!(has(
        cases[3],
        RelationKind::HasTitle,
        "Chúng Thị Chiên",
        "Phó Chủ tịch Thường trực HĐND tỉnh"
    ));
}

#[test]
fn minority_and_two_syllable_surnames() {
    run(&[
        (
            "Bí thư Chi bộ Sùng Mí Chá cho biết",
            Person,
            "Sùng Mí Chá",
            None,
        ),
        (
            "Bà Giàng Thị Dung phát biểu",
            Person,
            "Giàng Thị Dung",
            None,
        ),
        (
            "Ông Vàng Seo Sử và ông Thào A Tủa",
            Person,
            "Thào A Tủa",
            None,
        ),
        ("anh Lù Văn Páo", Person, "Lù Văn Páo", None),
        ("Ông Tôn Thất Bách dự lễ", Person, "Tôn Thất Bách", None),
        ("chị Hầu Thị Mai", Person, "Hầu Thị Mai", None),
    ]);
}

#[test]
fn no_false_persons() {
    absent(&[
        ("Các đồng chí: dự hội nghị", Person, "Các"),
        ("Toàn tỉnh có 5 huyện.", Person, "Toàn"),
        ("Qua đó, an ninh được giữ vững.", Person, "Qua"),
        ("Tại Hội nghị, các đại biểu thảo luận.", Person, "Tại Hội"),
        ("của Nhân dân, do Nhân dân và vì Nhân dân", Person, "Nhân"),
        ("bảo vệ Tổ quốc Việt Nam", Person, "Tổ quốc"),
        ("Chúng ta cần cố gắng.", Person, "Chúng"),
        ("hơn 2.900 đồng chí Công an xã", Honorific, "đồng chí"),
        ("Dịch Covid-19 lan rộng.", Person, "Dịch Covid"),
    ]);
}

#[test]
fn places_without_their_level_word() {
    run(&[
        ("tỉnh Hà Giang", Location, "Hà Giang", Level("tỉnh")),
        (
            "Công an tỉnh Sóc Trăng",
            Location,
            "Sóc Trăng",
            Level("tỉnh"),
        ),
        ("huyện Vị Xuyên", Location, "Vị Xuyên", Level("huyện")),
        (
            "Chánh án TAND TP Hà Nội",
            Location,
            "Hà Nội",
            Level("thành phố"),
        ),
    ]);
    let input = "tỉnh Hà Giang";
    let a = annotate(input);
    let s = find(&a, input, Location, "Hà Giang").expect("found");
    assert_eq!(s.became.as_deref(), Some("Tuyên Quang"));
    absent(&[("hòa bình và ổn định", Location, "hòa bình")]);
}

#[test]
fn variants_of_the_same_text_give_the_same_result() {
    let nfc = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh; Ủy viên BTV Tỉnh ủy Chúng Thị Chiên";
    let variants = [
        // NFD
        "Đa\u{0323}i ta\u{0301} Phan Huy Ngo\u{0323}c, Gia\u{0301}m đô\u{0301}c Công an ti\u{0309}nh; U\u{0309}y viên BTV Ti\u{0309}nh u\u{0309}y Chu\u{0301}ng Thi\u{0323} Chiên",
        // Ð for Đ, nucleus-style tones
        "Ðại tá Phan Huy Ngọc, Giám đốc Công an tỉnh; Uỷ viên BTV Tỉnh uỷ Chúng Thị Chiên",
    ];
    let summary = |input: &str| {
        let a = annotate(input);
        let norm = |t: &str| {
            nhan::normalize::Normalizer::new()
                .normalize(t)
                .as_str()
                .to_owned()
        };
        let mut v: Vec<(Kind, String)> = a
            .spans
            .iter()
            .map(|s| (s.kind, norm(&input[s.start..s.end])))
            .collect();
        v.sort();
        (v, a.relations.len())
    };
    let want = summary(nfc);
    assert!(want.0.len() >= 8, "{want:?}");
    for v in variants {
        assert_eq!(summary(v), want, "{v:?}");
    }
}

#[test]
fn offices_named_by_a_country_or_a_field() {
    let input = "Tổng thống Mỹ Donald Trump đã gặp Chủ tịch Trung Quốc Tập Cận Bình; Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Nguyễn Văn A dự.";
    run(&[
        (input, Title, "Tổng thống Mỹ", Role("Tổng thống")),
        (input, Person, "Donald Trump", None),
        (input, Title, "Chủ tịch Trung Quốc", Role("Chủ tịch")),
        (input, Person, "Tập Cận Bình", None),
        (input, Title, "Bộ trưởng Ngoại giao", Role("Bộ trưởng")),
        (input, Person, "Bùi Thanh Sơn", None),
        (input, Title, "Bộ trưởng", Role("Bộ trưởng")),
        (input, Person, "Nguyễn Văn A", None),
    ]);
    absent(&[
        (input, Person, "Mỹ Donald Trump"),
        ("Đại sứ Hoa Kỳ gặp", Person, "Hoa Kỳ"),
    ]);
    let a = annotate(input);
    let linked = |head: &str, tail: &str| {
        a.relations.iter().any(|r| {
            r.kind == RelationKind::HasTitle
                && a.spans[r.head].text == head
                && a.spans[r.tail].text == tail
        })
    };
    assert!(linked("Donald Trump", "Tổng thống Mỹ"));
    assert!(linked("Nguyễn Văn A", "Bộ trưởng"));
}

#[test]
fn bodies_named_by_an_abbreviation() {
    run(&[
        (
            "Theo Bộ NN&PTNT, giá lúa tăng.",
            Organization,
            "Bộ NN&PTNT",
            Canonical("Bộ Nông nghiệp và Phát triển nông thôn"),
        ),
        (
            "Sở GD&ĐT tỉnh Lào Cai thông báo.",
            Organization,
            "Sở GD&ĐT tỉnh Lào Cai",
            None,
        ),
        (
            "Cơ quan CSĐT Công an huyện Vị Xuyên khởi tố.",
            Organization,
            "Cơ quan CSĐT Công an huyện Vị Xuyên",
            None,
        ),
        ("Báo Tuổi Trẻ đưa tin.", Organization, "Báo Tuổi Trẻ", None),
        (
            "Phòng CSGT Công an tỉnh Quảng Ninh cho biết.",
            Organization,
            "Phòng CSGT Công an tỉnh Quảng Ninh",
            Canonical("Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh"),
        ),
        (
            "Giám đốc TT Y tế huyện Vị Xuyên phát biểu.",
            Organization,
            "TT Y tế huyện Vị Xuyên",
            Canonical("Trung tâm Y tế huyện Vị Xuyên"),
        ),
    ]);
}

#[test]
fn headings_in_capitals_are_not_people() {
    absent(&[
        (
            "Chương II\nQUYỀN HẠN CỦA CƠ QUAN\nĐiều 5.",
            Person,
            "QUYỀN HẠN CỦA",
        ),
        ("Mục 1\nCHẾ ĐỘ\nĐiều 7.", Person, "CHẾ ĐỘ"),
        ("a) Hạng C: xe tải.", Person, "Hạng C"),
    ]);
    run(&[(
        "Tin, ảnh: MINH ĐỨC",
        Person,
        "MINH ĐỨC",
        Canonical("Minh Đức"),
    )]);
}

#[test]
fn asking_for_abbreviations_alone_finds_what_the_whole_run_finds() {
    // Definitions, a later use of one the dictionary does not know, and abbreviations in
    // capitals that need the words around them: read without the syllable table when only
    // abbreviations are asked for.
    let input = "Trung tâm Phát triển quỹ đất (TTPTQĐ) huyện đã họp. Sau đó TTPTQĐ \
                 và UBND xã ký biên bản; KT-XH (kinh tế - xã hội) tăng.\n\
                 HỌP BTV TU BẮC NINH\nBÍ THƯ TU LÊ VĂN AN PHÁT BIỂU\n\
                 CA HUYỆN TU SỬA ĐƯỜNG\nQ. GIÁM ĐỐC\n";
    let only = Annotator::new().annotate_with(input, &Options::new().kinds([Kind::Abbreviation]));
    assert_eq!(only.check(input), Ok(()));
    let all = annotate(input);
    let abbreviations = |a: &Annotation| -> Vec<(String, Option<String>, Option<Source>)> {
        a.of_kind(Kind::Abbreviation)
            .map(|s| {
                (
                    input[s.start..s.end].to_owned(),
                    s.expansion.as_deref().map(str::to_owned),
                    s.source,
                )
            })
            .collect()
    };
    assert_eq!(abbreviations(&only), abbreviations(&all));
    let read = abbreviations(&only);
    let texts: Vec<&str> = read.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        texts.iter().filter(|&&t| t == "TTPTQĐ").count(),
        2,
        "{texts:?}"
    );
    assert_eq!(texts.iter().filter(|&&t| t == "TU").count(), 2, "{texts:?}");
    for t in ["UBND", "KT-XH", "BTV", "CA", "Q."] {
        assert!(texts.contains(&t), "{t} in {texts:?}");
    }
    let later = only
        .of_kind(Kind::Abbreviation)
        .filter(|s| s.text == "TTPTQĐ")
        .nth(1);
    assert_eq!(
        later.and_then(|s| s.expansion.as_deref()),
        Some("Trung tâm Phát triển quỹ đất")
    );
    assert!(only.of_kind(Kind::Person).next().is_none());
}

/// The spans that carry the same string hold one allocation of it: a document that names
/// the same body a thousand times does not copy its expansion a thousand times.
#[test]
fn spans_with_the_same_attribute_share_its_string() {
    let input = "UBND tỉnh họp với UBND huyện; Chủ tịch UBND xã dự.";
    let a = annotate(input);
    let ubnd: Vec<&Span> = a
        .of_kind(Kind::Abbreviation)
        .filter(|s| &input[s.start..s.end] == "UBND")
        .collect();
    assert_eq!(ubnd.len(), 3, "{:?}", a.spans);
    let first = ubnd[0].expansion.as_ref().expect("an expansion");
    assert_eq!(&**first, "Ủy ban nhân dân");
    for s in &ubnd[1..] {
        let e = s.expansion.as_ref().expect("an expansion");
        assert!(std::sync::Arc::ptr_eq(first, e), "{s:?}");
    }
    assert_eq!(ubnd[0].entity, Some(nhan::Entity::Organization));
    // The organizations' canonical forms differ, each its own string.
    let orgs: Vec<&str> = a
        .of_kind(Kind::Organization)
        .filter_map(|s| s.canonical.as_deref())
        .collect();
    assert!(orgs.contains(&"Ủy ban nhân dân tỉnh"), "{orgs:?}");
}

/// An entity the contract does not name is an error when JSON is read back, naming the
/// values it may take.
#[test]
fn reading_json_with_an_unknown_entity_is_an_error() {
    let input = "UBND tỉnh";
    let json = annotate(input).to_json().expect("JSON");
    assert!(json.contains(r#""entity":"organization""#), "{json}");
    let wrong = json.replace(r#""entity":"organization""#, r#""entity":"organisation""#);
    let err = serde_json::from_str::<Annotation>(&wrong).expect_err("an unknown entity");
    let message = err.to_string();
    assert!(message.contains("organisation"), "{message}");
    assert!(message.contains("organization, concept"), "{message}");
}
