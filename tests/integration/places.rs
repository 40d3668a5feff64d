//! Places, organizations, dates, numbers and abbreviations in news shapes: table tests where
//! every row also runs as NFD, with `Ð` for `Đ`, in old tone placement and in capitals (a row
//! that cannot hold in capitals says why). Sentences are our own.

use nhan::{Annotation, Annotator, Kind, Span};
use unicode_normalization::UnicodeNormalization;

/// How a row's input may be rewritten and still give the same span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Caps {
    /// Upper-casing the whole row keeps the span.
    Holds,
    /// It does not; the reason is written where the row is.
    No(&'static str),
}

/// One expectation: in `input`, a span of `kind` covers exactly `text`, and, when given,
/// carries `attr` (canonical, level, became, value or expansion, whichever the kind has).
pub(crate) struct Row {
    pub(crate) input: &'static str,
    pub(crate) kind: Kind,
    pub(crate) text: &'static str,
    pub(crate) attr: Option<(&'static str, &'static str)>,
    pub(crate) caps: Caps,
}

pub(crate) const fn row(input: &'static str, kind: Kind, text: &'static str) -> Row {
    Row {
        input,
        kind,
        text,
        attr: None,
        caps: Caps::Holds,
    }
}

impl Row {
    pub(crate) const fn with(mut self, name: &'static str, value: &'static str) -> Row {
        self.attr = Some((name, value));
        self
    }
    pub(crate) const fn no_caps(mut self, why: &'static str) -> Row {
        self.caps = Caps::No(why);
        self
    }
}

/// Old (nucleus) tone placement: `hòa` → `hoà`, `thủy` → `thuỷ`, at a syllable's end only.
fn old_tones(s: &str) -> String {
    const PAIRS: [(&str, &str); 30] = [
        ("òa", "oà"),
        ("óa", "oá"),
        ("ỏa", "oả"),
        ("õa", "oã"),
        ("ọa", "oạ"),
        ("òe", "oè"),
        ("óe", "oé"),
        ("ỏe", "oẻ"),
        ("õe", "oẽ"),
        ("ọe", "oẹ"),
        ("ùy", "uỳ"),
        ("úy", "uý"),
        ("ủy", "uỷ"),
        ("ũy", "uỹ"),
        ("ụy", "uỵ"),
        ("Òa", "Oà"),
        ("Óa", "Oá"),
        ("Ỏa", "Oả"),
        ("Õa", "Oã"),
        ("Ọa", "Oạ"),
        ("Òe", "Oè"),
        ("Óe", "Oé"),
        ("Ỏe", "Oẻ"),
        ("Õe", "Oẽ"),
        ("Ọe", "Oẹ"),
        ("Ùy", "Uỳ"),
        ("Úy", "Uý"),
        ("Ủy", "Uỷ"),
        ("Ũy", "Uỹ"),
        ("Ụy", "Uỵ"),
    ];
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let pair = PAIRS.iter().find(|(new, _)| {
            let n: Vec<char> = new.chars().collect();
            chars[i..].starts_with(&n) && chars.get(i + 2).is_none_or(|c| !c.is_alphabetic())
        });
        match pair {
            Some((_, old)) => {
                out.push_str(old);
                i += 2;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// A named rewrite of a row's input and expected text.
type Variant = (&'static str, fn(&str) -> String);

/// The rewrites every row runs under, each applied to the input and the expected text alike.
fn variants(row: &Row) -> Vec<Variant> {
    let mut v: Vec<Variant> = vec![
        ("NFC", |s| s.to_owned()),
        ("NFD", |s| s.nfd().collect()),
        ("Ð", |s| s.replace('Đ', "Ð")),
        ("old tones", old_tones),
    ];
    if row.caps == Caps::Holds {
        v.push(("capitals", |s| s.to_uppercase()));
    }
    v
}

fn annotate(input: &str) -> Annotation {
    let a = Annotator::new().annotate(input);
    assert_eq!(a.check(input), Ok(()), "{input:?}");
    a
}

fn attr(s: &Span, name: &str) -> Option<String> {
    match name {
        "canonical" => s.canonical.as_deref().map(str::to_owned),
        "level" => s.level.as_deref().map(str::to_owned),
        "became" => s.became.as_deref().map(str::to_owned),
        "expansion" => s.expansion.as_deref().map(str::to_owned),
        "value" => s.value.as_ref().map(|v| match serde_json::to_value(v) {
            Ok(serde_json::Value::String(t)) => t,
            Ok(other) => other.to_string(),
            Err(e) => e.to_string(),
        }),
        other => panic!("unknown attribute {other}"),
    }
}

fn listing(a: &Annotation, input: &str) -> Vec<String> {
    a.spans
        .iter()
        .map(|s| format!("{} {:?}", s.kind, &input[s.start..s.end]))
        .collect()
}

/// Every row, under every variant, has its span covering exactly the rewritten text.
pub(crate) fn expect(rows: &[Row]) {
    for r in rows {
        for (name, rewrite) in variants(r) {
            let input = rewrite(r.input);
            let text = rewrite(r.text);
            let a = annotate(&input);
            let Some(s) = a
                .spans
                .iter()
                .find(|s| s.kind == r.kind && input[s.start..s.end] == text)
            else {
                panic!(
                    "{name}: no {} {text:?} in {input:?}; got {:?}",
                    r.kind,
                    listing(&a, &input)
                );
            };
            if let Some((attr_name, value)) = r.attr {
                // Attributes are NFC whatever the input was; capitals change only the text.
                let got = attr(s, attr_name);
                assert_eq!(
                    got.as_deref(),
                    Some(value),
                    "{name}: {attr_name} of {text:?} in {input:?}"
                );
            }
        }
    }
}

/// No span of the row's kind covers the row's text, under any variant.
pub(crate) fn reject(rows: &[Row]) {
    for r in rows {
        for (name, rewrite) in variants(r) {
            let input = rewrite(r.input);
            let text = rewrite(r.text);
            let a = annotate(&input);
            assert!(
                !a.spans
                    .iter()
                    .any(|s| s.kind == r.kind && input[s.start..s.end] == text),
                "{name}: unexpected {} {text:?} in {input:?}; got {:?}",
                r.kind,
                listing(&a, &input)
            );
        }
    }
}

use Kind::*;

#[test]
fn former_communes_carry_the_unit_they_went_into() {
    expect(&[
        row(
            "Chiều qua, UBND xã Tiên Lãnh tổ chức họp dân.",
            Location,
            "Tiên Lãnh",
        )
        .with("became", "xã Lãnh Ngọc, Đà Nẵng")
        .no_caps("a name in capitals after a level word is read as a heading, not a place"),
        row("Ông Hải, trú xã Cao Ngọc, cho biết", Location, "Cao Ngọc")
            .with("level", "xã")
            .no_caps("a name in capitals after a level word is read as a heading, not a place"),
        row(
            "Đảng ủy xã Mông Hóa vừa họp.",
            Organization,
            "Đảng ủy xã Mông Hóa",
        )
        .no_caps("an organization head in capitals is a heading"),
    ]);
    // The commune's name is no longer in the automaton, so a person whose name starts the
    // same way is still whole.
    expect(&[row("Ông Cao Ngọc Sơn cho biết", Person, "Cao Ngọc Sơn")
        .no_caps("a person's name in capitals needs a byline's context")]);
    // Without a level word a former commune's name is no place.
    reject(&[row("Cao Ngọc cho biết", Location, "Cao Ngọc")]);
}

#[test]
fn countries_by_their_context() {
    const CAPS: &str = "a one-word name in capitals is a heading's word, not a place";
    expect(&[
        row(
            "Nhóm nghiên cứu của Đại học Harvard (Mỹ) vừa công bố",
            Location,
            "Mỹ",
        )
        .with("canonical", "Hoa Kỳ"),
        row(
            "Đội tuyển Việt Nam gặp Australia tối nay.",
            Location,
            "Australia",
        ),
        row("Hàng hóa được chở sang Lào bằng đường bộ.", Location, "Lào").no_caps(CAPS),
    ]);
    reject(&[
        row("Hai du khách người Mỹ bị lạc trong rừng.", Location, "Mỹ"),
        row("Em học tiếng Anh từ lớp 3.", Location, "Anh"),
        row("Giá bán là 900 đô la Úc một chiếc.", Location, "Úc"),
        row("Gia đình anh Đức bị tốc mái.", Location, "Đức"),
        row(
            "Nhiều người Trung Quốc sang du lịch.",
            Location,
            "Trung Quốc",
        ),
    ]);
}

#[test]
fn names_after_a_level_word_end_in_the_right_place() {
    const CAPS: &str = "a name in capitals after a level word is read as a heading, not a place";
    expect(&[
        row(
            "Ông Tư trú thôn Khe Lầy 2, xã Tân Lập.",
            Location,
            "Khe Lầy 2",
        )
        .no_caps(CAPS),
        row(
            "Bà Hoa ở ấp Mỹ Phước B, huyện Tân Châu.",
            Location,
            "Mỹ Phước B",
        )
        .with("canonical", "Mỹ Phước B")
        .no_caps(CAPS),
        row(
            "Anh sống tại TP Tây An, tỉnh Thiểm Tây.",
            Location,
            "Tây An",
        )
        .no_caps(CAPS),
        row(
            "Chủ tịch UBND phường Đồng Khê Nguyễn Văn Sáu cho biết",
            Location,
            "Đồng Khê",
        )
        .no_caps(CAPS),
    ]);
    reject(&[
        // An initial after a dotted short form (`H.` is also `huyện`) is a person's.
        row("Cháu H. M (SN 2009) đang ngủ thì", Location, "M"),
    ]);
}

#[test]
fn regions_and_places_abroad_without_a_level_word() {
    expect(&[
        row("Giá gạo ở châu Á tăng mạnh.", Location, "châu Á"),
        row("Mưa lớn kéo dài ở miền Trung.", Location, "miền Trung"),
        row(
            "Các nước Đông Nam Á họp tại Jakarta.",
            Location,
            "Đông Nam Á",
        ),
        row("Các nước Đông Nam Á họp tại Jakarta.", Location, "Jakarta"),
        row(
            "Chuyến bay từ Sài Gòn đi Tokyo cất cánh.",
            Location,
            "Sài Gòn",
        )
        .with("canonical", "Hồ Chí Minh"),
        row("Lũ quét ở Tây Nguyên làm sập cầu.", Location, "Tây Nguyên"),
        row("Tàu cá bị xua đuổi ở Hoàng Sa.", Location, "Hoàng Sa"),
    ]);
    // A level word's place wins over the city read alone.
    expect(&[row("UBND thành phố Đà Lạt họp.", Location, "Đà Lạt")
        .with("level", "thành phố")
        .no_caps("an organization head in capitals is a heading")]);
}

#[test]
fn organizations_end_in_the_right_place() {
    const CAPS: &str = "an organization head in capitals is a heading, not a name";
    expect(&[
        row(
            "Đoàn kiểm tra làm việc với Công ty Kovitek để nắm tình hình.",
            Organization,
            "Công ty Kovitek",
        )
        .no_caps(CAPS),
        row(
            "Đại diện Viện Nghiên cứu Kinh tế và Phát triển cho biết",
            Organization,
            "Viện Nghiên cứu Kinh tế và Phát triển",
        )
        .no_caps(CAPS),
        row(
            "Nạn nhân được đưa đến Bệnh viện Quân y 175, TP.HCM.",
            Organization,
            "Bệnh viện Quân y 175",
        )
        .no_caps(CAPS),
        row(
            "Sân của Trường THCS Mường Khương ngập sau cơn mưa.",
            Organization,
            "Trường THCS Mường Khương",
        )
        .no_caps(CAPS),
        row(
            "Ông là giáo sư tại Đại học Stanford và là cố vấn.",
            Organization,
            "Đại học Stanford",
        )
        .no_caps(CAPS),
    ]);
    reject(&[row(
        "Đội tuyển Tây Ban Nha ghi bàn.",
        Organization,
        "Ban Nha",
    )]);
    expect(&[row(
        "Đội tuyển Tây Ban Nha ghi bàn.",
        Location,
        "Tây Ban Nha",
    )]);
    // A place inside an organization's name without its level word.
    expect(&[row(
        "Ban Thường vụ Huyện ủy Vị Xuyên họp phiên thường kỳ.",
        Location,
        "Vị Xuyên",
    )
    .no_caps(CAPS)]);
}

#[test]
fn one_word_countries_after_a_word_that_is_never_a_name() {
    expect(&[
        row("Cả Nga và Israel đều lên tiếng.", Location, "Nga")
            .no_caps("in capitals every word is capitalised, so Nga has a capital neighbour"),
        row(
            "Nhiều hãng đã rút vốn khỏi Iran năm ngoái.",
            Location,
            "Iran",
        ),
    ]);
    reject(&[row("Chị Nguyễn Thị Nga cho biết", Location, "Nga")]);
}

#[test]
fn numbers_without_units_identifiers_or_ordinals() {
    expect(&[
        row("Tỷ lệ hộ nghèo giảm còn 4,5% trong năm nay.", Number, "4,5").with("value", "4.5"),
        row("Đoạn đường dài 5km đã thông xe.", Number, "5").with("value", "5"),
        row("Huyện đạt 12/17 chỉ tiêu đề ra.", Number, "12").with("value", "12"),
        row("Huyện đạt 12/17 chỉ tiêu đề ra.", Number, "17").with("value", "17"),
        row("Giá tăng 2-3% so với tháng trước.", Number, "3").with("value", "3"),
    ]);
    reject(&[
        row("Thực hiện Chỉ thị 12 của Bộ, tỉnh đã", Number, "12"),
        row("Đại hội lần thứ 15 diễn ra sôi nổi.", Number, "15"),
        row("Nhà ông ở xóm 7 bị ngập.", Number, "7"),
        row(
            "Tỷ lệ hộ nghèo giảm còn 4,5% trong năm nay.",
            Number,
            "4,5%",
        ),
    ]);
}

#[test]
fn dates_with_their_edges_quarters_and_seasons() {
    expect(&[
        row(
            "Đầu tháng 4-2019, dự án khởi công.",
            Date,
            "Đầu tháng 4-2019",
        )
        .with("value", "2019-04"),
        row(
            "Công trình hoàn thành cuối năm 2020.",
            Date,
            "cuối năm 2020",
        )
        .with("value", "2020"),
        row("Kết quả quý II/2021 khả quan.", Date, "quý II/2021").with("value", "2021-Q2"),
        row(
            "Doanh thu giữa quý 3 năm 2022 tăng.",
            Date,
            "giữa quý 3 năm 2022",
        )
        .with("value", "2022-Q3"),
        row("Lũ về vào mùa hè năm 2019.", Date, "mùa hè năm 2019").with("value", "2019-SU"),
    ]);
    // A list of days: each day is a date with the month and year of the last one.
    const LIST: &str = "Hội nghị diễn ra các ngày 5, 6 và 7/11/2020 tại thủ đô.";
    expect(&[
        row(LIST, Date, "ngày 5").with("value", "2020-11-05"),
        row(LIST, Date, "6").with("value", "2020-11-06"),
        row(LIST, Date, "7/11/2020").with("value", "2020-11-07"),
    ]);
    reject(&[
        row("Kỷ niệm Cách mạng tháng Tám thành công.", Date, "tháng Tám"),
        row("Mùa hè đã tới.", Date, "Mùa hè"),
    ]);
}

#[test]
fn abbreviations_press_agencies_and_document_codes() {
    expect(&[
        row("Theo AFP, cuộc họp đã kết thúc.", Abbreviation, "AFP")
            .with("expansion", "Hãng thông tấn Pháp"),
        row("Nguồn: VNA, ngày 3/4.", Abbreviation, "VNA")
            .with("expansion", "Thông tấn xã Việt Nam"),
        row("Xã về đích XDNTM sớm.", Abbreviation, "XDNTM")
            .with("expansion", "Xây dựng nông thôn mới"),
        row("Bạn đọc Báo KD&PL phản ánh.", Abbreviation, "KD&PL")
            .with("expansion", "Kinh doanh và Pháp luật"),
        row(
            "Bị can Trần Văn T. (SN 1990, trú tại huyện X)",
            Abbreviation,
            "SN",
        )
        .with("expansion", "sinh năm"),
        row(
            "Theo Quyết định số 1234/QĐ-UBND của tỉnh",
            Abbreviation,
            "QĐ-UBND",
        ),
        row(
            "Thực hiện Kết luận 72-KL/TW của Bộ Chính trị",
            Abbreviation,
            "KL/TW",
        ),
    ]);
    // A definition in the text wins over the dictionary for that document.
    expect(&[row(
        "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh cho biết CDC sẽ lấy mẫu.",
        Abbreviation,
        "CDC",
    )
    .with("expansion", "Trung tâm Kiểm soát bệnh tật")
    .no_caps("the definition's long form in capitals is a heading, not a definition")]);
}

#[test]
fn places_after_type_words_dotted_and_capitalised_levels() {
    const CAPS: &str = "a name in capitals after a level word is read as a heading, not a place";
    expect(&[
        row("Nước sông Lô dâng cao.", Location, "Lô")
            .with("level", "sông")
            .no_caps(CAPS),
        row("Tàu cập cảng Cái Lân an toàn.", Location, "Cái Lân")
            .with("level", "cảng")
            .no_caps(CAPS),
        row("Du khách ra đảo Cô Tô.", Location, "Cô Tô")
            .with("level", "đảo")
            .no_caps(CAPS),
        row("Khu kinh tế Vân Đồn thu hút đầu tư.", Location, "Vân Đồn")
            .with("level", "khu kinh tế")
            .no_caps(CAPS),
        row("Huyện Mèo Vạc có nhiều hộ nghèo.", Location, "Mèo Vạc")
            .with("level", "huyện")
            .no_caps(CAPS),
        row("Ông về TP. Hà Giang hôm qua.", Location, "Hà Giang")
            .with("level", "thành phố")
            .no_caps(CAPS),
        row("Anh làm việc tại TP.HCM.", Location, "TP.HCM")
            .with("canonical", "Thành phố Hồ Chí Minh"),
        row("Anh làm việc tại TP Hồ Chí Minh.", Location, "Hồ Chí Minh")
            .with("level", "thành phố")
            .no_caps(CAPS),
    ]);
    // A one-word level word written with a capital inside a name stays a name's word.
    expect(&[
        row(
            "Thượng tướng Nguyễn Chí Vịnh trả lời báo chí.",
            Person,
            "Nguyễn Chí Vịnh",
        )
        .no_caps("a person's name in capitals needs a byline's context"),
        row("Ông Vũ Sông Hương cho biết", Person, "Vũ Sông Hương")
            .no_caps("a person's name in capitals needs a byline's context"),
    ]);
}

#[test]
fn organizations_as_one_chain_with_joined_parts() {
    const CAPS: &str = "an organization head in capitals is a heading, not a name";
    expect(&[
        row(
            "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh đã xử lý vụ việc.",
            Organization,
            "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh",
        )
        .no_caps(CAPS),
        row(
            "Ban Thường vụ Huyện ủy Vị Xuyên họp phiên thường kỳ.",
            Organization,
            "Ban Thường vụ Huyện ủy Vị Xuyên",
        )
        .no_caps(CAPS),
        row(
            "Ban Thường vụ Huyện ủy Vị Xuyên họp phiên thường kỳ.",
            Organization,
            "Huyện ủy Vị Xuyên",
        )
        .no_caps(CAPS),
        row(
            "Công ty TNHH Xây dựng & Thương mại Hòa Thắng và Tổng công ty Bưu điện - Viễn thông ký kết.",
            Organization,
            "Công ty TNHH Xây dựng & Thương mại Hòa Thắng",
        )
        .no_caps(CAPS),
        row(
            "Công ty TNHH Xây dựng & Thương mại Hòa Thắng và Tổng công ty Bưu điện - Viễn thông ký kết.",
            Organization,
            "Tổng công ty Bưu điện - Viễn thông",
        )
        .no_caps(CAPS),
    ]);
}
