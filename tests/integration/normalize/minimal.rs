//! Minimal cases of what the properties found.

use super::*;

// ---------------------------------------------------------------------------------------
// Minimal cases of what the properties found
// ---------------------------------------------------------------------------------------

/// The tone rule applies to plain `o`/`u` + `a`/`e`/`y` only: moving a mark off `ầ`, `ằ`
/// or onto `ô`, `ư` must not drop their circumflex, breve or horn.
#[test]
fn tone_move_keeps_other_diacritics() {
    for s in [
        "ôà",
        "oằ",
        "hoầ",
        "hoặ",
        "ưỷ",
        "HÔÀ",
        "thưỷ",
        "o\u{0302}a\u{0300}",
    ] {
        let n = norm(s);
        let (letters_in, _) = tones_apart(s);
        let (letters_out, _) = tones_apart(n.as_str());
        assert_eq!(letters_out, letters_in, "{s:?} -> {:?}", n.as_str());
        let r = n.original_range(0..n.len());
        assert_eq!(&s[r.start..r.end], s);
    }
}

/// A space or zero-width character deleted right before a moved pair stays out of the
/// pair's range.
#[test]
fn deletion_before_moved_pair_stays_outside() {
    for (input, word, orig) in [
        ("a  oà", "òa", "oà"),
        ("UBND  Uỷ ban", "Ủy", "Uỷ"),
        ("\u{200B}Uỷ ban", "Ủy", "Uỷ"),
        ("x \u{00A0}hoà", "hòa", "hoà"),
    ] {
        let n = norm(input);
        let start = n.as_str().find(word).expect("word normalized");
        let r = n.original_range(start..start + word.len());
        assert_eq!(&input[r.start..r.end], orig, "{input:?}");
        check_alignment(input, &n);
    }
}

/// Zero-width characters and soft hyphens inside a word do not end it for the tone rule.
#[test]
fn zero_width_inside_word_keeps_trap() {
    for (input, expected) in [
        ("hoà\u{200B}n", "hoàn"),
        ("hoà\u{00AD}n", "hoàn"),
        ("khuỷ\u{200B}u", "khuỷu"),
        ("toà\u{FEFF}n", "toàn"),
        ("hoà\u{200B}", "hòa"),
        ("ho\u{200B}à", "hòa"),
    ] {
        let n = norm(input);
        assert_eq!(n.as_str(), expected, "{input:?}");
        check_alignment(input, &n);
    }
}

/// A zero-width character between a letter and combining marks: once it is removed, the
/// marks compose with the letter, so that a second pass changes nothing.
#[test]
fn zero_width_before_combining_mark_is_idempotent() {
    for input in [
        "u\u{200B}\u{0302}",
        "Vie\u{200B}\u{0302}\u{0323}t",
        "e\u{00AD}\u{0302}\u{0301}",
    ] {
        let once = norm(input);
        assert_eq!(norm(once.as_str()).as_str(), once.as_str(), "{input:?}");
        let without: String = input
            .chars()
            .filter(|c| !matches!(c, '\u{200B}' | '\u{00AD}'))
            .collect();
        assert_eq!(once.as_str(), norm(&without).as_str(), "{input:?}");
        check_alignment(input, &once);
    }
}
