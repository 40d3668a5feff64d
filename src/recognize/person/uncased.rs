//! Where case says nothing (a segment in capitals, a headline), the lexicon tells a name's
//! words from common words: a surname that makes a word with the word before or after it
//! (`NHÂN VIÊN`, `THI HÀNH`) is none, a name ends before a word that makes a word with the
//! next (`ĐOÀN VIÊN THANH NIÊN`), and the word after a middle name (`VĂN`, `THỊ`) is the
//! given name even where no list holds it. Forms of address and words for a person place a
//! name after them here too.

use std::ops::Range;

use super::super::common::Doc;
use crate::dict::LexKind;
use crate::normalize::writing::Case;

/// Do the words `a` and `b` (one space apart) make a common word (`THANH NIÊN`)?
pub(crate) fn common_pair(doc: &Doc<'_>, a: &Range<usize>, b: &Range<usize>) -> bool {
    a.end + 1 == b.start && doc.spells(a.start..b.end, LexKind::CommonWord)
}

/// Does the word at `start` make a common word with the word before it (`NHÂN VIÊN`)?
pub(crate) fn joins_before(doc: &Doc<'_>, start: usize) -> bool {
    match (doc.prev_word(start), doc.word_at(start)) {
        (Some(p), Some(w)) => common_pair(doc, &p, &w),
        _ => false,
    }
}

/// Does the word `w` make a common word with the word after it (`THANH` in `THANH NIÊN`)?
pub(crate) fn joins_after(doc: &Doc<'_>, w: &Range<usize>) -> bool {
    doc.next_word(w.end)
        .is_some_and(|n| common_pair(doc, w, &n))
}

/// Is `w` the given name after the middle name `prev` (`BƯỞI` in `HOÀNG VĂN BƯỞI`): a
/// Vietnamese syllable and no function word?
pub(crate) fn after_middle(doc: &Doc<'_>, prev: &Range<usize>, w: &Range<usize>) -> bool {
    doc.word_is(prev.start, LexKind::MiddleName) && doc.word_is(w.start, LexKind::Syllable)
}

/// Is the word `w` the last of what can be a name: a mark or the end after it, or a word
/// that ends names (`BÁI` in `ÔNG TRỊNH LUÂN BÁI (NGUYÊN ...`, not `NHẬN` in `ĐÀO KHA
/// NHẬN QUYẾT ĐỊNH`)?
pub(crate) fn bounded(doc: &Doc<'_>, w: &Range<usize>) -> bool {
    doc.next_word(w.end)
        .is_none_or(|n| n.start != w.end + 1 || ends_name(doc, n.start))
}

/// Does the word at `pos` end a name: a function word, a word that starts what is said
/// about a name (`ĐÃ`, `CŨNG`), or a verb of saying (`NÓI`, `CHO BIẾT`)?
pub(crate) fn ends_name(doc: &Doc<'_>, pos: usize) -> bool {
    doc.word_is(pos, LexKind::NotInName)
        || doc.word_is(pos, LexKind::NotInBodyName)
        || doc.phrase_at(pos, LexKind::Saying).is_some()
}

/// Does a two-syllable given name hold the word at `pos` (`NHUNG`)?
fn given_syllable(doc: &Doc<'_>, pos: usize) -> bool {
    doc.row_at(pos)
        .is_some_and(|r| doc.members(r).holds.has(LexKind::GivenName))
}

/// Where a name of four words ends when its second word is a middle name and its last two
/// a given name of two syllables (`ĐỖ THỊ HỒNG NHUNG`): `start` is the name's start, `end`
/// the end of its third word.
pub(crate) fn given_name_after_middle(doc: &Doc<'_>, start: usize, end: usize) -> Option<usize> {
    let second = doc.next_word(doc.word_at(start)?.end)?;
    let third = doc.word_at(doc.next_word(second.end)?.start)?;
    let fourth = doc.next_word(end)?;
    (doc.word_is(second.start, LexKind::MiddleName)
        && third.end == end
        && fourth.start == end + 1
        && (doc.spells(third.start..fourth.end, LexKind::GivenName)
            || given_syllable(doc, third.start) && given_syllable(doc, fourth.start))
        && !ends_name(doc, fourth.start)
        && !joins_after(doc, &fourth))
    .then_some(fourth.end)
}

/// Where a name may start after a form of address or a word for a person in a segment
/// where case says nothing (`ÔNG TUẤN`, `BỊ CÁO VINH`): the word after each.
/// Only the rows of those segments are read: a document in mixed case costs nothing here.
pub(crate) fn cue_starts(doc: &Doc<'_>) -> Vec<usize> {
    let table = doc.rows();
    let uncased = doc
        .writing()
        .parts()
        .iter()
        .filter(|p| matches!(p.case, Case::Upper | Case::Title));
    let rows = uncased.flat_map(|p| {
        let first = table
            .start
            .partition_point(|&s| (s as usize) < p.range.start);
        let last = table.start.partition_point(|&s| (s as usize) < p.range.end);
        first..last
    });
    let mut out = Vec::new();
    for row in rows {
        debug_assert!(doc.case_cue(row).is_none());
        let m = doc.members(row);
        if !m.starts.has(LexKind::Honorific) && !m.starts.has(LexKind::PersonWord) {
            continue;
        }
        let pos = table.range(row).start;
        let end = [LexKind::Honorific, LexKind::PersonWord]
            .into_iter()
            .filter_map(|k| doc.phrase_at(pos, k))
            .max();
        if let Some(e) = end
            && doc.next_word(e).is_some_and(|n| n.start == e + 1)
        {
            out.push(e + 1);
        }
    }
    out
}
