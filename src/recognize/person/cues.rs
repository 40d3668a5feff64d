//! The words around a capitalised run that decide whether it is a person's name: words for
//! a person before it (`cầu thủ`, `bị cáo`), words for places and institutions before it
//! (`xã`, `đường`, `Trường`), verbs of saying after it, sexagenary years, numbers before it,
//! forms of address (`ông`, `đồng chí`) right before it.

use std::ops::Range;

use super::super::common::Doc;
use super::context::is_province_or_country;
use crate::dict::{LexEntry, LexKind};

/// If a word for a person (`bị cáo`, `cầu thủ`: the `person_word` list) starts at `pos`,
/// where it ends.
pub(crate) fn person_noun_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    doc.phrase_at(pos, LexKind::PersonWord)
}

/// Is a word for a person written right before `start` (`cầu thủ Quang Hải`)?
pub(crate) fn person_noun_before(doc: &Doc<'_>, start: usize) -> bool {
    doc.phrase_before(start, LexKind::PersonWord, 4)
}

/// Is a word for a place, a vessel, an institution or a doctrine written right before
/// `start`, so the capitalised words there are its name, not a person's?
/// (The `type_word` list: `xã`, `đường`, `trường`, `công ty`, `tư tưởng`.)
pub(crate) fn type_word_before(doc: &Doc<'_>, start: usize) -> bool {
    let text = doc.str();
    // `TP.Hồ Chí Minh`, `P.Bến Nghé`: a dotted level glued to the name.
    if start > 0 && text.as_bytes()[start - 1] == b'.' {
        return true;
    }
    // `Công ty TNHH An Khang`, `Công ty CP XNK Hòa Bình`: the firm's legal form, in
    // capitals, stands between its type word and its name.
    let mut at = start;
    for _ in 0..3 {
        if doc.phrase_before(at, LexKind::TypeWord, 4) {
            return true;
        }
        match doc.prev_word(at) {
            Some(w) if doc.all_caps(w.clone()) => at = w.start,
            _ => return false,
        }
    }
    false
}

/// Is `start` inside a longer place the matcher found one or two words back (`Bồ Đào
/// Nha`: `Đào` is a surname, the run is a country)?
pub(crate) fn inside_place(doc: &Doc<'_>, start: usize) -> bool {
    let mut from = start;
    for _ in 0..2 {
        let Some(w) = doc.prev_word(from) else {
            return false;
        };
        from = w.start;
        if doc
            .hit_end(from, LexKind::Place)
            .is_some_and(|end| end > start)
        {
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

/// Does a verb of saying follow `end` (`Hùng cho biết`, `Harford nói:`)?
/// (The `saying` list: `cho biết`, `nói`, `khẳng định`.)
pub(crate) fn saying_after(doc: &Doc<'_>, end: usize) -> bool {
    doc.next_word(end)
        .is_some_and(|w| doc.phrase_at(w.start, LexKind::Saying).is_some())
}

/// Is `range` exactly a place the matcher knows (`Hà Nội`, `Triều Tiên`)?
pub(crate) fn is_known_place(doc: &Doc<'_>, range: &Range<usize>) -> bool {
    doc.has_hit_to(range.start, range.end, LexKind::Place)
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

/// An honorific (`đồng chí`, `ông`) written directly before `start`.
pub(crate) fn honorific_before<'a>(
    doc: &Doc<'a>,
    start: usize,
) -> Option<(Range<usize>, &'a LexEntry)> {
    let text = doc.str();
    // `GS. Per Solberg`, `TS. Lê Văn A`: an abbreviated title keeps its dot (a word in
    // capitals: `bạn. Đội` ends a sentence).
    let dotted = || {
        text[..start]
            .strip_suffix(". ")
            .and_then(|t| doc.word_ending_at(t.len()))
    };
    let w1 = doc.prev_word(start).or_else(dotted)?;
    // Two words back first (`đồng chí`), then one (`ông`); no allocation per candidate.
    let w2 = doc.prev_word(w1.start).map(|w| w.start);
    [w2, Some(w1.start)].into_iter().flatten().find_map(|s| {
        doc.lookup_at(s, LexKind::Honorific).filter(|(r, _)| {
            r.end + 1 == start
                || (r.end + 2 == start
                    && text.as_bytes()[r.end] == b'.'
                    && text[r.clone()].chars().filter(|c| c.is_uppercase()).count() >= 2)
        })
    })
}

/// In a segment typed without marks a word can fold to a sentence word and to a surname at
/// once (`Do`: `Do` or `Đỗ`; `Le`: `Lễ` or `Lê`; `Dang`: `Đang` or `Đặng`). Before a
/// capitalised syllable of a given name it opens a name; at the start of a sentence only
/// before two of them (`Do Hung den` may be `Do Hùng đến`). After a form of address any
/// name syllable does (`ong Thang`).
pub(crate) fn folded_surname_opens(doc: &Doc<'_>, word: Range<usize>) -> bool {
    let Some(row) = doc.row_at(word.start) else {
        return false;
    };
    if folded_name_addressed(doc, word.clone()) {
        return true;
    }
    if !doc.unaccented(row) || !doc.members(row).whole.has(LexKind::Surname) {
        return false;
    }
    let given = |w: &Range<usize>| {
        doc.capitalized(w.start)
            && doc
                .row_at(w.start)
                .is_some_and(|r| doc.members(r).holds.has(LexKind::GivenName))
    };
    // `Do Hoanh Minh`: a rarer middle syllable, with a given name after it.
    let Some(second) = doc.next_word(word.end).filter(|w| doc.capitalized(w.start)) else {
        return false;
    };
    let third_given = doc.next_word(second.end).is_some_and(|w| given(&w));
    (given(&second) && !sentence_start(doc.str(), word.start)) || third_given
}

/// Is the word `word`, typed without marks, a name syllable written right after a form of
/// address or a word for a person (`ong Thang`: `ông Thắng`, not `tháng`)?
pub(crate) fn folded_name_addressed(doc: &Doc<'_>, word: Range<usize>) -> bool {
    folded_name_syllable(doc, word.start)
        && (honorific_before(doc, word.start).is_some() || person_noun_before(doc, word.start))
}

/// Does the run `range` hold a function word that no name holds (the `not_in_name` list:
/// `của`, `và`)? Typed without marks in mixed case a capitalised word that folds to a
/// function word and to a name syllable is the name's (`Thi`: `thì` or `Thị`; `Do`: `do`
/// or `Đỗ`).
pub(crate) fn holds_function_word(doc: &Doc<'_>, range: Range<usize>) -> bool {
    let mut at = doc.word_at(range.start);
    while let Some(w) = at.filter(|w| w.end <= range.end) {
        if doc.holds_word(w.clone(), LexKind::NotInName) && !folded_name_syllable(doc, w.start) {
            return true;
        }
        at = doc.next_word(w.end);
    }
    false
}

/// Is the word at `pos`, in an unaccented segment where case says something, a surname or
/// a syllable of a given name once its marks are folded away?
fn folded_name_syllable(doc: &Doc<'_>, pos: usize) -> bool {
    doc.row_at(pos).is_some_and(|row| {
        let m = doc.members(row);
        doc.unaccented(row)
            && doc.case_cue(row).is_some()
            && doc.capitalized(pos)
            && (m.whole.has(LexKind::Surname) || m.holds.has(LexKind::GivenName))
    })
}

/// Typed without marks, is the word `word` a capitalised syllable inside a sentence that
/// folds to a form of address and to the first syllable of a name: with the next word a
/// given name of two syllables (`Chi Bao`: `Chí Bảo`, not `chị Bảo`), or a surname before
/// two name syllables (`Chau Tuyet Van`: `Châu`, not `cháu`), or after a form of address?
/// At a sentence start, after a
/// capitalised word, or before one name word (`Bac Ho`: `Bác Hồ`) it stays a form of address.
pub(crate) fn address_folded_into_name(doc: &Doc<'_>, word: Range<usize>) -> bool {
    let Some(row) = doc.row_at(word.start) else {
        return false;
    };
    let m = doc.members(row);
    let name_word = |w: &Range<usize>| folded_name_syllable(doc, w.start);
    if !m.whole.has(LexKind::Honorific)
        || !name_word(&word)
        || sentence_start(doc.str(), word.start)
        || doc
            .prev_word(word.start)
            .is_some_and(|w| doc.capitalized(w.start))
    {
        return false;
    }
    let Some(second) = doc.next_word(word.end).filter(name_word) else {
        return false;
    };
    // After a form of address a second one is the name's (`nghe si Chi Trung`).
    doc.spells(word.start..second.end, LexKind::GivenName)
        || honorific_before(doc, word.start).is_some()
        || person_noun_before(doc, word.start)
        || (m.whole.has(LexKind::Surname)
            && doc.next_word(second.end).is_some_and(|w| name_word(&w)))
}

/// Typed without marks, is `second` a name syllable right after the surname `first`
/// (`Nguyen Phuong Dong`: `Phương`, not the level `phường`)? A name has a word after its
/// surname, so a word that would start an office there is the name's.
pub(crate) fn folded_given_after_surname(
    doc: &Doc<'_>,
    first: &Range<usize>,
    second: &Range<usize>,
) -> bool {
    doc.row_at(first.start)
        .is_some_and(|r| doc.members(r).whole.has(LexKind::Surname))
        && folded_name_syllable(doc, first.start)
        && folded_name_syllable(doc, second.start)
}

/// Where the next line with words after the line that ends at `end` starts (its first
/// word), if a line ends there (blank lines between: the room for the signature).
pub(crate) fn line_below(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let gap = rest.len() - rest.trim_start().len();
    rest[..gap].contains('\n').then_some(end + gap)
}

/// Where the province or country written right before `start` begins, if one is
/// (`Mỹ` in `Ngoại giao Mỹ Antony Blinken`).
pub(crate) fn country_after_title(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let mut from = start;
    for _ in 0..3 {
        from = doc.prev_word(from)?.start;
        if doc
            .hits_at(from)
            .iter()
            .any(|h| h.end + 1 == start && is_province_or_country(doc, h))
        {
            return Some(from);
        }
    }
    None
}
