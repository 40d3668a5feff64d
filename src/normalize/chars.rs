//! Character classes the normalizer rewrites: look-alike letters, spaces, dashes, quotes.
//!
//! Each table is a `match`, so the compiler turns it into a jump table or a few range
//! checks; nothing is allocated.

/// Letters typed in place of Vietnamese `Đ`/`đ` in scraped text.
///
/// - U+00D0 `Ð` and U+00F0 `ð` (Icelandic eth), the most common: they look the same
///   and sit on many keyboards and in CP1252 conversions;
/// - U+0189 `Ɖ` and U+0256 `ɖ` (African D), from some IME tables.
pub(crate) fn look_alike(c: char) -> Option<char> {
    match c {
        '\u{00D0}' | '\u{0189}' => Some('Đ'),
        '\u{00F0}' | '\u{0256}' => Some('đ'),
        _ => None,
    }
}

/// What a space-like character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SpaceClass {
    /// Becomes one ASCII space (and joins a run of spaces).
    Space,
    /// Has no width: removed.
    ZeroWidth,
}

/// Tabs, no-break and typographic spaces, and zero-width characters.
pub(crate) fn space_class(c: char) -> Option<SpaceClass> {
    match c {
        ' '
        | '\t'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Some(SpaceClass::Space),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {
            Some(SpaceClass::ZeroWidth)
        }
        _ => None,
    }
}

/// Hyphens, dashes and the minus sign become ASCII `-`.
pub(crate) fn dash(c: char) -> Option<char> {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        _ => None,
    }
}

/// Typographic quotes become ASCII `"` and `'`.
pub(crate) fn quote(c: char) -> Option<char> {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{FF02}' => Some('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
        | '\u{FF07}' => Some('\''),
        _ => None,
    }
}

/// Letters and digits. Latin letters with Vietnamese marks are answered without the
/// general Unicode tables, which are slow.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xC0..=0x24F => c != '\u{D7}' && c != '\u{F7}',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables() {
        assert_eq!(look_alike('Ð'), Some('Đ'));
        assert_eq!(look_alike('D'), None);
        assert_eq!(space_class('\u{00A0}'), Some(SpaceClass::Space));
        assert_eq!(space_class('\u{200B}'), Some(SpaceClass::ZeroWidth));
        assert_eq!(space_class('a'), None);
        assert_eq!(dash('–'), Some('-'));
        assert_eq!(dash('—'), Some('-'));
        assert_eq!(dash('−'), Some('-'));
        assert_eq!(quote('“'), Some('"'));
        assert_eq!(quote('’'), Some('\''));
        assert_eq!(quote('«'), Some('"'));
    }
}
