use super::*;

fn norm(s: &str) -> String {
    Normalizer::new().normalize(s).as_str().to_owned()
}

/// Every normalized char maps back to a range on char boundaries, and the map is monotone.
fn check_alignment(input: &str) {
    let n = Normalizer::new().normalize(input);
    let mut last = 0;
    for (i, c) in n.as_str().char_indices() {
        let r = n.original_range(i..i + c.len_utf8());
        assert!(
            input.is_char_boundary(r.start) && input.is_char_boundary(r.end),
            "{input:?} {i}"
        );
        assert!(
            r.start >= last || r.start == n.original_range(i..i).start,
            "monotone {input:?}"
        );
        assert!(r.end <= input.len());
        last = r.start;
    }
    assert_eq!(
        n.original_range(0..n.len()).end,
        input.len().min(n.original_range(0..n.len()).end)
    );
}

#[test]
fn identity_text_gives_identity_map() {
    let s = "Chiều 6.11, UBND tỉnh tổ chức hội nghị.";
    let n = Normalizer::new().normalize(s);
    assert_eq!(n.as_str(), s);
    assert!(n.alignment().is_identity());
}

#[test]
fn nfd_is_composed() {
    let nfd = "Chie\u{0302}\u{0300}u";
    let n = Normalizer::new().normalize(nfd);
    assert_eq!(n.as_str(), "Chiều");
    assert_eq!(n.original_range(0..n.len()), 0..nfd.len());
    let i = n.as_str().find('ề').unwrap();
    assert_eq!(
        &nfd[n.original_range(i..i + 'ề'.len_utf8())],
        "e\u{0302}\u{0300}"
    );
}

#[test]
fn partly_decomposed_is_composed() {
    assert_eq!(norm("Vi\u{1EB9}\u{0302}t"), "Việt");
}

#[test]
fn tone_moves_to_glide() {
    assert_eq!(norm("hoà bình"), "hòa bình");
    assert_eq!(norm("Uỷ ban"), "Ủy ban");
    assert_eq!(norm("UỶ BAN"), "ỦY BAN");
    assert_eq!(norm("thuỷ, khoẻ."), "thủy, khỏe.");
    assert_eq!(
        norm("hoàn suýt huỳnh quả giữ quý"),
        "hoàn suýt huỳnh quả giữ quý"
    );
}

#[test]
fn tone_in_nfd_input() {
    let s = "hoa\u{0300} bi\u{0300}nh";
    let n = Normalizer::new().normalize(s);
    assert_eq!(n.as_str(), "hòa bình");
    assert_eq!(&s[n.original_range(0..4)], "hoa\u{0300}");
    check_alignment(s);
}

#[test]
fn nucleus_style_on_request() {
    let n = Normalizer::builder()
        .tone_style(Some(ToneStyle::Nucleus))
        .build();
    assert_eq!(n.normalize("hòa thủy Ủy quý").as_str(), "hoà thuỷ Uỷ quý");
}

#[test]
fn spaces_dashes_quotes_look_alikes() {
    assert_eq!(norm("KT\u{00A0}–\u{00A0}XH"), "KT - XH");
    assert_eq!(norm("a  \t b"), "a b");
    assert_eq!(norm("a\u{200B}b"), "ab");
    assert_eq!(norm("“Ngày hội”"), "\"Ngày hội\"");
    assert_eq!(norm("HÐND ðồng"), "HĐND đồng");
    let s = "a \u{00A0}\tb";
    let n = Normalizer::new().normalize(s);
    assert_eq!(&s[n.original_range(2..3)], "b");
    check_alignment(s);
}

#[test]
fn steps_can_be_switched_off() {
    let n = Normalizer::builder()
        .nfc(false)
        .look_alikes(false)
        .tone_style(None)
        .spaces(false)
        .dashes(false)
        .quotes(false)
        .build();
    for s in ["HÐND", "hoà", "a  b", "–", "“", "e\u{0301}"] {
        assert_eq!(n.normalize(s).as_str(), s);
    }
}

#[test]
fn alignment_invariants_on_mixed_text() {
    for s in [
        "",
        "\u{0301}abc",
        "Ð\u{0301}",
        "x\u{200B}\u{200B} \u{00A0} y",
        "Thuy\u{0309} \u{2014} “hoa\u{0300}”\t\u{FEFF}",
        "o\u{0300}a",
        "e\u{0302}\u{0301}\u{0323}\u{0323}",
    ] {
        check_alignment(s);
    }
}

#[test]
fn idempotent_on_property_test_findings() {
    for input in [
        "Uỷ\u{2000}",
        "uỷ\u{300}",
        "huyện\u{200b}\u{300}",
        " \u{2000}",
        "ôà",
        "a  oà",
        "u\u{200B}\u{302}",
    ] {
        let once = Normalizer::new().normalize(input);
        let twice = Normalizer::new().normalize(once.as_str());
        assert_eq!(twice.as_str(), once.as_str(), "{input:?}");
        check_alignment(input);
    }
}

#[test]
fn idempotent_with_marks_after_a_folded_space() {
    for input in ["Uỷ\u{2000}\u{300}", "hoà\u{2000}\u{301}x", "Uỷ \u{300}"] {
        let once = Normalizer::new().normalize(input);
        let twice = Normalizer::new().normalize(once.as_str());
        assert_eq!(twice.as_str(), once.as_str(), "{input:?}");
        check_alignment(input);
    }
}

#[test]
fn every_syllable_end_inside_a_chunk_gets_its_tone_fixed() {
    // Found by the normalize fuzzer: U+2000 pulls `è`, itself and `Ή` into one NFC chunk.
    for input in ["oè\u{2000}Ή", "hoà\u{2000}uỷ\u{2000}Ή"] {
        let once = Normalizer::new().normalize(input);
        let twice = Normalizer::new().normalize(once.as_str());
        assert_eq!(twice.as_str(), once.as_str(), "{input:?}");
        check_alignment(input);
    }
    assert_eq!(norm("oè\u{2000}Ή"), "òe Ή");
}
