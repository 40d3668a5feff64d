use std::collections::HashMap;

use proptest::prelude::*;

use super::tables::{VOWELS, single_uppercase};
use super::*;

/// Every Vietnamese letter, lower- and uppercase.
fn all_letters() -> Vec<char> {
    let mut letters: Vec<char> = VOWELS.iter().flatten().copied().collect();
    letters.push('đ');
    let upper: Vec<char> = letters.iter().map(|&c| single_uppercase(c)).collect();
    letters.extend(upper);
    letters
}

/// For each letter, the shortest byte sequence (1 or 2 bytes) that `encoding` decodes to it.
fn encoder(encoding: Encoding) -> HashMap<char, Vec<u8>> {
    let mut map = HashMap::new();
    let mut record = |seq: Vec<u8>| {
        let decoded = decode_as(&seq, encoding).unwrap();
        let mut chars = decoded.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            map.entry(c).or_insert(seq);
        }
    };
    for a in 0..=255u8 {
        record(vec![a]);
    }
    for a in 0..=255u8 {
        for b in 0x80..=255u8 {
            // Skip pairs that are valid UTF-8: those are read as mojibake, not as bytes.
            if std::str::from_utf8(&[a, b]).is_err() {
                record(vec![a, b]);
            }
        }
    }
    map
}

fn encode(map: &HashMap<char, Vec<u8>>, text: &str) -> Vec<u8> {
    text.chars()
        .flat_map(|c| match map.get(&c) {
            Some(seq) => seq.clone(),
            None => vec![u8::try_from(u32::from(c)).unwrap()],
        })
        .collect()
}

const PHRASE: &str = "Tiếng Việt: Đường ỨNG Ửng Ỷ lại, KỸ THUẬT, Ấm ắt, quốc ngữ, khuỷu.";

#[test]
fn every_letter_round_trips_in_every_byte_encoding() {
    for encoding in [
        Encoding::Tcvn3,
        Encoding::VniWindows,
        Encoding::Viscii,
        Encoding::Cp1258,
    ] {
        let map = encoder(encoding);
        for c in all_letters() {
            assert!(map.contains_key(&c), "{encoding}: no bytes for {c}");
        }
        let bytes = encode(&map, PHRASE);
        assert_eq!(decode_as(&bytes, encoding).unwrap(), PHRASE, "{encoding}");
        let (text, detected) = decode(&bytes).unwrap();
        assert_eq!((text.as_str(), detected), (PHRASE, encoding));
    }
}

#[test]
fn tcvn3_letters() {
    let d = |b: &[u8]| decode_as(b, Encoding::Tcvn3).unwrap();
    assert_eq!(d(b"\xb8 \xa7\xae \xad\xea"), "á Đđ ườ");
    assert_eq!(d(b"A\xb8 \xa3\xd6 BI\xa3\xd6N U\xf1y"), "Á Ệ BIỆN Ủy");
    assert_eq!(d(b"\x93x\x94 \x96"), "“x” –");
    assert_eq!(d(b"a\xb3"), "á"); // combining acute
    assert_eq!(d(b"n\xb3"), "ń"); // kept as a combining mark, then NFC
}

#[test]
fn vni_letters() {
    let d = |b: &[u8]| decode_as(b, Encoding::VniWindows).unwrap();
    assert_eq!(d(b"a\xf9 A\xc1 \xf6\xf4\xf9c \xd1\xf1"), "á Ấ ước Đđ");
    assert_eq!(d(b"Chie\xe0u, BIE\xc4N, U\xdby"), "Chiều, BIỆN, Ủy");
    assert_eq!(d(b"\xec \xee \xce y\xf5 y\xfb \xeb"), "ì ỵ Ỵ ỹ ỷ ỷ");
    // A mark with no base vowel, or of the other case, is Windows-1252.
    assert_eq!(d(b"n\xf9 a\xd9 \x93"), "nù aÙ “");
}

#[test]
fn viscii_and_cp1258_letters() {
    let v = |b: &[u8]| decode_as(b, Encoding::Viscii).unwrap();
    assert_eq!(v(b"\xd5 \x80 \x02 \xf0\xd0 \xdf\xbd"), "ạ Ạ Ẳ đĐ ươ");
    let c = |b: &[u8]| decode_as(b, Encoding::Cp1258).unwrap();
    assert_eq!(
        c(b"a\xec \xea\xd2 \xd0\xf0 \xfd\xf5\xec \x93"),
        "á ể Đđ ướ “"
    );
    assert_eq!(c(b"\xe1\xf2"), "\u{e1}\u{323}".nfc().collect::<String>());
}

#[test]
fn names() {
    let names: Vec<&str> = Encoding::ALL.iter().map(|e| e.name()).collect();
    assert_eq!(
        names,
        [
            "UTF-8",
            "TCVN3",
            "VNI-Windows",
            "VIQR",
            "VISCII",
            "windows-1258"
        ]
    );
    assert_eq!(Encoding::Viqr.to_string(), "VIQR");
}

#[test]
fn utf8_offsets() {
    match from_utf8(b"ab\xc3\x28cd", "doc.txt") {
        Err(Error::InvalidUtf8 {
            source_name,
            offset,
        }) => assert_eq!((source_name.as_str(), offset), ("doc.txt", 2)),
        other => panic!("{other:?}"),
    }
    assert_eq!(from_utf8("Hà".as_bytes(), "x").unwrap(), "Hà");
    assert_eq!(from_utf8_lossy(b"a\xffb"), "a\u{fffd}b");
    match decode_as(b"ok\xff", Encoding::Utf8) {
        Err(Error::Decode {
            encoding, offset, ..
        }) => assert_eq!((encoding, offset), ("UTF-8", 2)),
        other => panic!("{other:?}"),
    }
    assert!(decode_as(b"\xe0", Encoding::Viqr).is_err());
}

#[test]
fn detection_of_utf8_and_viqr() {
    assert_eq!(decode(b"").unwrap(), (String::new(), Encoding::Utf8));
    let nfd = "Vie\u{323}\u{302}t Nam";
    assert_eq!(
        decode(nfd.as_bytes()).unwrap(),
        ("Việt Nam".to_owned(), Encoding::Utf8)
    );
    assert_eq!(
        decode(b"Hello world.").unwrap(),
        ("Hello world.".to_owned(), Encoding::Utf8)
    );
    // English stays UTF-8: tone marks alone do not make VIQR.
    assert_eq!(
        decode(b"I'm here, he's there? Go.\n").unwrap(),
        ("I'm here, he's there? Go.\n".to_owned(), Encoding::Utf8)
    );
    // Vietnamese UTF-8 with an English apostrophe stays UTF-8.
    let mixed = "Tôi nói: I'm here.";
    assert_eq!(decode(mixed.as_bytes()).unwrap().1, Encoding::Utf8);
    assert_eq!(
        decode(b"Ha` No^.i").unwrap(),
        ("Hà Nội".to_owned(), Encoding::Viqr)
    );
}

#[test]
fn detection_of_mojibake() {
    // TCVN3 bytes of "Chiều nay, Hà Nội" read as Windows-1252 and saved as UTF-8.
    let raw = b"Chi\xd2u nay, H\xb5 N\xe9i";
    let mojibake: String = raw.iter().map(|&b| legacy::cp1252_char(b)).collect();
    assert_eq!(mojibake, "ChiÒu nay, Hµ Néi");
    let expected = ("Chiều nay, Hà Nội".to_owned(), Encoding::Tcvn3);
    assert_eq!(decode(mojibake.as_bytes()).unwrap(), expected);
    assert_eq!(decode(raw).unwrap(), expected);
    assert_eq!(
        decode_as(mojibake.as_bytes(), Encoding::Tcvn3).unwrap(),
        expected.0
    );
    // Latin-1-only Vietnamese UTF-8 is not mistaken for mojibake.
    let plain = "Tôi là ai";
    assert_eq!(
        decode(plain.as_bytes()).unwrap(),
        (plain.to_owned(), Encoding::Utf8)
    );
}

#[test]
fn undecodable_input_is_an_error() {
    match decode(b"caf\xe9 cr\xe8me") {
        Err(Error::Decode { offset, .. }) => assert_eq!(offset, 3),
        other => panic!("{other:?}"),
    }
    assert!(decode(b"\xff\xfe\x00").is_err());
}

proptest! {
    #[test]
    fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = decode(&bytes);
        for encoding in Encoding::ALL {
            let _ = decode_as(&bytes, encoding);
        }
    }

    #[test]
    fn never_panics_on_text(text in "[a-zA-Z '`?~.^(+\\\\dD\n]{0,80}") {
        let decoded = decode_as(text.as_bytes(), Encoding::Viqr).unwrap();
        prop_assert!(unicode_normalization::is_nfc(&decoded));
        let _ = decode(text.as_bytes());
    }
}
