//! Is a word a Vietnamese syllable? Names of bodies go on through a lower-case word only
//! after a Vietnamese word (`Sở Tư pháp`, `Ban Kinh tế`), never after a foreign one
//! (`Công ty Digitime để`, `Đại học Stanford và`), and a one-word place that is a syllable
//! may also be a common word or a given name (`Anh`, `Đức`).

/// Initial consonants (`đ` is `d` once the marks are gone), longest first so that `ngh` is
/// tried before `ng` and `n`; a syllable may have none.
const INITIALS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Final consonants.
const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Could `word` be one Vietnamese syllable? Letters are compared without tone marks, case
/// ignored: an initial, one to three vowels, a final.
pub(crate) fn is_syllable(word: &str) -> bool {
    let plain: String = word
        .chars()
        .map(crate::normalize::strip_diacritics)
        .flat_map(char::to_lowercase)
        .collect();
    plain.len() <= 7 && plain.bytes().all(|b| b.is_ascii_lowercase()) && shaped(&plain)
}

fn shaped(plain: &str) -> bool {
    // `gìn` is `g` + `in`, `gia` is `gi` + `a`: every initial that fits is tried.
    INITIALS
        .iter()
        .filter_map(|i| plain.strip_prefix(i))
        .any(|rest| {
            let vowels = rest
                .bytes()
                .take_while(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
                .count();
            (1..=3).contains(&vowels) && FINALS.contains(&&rest[vowels..])
        })
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
            "Digitime",
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
