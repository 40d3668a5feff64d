//! The tone rule (nucleus style → glide style) as a table of cases, and the syllables it
//! must not touch.

use super::*;

// ---------------------------------------------------------------------------------------
// Tone table
// ---------------------------------------------------------------------------------------

/// Our own nucleus-style → glide-style cases.
const OWN_PAIRS: &[(&str, &str)] = &[
    ("hoà", "hòa"),
    ("hoá", "hóa"),
    ("hoả", "hỏa"),
    ("hoã", "hõa"),
    ("hoạ", "họa"),
    ("Hoà", "Hòa"),
    ("HOÀ", "HÒA"),
    ("HOÁ", "HÓA"),
    ("khoẻ", "khỏe"),
    ("Khoẻ", "Khỏe"),
    ("KHOẺ", "KHỎE"),
    ("khoè", "khòe"),
    ("khoé", "khóe"),
    ("khoá", "khóa"),
    ("Khoá", "Khóa"),
    ("thuỷ", "thủy"),
    ("Thuỷ", "Thủy"),
    ("THUỶ", "THỦY"),
    ("thuý", "thúy"),
    ("thuỳ", "thùy"),
    ("thuỵ", "thụy"),
    ("thoả", "thỏa"),
    ("uỷ", "ủy"),
    ("Uỷ", "Ủy"),
    ("UỶ", "ỦY"),
    ("uý", "úy"),
    ("Uý", "Úy"),
    ("toà", "tòa"),
    ("toạ", "tọa"),
    ("toả", "tỏa"),
    ("Toà", "Tòa"),
    ("tuỳ", "tùy"),
    ("tuý", "túy"),
    ("tuỵ", "tụy"),
    ("tuỷ", "tủy"),
    ("ngoà", "ngòa"),
    ("ngoạ", "ngọa"),
    ("nguỵ", "ngụy"),
    ("Nguỵ", "Ngụy"),
    ("xoá", "xóa"),
    ("xoè", "xòe"),
    ("Xoá", "Xóa"),
    ("xuý", "xúy"),
    ("loà", "lòa"),
    ("loã", "lõa"),
    ("loè", "lòe"),
    ("luỹ", "lũy"),
    ("luỵ", "lụy"),
    ("Luỹ", "Lũy"),
    ("soạ", "sọa"),
    ("suý", "súy"),
    ("suỵ", "sụy"),
    ("choá", "chóa"),
    ("choè", "chòe"),
    ("chuỳ", "chùy"),
    ("đoá", "đóa"),
    ("đoạ", "đọa"),
    ("Đoá", "Đóa"),
    ("ĐOẠ", "ĐỌA"),
    ("huỷ", "hủy"),
    ("huý", "húy"),
    ("Huỳ", "Hùy"),
    ("khuỵ", "khụy"),
    ("nhuỵ", "nhụy"),
    ("nhoà", "nhòa"),
    ("oà", "òa"),
    ("oẻ", "ỏe"),
    ("Oà", "Òa"),
    ("truỵ", "trụy"),
    ("goá", "góa"),
    ("doạ", "dọa"),
    ("hoè", "hòe"),
    ("loé", "lóe"),
];

/// Syllables no tone style changes.
const TRAPS: &[&str] = &[
    "hoàn", "hoạt", "hoàng", "hoạch", "hoành", "hoảng", "hoặc", "toàn", "toán", "đoàn", "đoạn",
    "khoản", "khoảng", "khoát", "loạt", "loạn", "soạn", "thoát", "xoáy", "ngoáy", "suýt", "huỳnh",
    "khuỳnh", "huých", "nguýt", "quả", "quá", "quà", "quạ", "quý", "quỳ", "quỷ", "quỹ", "quỵ",
    "quỳnh", "quyết", "quyển", "quở", "quế", "giữ", "già", "giả", "giá", "khuỷu", "ngoài", "hoài",
    "loài", "loại", "toại", "khoái", "thuyền", "tuyệt", "tuyển", "duyệt", "khuya", "khuyên",
    "uyển", "Nguyễn", "người", "mười", "của", "múa", "chùa", "lúa", "mía", "kìa", "huế", "thuở",
    "khoèo", "ngoẹo", "loét", "khoét", "choáng", "hòa", "thủy", "khỏe", "hoa", "thuy", "uy", "quy",
    "hoe", "đạo", "cháu", "mãi",
];

/// Checks that `nucleus` normalizes to `glide` alone, in context and in NFD, with the
/// syllable mapping back to the input syllable; and that `glide` is left alone.
fn check_pair(nucleus: &str, glide: &str) {
    let n = norm(nucleus);
    assert_eq!(n.as_str(), glide, "{nucleus:?}");
    let r = n.original_range(0..n.len());
    assert_eq!(&nucleus[r.start..r.end], nucleus);
    let g = norm(glide);
    assert_eq!(g.as_str(), glide);
    assert!(g.alignment().is_identity(), "{glide:?}");

    let d = nfd(nucleus);
    let n = norm(&d);
    assert_eq!(n.as_str(), glide, "NFD {d:?}");
    let r = n.original_range(0..n.len());
    assert_eq!(&d[r.start..r.end], d);

    for (pre, post) in [
        ("", " bình"),
        ("Ông ", "."),
        ("(", ")"),
        ("“", "”"),
        ("x ", "\t"),
        ("ban ", ", "),
        ("\u{00A0}", "\u{00A0}y"),
        ("1 ", "-2"),
    ] {
        let input = format!("{pre}{nucleus}{post}");
        let n = norm(&input);
        let start = norm(pre).len();
        let end = start + glide.len();
        assert_eq!(
            n.as_str(),
            norm(&format!("{pre}{glide}{post}")).as_str(),
            "{input:?}"
        );
        assert_eq!(&n.as_str()[start..end], glide, "{input:?}");
        let r = n.original_range(start..end);
        assert_eq!(&input[r.start..r.end], nucleus, "{input:?}");
        check_alignment(&input, &n);
    }
}

/// Checks that `trap` is left alone, in three cases, alone, in NFD and in context.
fn check_trap(trap: &str) {
    for t in [trap.to_owned(), trap.to_uppercase(), title_case(trap)] {
        let n = norm(&t);
        assert_eq!(n.as_str(), t, "trap {t:?} changed");
        assert!(n.alignment().is_identity(), "trap {t:?}");
        let d = nfd(&t);
        assert_eq!(norm(&d).as_str(), t, "trap NFD {d:?}");
        let input = format!("“{t}”, {t}.");
        let n = norm(&input);
        assert_eq!(n.as_str(), format!("\"{t}\", {t}."), "trap in {input:?}");
        let first = 1..1 + t.len();
        let r = n.original_range(first.clone());
        assert_eq!(&input[r.start..r.end], t);
    }
}

/// Pairs (nucleus style, glide style) made from initials × `oa`/`oe`/`uy` × five tones ×
/// three cases.
fn generated_pairs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for init in [
        "h", "kh", "th", "t", "ng", "x", "l", "s", "ch", "đ", "tr", "nh", "", "d", "g",
    ] {
        for (v1, v2) in [('o', 'a'), ('o', 'e'), ('u', 'y')] {
            for tone in TONES {
                let nucleus = nfc(&format!("{init}{v1}{v2}{tone}"));
                let glide = nfc(&format!("{init}{v1}{tone}{v2}"));
                for case in 0..3 {
                    out.push((cased(nucleus.clone(), case), cased(glide.clone(), case)));
                }
            }
        }
    }
    out
}

/// The underthesea rules that are a pure move of one tone mark within a final
/// `oa`/`oe`/`uy`, as (nucleus style, glide style), whatever direction the rule goes.
fn underthesea_pairs(json: &str) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("tn_rules.json is JSON");
    let rules = v["token"].as_object().expect("key `token`");
    let mut out = Vec::new();
    for (from, to) in rules {
        let Some(to) = to.as_str() else { continue };
        let (lf, tf) = tones_apart(from);
        let (lt, tt) = tones_apart(to);
        if lf != lt || tf.len() != 1 || tt.len() != 1 || tf != tt {
            continue;
        }
        let (a, b): (Vec<char>, Vec<char>) =
            (nfc(from).chars().collect(), nfc(to).chars().collect());
        match (final_pair(&a), final_pair(&b)) {
            (FinalPair::Nucleus(_), FinalPair::Glide(_)) => out.push((nfc(from), nfc(to))),
            (FinalPair::Glide(_), FinalPair::Nucleus(_)) => out.push((nfc(to), nfc(from))),
            _ => {}
        }
    }
    out
}

#[test]
fn tone_table() {
    assert!(OWN_PAIRS.len() >= 60);
    let mut checked = 0;
    for (nucleus, glide) in OWN_PAIRS {
        check_pair(nucleus, glide);
        checked += 1;
    }
    for (nucleus, glide) in generated_pairs() {
        // Our independent rewrite agrees with the generated forms.
        assert_eq!(retone_word(&nucleus, ToneStyle::Glide), glide);
        assert_eq!(retone_word(&glide, ToneStyle::Nucleus), nucleus);
        check_pair(&nucleus, &glide);
        checked += 1;
    }
    for trap in TRAPS {
        check_trap(trap);
        checked += 1;
    }
    assert!(checked >= 200, "{checked} syllables");
}

#[test]
fn tone_table_of_underthesea() {
    let pairs = underthesea_pairs(&repo_file("tests/data/tone/underthesea-tn_rules.json"));
    assert!(
        pairs.len() >= 300,
        "only {} underthesea rules kept",
        pairs.len()
    );
    for (nucleus, glide) in &pairs {
        check_pair(nucleus, glide);
    }
}

/// The traps with marks in nucleus position that do not belong to a final pair stay too,
/// and the crate's nucleus style turns every own pair back.
#[test]
fn nucleus_style_round_trip() {
    let to_nucleus = Normalizer::builder()
        .tone_style(Some(ToneStyle::Nucleus))
        .build();
    for (nucleus, glide) in OWN_PAIRS
        .iter()
        .map(|&(n, g)| (n.to_owned(), g.to_owned()))
        .chain(generated_pairs())
    {
        let n = to_nucleus.normalize(&glide);
        assert_eq!(n.as_str(), nucleus, "{glide:?}");
        let r = n.original_range(0..n.len());
        assert_eq!(&glide[r.start..r.end], glide);
    }
    for trap in TRAPS
        .iter()
        .filter(|t| final_pair(&t.chars().collect::<Vec<_>>()) == FinalPair::None)
    {
        assert_eq!(to_nucleus.normalize(trap).as_str(), *trap);
    }
}

#[test]
fn every_reference_syllable() {
    let list = repo_file("dictionaries/syllables.tsv");
    let mut moved = 0;
    let mut total = 0;
    // The rows after the header (`syllable`: a word list of that kind).
    for syl in list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .skip(1)
    {
        total += 1;
        let chars: Vec<char> = syl.chars().collect();
        let expected = match final_pair(&chars) {
            FinalPair::Nucleus(_) => {
                moved += 1;
                retone_word(syl, ToneStyle::Glide)
            }
            _ => syl.to_owned(),
        };
        for (input, expected) in [
            (syl.to_owned(), expected.clone()),
            (syl.to_uppercase(), expected.to_uppercase()),
            (title_case(syl), title_case(&expected)),
            (nfd(syl), expected.clone()),
        ] {
            let n = norm(&input);
            assert_eq!(n.as_str(), expected, "syllable {input:?}");
            let r = n.original_range(0..n.len());
            assert_eq!(&input[r.start..r.end], input);
            // Only a tone mark moves: the letters and the tones are the same.
            let (li, mut ti) = tones_apart(&input);
            let (lo, mut to) = tones_apart(n.as_str());
            assert_eq!(lo, li, "letters of {input:?}");
            ti.sort_unstable();
            to.sort_unstable();
            assert_eq!(to, ti, "tones of {input:?}");
        }
    }
    assert!(
        total > 18_000 && moved > 300,
        "{total} syllables, {moved} moved"
    );
}
