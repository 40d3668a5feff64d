//! Table tests for abbreviations and long forms: senses chosen by cues and by the place
//! after them, capitals, signature blocks, spelling variants, definitions in the text.

use nhan::{Annotator, Kind, Options, RelationKind, Source, Span};

use super::recognize::Attr::*;
use super::recognize::{absent, annotate, find, run};
use Kind::*;

#[test]
fn ambiguous_abbreviations_follow_their_cues() {
    run(&[
        (
            "Ủy viên BTV Tỉnh ủy dự họp.",
            Abbreviation,
            "BTV",
            Expansion("Ban Thường vụ"),
        ),
        (
            "Hội nghị BTV Huyện ủy Vị Xuyên.",
            Abbreviation,
            "BTV",
            Expansion("Ban Thường vụ"),
        ),
        (
            "Chị Lan là BTV của Đài Truyền hình tỉnh.",
            Abbreviation,
            "BTV",
            Expansion("biên tập viên"),
        ),
        (
            "BTV báo Nhân Dân đã phỏng vấn.",
            Abbreviation,
            "BTV",
            Expansion("biên tập viên"),
        ),
        (
            "Căn cứ TT số 12/2020 của Bộ Tài chính về thông tư hướng dẫn.",
            Abbreviation,
            "TT",
            Expansion("Thông tư"),
        ),
        (
            "Cán bộ CA xã tuần tra.",
            Abbreviation,
            "CA",
            Expansion("Công an"),
        ),
    ]);
}

#[test]
fn a_cue_right_before_an_abbreviation_outweighs_the_sentence() {
    // The sentence speaks of the government; the word right before `CP` makes it a
    // joint-stock company all the same, and the office of the government stays itself.
    let input = "Theo nghị định của Chính phủ và Thủ tướng, Công ty CP Bình Minh được giao đất.";
    run(&[
        (input, Abbreviation, "CP", Expansion("cổ phần")),
        (
            input,
            Organization,
            "Công ty CP Bình Minh",
            Canonical("Công ty cổ phần Bình Minh"),
        ),
        (
            "Thủ tướng Chính phủ giao Văn phòng CP làm việc với Công ty CP Đông Á.",
            Abbreviation,
            "CP",
            Expansion("Chính phủ"),
        ),
    ]);
    absent(&[(input, Organization, "CP Bình Minh")]);
    let input = "Thủ tướng Chính phủ giao Văn phòng CP làm việc với Công ty CP Đông Á.";
    let a = annotate(input);
    let company = input.rfind("CP").unwrap();
    let s = a
        .spans
        .iter()
        .find(|s| s.kind == Abbreviation && s.start == company)
        .expect("the second CP");
    assert_eq!(&input[s.start..s.end], "CP");
    assert_eq!(s.expansion.as_deref(), Some("cổ phần"));
}

#[test]
fn party_news_reads_an_undecided_abbreviation_in_its_party_sense() {
    // Two abbreviations only the Party uses make the document party news: `HH`, with no
    // cue near it, is then the decoration, not the beauty title.
    let input = "Hội nghị BCHTW bế mạc hôm qua. BTGTW công bố kết quả. \
        Sau phần khai mạc buổi lễ, ba HH được trao cho các cụ.";
    run(&[(input, Abbreviation, "HH", Expansion("Huy hiệu"))]);
    // Elsewhere the default sense stands.
    run(&[(
        "Buổi lễ có ba HH đến dự.",
        Abbreviation,
        "HH",
        Expansion("Hoa hậu"),
    )]);
}

#[test]
fn police_codes_of_before_2018_take_the_expansion_of_their_current_code() {
    run(&[
        (
            "Đại úy Tín, cán bộ PC45 Công an tỉnh",
            Abbreviation,
            "PC45",
            Expansion("Phòng Cảnh sát hình sự"),
        ),
        (
            "Trưởng phòng PA92 cho biết",
            Abbreviation,
            "PA92",
            Expansion("Phòng An ninh điều tra"),
        ),
        (
            "lực lượng PC66 có mặt",
            Abbreviation,
            "PC66",
            Expansion("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        ),
    ]);
}

#[test]
fn long_forms_are_types_of_bodies_not_single_bodies() {
    run(&[
        (
            "Ủy viên Ban Thường vụ Huyện ủy dự họp.",
            LongForm,
            "Ban Thường vụ",
            None,
        ),
        (
            "Trưởng phòng Tổ chức cán bộ của Sở",
            LongForm,
            "Tổ chức cán bộ",
            None,
        ),
    ]);
    absent(&[
        ("Thứ trưởng Bộ Xây dựng phát biểu.", LongForm, "Bộ Xây dựng"),
        ("một cán bộ công an xã", LongForm, "bộ công an"),
    ]);
}

#[test]
fn a_name_that_is_a_numeral_is_not_a_number_where_the_document_names_the_person() {
    let input = "Anh Phạm Văn Chín lái xe tải. Chín đã dừng xe lại.";
    absent(&[(input, Number, "Chín")]);
    run(&[("Chín người đã dừng xe lại.", Number, "Chín", None)]);
    absent(&[("đường hai chiều", Number, "hai")]);
}

#[test]
fn short_abbreviations_in_capitals_need_their_context() {
    let input = "CA HUYỆN VỊ XUYÊN TU SỬA ĐƯỜNG VÀ GIỮ VỮNG TƯ TƯỞNG";
    run(&[(input, Abbreviation, "CA", Expansion("Công an"))]);
    absent(&[
        (input, Abbreviation, "TU"),
        (input, Abbreviation, "TƯ"),
        ("BỆNH VIỆN ĐA KHOA TỈNH", Abbreviation, "ĐA"),
    ]);
    run(&[("HỌP BTV TU BẮC NINH", Abbreviation, "TU", None)]);
    // The same in capitals typed without marks.
    let input = "CA HUYEN VI XUYEN TU SUA DUONG VA GIU VUNG TU TUONG";
    run(&[(input, Abbreviation, "CA", Expansion("Công an"))]);
    absent(&[(input, Abbreviation, "TU")]);
    run(&[("HOP BTV TU BAC NINH", Abbreviation, "TU", None)]);
    // Inside a written-out name (`Sở Tư pháp`), even before a place (`PHÁP`).
    let input = "ÔNG B, GIÁM ĐỐC SỞ TƯ PHÁP, PHÁT BIỂU";
    absent(&[(input, Abbreviation, "TƯ")]);
    run(&[(input, LongForm, "SỞ TƯ PHÁP", None)]);
}

#[test]
fn signature_blocks_abbreviate_who_signs_for_whom() {
    let input = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n";
    run(&[
        (input, Abbreviation, "TM.", Expansion("Thay mặt")),
        (input, Abbreviation, "KT.", Expansion("Ký thay")),
    ]);
    run(&[
        ("Q. GIÁM ĐỐC\n", Abbreviation, "Q.", Expansion("Quyền")),
        (
            "TL. BỘ TRƯỞNG\n",
            Abbreviation,
            "TL.",
            Expansion("Thừa lệnh"),
        ),
    ]);
    absent(&[("nhà ở Q.1 và Q. Bình Thạnh", Abbreviation, "Q.")]);
}

#[test]
fn undecided_ambiguity_reports_alternatives() {
    let input = "BTV.";
    let a = annotate(input);
    let s = find(&a, input, Abbreviation, "BTV").expect("BTV found");
    assert_eq!(s.expansion.as_deref(), Some("Ban Thường vụ"));
    assert!(
        s.alternatives.iter().any(|x| &**x == "biên tập viên"),
        "{:?}",
        s.alternatives
    );
}

#[test]
fn spelling_variants_are_one_abbreviation() {
    for (input, text) in [
        ("phát triển KT-XH địa phương", "KT-XH"),
        ("phát triển KT – XH địa phương", "KT – XH"),
        ("phát triển KT - XH địa phương", "KT - XH"),
        ("phát triển KTXH địa phương", "KTXH"),
    ] {
        run(&[(input, Abbreviation, text, Canonical("KT-XH"))]);
    }
    for (input, text) in [
        ("Kỳ họp HĐND tỉnh", "HĐND"),
        ("Kỳ họp HÐND tỉnh", "HÐND"),
        ("Kỳ họp HDND tỉnh", "HDND"),
    ] {
        run(&[(input, Abbreviation, text, Expansion("Hội đồng nhân dân"))]);
    }
    // Case matters for abbreviations: `Ubnd` is not written as one.
    absent(&[("ubnd Ubnd", Abbreviation, "Ubnd")]);
}

#[test]
fn definitions_in_the_text() {
    let input = "Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh họp. Sau đó MTTQ ra nghị quyết.";
    let a = annotate(input);
    let lf = find(&a, input, LongForm, "Mặt trận Tổ quốc").expect("long form");
    let defs: Vec<_> = a
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Defines)
        .collect();
    assert_eq!(defs.len(), 1);
    assert_eq!(defs[0].head, lf.id);
    assert_eq!(
        &input[a.spans[defs[0].tail].start..a.spans[defs[0].tail].end],
        "MTTQ"
    );
    assert_eq!(a.spans[defs[0].tail].source, Some(Source::Document));

    // A definition the dictionary does not know is used for the rest of the document.
    let input = "Ban Quản lý dự án xây dựng (BQLDAXD) đã họp. BQLDAXD báo cáo tiến độ.";
    let a = annotate(input);
    let uses: Vec<&Span> = a
        .of_kind(Abbreviation)
        .filter(|s| s.text == "BQLDAXD")
        .collect();
    assert_eq!(uses.len(), 2);
    for u in uses {
        assert_eq!(
            u.expansion.as_deref(),
            Some("Ban Quản lý dự án xây dựng"),
            "{u:?}"
        );
        assert_eq!(u.source, Some(Source::Document));
    }

    // A defined abbreviation is one span, not also the abbreviations written inside it.
    let input = "Tăng trưởng KT-XH (kinh tế - xã hội) của tỉnh.";
    run(&[(input, Abbreviation, "KT-XH", Expansion("kinh tế - xã hội"))]);
    absent(&[(input, Abbreviation, "XH"), (input, Abbreviation, "KT")]);

    // Abbreviation first, long form in brackets.
    let input = "CHQS (Chỉ huy quân sự) huyện";
    run(&[
        (input, LongForm, "Chỉ huy quân sự", None),
        (input, Abbreviation, "CHQS", Expansion("Chỉ huy quân sự")),
    ]);
}

#[test]
fn long_forms_in_any_case_and_tone_style() {
    run(&[
        ("bảo vệ an ninh Tổ quốc", LongForm, "an ninh Tổ quốc", None),
        ("BẢO VỆ AN NINH TỔ QUỐC", LongForm, "AN NINH TỔ QUỐC", None),
        ("Uỷ ban nhân dân tỉnh", LongForm, "Uỷ ban nhân dân", None),
    ]);
}

#[test]
fn unaccented_long_forms_without_being_told() {
    let input = "uy ban nhan dan tinh Ha Giang";
    let forced = Annotator::builder()
        .match_unaccented(true)
        .build()
        .expect("builds");
    for a in [forced.annotate(input), Annotator::new().annotate(input)] {
        assert_eq!(a.check(input), Ok(()));
        let s = a
            .spans
            .iter()
            .find(|s| s.kind == LongForm)
            .expect("long form");
        assert_eq!(&input[s.start..s.end], "uy ban nhan dan");
        assert_eq!(s.abbreviation.as_deref(), Some("UBND"));
    }
    // Told the text is accented, the words are read as written.
    let accented = Options::new().writing(nhan::Writing::Accented);
    let a = Annotator::new().annotate_with(input, &accented);
    assert!(a.of_kind(LongForm).next().is_none());
}
