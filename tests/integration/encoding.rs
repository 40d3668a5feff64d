//! The shared seed article in every supported encoding must decode to the seed text.

use std::path::{Path, PathBuf};

use nhan::encoding::{Encoding, decode, decode_as};

fn shared() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if root.join("reference/encodings").is_dir() && root.join("corpus/seed.txt").is_file() {
        Some(root)
    } else {
        println!("skipped: ../shared not found");
        None
    }
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
    let Some(root) = shared() else { return };
    let seed = std::fs::read_to_string(root.join("corpus/seed.txt")).unwrap();
    for v in VARIANTS {
        let bytes = std::fs::read(root.join("reference/encodings").join(v.file)).unwrap();
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
    let Some(root) = shared() else { return };
    let seed = std::fs::read_to_string(root.join("corpus/seed.txt")).unwrap();
    for v in VARIANTS
        .iter()
        .filter(|v| v.file.contains(".bin.") || v.file.contains("cp1252"))
    {
        let bytes = std::fs::read(root.join("reference/encodings").join(v.file)).unwrap();
        let mojibake = as_cp1252_mojibake(&bytes);
        let want = expected(&seed, v.lost);
        let (text, encoding) = decode(mojibake.as_bytes()).unwrap();
        assert_eq!(encoding, v.encoding, "{} as mojibake", v.file);
        assert!(text == want, "{} as mojibake differs from the seed", v.file);
        let text = decode_as(mojibake.as_bytes(), v.encoding).unwrap();
        assert!(text == want, "{} as mojibake: decode_as differs", v.file);
    }
}
