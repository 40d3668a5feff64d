//! How Vietnamese a decoded text looks: the detection score.
//!
//! A word (a run of letters and combining marks) that has a letter outside ASCII counts as
//! *good* when it is a well-formed Vietnamese syllable and *bad* otherwise; ASCII words and
//! all-consonant acronyms (`ĐBQH`) count as neither. Characters that mojibake produces and
//! real text rarely holds (C0/C1 controls, U+FFFD, Latin-1 symbols such as `§ ¸ ©`) are bad.
//!
//! The syllable check is compact: at most one tone; casing is lower, Capitalized or UPPER;
//! initial consonant + vowel nucleus + final from fixed lists; the nucleus lists say which
//! nuclei may end a syllable and which need a final consonant; `c ch p t` take only sắc or
//! nặng; `c/k`, `g/gh`, `ng/ngh` agree with the following vowel.

use unicode_normalization::char::is_combining_mark;

use super::tables::{ACUTE, DOT, NO_TONE, vowel_char, vowel_parts};

/// Evidence counts for one decoding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Score {
    /// Words with Vietnamese diacritics that are valid syllables.
    pub(crate) good: u32,
    /// Invalid words with non-ASCII letters, plus suspicious characters.
    pub(crate) bad: u32,
}

impl Score {
    /// The number compared between candidates: errors weigh double.
    pub(crate) fn value(self) -> i64 {
        i64::from(self.good) - 2 * i64::from(self.bad)
    }
}

/// Score `text` (expected in NFC).
pub(crate) fn score(text: &str) -> Score {
    let mut score = Score::default();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() || is_combining_mark(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            judge_word(&text[s..i], &mut score);
        }
        if is_suspicious(c) {
            score.bad += 1;
        }
    }
    if let Some(s) = start {
        judge_word(&text[s..], &mut score);
    }
    score
}

fn judge_word(word: &str, score: &mut Score) {
    if word.is_ascii() || word.chars().all(is_consonant) {
        return;
    }
    if is_syllable(word) {
        score.good += 1;
    } else {
        score.bad += 1;
    }
}

fn is_consonant(c: char) -> bool {
    matches!(c, 'đ' | 'Đ') || (c.is_ascii_alphabetic() && vowel_parts(c).is_none())
}

fn is_suspicious(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c');
    }
    match c {
        '\u{A0}' | '«' | '»' | '°' | '×' => false,
        '\u{80}'..='\u{BF}' | '\u{F7}' | '\u{FFFD}' => true,
        _ => false,
    }
}

const INITIALS: [&str; 28] = [
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Nuclei that may end a syllable (semivowel endings included).
const OPEN: [&str; 41] = [
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
    "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi", "ua", "uê", "ui", "uơ", "uy", "ưa", "ưi", "ưu",
    "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya",
];

/// More open nuclei (kept apart to keep the lists short to read).
const OPEN_RARE: [&str; 4] = ["uyu", "ươi", "ươu", "oao"];

/// Nuclei that may take a final consonant.
const CLOSED: [&str; 22] = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "yê", "uô", "ươ", "oa", "oă",
    "oe", "uâ", "uê", "uy", "uyê",
];

/// Whether `word` (letters only) is a well-formed Vietnamese syllable.
pub(crate) fn is_syllable(word: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut tone = NO_TONE;
    let mut first_upper = None;
    let mut seen_lower_after_first = false;
    let mut seen_upper_after_first = false;
    for c in word.chars() {
        let (base, upper) = match vowel_parts(c) {
            Some((row, t, upper)) => {
                if t != NO_TONE {
                    if tone != NO_TONE {
                        return false;
                    }
                    tone = t;
                }
                (vowel_char(row, NO_TONE, false), upper)
            }
            None if c == 'đ' || c == 'Đ' => ('đ', c == 'Đ'),
            None if c.is_ascii_alphabetic() => (c.to_ascii_lowercase(), c.is_ascii_uppercase()),
            None => return false,
        };
        match first_upper {
            None => first_upper = Some(upper),
            Some(_) if upper => seen_upper_after_first = true,
            Some(_) => seen_lower_after_first = true,
        }
        if seen_upper_after_first && (seen_lower_after_first || first_upper == Some(false)) {
            return false;
        }
        if len + base.len_utf8() > buf.len() {
            return false;
        }
        len += base.encode_utf8(&mut buf[len..]).len();
    }
    let Ok(s) = std::str::from_utf8(&buf[..len]) else {
        return false;
    };
    INITIALS.iter().any(|initial| {
        s.strip_prefix(initial)
            .is_some_and(|rest| rhyme_ok(initial, rest, tone))
    })
}

fn rhyme_ok(initial: &str, rest: &str, tone: usize) -> bool {
    FINALS.iter().any(|&fin| {
        let Some(nucleus) = rest.strip_suffix(fin) else {
            return false;
        };
        if nucleus.is_empty() {
            return false;
        }
        let listed = if fin.is_empty() {
            OPEN.contains(&nucleus) || OPEN_RARE.contains(&nucleus)
        } else {
            CLOSED.contains(&nucleus)
        };
        let stop = matches!(fin, "c" | "ch" | "p" | "t");
        let palatal = matches!(fin, "ch" | "nh");
        listed
            && (!stop || tone == ACUTE || tone == DOT)
            && (!palatal || matches!(nucleus, "a" | "ê" | "i" | "oa" | "uê" | "uy"))
            && spelling_ok(initial, nucleus)
    })
}

/// `c/k`, `g/gh`, `ng/ngh`, `qu`, `gi` against the first vowel.
fn spelling_ok(initial: &str, nucleus: &str) -> bool {
    let first = nucleus.chars().next().unwrap_or('a');
    let front = matches!(first, 'i' | 'e' | 'ê' | 'y');
    match initial {
        "c" | "ng" => !front,
        "k" => front,
        "gh" | "ngh" => matches!(first, 'i' | 'e' | 'ê'),
        "g" => !matches!(first, 'e' | 'ê' | 'y'),
        "qu" => !matches!(first, 'u' | 'ư'),
        "gi" => first != 'i',
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::{Score, is_syllable, score};

    #[test]
    fn syllables() {
        for w in [
            "Việt",
            "nghiêng",
            "trường",
            "quốc",
            "gìn",
            "giữa",
            "khuya",
            "ở",
            "ý",
            "BIỆN",
            "Đề",
            "thuở",
            "hoặc",
            "tuần",
            "kỹ",
            "ngoẹo",
            "khuỷu",
            "Chiều",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in [
            "Chieàu", "toå", "tæ", "vIệt", "việtt", "cé", "kà", "ghà", "biệnh", "bàc", "ăn̈", "lỔ",
            "ấấ",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }

    #[test]
    fn scoring() {
        assert_eq!(score("Hà Nội, ĐBQH 2020."), Score { good: 2, bad: 0 });
        assert_eq!(score("H§ N¸i"), Score { good: 0, bad: 2 });
        assert_eq!(score("Hello world"), Score::default());
        assert!(score("Chieàu toå").value() < 0);
    }
}
