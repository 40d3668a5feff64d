//! People the surname rule cannot see: capitalised runs that the words around them make a
//! name (`ông Samdrup`, `Hùng cho biết`, `ca sĩ Mỹ Tâm`), and the words before a run that
//! make it no one's name (`xã Thạch Vĩnh`, `đường Lý Thái Tổ`, `năm Đinh Dậu`).
//!
//! The runs come from one walk over the word starts of the text; everything else reads
//! the few words next to a run.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::Doc;
use super::words::{is_all_caps, is_capitalized, next_word, prev_word, word_at};
use crate::dict::LexKind;
use crate::matcher::Target;

/// Most words in a name found by context alone.
const MAX_WORDS: usize = 4;

/// A capitalised run that may be a name, with what stands before it.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub(crate) range: Range<usize>,
    pub(crate) words: usize,
    /// Written after a form of address or a word for a person (`ông`, `ca sĩ`, `bị cáo`).
    pub(crate) addressed: bool,
    /// Written in capitals: a name only in a byline.
    pub(crate) caps: bool,
}

/// Every run of capitalised words in `text`, in one walk over its word starts: `Kim
/// Jong-un`, `H. R. McMaster`, `Samdrup`. Runs in capitals and words with digits are left
/// out (headings, codes).
pub(crate) fn capitalized_runs(doc: &Doc<'_>) -> Vec<Candidate> {
    let text = doc.str();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word =
            i == 0 || (bytes[i - 1].is_ascii() && !bytes[i - 1].is_ascii_alphanumeric());
        let b = bytes[i];
        let upper_lead = b.is_ascii_uppercase() || (b >= 0xC3 && !b.is_ascii());
        if !(starts_word && upper_lead) {
            i += 1;
            continue;
        }
        let Some(w) = word_at(text, i) else {
            i += 1;
            continue;
        };
        if !is_capitalized(&text[w.clone()]) {
            i = w.end;
            continue;
        }
        let end = run_end(text, w.clone());
        if let Some(c) = candidate(doc, i..end) {
            out.push(c);
        }
        i = end.max(i + 1);
    }
    out
}

/// Where the capitalised run that starts with word `first` ends.
fn run_end(text: &str, first: Range<usize>) -> usize {
    let mut w = first;
    let mut end = w.end;
    loop {
        let rest = &text[end..];
        // `Jong-un`, `Oxlade-Chamberlain`: a hyphen inside a word, not before a code.
        if let Some(r) = rest.strip_prefix('-')
            && r.chars().next().is_some_and(char::is_alphabetic)
            && let Some(x) = word_at(text, end + 1)
        {
            end = x.end;
            continue;
        }
        // `Kim Jong - un`, `Ri Yong - ho`: the lower-case tail of a foreign name, written
        // with spaces around the hyphen.
        if let Some(r) = rest.strip_prefix(" - ")
            && r.chars().next().is_some_and(char::is_lowercase)
            && is_foreign(&text[w.clone()])
            && let Some(x) = word_at(text, end + 3)
        {
            end = x.end;
            continue;
        }
        // `H. R. McMaster`: an initial and its dot.
        let initial = text[w.clone()].chars().count() == 1;
        let gap = if initial && rest.starts_with(". ") {
            2
        } else if rest.starts_with(' ') {
            1
        } else {
            break;
        };
        match word_at(text, end + gap) {
            Some(x) if is_capitalized(&text[x.clone()]) => {
                end = x.end;
                w = x;
            }
            _ => break,
        }
    }
    // An initial at the end keeps its dot: `chị Đ.`, `anh T. N. H.`.
    if text[w].chars().count() == 1 && text[end..].starts_with('.') {
        end += 1;
    }
    end
}

/// The name candidate inside the run `run`: leading forms of address and sentence
/// openers are stripped, the run is cut before an abbreviation, a code or a word that
/// starts an office or a body.
fn candidate(doc: &Doc<'_>, run: Range<usize>) -> Option<Candidate> {
    let text = doc.str();
    let mut start = run.start;
    let mut addressed = false;
    // `Ông Samdrup`, `Theo Tuấn Anh`, `Ca sĩ Mỹ Tâm`: what opens the run is not the name.
    // The whole run may be openers (`Theo`, `Ông`): then no name.
    loop {
        let opener = [LexKind::Honorific, LexKind::NotName]
            .into_iter()
            .find_map(|k| {
                doc.lookup_at(start, k)
                    .filter(|(r, _)| r.end >= run.end || text.as_bytes()[r.end] == b' ')
                    .map(|(r, _)| (k, r.end))
            });
        if opener.is_some_and(|(_, e)| e >= run.end) {
            return None;
        }
        match opener {
            Some((k, e)) => {
                addressed |= k == LexKind::Honorific;
                start = e + 1;
            }
            None => match person_noun_at(doc, start) {
                Some(e) if e >= run.end => return None,
                Some(e) => {
                    addressed = true;
                    start = e + 1;
                }
                None => break,
            },
        }
    }
    let mut end = start;
    let mut words = 0;
    let mut pos = start;
    // A name in capitals (`HOÀI ĐAN`) only in a byline; its words all in capitals.
    let caps = word_at(text, start).is_some_and(|w| is_all_caps(&text[w]));
    while pos < run.end && words < MAX_WORDS + 1 {
        let w = word_at(text, pos)?;
        let word = &text[w.clone()];
        if word.chars().any(|c| c.is_ascii_digit())
            || is_all_caps(word) != caps
            || stops_name(doc, w.start, run.end)
        {
            break;
        }
        // The whole word with its hyphenated parts (`Jong-un`, `Jong - un`).
        let mut e = w.end;
        loop {
            let gap = if text[e..].starts_with('-') {
                1
            } else if text[e..].starts_with(" - ") {
                3
            } else {
                break;
            };
            match word_at(text, e + gap) {
                Some(x) if x.end <= run.end => e = x.end,
                _ => break,
            }
        }
        if e + 1 == run.end && text[e..].starts_with('.') {
            e += 1;
        }
        end = e;
        words += 1;
        pos = match text[e..run.end].find(|c: char| c.is_alphanumeric()) {
            Some(k) => e + k,
            None => break,
        };
    }
    // `OceanBank`; `Becamex Bình Dương`, `Sông Lam Nghệ An` (a club named after a place).
    let mut inner = text[start..end].split(' ');
    let first = inner.next().unwrap_or("");
    let mut at = start + first.len() + 1;
    for w in inner {
        if is_brand(w) || province_or_country_at(doc, at) {
            return None;
        }
        at += w.len() + 1;
    }
    if is_brand(first) {
        return None;
    }
    (words > 0 && words <= MAX_WORDS).then_some(Candidate {
        range: start..end,
        words,
        addressed,
        caps,
    })
}

/// Does the word at `pos` start an office, a body, a rank, an abbreviation or a long form
/// (so a name cannot go on through it)?
/// A one-word level or body head that ends the run is a given name (`Tiến Đoàn`, `Lê Duy
/// Trường`): nothing follows to complete it.
pub(crate) fn stops_name(doc: &Doc<'_>, pos: usize, run_end: usize) -> bool {
    let text = doc.str();
    let last = word_at(text, pos).is_some_and(|w| w.end >= run_end);
    doc.hits_at(pos).iter().any(|h| match h.target {
        Target::Lex {
            kind: LexKind::Level | LexKind::OrgHead,
            ..
        } if last && h.end >= run_end => false,
        Target::Lex { kind, .. } => !matches!(kind, LexKind::Surname | LexKind::Place),
        Target::Abbrev { .. } | Target::LongForm { .. } => true,
    })
}

/// A word with a capital inside (`FAPtv`, `OceanBank`, `iPhone`) names a brand, except for
/// the particles of family names (`McMaster`, `DiCaprio`, `LeBron`).
fn is_brand(word: &str) -> bool {
    let mut lower_seen = false;
    let mut upper_run = 0;
    for (i, c) in word.char_indices() {
        if c.is_lowercase() {
            // `FAPtv`: capitals, then small letters.
            if upper_run >= 2 {
                return true;
            }
            lower_seen = true;
            upper_run = 0;
        } else if c.is_uppercase() {
            upper_run += 1;
            // `VinaPhone`: a capital after small letters, unless a particle comes first.
            if lower_seen && !["Mc", "Mac", "Di", "De", "Le", "La", "Van"].contains(&&word[..i]) {
                return true;
            }
        }
    }
    false
}

/// Words for a person that stand before a name without being a form of address, so they
/// are no honorific span (`bị cáo`, `cầu thủ`, `nữ ca sĩ`). Lower case, glide-style tones.
const PERSON_NOUNS: [&str; 56] = [
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
fn person_noun_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    phrase_at(doc.lower(), pos, &PERSON_NOUNS)
}

/// The end of the longest phrase of `list` written at `pos`, on a word boundary.
fn phrase_at(lower: &str, pos: usize, list: &[&str]) -> Option<usize> {
    let rest = lower.get(pos..)?;
    list.iter()
        .filter(|p| {
            rest.starts_with(*p)
                && !rest[p.len()..]
                    .chars()
                    .next()
                    .is_some_and(crate::matcher::is_word_char)
        })
        .map(|p| pos + p.len())
        .max()
}

/// The phrase of `list` that ends right before `start` (one to four words back).
fn phrase_before(lower: &str, text: &str, start: usize, list: &[&str]) -> bool {
    let mut from = start;
    for _ in 0..4 {
        let Some(w) = prev_word(text, from) else {
            return false;
        };
        from = w.start;
        if list.contains(&&lower[from..start - 1]) {
            return true;
        }
    }
    false
}

/// Is a word for a person written right before `start` (`cầu thủ Quang Hải`)?
pub(crate) fn person_noun_before(doc: &Doc<'_>, start: usize) -> bool {
    phrase_before(doc.lower(), doc.str(), start, &PERSON_NOUNS)
}

/// Words for what places, ships, roads, schools, firms and events are: the capitalised
/// words after them name that thing, not a person (`xã Thạch Vĩnh`, `đường Lý Thái Tổ`,
/// `trường THCS Lê Lợi`, `tư tưởng Hồ Chí Minh`).
const TYPE_WORDS: [&str; 78] = [
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
    phrase_before(lower, text, start, &TYPE_WORDS)
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
const STEMS: [&str; 10] = [
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];
const BRANCHES: [&str; 14] = [
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
const SAYING: [&str; 34] = [
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
    next_word(text, end).is_some_and(|w| phrase_at(doc.lower(), w.start, &SAYING).is_some())
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

/// The Vietnamese syllables (`dictionaries/syllables.txt`), lower case.
static SYLLABLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../dictionaries/syllables.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// Is `word` no Vietnamese syllable (`Zheng`, `Merkel`, `Jong`)? Checked on its lower case
/// without allocating for the usual short word.
pub(crate) fn is_foreign(word: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let l = c.len_utf8();
        if n + l > buf.len() {
            return true;
        }
        c.encode_utf8(&mut buf[n..]);
        n += l;
    }
    std::str::from_utf8(&buf[..n]).is_ok_and(|w| !SYLLABLES.contains(w))
}

/// Is a number written right before `start` (`16 Trần Quang Khải`: a house on a street;
/// `2-2 Tô Ký`: a score)?
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

/// What opens a byline before the name on its line (lower case, the line's start trimmed).
const BYLINE_OPENERS: [&str; 13] = [
    "",
    "(",
    "theo",
    "(theo",
    "ảnh:",
    "(ảnh:",
    "tin, ảnh:",
    "tin và ảnh:",
    "bài, ảnh:",
    "bài và ảnh:",
    "tin:",
    "bài:",
    "nhóm pv:",
];

/// Does `range` stand as a byline: alone on its line (`Minh Anh`), before an agency or a
/// source (`Minh Anh/TTXVN`, `Thu Hà (T/h)`), or after `Ảnh:` (`Ảnh: Khánh Huy`)? Looks at
/// most a few dozen bytes either side.
pub(crate) fn is_byline(doc: &Doc<'_>, range: &Range<usize>, words: usize) -> bool {
    let text = doc.str();
    let lower = doc.lower();
    let mut from = range.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &lower[from..range.start];
    let name = &text[range.clone()];
    // Agencies and sources stand where bylines do (`Ảnh: AFP`, `Ảnh: Reuters`, `Theo Dân
    // Trí`); initials (`Ảnh: Đ. T`) name no one the reader can tell.
    // So do foreign words (`Ảnh: Business Insider`) and newspapers (`Ảnh: Lao Động`).
    if (words == 1 && is_all_caps(name))
        || name.split([' ', '.']).all(|w| w.chars().count() <= 1)
        || name.split(' ').any(is_foreign)
        || doc
            .lookup_at(range.start, LexKind::NotName)
            .is_some_and(|(r, _)| r.end == range.end)
    {
        return false;
    }
    let mut to = (range.end + 48).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[range.end..to];
    let rest = match after.find('\n') {
        Some(i) => &after[..i],
        None if to == text.len() => after,
        None => return false,
    };
    let rest = rest.trim_end();
    // `Ảnh: Khánh Huy` anywhere: the credit of a photo, ending its line or bracket
    // (`Ảnh: Cảnh sát ...` is a caption).
    if before.trim_end().ends_with("ảnh:") {
        return rest.is_empty() || rest.starts_with([')', '/']);
    }
    let prefix = match before.rfind('\n') {
        Some(i) => before[i + 1..].trim(),
        None if from == 0 => before.trim(),
        None => return false,
    };
    if !BYLINE_OPENERS.contains(&prefix) {
        return false;
    }
    // A line in capitals is a heading (`CHẾ ĐỘ`) unless a byline word opens it or it ends
    // the text.
    if prefix.is_empty() && is_all_caps(name.split(' ').next().unwrap_or(name)) {
        return rest.is_empty() && text[range.end..].trim_end().is_empty();
    }
    // `Theo Dân Trí` is a source; `Theo Tuấn Anh/Vnexpress` a writer and a source.
    if prefix.ends_with("theo") {
        return rest.starts_with('/');
    }
    if rest.is_empty() {
        // A lone word on a line is as often a heading (`Safe`, `Zing`) as a name.
        return words >= 2;
    }
    rest.starts_with('/') || (rest.starts_with(" (") && rest.ends_with(')'))
}

/// Does a province or a country start at `pos` (`Bình Dương`, `Nghệ An`, `Mỹ`)?
/// Only names of two words or more: `Anh`, `Đức`, `Nga`, `Mỹ` are given names as well.
fn province_or_country_at(doc: &Doc<'_>, pos: usize) -> bool {
    let text = doc.str();
    doc.hits_at(pos)
        .iter()
        .any(|h| text[h.start..h.end].contains(' ') && is_province_or_country(doc, h))
}

/// Is `hit` a province or a country?
pub(crate) fn is_province_or_country(doc: &Doc<'_>, hit: &crate::matcher::Hit) -> bool {
    match hit.target {
        Target::Lex {
            entry,
            kind: LexKind::Place,
        } => matches!(
            doc.matcher.entries[entry as usize].get("rank"),
            Some("0" | "1")
        ),
        _ => false,
    }
}
