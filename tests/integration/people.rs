//! People named by context, and capitalised words that are no one's name. Every row runs
//! as written, in NFD, with `Ð` (U+00D0) for `Đ`, in old tone placement and, where the
//! row says it holds, in capitals; every span is checked against `&input[start..end]`.

use nhan::{Annotation, Annotator, Kind, RelationKind};
use unicode_normalization::UnicodeNormalization;

fn annotate(input: &str) -> Annotation {
    let a = Annotator::new().annotate(input);
    assert_eq!(a.check(input), Ok(()));
    for s in &a.spans {
        assert_eq!(&input[s.start..s.end], s.text, "{input:?}");
    }
    a
}

/// Glide-style tones moved to the nucleus, as older text writes them (`Hòa` → `Hoà`).
fn old_tones(s: &str) -> String {
    const PAIRS: [(&str, &str); 10] = [
        ("òa", "oà"),
        ("óa", "oá"),
        ("ỏa", "oả"),
        ("ọa", "oạ"),
        ("úy", "uý"),
        ("ủy", "uỷ"),
        ("ùy", "uỳ"),
        ("ụy", "uỵ"),
        ("óe", "oé"),
        ("ỏe", "oẻ"),
    ];
    let mut out = s.to_owned();
    for (glide, nucleus) in PAIRS {
        out = out.replace(glide, nucleus);
    }
    out
}

/// The ways a row is written: as is, NFD, `Ð`, old tones, and capitals when `caps`.
fn variants(s: &str, caps: bool) -> Vec<(&'static str, String)> {
    let mut v = vec![
        ("as written", s.to_owned()),
        ("nfd", s.nfd().collect()),
        ("Ð", s.replace('Đ', "\u{00D0}")),
        ("old tones", old_tones(s)),
    ];
    if caps {
        v.push(("capitals", s.to_uppercase()));
    }
    v
}

/// The person spans of `a` as the text they cover.
fn people(a: &Annotation, input: &str) -> Vec<String> {
    a.of_kind(Kind::Person)
        .map(|s| input[s.start..s.end].to_owned())
        .collect()
}

/// Rows: input, the person that must be found, and whether the row holds in capitals. A
/// run in capitals outside a byline reads as a heading, so context rows do not hold there.
const FOUND: [(&str, &str, bool); 28] = [
    (
        "Theo ông Wangchuk, giống trà này rất đắt.",
        "Wangchuk",
        false,
    ),
    ("Bà Zhou Lan cho biết giá đã tăng.", "Zhou Lan", false),
    ("Thủy cho biết em sẽ đi học tiếp.", "Thủy", false),
    ("Đồng chí Hòa phát biểu tại buổi lễ.", "Hòa", false),
    ("Ông Kim Jong-un đến thăm nhà máy.", "Kim Jong-un", false),
    ("Cầu thủ Quang Hải ghi bàn ở phút cuối.", "Quang Hải", false),
    (
        "Trần Văn Khải đoạt giải. Năm sau, Khải về quê.",
        "Khải",
        false,
    ),
    ("Sau ca mổ, chị Đ. đã xuất viện.", "Đ.", false),
    (
        "Ông Trần Đức Huyện, Giám đốc sở, phát biểu.",
        "Trần Đức Huyện",
        false,
    ),
    ("Anh Trần Minh Tuấn và chị Lan đến dự.", "Lan", false),
    (
        "Theo nhà kinh tế học Tim Harford, giá sẽ giảm.",
        "Tim Harford",
        false,
    ),
    ("Tin, ảnh: ĐỨC THỦY", "ĐỨC THỦY", true),
    ("Lễ hội kết thúc lúc 22 giờ.\nThúy Hằng", "Thúy Hằng", true),
    (
        "Mưa lớn kéo dài. Ảnh: Khánh Huy\nNước dâng cao.",
        "Khánh Huy",
        false,
    ),
    ("Giá xăng giảm.\nMinh Anh/TTXVN\n", "Minh Anh", false),
    (
        "Nguyễn Văn Quyết, Rimario và Lê Văn Toàn ghi bàn.",
        "Rimario",
        false,
    ),
    (
        "Bộ trưởng Ngoại giao Mỹ Antony Blinken cho biết như vậy.",
        "Antony Blinken",
        false,
    ),
    ("Tối qua, ca sĩ Hải Đoàn hát hai bài.", "Hải Đoàn", false),
    (
        "Hôm qua, Angela Merkel tuyên thệ nhậm chức.",
        "Angela Merkel",
        false,
    ),
    (
        "Phim do Jordan Vogt - Roberts đạo diễn.",
        "Jordan Vogt - Roberts",
        false,
    ),
    ("Lan Khuê hé lộ bí quyết giữ dáng.", "Lan Khuê", false),
    (
        "Theo GS. Per Solberg, loài nấm này hiếm.",
        "Per Solberg",
        false,
    ),
    (
        "Tiến sỹ Yu Seonghee phát biểu tại hội thảo.",
        "Yu Seonghee",
        false,
    ),
    // A one-word name after an office: the office stops before it.
    ("Tổng thống Macron đã tới Paris.", "Macron", false),
    (
        "Hôm qua, Bộ trưởng Lavrov nói với báo chí.",
        "Lavrov",
        false,
    ),
    ("Thủ tướng Modi cho biết như vậy.", "Modi", false),
    // A name that is also a numeral, where the document names that person.
    (
        "Anh hùng Lê Văn Tám được nhắc đến. Tám đã hy sinh.",
        "Tám",
        false,
    ),
    ("Theo đại tá Long, vụ việc đang được làm rõ.", "Long", false),
];

#[test]
fn names_found_by_context() {
    for (input, name, caps) in FOUND {
        for (how, text) in variants(input, caps) {
            let a = annotate(&text);
            let want = match how {
                "as written" => name.to_owned(),
                "nfd" => name.nfd().collect(),
                "Ð" => name.replace('Đ', "\u{00D0}"),
                "old tones" => old_tones(name),
                _ => name.to_uppercase(),
            };
            let got = people(&a, &text);
            assert!(
                got.contains(&want),
                "{how}: no person {want:?} in {text:?}; got {got:?}"
            );
        }
    }
}

/// Rows: input and capitalised words in it that are no person's name.
const NOT_PEOPLE: [(&str, &str); 22] = [
    ("Đoàn đến xã Thạch Đài từ sớm.", "Thạch Đài"),
    ("Xe chạy trên đường Lê Văn Lương.", "Văn Lương"),
    ("Xe chạy trên đường Lê Văn Lương.", "Lê Văn Lương"),
    ("Năm Đinh Dậu, làng mở hội lớn.", "Đinh Dậu"),
    ("Đoàn khách từ Bồ Đào Nha đến thăm.", "Đào Nha"),
    ("Cửa hàng ở số 16 Trần Quang Khải.", "Trần Quang Khải"),
    ("Apple cho biết doanh số tăng.", "Apple"),
    ("Các học sinh Việt Nam đoạt giải.", "Việt Nam"),
    ("Trường THCS Lê Lợi khai giảng.", "Lê Lợi"),
    ("Cháy rừng ở miền Tây. Ảnh: Reuters", "Reuters"),
    ("Cháy rừng lan rộng.\nTheo Dân Trí", "Dân Trí"),
    ("Mục 2\nCHẾ ĐỘ LÀM VIỆC\nĐiều 9.", "CHẾ ĐỘ LÀM VIỆC"),
    ("Trong ảnh: Nghi lễ rước nước.", "Nghi"),
    ("Nguyễn Thùy Chi và FAPtv hát chung.", "FAPtv"),
    (
        "Các cầu thủ Becamex Bình Dương thắng.",
        "Becamex Bình Dương",
    ),
    ("Ông Phạm Văn Bình, Trưởng trạm y tế, cho biết.", "Trưởng"),
    (
        "Lê Quang Trường phát biểu. Sau đó, Trường tiểu học khai giảng.",
        "Trường",
    ),
    ("Du khách tham quan Hoàng thành Thăng Long.", "Thăng Long"),
    ("Chuyện kể rằng làng có một giếng cổ.", "Chuyện"),
    ("Công ty TNHH Phú Quý vừa khai trương.", "Phú Quý"),
    (
        "Hãng Nokia Technologies cho biết sẽ mở rộng.",
        "Nokia Technologies",
    ),
    ("Giám đốc MegaBank đã ký quyết định.", "MegaBank"),
];

#[test]
fn capitalised_words_that_name_no_one() {
    for (input, not_name) in NOT_PEOPLE {
        for (how, text) in variants(input, false) {
            let a = annotate(&text);
            let got = people(&a, &text);
            let nfc: Vec<String> = got.iter().map(|g| g.nfc().collect()).collect();
            let norm = |s: &str| -> String { old_tones(&s.replace('\u{00D0}', "Đ")) };
            assert!(
                !nfc.iter().any(|g| norm(g) == norm(not_name)),
                "{how}: {not_name:?} read as a person in {text:?}"
            );
        }
    }
}

/// Later, shorter mentions point to the first fullest one; the full name itself to none.
#[test]
fn later_mentions_are_the_same_person() {
    let rows = [
        (
            "Đại tá Phan Huy Ngọc chủ trì. Sau đó ông Ngọc cho biết kết quả.",
            "Ngọc",
            "Phan Huy Ngọc",
        ),
        (
            "Nhà kinh tế học Tim Harford đến Hà Nội. Harford nói giá sẽ giảm.",
            "Harford",
            "Tim Harford",
        ),
    ];
    for (input, short, full) in rows {
        for (how, text) in variants(input, false) {
            let a = annotate(&text);
            let is = |id: usize, want: &str| {
                let s = &a.spans[id];
                let t: String = text[s.start..s.end].nfc().collect();
                old_tones(&t.replace('\u{00D0}', "Đ")) == old_tones(want)
            };
            let link = a
                .relations
                .iter()
                .find(|r| r.kind == RelationKind::SameAs && is(r.head, short));
            let Some(link) = link else {
                panic!("{how}: no same_as from {short:?} in {text:?}");
            };
            assert!(is(link.tail, full), "{how}: {short:?} points elsewhere");
            assert_eq!(a.first_mention(link.head).map(|s| s.id), Some(link.tail));
            assert!(
                !a.relations
                    .iter()
                    .any(|r| r.kind == RelationKind::SameAs && is(r.head, full)),
                "{how}: the first mention points nowhere"
            );
        }
    }
}

/// The offices a person holds, as the text covers them (NFC, `Đ`, old tones), sorted.
fn offices_of(a: &Annotation, text: &str, person: &str) -> Vec<String> {
    let norm = |s: &str| old_tones(&s.nfc().collect::<String>().replace('\u{00D0}', "Đ"));
    let p = a
        .of_kind(Kind::Person)
        .find(|s| norm(&text[s.start..s.end]) == old_tones(person));
    let Some(p) = p else {
        panic!("no person {person:?} in {text:?}");
    };
    let mut held: Vec<String> = a
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::HasTitle && r.head == p.id)
        .map(|r| norm(&text[a.spans[r.tail].start..a.spans[r.tail].end]))
        .collect();
    held.sort();
    held
}

/// Offices listed around a name: several after it (a glued dash and a year of birth
/// before them), several before a form of address or a rank and the name, an office
/// before a colon and the people it lists; none across a sentence end.
#[test]
fn offices_listed_around_a_name() {
    let rows: [(&str, &str, &[&str]); 6] = [
        (
            "Dự lễ có ông Trần Quốc Bảo, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định.",
            "Trần Quốc Bảo",
            &["Chủ tịch UBND tỉnh Bình Định", "Phó Bí thư Tỉnh ủy"],
        ),
        (
            "Thượng tá Hoàng Minh Đức- Phó Giám đốc Công an tỉnh phát biểu.",
            "Hoàng Minh Đức",
            &["Phó Giám đốc Công an tỉnh"],
        ),
        (
            "Quyết định bổ nhiệm Trung tá Lý Văn Cường (1975) - Phó Giám đốc Công an tỉnh.",
            "Lý Văn Cường",
            &["Phó Giám đốc Công an tỉnh"],
        ),
        (
            "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, ông Đinh Công Sơn cho biết như vậy.",
            "Đinh Công Sơn",
            &["Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy"],
        ),
        (
            "Tỉnh có 3 Phó Chủ tịch UBND tỉnh gồm các ông: Đỗ Quang Khải, Hồ Minh Trí và Phạm Quốc Việt.",
            "Phạm Quốc Việt",
            &["Phó Chủ tịch UBND tỉnh"],
        ),
        (
            "Ông từng là Phó Chủ tịch UBND huyện, Chánh Văn phòng Bộ. Phát biểu tại hội nghị, ông Nguyễn Văn An nói ngắn gọn.",
            "Nguyễn Văn An",
            &[],
        ),
    ];
    for (input, person, want) in rows {
        for (how, text) in variants(input, false) {
            let a = annotate(&text);
            let want: Vec<String> = want.iter().map(|w| old_tones(w)).collect();
            assert_eq!(offices_of(&a, &text, person), want, "{how}: {text:?}");
        }
    }
}

/// Rows that hold where case says nothing too (the whole row in capitals): the lexicon and
/// the words around a name decide. Input and the person that must be found.
const FOUND_IN_CAPITALS: [(&str, &str); 6] = [
    // The word after a middle name is the given name, though no list holds it.
    (
        "Thượng tá Hoàng Văn Bưởi phát biểu tại hội nghị.",
        "Hoàng Văn Bưởi",
    ),
    (
        "Các đồng chí Nguyễn Văn Hải và Lê Thị Mận dự lễ.",
        "Lê Thị Mận",
    ),
    // One word after a form of address; a common word after it ends the name.
    ("Sau đó, ông Tuấn tiếp tục gửi đơn.", "Tuấn"),
    ("Hồi ấy bà Trà làm kế toán ở hợp tác xã.", "Trà"),
    // After a word for a person.
    ("Bị cáo Tùng đã khai nhận tại tòa.", "Tùng"),
    // A name that makes no common word with the words around it.
    (
        "Hôm qua, Trần Quốc Toản khai mạc hội thao.",
        "Trần Quốc Toản",
    ),
];

#[test]
fn names_found_where_case_says_nothing() {
    for (input, name) in FOUND_IN_CAPITALS {
        for (text, want) in [
            (input.to_owned(), name.to_owned()),
            (input.to_uppercase(), name.to_uppercase()),
        ] {
            let a = annotate(&text);
            let at = text.find(&want).expect("the name is in its row");
            let found = a
                .of_kind(Kind::Person)
                .any(|s| s.start == at && s.end == at + want.len());
            let got = people(&a, &text);
            assert!(found, "no person {want:?} in {text:?}; got {got:?}");
        }
    }
}

/// Rows in capitals and the words in them that are no one's name: a surname that makes a
/// common word with the word before or after it, a word that makes one with the next.
const NOT_PEOPLE_IN_CAPITALS: [(&str, &str); 5] = [
    (
        "CÁC ĐOÀN VIÊN THANH NIÊN TRỒNG CÂY VEN ĐƯỜNG.",
        "ĐOÀN VIÊN THANH",
    ),
    (
        "CƠ QUAN CHỨC NĂNG ĐÃ THI HÀNH KỶ LUẬT HAI CÁN BỘ.",
        "THI HÀNH KỶ",
    ),
    ("NHÂN VIÊN HỢP ĐỒNG ĐƯỢC TĂNG LƯƠNG.", "VIÊN HỢP ĐỒNG"),
    ("ÔNG QUAN TÂM ĐẾN ĐỜI SỐNG BÀ CON.", "QUAN TÂM"),
    ("TRUNG ÚY QUÂN ĐỘI ĐẾN HIỆN TRƯỜNG.", "QUÂN ĐỘI"),
];

#[test]
fn common_words_in_capitals_name_no_one() {
    for (text, words) in NOT_PEOPLE_IN_CAPITALS {
        let a = annotate(text);
        let at = text.find(words).expect("the words are in their row");
        let overlap: Vec<&str> = a
            .of_kind(Kind::Person)
            .filter(|s| s.start < at + words.len() && s.end > at)
            .map(|s| &text[s.start..s.end])
            .collect();
        assert!(
            overlap.is_empty(),
            "{overlap:?} read as a person in {text:?}"
        );
    }
}
