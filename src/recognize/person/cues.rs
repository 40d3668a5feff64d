//! The words around a capitalised run that decide whether it is a person's name: words for
//! a person before it (`cầu thủ`, `bị cáo`), words for places and institutions before it
//! (`xã`, `đường`, `Trường`), verbs of saying after it, sexagenary years, numbers before it.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::super::common::words::{next_word, prev_word, word_at};
use super::super::common::{Doc, Target};
use crate::dict::LexKind;
use crate::matcher::FxBuild;

/// Words for a person that stand before a name without being a form of address, so they
/// are no honorific span (`bị cáo`, `cầu thủ`, `nữ ca sĩ`). Lower case, glide-style tones.
const PERSON_NOUNS: &[&str] = &[
    "bị cáo",
    "bị can",
    "nghi phạm",
    "nghi can",
    "đối tượng",
    "nạn nhân",
    "tài xế",
    "cầu thủ",
    "tiền đạo",
    "tiền vệ",
    "hậu vệ",
    "thủ môn",
    "thủ thành",
    "danh thủ",
    "tay vợt",
    "võ sĩ",
    "nữ võ sĩ",
    "ngôi sao",
    "người mẫu",
    "hoa hậu",
    "á hậu",
    "nữ ca sĩ",
    "nam ca sĩ",
    "nữ diễn viên",
    "nam diễn viên",
    "nữ sinh",
    "nam sinh",
    "sinh viên",
    "học sinh",
    "giáo viên",
    "cô giáo",
    "thầy giáo",
    "bé gái",
    "bé trai",
    "cậu bé",
    "cô bé",
    "cô gái",
    "chàng trai",
    "vợ",
    "chồng",
    "con trai",
    "con gái",
    "bố",
    "cha",
    "mẹ",
    "tướng",
    "ông trùm",
    "trùm",
    "người đẹp",
    "tác giả",
    "chuyên gia",
    "nhà kinh tế",
    "nhà kinh tế học",
    "kinh tế gia",
    "nhà vật lý",
    "nhà toán học",
];

/// If a word for a person (`bị cáo`, `cầu thủ`) starts at `pos`, where it ends.
pub(crate) fn person_noun_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    phrase_at(doc.str(), doc.lower(), pos, &PERSON_NOUN_SET)
}

/// A word list as a set, for look-ups by hash: the words around every capitalised run are
/// checked against several lists.
pub(crate) struct Phrases(HashSet<&'static str, FxBuild>);

impl Phrases {
    fn new(list: &'static [&'static str]) -> Phrases {
        Phrases(list.iter().copied().collect())
    }
    fn contains(&self, phrase: &str) -> bool {
        self.0.contains(phrase)
    }
}

static PERSON_NOUN_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(PERSON_NOUNS));
static TYPE_WORD_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(TYPE_WORDS));
static SAYING_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(SAYING));

/// The end of the longest phrase of `set` (up to four words) written at `pos`.
fn phrase_at(text: &str, lower: &str, pos: usize, set: &Phrases) -> Option<usize> {
    let mut end = word_at(text, pos)?.end;
    let mut longest = None;
    for _ in 0..4 {
        if set.contains(&lower[pos..end]) {
            longest = Some(end);
        }
        match next_word(text, end) {
            Some(w) => end = w.end,
            None => break,
        }
    }
    longest
}

/// Does a phrase of `set` end right before `start` (one to four words back)?
fn phrase_before(lower: &str, text: &str, start: usize, set: &Phrases) -> bool {
    let mut from = start;
    for _ in 0..4 {
        let Some(w) = prev_word(text, from) else {
            return false;
        };
        from = w.start;
        if set.contains(&lower[from..start - 1]) {
            return true;
        }
    }
    false
}

/// Is a word for a person written right before `start` (`cầu thủ Quang Hải`)?
pub(crate) fn person_noun_before(doc: &Doc<'_>, start: usize) -> bool {
    phrase_before(doc.lower(), doc.str(), start, &PERSON_NOUN_SET)
}

/// Words for what places, ships, roads, schools, firms and events are: the capitalised
/// words after them name that thing, not a person (`xã Thạch Đài`, `đường Lý Thái Tổ`,
/// `trường THCS Lê Lợi`, `tư tưởng Hồ Chí Minh`).
const TYPE_WORDS: &[&str] = &[
    "xã",
    "thôn",
    "ấp",
    "bản",
    "làng",
    "xóm",
    "phường",
    "quận",
    "huyện",
    "tỉnh",
    "tp",
    "tp.",
    "thị trấn",
    "thị xã",
    "thành phố",
    "đường",
    "phố",
    "ngõ",
    "hẻm",
    "cầu",
    "sông",
    "suối",
    "núi",
    "đèo",
    "hồ",
    "đảo",
    "vịnh",
    "biển",
    "chợ",
    "chùa",
    "đền",
    "đình",
    "miếu",
    "nhà thờ",
    "trường",
    "thcs",
    "thpt",
    "tiểu học",
    "mầm non",
    "đại học",
    "học viện",
    "khách sạn",
    "công ty",
    "tập đoàn",
    "hãng",
    "tàu",
    "bệnh viện",
    "sân",
    "sân bay",
    "khu",
    "khu phố",
    "quán",
    "nhà hàng",
    "siêu thị",
    "ngân hàng",
    "clb",
    "câu lạc bộ",
    "đội",
    "giải",
    "cảng",
    "kênh",
    "vườn",
    "rừng",
    "cửa khẩu",
    "bến",
    "nhà máy",
    "thủy điện",
    "tư tưởng",
    "phong cách",
    "lăng",
    "bảo tàng",
    "quảng trường",
    "chung cư",
    "dự án",
    "thương hiệu",
    "nhãn hàng",
    "năm",
    "tết",
    "tại",
    "ở",
    "chi nhánh",
    "hoàng thành",
    "châu",
    "miền",
    "vùng",
    "di sản",
    "chung kết",
    "thực phẩm",
];

/// Is a word for a place, a vessel, an institution or a doctrine written right before
/// `start`, so the capitalised words there are its name, not a person's?
pub(crate) fn type_word_before(doc: &Doc<'_>, start: usize) -> bool {
    let text = doc.str();
    let lower = doc.lower();
    // `TP.Hồ Chí Minh`, `P.Bến Nghé`: a dotted level glued to the name.
    if start > 0 && text.as_bytes()[start - 1] == b'.' {
        return true;
    }
    phrase_before(lower, text, start, &TYPE_WORD_SET)
}

/// Is `start` inside a longer place the matcher found one or two words back (`Bồ Đào
/// Nha`: `Đào` is a surname, the run is a country)?
pub(crate) fn inside_place(doc: &Doc<'_>, start: usize) -> bool {
    let text = doc.str();
    let mut from = start;
    for _ in 0..2 {
        let Some(w) = prev_word(text, from) else {
            return false;
        };
        from = w.start;
        let inside = doc.hits_at(from).iter().any(|h| {
            h.end > start
                && matches!(
                    h.target,
                    Target::Lex {
                        kind: LexKind::Place,
                        ..
                    }
                )
        });
        if inside {
            return true;
        }
    }
    false
}

/// The heavenly stems and earthly branches: a stem and a branch name a year (`Đinh Dậu`,
/// `Canh Tý`), not a person, though `Đinh` is a surname.
const STEMS: &[&str] = &[
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];
const BRANCHES: &[&str] = &[
    "tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất",
    "hợi",
];

/// Is `range` a sexagenary year (`Đinh Dậu`)?
pub(crate) fn is_sexagenary(doc: &Doc<'_>, range: &Range<usize>) -> bool {
    let lower = &doc.lower()[range.clone()];
    let mut words = lower.split(' ');
    match (words.next(), words.next(), words.next()) {
        (Some(s), Some(b), None) => STEMS.contains(&s) && BRANCHES.contains(&b),
        _ => false,
    }
}

/// Verbs of saying and thinking that follow a speaker: `Hùng cho biết`.
const SAYING: &[&str] = &[
    "cho biết",
    "cho hay",
    "nói",
    "chia sẻ",
    "khẳng định",
    "cho rằng",
    "tiết lộ",
    "tâm sự",
    "nhận định",
    "nhận xét",
    "kể",
    "kể lại",
    "thừa nhận",
    "giải thích",
    "bày tỏ",
    "nhấn mạnh",
    "trả lời",
    "xác nhận",
    "bộc bạch",
    "thổ lộ",
    "phát biểu",
    "đánh giá",
    "khuyên",
    "nhớ lại",
    "hồi tưởng",
    "nghẹn ngào",
    "tuyên bố",
    "viết",
    "chia sẻ rằng",
    "nói rằng",
    "trình bày",
    "lý giải",
    "phân tích",
    "than thở",
];

/// Does a verb of saying follow `end` (`Hùng cho biết`, `Harford nói:`)?
pub(crate) fn saying_after(doc: &Doc<'_>, end: usize) -> bool {
    let text = doc.str();
    next_word(text, end)
        .is_some_and(|w| phrase_at(text, doc.lower(), w.start, &SAYING_SET).is_some())
}

/// Is `range` exactly a place the matcher knows (`Hà Nội`, `Triều Tiên`)?
pub(crate) fn is_known_place(doc: &Doc<'_>, range: &Range<usize>) -> bool {
    doc.hits_at(range.start).iter().any(|h| {
        h.end == range.end
            && matches!(
                h.target,
                Target::Lex {
                    kind: LexKind::Place,
                    ..
                }
            )
    })
}

/// Is a number written right before `start` (`16 Trần Quang Khải`: a house on a street;
/// `2-2 Công Phượng`: a score)?
pub(crate) fn number_before(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix(' ')
        .and_then(|t| t.chars().next_back())
        .is_some_and(|c| c.is_ascii_digit())
}

/// Does `pos` start a sentence or a line (so its capital says nothing)?
pub(crate) fn sentence_start(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '"', '\'', '(', '[']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', ';', '-'])
}
