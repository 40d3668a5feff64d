//! Byte tables of the legacy encodings and the Vietnamese vowel grid.
//!
//! The single-byte tables are the published character sets (Windows-1252, Windows-1258,
//! VISCII, TCVN 5712:1993); VNI-Windows is described by [`vni`] as letters and mark bytes.

/// No tone (thanh ngang).
pub(crate) const NO_TONE: usize = 0;
/// Grave, huyền.
pub(crate) const GRAVE: usize = 1;
/// Acute, sắc.
pub(crate) const ACUTE: usize = 2;
/// Hook above, hỏi.
pub(crate) const HOOK: usize = 3;
/// Tilde, ngã.
pub(crate) const TILDE: usize = 4;
/// Dot below, nặng.
pub(crate) const DOT: usize = 5;

/// The twelve Vietnamese vowels (rows) with their six tones (columns, in the order of the
/// tone constants above), lowercase.
pub(crate) const VOWELS: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// Vowel modifiers (dấu mũ, dấu trăng, dấu móc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Modifier {
    /// Circumflex: â ê ô.
    Circumflex,
    /// Breve: ă.
    Breve,
    /// Horn: ơ ư.
    Horn,
}

/// The row reached by adding `modifier` to the bare vowel in `row`, if Vietnamese has it.
pub(crate) fn modify(row: usize, modifier: Modifier) -> Option<usize> {
    match (row, modifier) {
        (0, Modifier::Circumflex) => Some(2),
        (0, Modifier::Breve) => Some(1),
        (3, Modifier::Circumflex) => Some(4),
        (6, Modifier::Circumflex) => Some(7),
        (6, Modifier::Horn) => Some(8),
        (9, Modifier::Horn) => Some(10),
        _ => None,
    }
}

/// A vowel split into (row, tone, uppercase), or `None` for anything else.
pub(crate) fn vowel_parts(c: char) -> Option<(usize, usize, bool)> {
    let (lower, upper) = if c.is_uppercase() {
        (single_lowercase(c), true)
    } else {
        (c, false)
    };
    if lower.is_ascii() {
        let row = match lower {
            'a' => 0,
            'e' => 3,
            'i' => 5,
            'o' => 6,
            'u' => 9,
            'y' => 11,
            _ => return None,
        };
        return Some((row, NO_TONE, upper));
    }
    if !matches!(lower, '\u{E0}'..='\u{1B0}' | '\u{1EA0}'..='\u{1EF9}') {
        return None;
    }
    for (row, tones) in VOWELS.iter().enumerate() {
        if let Some(tone) = tones.iter().position(|&v| v == lower) {
            return Some((row, tone, upper));
        }
    }
    None
}

/// The vowel of `row` with `tone`, in upper- or lowercase.
pub(crate) fn vowel_char(row: usize, tone: usize, upper: bool) -> char {
    let c = VOWELS[row % VOWELS.len()][tone % 6];
    if upper { single_uppercase(c) } else { c }
}

/// The tone of a combining tone mark.
pub(crate) fn combining_tone(c: char) -> Option<usize> {
    match c {
        '\u{300}' => Some(GRAVE),
        '\u{301}' => Some(ACUTE),
        '\u{309}' => Some(HOOK),
        '\u{303}' => Some(TILDE),
        '\u{323}' => Some(DOT),
        _ => None,
    }
}

fn single_lowercase(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// `c` in uppercase when that is a single character (always so for Vietnamese letters).
pub(crate) fn single_uppercase(c: char) -> char {
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// A VNI-Windows byte from 0xC0..=0xFF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vni {
    /// A byte that is a whole letter.
    Letter(char),
    /// A mark byte written after its base vowel: the modifier it adds, the tone and whether
    /// it is the uppercase form. `fallback` is what the byte stands for on its own.
    Mark {
        /// Modifier added to the base vowel.
        modifier: Option<Modifier>,
        /// Tone added to the base vowel.
        tone: usize,
        /// Uppercase mark (used after uppercase vowels).
        upper: bool,
        /// The letter the byte stands for when no base vowel precedes it.
        fallback: Option<char>,
    },
    /// Not part of VNI; read as Windows-1252.
    Other,
}

/// Classify a VNI-Windows byte. Uppercase forms are the lowercase byte minus 0x20.
pub(crate) fn vni(byte: u8) -> Vni {
    if byte < 0xC0 {
        return Vni::Other;
    }
    let upper = byte < 0xE0;
    let case = |c: char| if upper { single_uppercase(c) } else { c };
    let mark = |modifier, tone, fallback: Option<char>| Vni::Mark {
        modifier,
        tone,
        upper,
        fallback: fallback.map(case),
    };
    let circ = Some(Modifier::Circumflex);
    let breve = Some(Modifier::Breve);
    match byte | 0x20 {
        0xF1 => Vni::Letter(case('đ')),
        0xF4 => Vni::Letter(case('ơ')),
        0xF6 => Vni::Letter(case('ư')),
        0xEC => Vni::Letter(case('ì')),
        0xED => Vni::Letter(case('í')),
        0xE6 => Vni::Letter(case('ỉ')),
        0xF3 => Vni::Letter(case('ĩ')),
        0xF2 => Vni::Letter(case('ị')),
        0xEE => Vni::Letter(case('ỵ')),
        0xF8 => mark(None, GRAVE, None),
        0xF9 => mark(None, ACUTE, None),
        0xFB => mark(None, HOOK, None),
        0xF5 => mark(None, TILDE, None),
        0xEF => mark(None, DOT, None),
        0xE2 => mark(circ, NO_TONE, None),
        0xE0 => mark(circ, GRAVE, None),
        0xE1 => mark(circ, ACUTE, None),
        0xE5 => mark(circ, HOOK, None),
        0xE3 => mark(circ, TILDE, None),
        0xE4 => mark(circ, DOT, None),
        0xEA => mark(breve, NO_TONE, None),
        0xE8 => mark(breve, GRAVE, None),
        0xE9 => mark(breve, ACUTE, None),
        0xFA => mark(breve, HOOK, None),
        0xFC => mark(breve, TILDE, None),
        // Standing alone, 0xEB/0xCB is ỷ/Ỷ in some converters' tables (the shared one too).
        0xEB => mark(breve, DOT, Some('ỷ')),
        _ => Vni::Other,
    }
}

/// Windows-1252 bytes 0x80..=0x9F (0xA0..=0xFF equal U+00A0..=U+00FF); the five
/// unassigned bytes map to the C1 control of the same value, as Windows does.
pub(crate) const CP1252_C1: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', 'ƒ', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', 'ˆ',
    '\u{2030}', 'Š', '\u{2039}', 'Œ', '\u{008D}', 'Ž', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}',
    'š', '\u{203A}', 'œ', '\u{009D}', 'ž', 'Ÿ',
];

/// Windows-1258 bytes 0x80..=0xFF. Unassigned bytes map to the C1 control of the same
/// value; 0xCC, 0xD2, 0xDE, 0xEC and 0xF2 are the combining tone marks.
pub(crate) const CP1258_HIGH: [char; 128] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', 'ƒ', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', 'ˆ',
    '\u{2030}', '\u{008A}', '\u{2039}', 'Œ', '\u{008D}', '\u{008E}', '\u{008F}', '\u{0090}',
    '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}',
    '\u{2122}', '\u{009A}', '\u{203A}', 'œ', '\u{009D}', '\u{009E}', 'Ÿ', '\u{00A0}', '\u{00A1}',
    '\u{00A2}', '\u{00A3}', '\u{00A4}', '\u{00A5}', '\u{00A6}', '\u{00A7}', '\u{00A8}', '\u{00A9}',
    'ª', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{00AF}', '\u{00B0}', '\u{00B1}',
    '\u{00B2}', '\u{00B3}', '\u{00B4}', 'µ', '\u{00B6}', '\u{00B7}', '\u{00B8}', '\u{00B9}', 'º',
    '\u{00BB}', '\u{00BC}', '\u{00BD}', '\u{00BE}', '\u{00BF}', 'À', 'Á', 'Â', 'Ă', 'Ä', 'Å', 'Æ',
    'Ç', 'È', 'É', 'Ê', 'Ë', '\u{0300}', 'Í', 'Î', 'Ï', 'Đ', 'Ñ', '\u{0309}', 'Ó', 'Ô', 'Ơ', 'Ö',
    '\u{00D7}', 'Ø', 'Ù', 'Ú', 'Û', 'Ü', 'Ư', '\u{0303}', 'ß', 'à', 'á', 'â', 'ă', 'ä', 'å', 'æ',
    'ç', 'è', 'é', 'ê', 'ë', '\u{0301}', 'í', 'î', 'ï', 'đ', 'ñ', '\u{0323}', 'ó', 'ô', 'ơ', 'ö',
    '\u{00F7}', 'ø', 'ù', 'ú', 'û', 'ü', 'ư', '\u{20AB}', 'ÿ',
];

/// VISCII (RFC 1456) bytes 0x80..=0xFF.
pub(crate) const VISCII_HIGH: [char; 128] = [
    'Ạ', 'Ắ', 'Ằ', 'Ặ', 'Ấ', 'Ầ', 'Ẩ', 'Ậ', 'Ẽ', 'Ẹ', 'Ế', 'Ề', 'Ể', 'Ễ', 'Ệ', 'Ố', 'Ồ', 'Ổ', 'Ỗ',
    'Ộ', 'Ợ', 'Ớ', 'Ờ', 'Ở', 'Ị', 'Ỏ', 'Ọ', 'Ỉ', 'Ủ', 'Ũ', 'Ụ', 'Ỳ', 'Õ', 'ắ', 'ằ', 'ặ', 'ấ', 'ầ',
    'ẩ', 'ậ', 'ẽ', 'ẹ', 'ế', 'ề', 'ể', 'ễ', 'ệ', 'ố', 'ồ', 'ổ', 'ỗ', 'Ỡ', 'Ơ', 'ộ', 'ờ', 'ở', 'ị',
    'Ự', 'Ứ', 'Ừ', 'Ử', 'ơ', 'ớ', 'Ư', 'À', 'Á', 'Â', 'Ã', 'Ả', 'Ă', 'ẳ', 'ẵ', 'È', 'É', 'Ê', 'Ẻ',
    'Ì', 'Í', 'Ĩ', 'ỳ', 'Đ', 'ứ', 'Ò', 'Ó', 'Ô', 'ạ', 'ỷ', 'ừ', 'ử', 'Ù', 'Ú', 'ỹ', 'ỵ', 'Ý', 'ỡ',
    'ư', 'à', 'á', 'â', 'ã', 'ả', 'ă', 'ữ', 'ẫ', 'è', 'é', 'ê', 'ẻ', 'ì', 'í', 'ĩ', 'ỉ', 'đ', 'ự',
    'ò', 'ó', 'ô', 'õ', 'ỏ', 'ọ', 'ụ', 'ù', 'ú', 'ũ', 'ủ', 'ý', 'ợ', 'Ữ',
];

/// TCVN 5712:1993 bytes 0xA0..=0xFF. TCVN3 (VN3) fonts assign only the lowercase letters,
/// Ă Â Ê Ô Ơ Ư Đ and the five combining tone marks (0xB0..=0xB4) here; the remaining cells
/// hold the VN1 capitals, which are decoded too.
pub(crate) const TCVN3_HIGH: [char; 96] = [
    '\u{00A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ',
    '\u{0300}', '\u{0309}', '\u{0303}', '\u{0301}', '\u{0323}', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ',
    'ẳ', 'ẵ', 'ắ', 'Ẵ', 'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ',
    'ẽ', 'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', 'Ổ', 'ỏ',
    'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', 'Ỗ', 'ủ', 'ũ', 'ú', 'ụ',
    'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố',
];
