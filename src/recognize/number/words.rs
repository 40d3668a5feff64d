//! The word lists of the number rules: words that make a numeral an identifier, units,
//! and the words around a lone number word that make it something else.

use std::sync::LazyLock;

use crate::recognize::common::tokens::Phrases;

/// Words after which a numeral names or ranks something instead of counting it (lower
/// case): documents and articles, ordinals, units of a list, roads and hamlets.
pub(super) const IDENTIFIED_BY: &[&str] = &[
    "thứ",
    "số",
    "điều",
    "khoản",
    "chương",
    "mục",
    "khóa",
    "chỉ thị",
    "nghị định",
    "nghị quyết",
    "quyết định",
    "thông tư",
    "công văn",
    "kết luận",
    "thông báo",
    "tờ trình",
    "luật",
    "xóm",
    "tổ",
    "đội",
    "ấp",
    "khu",
    "khóm",
    "đường",
    "phố",
    "quốc lộ",
    "tỉnh lộ",
    "ql",
    "km",
    "quận",
    "phường",
    "lớp",
    "phòng",
    "tầng",
    "vùng",
    "quân khu",
    "sư đoàn",
    "trung đoàn",
    "tiểu đoàn",
    "lữ đoàn",
    "kỳ",
    "mã",
    "biển số",
    "hạng",
    "top",
];

/// [`IDENTIFIED_BY`] with their last words packed.
pub(super) static IDENTIFIERS: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(IDENTIFIED_BY));

/// Words of [`IDENTIFIED_BY`] that, written without marks, are mostly other words
/// (`tang` is `tặng` "give", `doi` `đối`, `to` `tố`, `ky` `ký`, `hang` `hàng`, `ma` `mà`):
/// there they do not make the numeral after them an identifier.
pub(super) const FOLDED_AWAY: &[&str] = &["tầng", "đội", "tổ", "kỳ", "hạng", "mã", "phòng", "vùng"];

/// Words before `số` that make it a count or a score, not "number ...".
pub(super) const BEFORE_A_COUNT: [&str; 6] = ["tỷ", "tỉ", "tổng", "con", "đa", "phần"];

/// Units a numeral may be glued to (`5km`, `20kg`, `100ha`): the numeral is a number, the
/// unit stays outside.
pub(super) const UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "m2", "m3", "km2", "ha", "kg", "g", "mg", "tấn", "l", "ml", "kw", "kwh",
    "mw", "w", "v", "gb", "mb", "tb", "ghz", "mhz", "hz", "usd", "đ", "vnđ", "vnd", "inch", "mah",
    "mp", "cc",
];

/// Words that block a spelled numeral after them (ordinals, month names).
pub(super) const BLOCK_PREV: &[&str] = &["thứ", "tháng", "mùng", "mồng", "hạng", "giải"];
/// Counted nouns that let a lone `năm` be "five" (space-separated).
pub(super) const COUNTED: &str = "người ngày lần chiếc con cái tỉnh huyện xã thôn bản nhóm loại điểm đội \
    đoàn hộ trường lớp bước nội nhiệm giải mục đề đơn lĩnh khu vụ đối cán chiến tấn ha đồng phút \
    giờ tuần ca bệnh mô";
/// Words before `năm` that make it "year".
pub(super) const YEAR_PREV: &str = "trong cuối đầu mỗi hằng hàng nhiều các những cả giữa";
/// Words after a lone `ba` that make it "father".
pub(super) const FATHER: &str = "mẹ má tôi ơi của nói bảo mình nó ấy đã đang sẽ";
/// Words after a lone `chín` that make it "ripe", "careful".
pub(super) const RIPE_AFTER: &str = "muồi chắn rộ mọng đỏ nẫu ép kỹ kĩ";
/// Words before a lone `chín` that make it "ripe", "cooked".
pub(super) const RIPE_BEFORE: &str = "nấu luộc hấp chưa đã quả trái lúa";
/// `hai chiều`, `ba chiều`: "two-way", "three-dimensional", not a count.
pub(super) const DIRECTIONS: &str = "chiều";
/// Words that cannot be counted by a lone number word.
pub(super) const NOT_COUNTED: &str = "và hoặc hay là của thì mà với ơi";
