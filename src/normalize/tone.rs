//! Tone-mark placement in the syllables `oa`, `oe` and `uy` without a final consonant.
//!
//! Vietnamese writes these syllables two ways, both in wide use:
//! - [`ToneStyle::Glide`]: the mark sits on the first vowel, the glide: `hòa`, `khỏe`,
//!   `thủy`, `Ủy`. This is the form nhan matches on.
//! - [`ToneStyle::Nucleus`]: the mark sits on the second vowel, the nucleus: `hoà`,
//!   `khoẻ`, `thuỷ`, `Uỷ`.
//!
//! Only a syllable that ends in the pair is affected: `hoàn`, `suýt`, `huỳnh` are written
//! the same in both styles, and so is `quý`/`quả`, where `u` belongs to `qu`.

use unicode_normalization::char::{compose, decompose_canonical};

/// Where the tone mark goes in a final `oa`, `oe`, `uy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ToneStyle {
    /// Mark on the glide, the first vowel: `hòa`, `thủy`, `khỏe` (the canonical form).
    #[default]
    Glide,
    /// Mark on the nucleus, the second vowel: `hoà`, `thuỷ`, `khoẻ`.
    Nucleus,
}

const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

/// Splits a Latin letter into its base letter (lower case) and its tone mark.
pub(crate) fn split_tone(c: char) -> (char, Option<char>) {
    let mut base = None;
    let mut tone = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        } else if TONES.contains(&d) {
            tone = Some(d);
        }
    });
    (base.unwrap_or(c), tone)
}

/// Splits `c` into an ASCII letter and its tone mark, or `None` when `c` carries any other
/// diacritic (`ô`, `ă`, `ư`, `ầ`): those letters are never part of a final `oa`/`oe`/`uy`.
fn plain_with_tone(c: char) -> Option<(char, Option<char>)> {
    let mut base = None;
    let mut tone = None;
    let mut other = false;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        } else if tone.is_none() && TONES.contains(&d) {
            tone = Some(d);
        } else {
            other = true;
        }
    });
    let base = base?;
    (base.is_ascii() && !other).then_some((base, tone))
}

fn is_vowel_base(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// True for any Vietnamese vowel letter, with or without marks, in either case.
pub(crate) fn is_vowel(c: char) -> bool {
    if c.is_ascii() {
        return is_vowel_base(c);
    }
    let mut first = None;
    decompose_canonical(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
    });
    first.is_some_and(is_vowel_base)
}

/// Could `c` be the marked second vowel of a nucleus-style pair (`à`, `ẻ`, `ỷ`, ...)?
#[inline]
pub(crate) fn is_marked_nucleus(c: char) -> bool {
    matches!(
        c,
        'à' | 'á'
            | 'ả'
            | 'ã'
            | 'ạ'
            | 'è'
            | 'é'
            | 'ẻ'
            | 'ẽ'
            | 'ẹ'
            | 'ỳ'
            | 'ý'
            | 'ỷ'
            | 'ỹ'
            | 'ỵ'
            | 'À'
            | 'Á'
            | 'Ả'
            | 'Ã'
            | 'Ạ'
            | 'È'
            | 'É'
            | 'Ẻ'
            | 'Ẽ'
            | 'Ẹ'
            | 'Ỳ'
            | 'Ý'
            | 'Ỷ'
            | 'Ỹ'
            | 'Ỵ'
    )
}

/// Could `c` be the marked first vowel of a glide-style pair (`ò`, `ủ`, ...)?
#[inline]
pub(crate) fn is_marked_glide(c: char) -> bool {
    matches!(
        c,
        'ò' | 'ó'
            | 'ỏ'
            | 'õ'
            | 'ọ'
            | 'ù'
            | 'ú'
            | 'ủ'
            | 'ũ'
            | 'ụ'
            | 'Ò'
            | 'Ó'
            | 'Ỏ'
            | 'Õ'
            | 'Ọ'
            | 'Ù'
            | 'Ú'
            | 'Ủ'
            | 'Ũ'
            | 'Ụ'
    )
}

/// Given the last three letters of a syllable (`c0` may be absent), returns the pair
/// `(c1, c2)` rewritten in `style`, or `None` when nothing changes.
pub(crate) fn retone(c0: Option<char>, c1: char, c2: char, style: ToneStyle) -> Option<[char; 2]> {
    let (b1, t1) = plain_with_tone(c1)?;
    let (b2, t2) = plain_with_tone(c2)?;
    let pair_ok = matches!(
        (b1.to_ascii_lowercase(), b2.to_ascii_lowercase()),
        ('o', 'a') | ('o', 'e') | ('u', 'y')
    );
    if !pair_ok || !b1.is_ascii() || !b2.is_ascii() {
        return None;
    }
    if let Some(c0) = c0 {
        if is_vowel(c0) {
            return None;
        }
        if b1.eq_ignore_ascii_case(&'u') && c0.eq_ignore_ascii_case(&'q') {
            return None;
        }
    }
    match (style, t1, t2) {
        (ToneStyle::Glide, None, Some(t)) => Some([compose(b1, t)?, b2]),
        (ToneStyle::Nucleus, Some(t), None) => Some([b1, compose(b2, t)?]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(c0: Option<char>, s: &str) -> Option<String> {
        let v: Vec<char> = s.chars().collect();
        retone(c0, v[0], v[1], ToneStyle::Glide).map(|p| p.iter().collect())
    }

    #[test]
    fn moves_marks_to_the_glide() {
        assert_eq!(g(Some('h'), "oà").as_deref(), Some("òa"));
        assert_eq!(g(Some('h'), "uỷ").as_deref(), Some("ủy"));
        assert_eq!(g(None, "Uỷ").as_deref(), Some("Ủy"));
        assert_eq!(g(Some('H'), "OÀ").as_deref(), Some("ÒA"));
        assert_eq!(g(Some('h'), "oẽ").as_deref(), Some("õe"));
        assert_eq!(g(Some('q'), "uý"), None);
        assert_eq!(g(Some('h'), "òa"), None);
        assert_eq!(g(Some('i'), "oà"), None);
    }

    #[test]
    fn marked_tables_agree_with_decomposition() {
        for c in ('\u{C0}'..='\u{1EF9}').filter(|c| !c.is_ascii()) {
            let (b, t) = plain_with_tone(c).unwrap_or((c, None));
            let nucleus = t.is_some() && matches!(b, 'a' | 'e' | 'y' | 'A' | 'E' | 'Y');
            let glide = t.is_some() && matches!(b, 'o' | 'u' | 'O' | 'U');
            assert_eq!(is_marked_nucleus(c), nucleus, "{c}");
            assert_eq!(is_marked_glide(c), glide, "{c}");
        }
    }

    #[test]
    fn moves_marks_to_the_nucleus() {
        let v: Vec<char> = "òa".chars().collect();
        assert_eq!(
            retone(Some('h'), v[0], v[1], ToneStyle::Nucleus),
            Some(['o', 'à'])
        );
    }
}
