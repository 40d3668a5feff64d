//! Legacy encodings, from fixtures in `tests/data/encodings/` (see its README):
//!
//! - `own.*`: 253 lines of our own text (sentences, every letter, 600 syllables in three
//!   cases) encoded by tools other than nhan (a published conversion table and iconv);
//! - `seed.*`: the sample article in every encoding, as other converters wrote it.
//!
//! Each must decode to its UTF-8 text, with the encoding detected, and also after a trip
//! through Windows-1252 mojibake.

use std::path::{Path, PathBuf};

use nhan::encoding::{Encoding, decode, decode_as};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/encodings")
}

fn read(file: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn read_text(file: &str) -> String {
    String::from_utf8(read(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Windows-1252 0x80..=0x9F (unassigned bytes as the C1 control of the same value).
const CP1252_C1: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";

/// The bytes as Windows-1252 text: what a legacy file looks like after being opened as
/// Windows-1252 and saved as UTF-8.
fn as_cp1252_mojibake(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_C1.chars().nth(usize::from(b - 0x80)).unwrap(),
            _ => char::from(b),
        })
        .collect()
}

/// One seed variant: the file, its encoding, and the characters its producer could not
/// keep (seed character, character the file actually holds).
struct Variant {
    file: &'static str,
    encoding: Encoding,
    lost: &'static [(char, char)],
}

const VARIANTS: [Variant; 6] = [
    Variant {
        file: "seed.nfd.txt",
        encoding: Encoding::Utf8,
        lost: &[],
    },
    Variant {
        file: "seed.viqr.txt",
        encoding: Encoding::Viqr,
        lost: &[],
    },
    Variant {
        file: "seed.tcvn3.cp1252bytes.txt",
        encoding: Encoding::Tcvn3,
        lost: &[],
    },
    // The converter that wrote this file encodes ỹ as 0xEC, the VNI byte of ì.
    Variant {
        file: "seed.vni.cp1252bytes.txt",
        encoding: Encoding::VniWindows,
        lost: &[('ỹ', 'ì')],
    },
    Variant {
        file: "seed.cp1258.iconv.bin.txt",
        encoding: Encoding::Cp1258,
        lost: &[],
    },
    // VISCII has no curly quotes or dashes; iconv transliterated them to ASCII.
    Variant {
        file: "seed.viscii.iconv.bin.txt",
        encoding: Encoding::Viscii,
        lost: &[('“', '"'), ('”', '"'), ('–', '-')],
    },
];

fn expected(seed: &str, lost: &[(char, char)]) -> String {
    seed.chars()
        .map(|c| lost.iter().find(|(from, _)| *from == c).map_or(c, |l| l.1))
        .collect()
}

#[test]
fn seed_variants_decode_exactly() {
    let seed = read_text("../../../examples/data/seed.txt");
    for v in VARIANTS {
        let bytes = read(v.file);
        let want = expected(&seed, v.lost);
        let changed = seed
            .chars()
            .zip(want.chars())
            .filter(|(a, b)| a != b)
            .count();
        assert!(v.lost.is_empty() || changed > 0, "{}", v.file);
        assert!(changed <= 5, "{}: {changed} characters lost", v.file);

        let (text, encoding) = decode(&bytes).unwrap();
        assert_eq!(encoding, v.encoding, "{}", v.file);
        assert!(
            text == want,
            "{}: detected decoding differs from the seed",
            v.file
        );

        let text = decode_as(&bytes, v.encoding).unwrap();
        assert!(text == want, "{}: decode_as differs from the seed", v.file);
    }
}

#[test]
fn seed_variants_as_utf8_mojibake() {
    let seed = read_text("../../../examples/data/seed.txt");
    for v in VARIANTS
        .iter()
        .filter(|v| v.file.contains(".bin.") || v.file.contains("cp1252"))
    {
        let bytes = read(v.file);
        let mojibake = as_cp1252_mojibake(&bytes);
        let want = expected(&seed, v.lost);
        let (text, encoding) = decode(mojibake.as_bytes()).unwrap();
        assert_eq!(encoding, v.encoding, "{} as mojibake", v.file);
        assert!(text == want, "{} as mojibake differs from the seed", v.file);
        let text = decode_as(mojibake.as_bytes(), v.encoding).unwrap();
        assert!(text == want, "{} as mojibake: decode_as differs", v.file);
    }
}

/// Our own text in each legacy encoding (`tests/data/encodings/make.py` wrote them).
const OWN: [(&str, Encoding); 5] = [
    ("own.tcvn3", Encoding::Tcvn3),
    ("own.vni", Encoding::VniWindows),
    ("own.viqr", Encoding::Viqr),
    ("own.cp1258", Encoding::Cp1258),
    ("own.viscii", Encoding::Viscii),
];

/// The first line where `got` and `want` differ, for a readable failure.
fn first_difference(got: &str, want: &str) -> String {
    match got
        .lines()
        .zip(want.lines())
        .enumerate()
        .find(|(_, (g, w))| g != w)
    {
        Some((no, (g, w))) => format!("line {}: got {g:?}, want {w:?}", no + 1),
        None => format!(
            "{} lines, want {}",
            got.lines().count(),
            want.lines().count()
        ),
    }
}

#[test]
fn own_text_decodes_exactly_in_every_legacy_encoding() {
    let want = read_text("own.txt");
    assert!(want.lines().count() >= 250);
    for (file, encoding) in OWN {
        let bytes = read(file);
        let text = decode_as(&bytes, encoding).unwrap();
        assert!(text == want, "{file}: {}", first_difference(&text, &want));
        let (text, detected) = decode(&bytes).unwrap();
        assert_eq!(detected, encoding, "{file}");
        assert!(text == want, "{file}: {}", first_difference(&text, &want));
    }
}

#[test]
fn own_text_as_utf8_mojibake() {
    let want = read_text("own.txt");
    for (file, encoding) in OWN.into_iter().filter(|(_, e)| *e != Encoding::Viqr) {
        let mojibake = as_cp1252_mojibake(&read(file));
        let (text, detected) = decode(mojibake.as_bytes()).unwrap();
        assert_eq!(detected, encoding, "{file} as mojibake");
        assert!(text == want, "{file}: {}", first_difference(&text, &want));
        let text = decode_as(mojibake.as_bytes(), encoding).unwrap();
        assert!(text == want, "{file}: {}", first_difference(&text, &want));
    }
}
