//! Property tests (proptest): the strategies that write random mixed Vietnamese text, and
//! the invariants every normalization keeps on it.

use super::*;

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

const VI_LOWER: &str = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

fn vi_letters() -> Vec<char> {
    VI_LOWER
        .chars()
        .chain(VI_LOWER.to_uppercase().chars())
        .collect()
}

const INITIALS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "s", "t", "th",
    "tr", "v", "x",
];

/// Syllables in glide style, and the traps that no style changes.
const GLIDE_WORDS: &[&str] = &[
    "hòa", "hóa", "họa", "hỏa", "khỏe", "thủy", "Ủy", "ủy", "tùy", "lũy", "xòe", "tòa", "Hòa",
    "hoàn", "hoạt", "suýt", "huỳnh", "quả", "quý", "quỳnh", "giữ", "khuỷu", "ngoài", "thuyền",
    "tuyệt", "khuya", "hoa", "hoe", "thuy", "quy", "Quý", "QUẢ", "người", "Việt", "Nguyễn", "đoàn",
    "toàn", "xoáy", "hoặc", "loét", "ngoẹo", "gìa", "già", "của", "mía",
];

/// A glide-style syllable: a fixed word, or initial + `oa`/`oe`/`uy` with the tone (or
/// none) on the glide, in lower, upper or title case.
fn glide_syllable() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(GLIDE_WORDS).prop_map(str::to_owned);
    let made = (
        prop::sample::select(INITIALS),
        prop::sample::select(&["oa", "oe", "uy"][..]),
        prop::sample::select(&[None, Some(0usize), Some(1), Some(2), Some(3), Some(4)][..]),
        0u8..3,
    )
        .prop_map(|(init, pair, tone, case)| {
            let mut s = String::from(init);
            let mut p = pair.chars();
            s.push(p.next().unwrap());
            if let Some(t) = tone {
                s.push(TONES[t]);
            }
            s.extend(p);
            cased(nfc(&s), case)
        });
    prop_oneof![2 => fixed, 3 => made]
}

/// Separators that are not letters or digits (and not combining marks).
const SEPARATORS: &[&str] = &[
    " ", " ", " ", ", ", ". ", "\n", "\t", "-", " – ", "“", "”", "\u{00A0}", "(", ")", ": ", "  ",
    "'", "’", "/", "\u{2009}",
];

/// Glide-style syllables joined by separators.
fn glide_text() -> impl Strategy<Value = String> {
    prop::collection::vec((glide_syllable(), prop::sample::select(SEPARATORS)), 0..12).prop_map(
        |parts| {
            parts.into_iter().fold(String::new(), |mut s, (w, sep)| {
                s.push_str(&w);
                s.push_str(sep);
                s
            })
        },
    )
}

/// One char of mixed input: Vietnamese and ASCII letters, combining marks, look-alikes,
/// spaces and zero-width characters, dashes, quotes, ASCII, anything.
fn mixed_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => prop::sample::select(vi_letters()),
        4 => prop::char::range('a', 'z'),
        3 => prop::sample::select(&['o', 'a', 'e', 'u', 'y', 'q', 'O', 'A', 'U', 'Y', 'h', 'n', 'g', 'i'][..]),
        3 => prop::char::range('\u{0300}', '\u{0323}'),
        2 => prop::sample::select(&['\u{0302}', '\u{0306}', '\u{031B}', '\u{0300}', '\u{0309}'][..]),
        2 => prop::sample::select(&['Ð', 'ð', 'Ɖ', 'ɖ'][..]),
        3 => prop::sample::select(&[' ', ' ', '\t', '\u{00A0}', '\u{2009}', '\u{3000}', '\n', '\u{202F}'][..]),
        2 => prop::sample::select(&['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}'][..]),
        1 => prop::sample::select(&['\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}', '-'][..]),
        1 => prop::sample::select(&['“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', '‹', '›', '"', '\''][..]),
        2 => prop::char::range(' ', '~'),
        1 => any::<char>(),
    ]
}

/// Mixed input: single chars and whole syllables.
fn mixed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => mixed_char().prop_map(String::from),
        1 => glide_syllable(),
        1 => glide_syllable().prop_map(|s| retone_text(&s, ToneStyle::Nucleus)),
    ];
    prop::collection::vec(piece, 0..32).prop_map(|v| v.concat())
}

/// Random Vietnamese words of letters only, joined by single spaces.
fn letter_words() -> impl Strategy<Value = String> {
    let word = prop::collection::vec(prop::sample::select(vi_letters()), 1..6)
        .prop_map(|v| v.into_iter().collect::<String>());
    prop::collection::vec(prop_oneof![2 => word, 1 => glide_syllable()], 0..8)
        .prop_map(|v| v.join(" "))
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// (a) Normalizing twice equals normalizing once.
    #[test]
    fn prop_idempotent(s in mixed_text()) {
        let once = norm(&s);
        let twice = norm(once.as_str());
        prop_assert_eq!(twice.as_str(), once.as_str(), "input {:?}", s);
        prop_assert!(twice.alignment().is_identity(), "second pass changed {:?}", once.as_str());
    }

    /// (b) Every normalized char maps to a valid, monotone range of the input.
    #[test]
    fn prop_alignment_valid(s in mixed_text()) {
        let n = norm(&s);
        check_alignment(&s, &n);
        let u = n.unaccented();
        prop_assert_eq!(u.alignment.original_len(), n.len());
        for w in word_ranges(&u.text) {
            let r = u.alignment.original_range(w.clone());
            let orig = &n.lowercase()[r.start..r.end];
            let stripped: String = orig.chars().map(strip_diacritics).collect();
            prop_assert_eq!(&stripped, &u.text[w.clone()], "unaccented {:?} of {:?}", w, s);
        }
    }

    /// (b) also holds for the lower-case view, which shares the offsets.
    #[test]
    fn prop_lowercase_shares_offsets(s in mixed_text()) {
        let n = norm(&s);
        prop_assert_eq!(n.lowercase().len(), n.len());
        for (i, c) in n.as_str().char_indices() {
            prop_assert!(n.lowercase().is_char_boundary(i), "{:?} at {}", c, i);
            let l = &n.lowercase()[i..i + c.len_utf8()];
            let expect: String = c.to_lowercase().collect();
            prop_assert!(l == expect || l == c.to_string(), "{:?} lowercases to {:?}", c, l);
        }
    }

    /// (c) NFD and NFC forms of the same text normalize to the same string.
    #[test]
    fn prop_nfd_equals_nfc(s in mixed_text()) {
        let (c, d) = (nfc(&s), nfd(&s));
        let (nc, nd) = (norm(&c), norm(&d));
        prop_assert_eq!(nd.as_str(), nc.as_str(), "NFD {:?} vs NFC {:?}", d, c);
        check_alignment(&d, &nd);
    }

    /// (c) NFD of Vietnamese text, with the look-alike `Ð` for `Đ`, normalizes like its NFC.
    #[test]
    fn prop_nfd_eth_words(s in glide_text()) {
        let variant = nfd(&eth(&s));
        let n = norm(&variant);
        let expected = norm(&s);
        prop_assert_eq!(n.as_str(), expected.as_str(), "variant {:?}", variant);
        check_alignment(&variant, &n);
        check_words(&variant, &n);
    }

    /// (d) Glide-style and nucleus-style forms of the same text give the same views.
    #[test]
    fn prop_tone_styles_agree(s in glide_text(), decompose in any::<bool>()) {
        let nucleus = retone_text(&s, ToneStyle::Nucleus);
        let nucleus = if decompose { nfd(&nucleus) } else { nucleus };
        let (ng, nn) = (norm(&s), norm(&nucleus));
        prop_assert_eq!(nn.lowercase(), ng.lowercase(), "glide {:?} nucleus {:?}", s, nucleus);
        prop_assert_eq!(nn.as_str(), ng.as_str());
        check_alignment(&nucleus, &nn);
        check_words(&nucleus, &nn);
        // The crate's own nucleus style agrees with our rewrite.
        let to_nucleus = Normalizer::builder().tone_style(Some(ToneStyle::Nucleus)).build();
        prop_assert_eq!(
            to_nucleus.normalize(&s).as_str().to_owned(),
            retone_text(ng.as_str(), ToneStyle::Nucleus),
            "nucleus style of {:?}", s
        );
    }

    /// (e) Plain ASCII without tabs or double spaces is left alone, with an identity map.
    #[test]
    fn prop_ascii_identity(
        s in prop::collection::vec(prop_oneof![8 => prop::char::range(' ', '~'), 1 => Just('\n'), 1 => Just('\r')], 0..64)
            .prop_map(|v| v.into_iter().collect::<String>())
            .prop_filter("no double space", |s| !s.contains("  "))
    ) {
        let n = norm(&s);
        prop_assert_eq!(n.as_str(), s.as_str());
        prop_assert!(n.alignment().is_identity(), "{:?}", s);
        prop_assert_eq!(n.lowercase(), s.to_ascii_lowercase());
        for w in word_ranges(n.as_str()) {
            let r = n.original_range(w.clone());
            prop_assert_eq!(r.clone(), w.clone());
            prop_assert_eq!(&s[r.start..r.end], &n.as_str()[w]);
        }
    }

    /// (e) NFC glide-style Vietnamese joined by single spaces is identity too.
    #[test]
    fn prop_glide_nfc_identity(words in prop::collection::vec(glide_syllable(), 0..10)) {
        let s = words.join(" ");
        let n = norm(&s);
        prop_assert_eq!(n.as_str(), s.as_str());
        prop_assert!(n.alignment().is_identity(), "{:?}", s);
    }

    /// Normalization only moves tone marks: the letters and their other diacritics stay.
    #[test]
    fn prop_letters_kept(s in letter_words(), decompose in any::<bool>()) {
        let input = if decompose { nfd(&s) } else { s.clone() };
        let n = norm(&input);
        let (letters_in, mut tones_in) = tones_apart(&s);
        let (letters_out, mut tones_out) = tones_apart(n.as_str());
        prop_assert_eq!(&letters_out, &letters_in, "{:?} -> {:?}", input, n.as_str());
        tones_in.sort_unstable();
        tones_out.sort_unstable();
        prop_assert_eq!(tones_out, tones_in, "{:?} -> {:?}", input, n.as_str());
        check_alignment(&input, &n);
    }

    /// Zero-width characters and soft hyphens are removed as if they were never there.
    #[test]
    fn prop_zero_width_transparent(
        s in glide_text(),
        nucleus in any::<bool>(),
        inserts in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(&['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}'][..])), 1..4),
    ) {
        let s = if nucleus { retone_text(&s, ToneStyle::Nucleus) } else { s };
        let mut chars: Vec<char> = s.chars().collect();
        for (at, zw) in inserts {
            let i = at.index(chars.len() + 1);
            chars.insert(i, zw);
        }
        let with: String = chars.into_iter().collect();
        let n = norm(&with);
        let expected = norm(&s);
        prop_assert_eq!(n.as_str(), expected.as_str(), "with zero-width: {:?}", with);
        check_alignment(&with, &n);
    }
}
