//! The words the speech form says for letters, units, currencies, signs, road codes and
//! foreign acronyms, and the words that call for a Roman numeral or a service number.

/// Vietnamese names of letters, as a reader spells a Vietnamese code (`VTV`, `30H`) or an
/// acronym in Vietnamese use (`ODA`); `D` is `đê` and `O` is `ô` there: `ô đê a`.
const VI_LETTERS: &[(char, &str)] = &[
    ('a', "a"),
    ('ă', "á"),
    ('â', "ớ"),
    ('b', "bê"),
    ('c', "xê"),
    ('d', "đê"),
    ('đ', "đê"),
    ('e', "e"),
    ('ê', "ê"),
    ('f', "ép"),
    ('g', "giê"),
    ('h', "hát"),
    ('i', "i"),
    ('j', "gi"),
    ('k', "ca"),
    ('l', "lờ"),
    ('m', "mờ"),
    ('n', "nờ"),
    ('o', "ô"),
    ('ô', "ô"),
    ('ơ', "ơ"),
    ('p', "pê"),
    ('q', "quy"),
    ('r', "rờ"),
    ('s', "ét"),
    ('t', "tê"),
    ('u', "u"),
    ('ư', "ư"),
    ('v', "vê"),
    ('w', "vê kép"),
    ('x', "ích"),
    ('y', "i dài"),
    ('z', "dét"),
];

/// English names of letters as Vietnamese readers say them, for foreign acronyms (`FBI`).
const EN_LETTERS: &[(char, &str)] = &[
    ('a', "ây"),
    ('b', "bi"),
    ('c', "xi"),
    ('d', "đi"),
    ('e', "i"),
    ('f', "ép"),
    ('g', "gi"),
    ('h', "ét"),
    ('i', "ai"),
    ('j', "giây"),
    ('k', "cây"),
    ('l', "eo"),
    ('m', "em"),
    ('n', "en"),
    ('o', "âu"),
    ('p', "pi"),
    ('q', "kiu"),
    ('r', "a"),
    ('s', "ét"),
    ('t', "ti"),
    ('u', "iu"),
    ('v', "vi"),
    ('w', "đắp bồ liu"),
    ('x', "ích"),
    ('y', "oai"),
    ('z', "dét"),
];

/// The name of letter `c` (any case) in Vietnamese, or in English for `foreign`.
pub(crate) fn letter(c: char, foreign: bool) -> Option<&'static str> {
    let lower = c.to_lowercase().next()?;
    let table = if foreign { EN_LETTERS } else { VI_LETTERS };
    table
        .iter()
        .find(|(l, _)| *l == lower)
        .or_else(|| VI_LETTERS.iter().find(|(l, _)| *l == lower))
        .or_else(|| VI_LETTERS.iter().find(|(l, _)| *l == base_letter(lower)))
        .map(|&(_, w)| w)
}

/// A letter without its marks (`Ừ` → `u`, `Đ` → `d`).
pub(crate) fn base_letter(c: char) -> char {
    use unicode_normalization::char::decompose_canonical;
    let mut base = None;
    decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    match base.unwrap_or(c) {
        'đ' | 'Đ' => 'd',
        b => b.to_lowercase().next().unwrap_or(b),
    }
}

/// A unit or currency after a number: how it is written, how it is said, and whether it
/// is said so anywhere (`km`) or only right after a number (`m`, `h`, `ha`).
pub(crate) struct Unit {
    pub(crate) written: &'static str,
    pub(crate) spoken: &'static str,
    pub(crate) anywhere: bool,
    /// Said before the number it is written before (`$50` → `năm mươi đô la`).
    pub(crate) prefix: bool,
}

const fn u(written: &'static str, spoken: &'static str, anywhere: bool) -> Unit {
    Unit {
        written,
        spoken,
        anywhere,
        prefix: false,
    }
}

const fn prefix(written: &'static str, spoken: &'static str) -> Unit {
    Unit {
        written,
        spoken,
        anywhere: false,
        prefix: true,
    }
}

/// Units and currencies, exactly as written (case matters: `MW` is not `mW`).
pub(crate) const UNITS: &[Unit] = &[
    u("km", "ki lô mét", true),
    u("Km", "ki lô mét", true),
    u("m", "mét", false),
    u("cm", "xen ti mét", true),
    u("mm", "mi li mét", true),
    u("dm", "đề xi mét", false),
    u("nm", "na nô mét", false),
    u("m2", "mét vuông", true),
    u("m²", "mét vuông", true),
    u("m3", "mét khối", true),
    u("m³", "mét khối", true),
    u("cm2", "xen ti mét vuông", true),
    u("cm3", "xen ti mét khối", true),
    u("km2", "ki lô mét vuông", true),
    u("km²", "ki lô mét vuông", true),
    u("ha", "héc ta", false),
    u("kg", "ki lô gam", true),
    u("Kg", "ki lô gam", true),
    u("g", "gam", false),
    u("mg", "mi li gam", true),
    u("µg", "mi crô gam", true),
    u("l", "lít", false),
    u("ml", "mi li lít", true),
    u("kW", "ki lô oát", true),
    u("kw", "ki lô oát", true),
    u("kWh", "ki lô oát giờ", true),
    u("kwh", "ki lô oát giờ", true),
    u("MW", "mê ga oát", false),
    u("MWh", "mê ga oát giờ", true),
    u("GW", "gi ga oát", false),
    u("W", "oát", false),
    u("V", "vôn", false),
    u("kV", "ki lô vôn", true),
    u("KV", "ki lô vôn", false),
    u("A", "am pe", false),
    u("mAh", "mi li am pe giờ", true),
    u("Hz", "héc", true),
    u("kHz", "ki lô héc", true),
    u("MHz", "mê ga héc", true),
    u("GHz", "gi ga héc", true),
    u("KB", "ki lô bai", false),
    u("MB", "mê ga bai", false),
    u("GB", "gi ga bai", false),
    u("TB", "tê ra bai", false),
    u("Mbps", "mê ga bít trên giây", true),
    u("inch", "inh", true),
    u("cc", "xê xê", false),
    u("h", "giờ", false),
    u("ph", "phút", false),
    u("p", "phút", false),
    u("s", "giây", false),
    u("°C", "độ xê", true),
    u("ºC", "độ xê", true),
    u("℃", "độ xê", true),
    u("°F", "độ ép", true),
    u("°", "độ", false),
    u("%", "phần trăm", true),
    u("‰", "phần nghìn", false),
    u("USD", "đô la Mỹ", true),
    u("usd", "đô la Mỹ", false),
    u("EUR", "ơ rô", true),
    u("euro", "ơ rô", false),
    u("Euro", "ơ rô", false),
    u("VNĐ", "đồng", false),
    u("VND", "đồng", false),
    u("vnđ", "đồng", false),
    u("đ", "đồng", false),
    u("Đ", "đồng", false),
    u("JPY", "yên Nhật", true),
    u("CNY", "nhân dân tệ", true),
    u("NDT", "nhân dân tệ", false),
    u("GBP", "bảng Anh", true),
    u("tr", "triệu", false),
    u("k", "nghìn", false),
    u("mmHg", "mi li mét thủy ngân", true),
    u("ppm", "phần triệu", false),
    prefix("$", "đô la"),
    prefix("US$", "đô la Mỹ"),
    prefix("€", "ơ rô"),
    prefix("£", "bảng Anh"),
    prefix("¥", "yên"),
];

/// The unit written exactly `written`.
pub(crate) fn unit(written: &str) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.written == written)
}

/// Words a unit ratio may end in besides units: `lượt/ngày`, `đồng/người`.
pub(crate) const PER_WORDS: &[&str] = &[
    "giờ", "ngày", "tuần", "tháng", "năm", "người", "lượt", "hộ", "ca", "chiếc", "con", "tấn",
    "lít", "phút", "giây", "đồng",
];

/// Signs said as words wherever they stand between words or numbers.
pub(crate) const SIGNS: &[(&str, &str)] = &[
    ("&", "và"),
    ("+", "cộng"),
    ("=", "bằng"),
    ("@", "a còng"),
    ("≥", "lớn hơn hoặc bằng"),
    ("≤", "nhỏ hơn hoặc bằng"),
    (">", "lớn hơn"),
    ("<", "nhỏ hơn"),
    ("~", "khoảng"),
    ("±", "cộng trừ"),
    ("×", "nhân"),
];

/// Road codes glued to their number (`QL14`, `ĐT741`): how the prefix is said.
pub(crate) const ROADS: &[(&str, &str)] = &[
    ("QL", "quốc lộ"),
    ("ĐT", "đường tỉnh"),
    ("DT", "đường tỉnh"),
    ("TL", "tỉnh lộ"),
    ("HL", "hương lộ"),
    ("ĐH", "đường huyện"),
    ("ĐX", "đường xã"),
    ("CT", "cao tốc"),
    ("AH", "đường châu Á"),
    ("Q", "quận"),
    ("P", "phường"),
];

/// Words after which a Roman numeral is a number (lower case): terms, congresses,
/// centuries, quarters, parts, and ordinals after `thứ`.
pub(crate) const ROMAN_BEFORE: &[&str] = &[
    "khóa",
    "khoá",
    "đại hội",
    "thế kỷ",
    "thế kỉ",
    "thứ",
    "quý",
    "phần",
    "chương",
    "mục",
    "tập",
    "kỳ",
    "kì",
    "đợt",
    "giai đoạn",
    "quân khu",
    "quân đoàn",
    "vòng",
    "hạng",
    "cấp",
    "phụ lục",
    "loại",
    "nhóm",
    "số",
    "lần",
];

/// Words before an hour written `17g` (lower case).
pub(crate) const TIME_BEFORE: &[&str] = &[
    "lúc", "đến", "tới", "từ", "khoảng", "vào", "trước", "sau", "hồi", "tầm", "chừng",
];

/// Words after an hour written `17g`: a part of the day or the day itself.
pub(crate) const TIME_AFTER: &[&str] = &[
    "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "ngày", "hôm", "cùng",
];

/// Words before a number that make it a service or hotline number, said digit by digit.
pub(crate) const CALL_WORDS: &[&str] = &[
    "gọi",
    "số",
    "tổng đài",
    "đường dây nóng",
    "hotline",
    "đầu số",
    "bấm",
    "quay",
    "điện thoại",
    "đt",
];

/// Foreign acronyms said as a word, not letter by letter; they stay as written.
pub(crate) const SAID_AS_WORDS: &[&str] = &[
    "NATO", "ASEAN", "UNESCO", "UNICEF", "APEC", "OPEC", "FIFA", "UEFA", "INTERPOL", "NASA",
    "ASEM", "COVID", "SARS", "MERS", "AIDS", "IELTS", "TOEIC", "TOEFL", "ASIAD", "OCOP",
];

/// Acronyms with a reading of their own, other than their letters' Vietnamese names.
/// Foreign bodies are said the way Vietnamese newsreaders name them.
pub(crate) const SPOKEN_ACRONYMS: &[(&str, &str)] = &[
    ("GDP", "gi đi pi"),
    ("IMF", "i em ép"),
    ("BBC", "bi bi xi"),
    ("CNN", "xi en en"),
];
