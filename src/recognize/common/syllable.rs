//! Is a word a Vietnamese syllable? One answer for every recognizer, from the syllable
//! inventory (`dictionaries/syllables.txt`, both tone placements).
//!
//! Names of bodies go on through a lower-case word only after a Vietnamese word (`Sở Tư
//! pháp`, `Ban Kinh tế`), never after a foreign one (`Công ty Kovitek để`); a one-word
//! place that is a syllable may also be a common word or a given name (`Anh`, `Đức`); a
//! capitalised word that is no syllable (`Merkel`, `Zheng`) marks a foreign name.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The Vietnamese syllables, lower case, NFC.
static SYLLABLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../dictionaries/syllables.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// Is `word` one Vietnamese syllable, in any case? Checked on its lower case without
/// allocating for the usual short word.
pub(crate) fn is_syllable(word: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let l = c.len_utf8();
        if n + l > buf.len() {
            return false;
        }
        c.encode_utf8(&mut buf[n..]);
        n += l;
    }
    std::str::from_utf8(&buf[..n]).is_ok_and(|w| SYLLABLES.contains(w))
}

/// Is `word` no Vietnamese syllable (`Zheng`, `Merkel`, `Jong`)?
pub(crate) fn is_foreign(word: &str) -> bool {
    !is_syllable(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_and_foreign_words() {
        for w in [
            "Kinh", "Y", "pháp", "Nghiêng", "Đức", "Quốc", "Giang", "ĐỨC", "khuya", "Uy", "gìn",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in [
            "Kovitek",
            "Stanford",
            "ABC",
            "Online",
            "Exeter",
            "California",
            "Australia",
            "",
            "12",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }
}
