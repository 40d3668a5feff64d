//! Offices in lower case and bare, `nguyên` outside the office, and `has_title` across
//! commas, dashes and `former` words. Every row runs as written, in NFD, with `Ð` for `Đ`
//! and in old tone placement; capitals are left out (a sentence in capitals is a heading,
//! and the lower-case rules are what these rows are about). Spans are checked against
//! `&input[start..end]`.

use nhan::{Annotation, Annotator, Kind, RelationKind};
use unicode_normalization::UnicodeNormalization;

/// Writes a text the way one variant does.
type Rewrite = fn(&str) -> String;

/// Every title of `titles`, rewritten by `f`, is a title span of `text` (`&text[start..end]`).
fn assert_titles(text: &str, titles: &[&str], f: Rewrite) {
    let a = annotate(text);
    for title in titles {
        let title = f(title);
        assert!(
            a.of_kind(Kind::Title)
                .any(|s| text[s.start..s.end] == *title),
            "no title {title:?} in {text:?}: {:?}",
            a.of_kind(Kind::Title).map(|s| &s.text).collect::<Vec<_>>()
        );
    }
}

/// The variants a row runs in, each with the function that writes the expected text the
/// same way.
fn variants(s: &str) -> Vec<(String, Rewrite)> {
    fn same(s: &str) -> String {
        s.to_owned()
    }
    fn nfd(s: &str) -> String {
        s.nfd().collect()
    }
    fn eth(s: &str) -> String {
        s.replace('Đ', "\u{00D0}")
    }
    fn old(s: &str) -> String {
        s.replace("òa", "oà")
            .replace("ủy", "uỷ")
            .replace("úy", "uý")
            .replace("óa", "oá")
    }
    let fs: [Rewrite; 4] = [same, nfd, eth, old];
    fs.into_iter().map(|f| (f(s), f)).collect()
}

fn annotate(input: &str) -> Annotation {
    let a = Annotator::new().annotate(input);
    assert_eq!(a.check(input), Ok(()));
    for s in &a.spans {
        assert_eq!(&input[s.start..s.end], s.text, "{input:?}");
    }
    a
}

/// Rows: input, a person, the title that person holds (exactly its text).
const HELD: [(&str, &str, &str); 13] = [
    (
        "Ông Nguyễn Văn An, chủ tịch xã Tân Lập, cho biết mưa lớn.",
        "Nguyễn Văn An",
        "chủ tịch xã Tân Lập",
    ),
    (
        "Ông Lò Văn Pua - trưởng thôn Nà Rại - đã báo cáo.",
        "Lò Văn Pua",
        "trưởng thôn Nà Rại",
    ),
    (
        "Bà Lê Thị Hoa, nguyên Phó Chủ tịch UBND huyện, dự họp.",
        "Lê Thị Hoa",
        "Phó Chủ tịch UBND huyện",
    ),
    (
        "Đồng chí Hoàng Văn Nam, Bí thư chi bộ, Trưởng thôn, phát biểu.",
        "Hoàng Văn Nam",
        "Bí thư chi bộ",
    ),
    (
        "Đồng chí Hoàng Văn Nam, Bí thư chi bộ, Trưởng thôn, phát biểu.",
        "Hoàng Văn Nam",
        "Trưởng thôn",
    ),
    (
        "Chủ tịch UBND xã ông Đặng Văn Thủy đến thăm.",
        "Đặng Văn Thủy",
        "Chủ tịch UBND xã",
    ),
    (
        "Anh Vàng Seo Dình (trưởng bản Sín Chải) dẫn đường.",
        "Vàng Seo Dình",
        "trưởng bản Sín Chải",
    ),
    ("Tổng thống Macron đã tới Paris.", "Macron", "Tổng thống"),
    (
        "Phó Giám đốc Công an tỉnh Hà Nam, Đại tá Trần Văn Quyết, chủ trì.",
        "Trần Văn Quyết",
        "Phó Giám đốc Công an tỉnh Hà Nam",
    ),
    (
        "Ông Lê Văn Hải, Trưởng phòng Cảnh sát Kinh tế, Công an thành phố Đà Nẵng, cho biết.",
        "Lê Văn Hải",
        "Trưởng phòng Cảnh sát Kinh tế, Công an thành phố Đà Nẵng",
    ),
    (
        "Ông Trần Văn Bình, Tỉnh ủy viên, Giám đốc Sở Y tế, dự họp.",
        "Trần Văn Bình",
        "Tỉnh ủy viên",
    ),
    (
        "Ông Trần Văn Hùng, nguyên Cục trưởng cục Thuế tỉnh Nam Định, cho biết.",
        "Trần Văn Hùng",
        "Cục trưởng cục Thuế tỉnh Nam Định",
    ),
    (
        "Ông Hoàng Văn Tuấn, Đồn phó Đồn Biên phòng Cà Ná, cho biết.",
        "Hoàng Văn Tuấn",
        "Đồn phó Đồn Biên phòng Cà Ná",
    ),
];

/// Offices that no name follows are offices all the same: each of a list that shares one
/// body, after a form of address, before a body's abbreviation.
#[test]
fn offices_without_a_name() {
    for (input, titles) in [
        (
            "Sáng nay, đồng chí Bộ trưởng phát biểu.",
            &["Bộ trưởng"][..],
        ),
        (
            "Giám đốc, Phó Giám đốc Sở Tài chính có mặt.",
            &["Giám đốc", "Phó Giám đốc Sở Tài chính"][..],
        ),
        (
            "Phó Chủ tịch UBND các phường dự họp.",
            &["Phó Chủ tịch UBND"][..],
        ),
        ("Hội nghị bầu chức danh trưởng ban.", &["trưởng ban"][..]),
        // A headline run into the story's first words: a date follows the office.
        (
            "Tỉnh có hai tân Phó Chủ tịch Sáng 5-3, hội nghị đã bầu bổ sung.",
            &["Phó Chủ tịch"][..],
        ),
        // A field written out in full, `và` and all.
        (
            "Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng phát biểu.",
            &["Bộ trưởng Kế hoạch và Đầu tư"][..],
        ),
        (
            "Ông Hải, Phó trưởng Công an huyện Gia Lâm, cho biết.",
            &["Phó trưởng Công an huyện Gia Lâm"][..],
        ),
        // A role alone ends at its comma: the body after it is the next item of a list,
        // not the office's parent body.
        (
            "Buổi làm việc có Thủ tướng, Công ty CP Bình Minh và các sở.",
            &["Thủ tướng"][..],
        ),
    ] {
        for (text, f) in variants(input) {
            assert_titles(&text, titles, f);
        }
    }
}

#[test]
fn offices_held_in_apposition() {
    for (input, person, title) in HELD {
        for (text, f) in variants(input) {
            let a = annotate(&text);
            let (person, title) = (f(person), f(title));
            let span = |kind: Kind, want: &str| {
                a.spans
                    .iter()
                    .find(|s| s.kind == kind && text[s.start..s.end] == *want)
                    .map(|s| s.id)
            };
            let (Some(p), Some(t)) = (span(Kind::Person, &person), span(Kind::Title, &title))
            else {
                panic!("no person {person:?} or title {title:?} in {text:?}");
            };
            assert!(
                a.relations
                    .iter()
                    .any(|r| r.kind == RelationKind::HasTitle && r.head == p && r.tail == t),
                "{person:?} does not hold {title:?} in {text:?}"
            );
            // `nguyên` (former) stays outside the office.
            assert!(!title.starts_with("nguyên"));
        }
    }
}

/// Lower-case role words that are no office here, with marks or without.
#[test]
fn role_words_that_are_no_office() {
    for (input, not_title) in [
        ("Đại hội đại biểu toàn quốc khai mạc.", "đại biểu"),
        ("Nhiều người muốn làm chủ tịch sau này.", "chủ tịch"),
        ("Đoàn đã dự đại hội đại biểu phụ nữ tỉnh.", "đại biểu"),
        // A role inside a body's or a landmark's name.
        ("Ban Bí thư Trung ương họp sáng nay.", "Bí thư Trung ương"),
        ("Du khách vào thăm Phủ Chủ tịch sáng nay.", "Chủ tịch"),
    ] {
        let mut ways = variants(input);
        // Without marks the lists still say which words are no office.
        ways.push((unaccented(input), unaccented as Rewrite));
        for (text, f) in ways {
            let a = annotate(&text);
            let not_title = f(not_title);
            assert!(
                !a.of_kind(Kind::Title)
                    .any(|s| text[s.start..s.end] == *not_title),
                "{not_title:?} read as an office in {text:?}"
            );
        }
    }
}

/// Written without marks or in capitals, an office, its holder and the link between them
/// are found as in normal writing; the role's canonical form comes from the dictionary and
/// the name keeps its letters, each syllable capitalised.
#[test]
fn offices_and_holders_in_every_way_of_writing() {
    for (input, person, canonical, title, role) in [
        (
            "Chu tich UBND tinh Tran Van Long hop bao.",
            "Tran Van Long",
            "Tran Van Long",
            "Chu tich UBND tinh",
            "Chủ tịch",
        ),
        (
            "CHỦ TỊCH UBND TỈNH TRẦN VĂN LONG HỌP BÁO.",
            "TRẦN VĂN LONG",
            "Trần Văn Long",
            "CHỦ TỊCH UBND TỈNH",
            "Chủ tịch",
        ),
        (
            "ÔNG LÊ VĂN NAM, GIÁM ĐỐC SỞ Y TẾ, CHO BIẾT.",
            "LÊ VĂN NAM",
            "Lê Văn Nam",
            "GIÁM ĐỐC SỞ Y TẾ",
            "Giám đốc",
        ),
        (
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhạm Văn Đông\n",
            "Phạm Văn Đông",
            "Phạm Văn Đông",
            "PHÓ CHỦ TỊCH",
            "Phó Chủ tịch",
        ),
    ] {
        let a = annotate(input);
        let span = |kind: Kind, want: &str| {
            a.spans
                .iter()
                .find(|s| s.kind == kind && input[s.start..s.end] == *want)
        };
        let (Some(p), Some(t)) = (span(Kind::Person, person), span(Kind::Title, title)) else {
            panic!("no person {person:?} or title {title:?} in {input:?}");
        };
        assert_eq!(p.canonical.as_deref(), Some(canonical), "{input:?}");
        assert_eq!(t.role.as_deref(), Some(role), "{input:?}");
        assert!(
            a.relations
                .iter()
                .any(|r| r.kind == RelationKind::HasTitle && r.head == p.id && r.tail == t.id),
            "{person:?} does not hold {title:?} in {input:?}"
        );
    }
}

/// Writes a text without its marks, one character for one (`đ` as `d`).
fn unaccented(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c.to_string().nfd().next().unwrap_or(c),
        })
        .collect()
}

/// Offices whose bodies the title reads itself: a body's head word in either case and what
/// completes it, a list of units, the Party's central bodies written short, a membership
/// office with its committee. Rows: input, the titles it holds (exactly their text). Each
/// row runs also unaccented and in capitals.
const BODIES: [(&str, &[&str]); 9] = [
    (
        "Ông Nguyễn Văn An, Đồn trưởng Đồn Biên phòng cửa khẩu Lao Bảo, cho biết.",
        &["Đồn trưởng Đồn Biên phòng cửa khẩu Lao Bảo"],
    ),
    (
        "Ông Bình, Phó Giám đốc công an tỉnh Nghệ An cho biết.",
        &["Phó Giám đốc công an tỉnh Nghệ An"],
    ),
    (
        "Ông Cường, Phó viện trưởng Viện kiểm sát huyện Ba Vì, cho biết.",
        &["Phó viện trưởng Viện kiểm sát huyện Ba Vì"],
    ),
    (
        "Thượng tá Lê Minh, Thủ trưởng Cơ quan CSĐT, cho biết.",
        &["Thủ trưởng Cơ quan CSĐT"],
    ),
    (
        "Ông Hòa, Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo T.Ư, dự họp.",
        &["Ủy viên Bộ Chính trị", "Trưởng Ban Tuyên giáo T.Ư"],
    ),
    (
        "Ông Minh, Ủy viên Thường vụ Quân ủy T.Ư, Bí thư Ban cán sự Đảng, dự họp.",
        &["Ủy viên Thường vụ Quân ủy T.Ư", "Bí thư Ban cán sự Đảng"],
    ),
    (
        "Bà Lan - Trưởng phòng Phòng chống buôn lậu và gian lận thương mại đến làm việc.",
        &["Trưởng phòng Phòng chống buôn lậu và gian lận thương mại"],
    ),
    (
        "Ba đại biểu HĐND tỉnh đã tới thăm trường.",
        &["đại biểu HĐND tỉnh"],
    ),
    (
        "Ông Giang, Giám đốc sở Khoa học và Công nghệ cho biết.",
        &["Giám đốc sở Khoa học và Công nghệ"],
    ),
];

#[test]
fn offices_whose_bodies_the_title_reads() {
    fn upper(s: &str) -> String {
        s.to_uppercase()
    }
    for (input, titles) in BODIES {
        let mut ways = variants(input);
        ways.push((unaccented(input), unaccented as Rewrite));
        ways.push((upper(input), upper as Rewrite));
        for (text, f) in ways {
            assert_titles(&text, titles, f);
        }
    }
}
