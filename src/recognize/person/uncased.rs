//! Where case says nothing (a segment in capitals, a headline), the lexicon tells a name's
//! words from common words: a surname that makes a word with the word before or after it
//! (`NHÂN VIÊN`, `THI HÀNH`) is none, a name ends before a word that makes a word with the
//! next (`ĐOÀN VIÊN THANH NIÊN`), and the word after a middle name (`VĂN`, `THỊ`) is the
//! given name even where no list holds it. Forms of address and words for a person place a
//! name after them here too.

use std::ops::Range;

use super::super::common::Doc;
use crate::dict::LexKind;

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

/// Is `w` the given name after the middle name `prev` (`TAM` in `LÊ VĂN TAM`): a
/// Vietnamese syllable and no function word?
pub(crate) fn after_middle(doc: &Doc<'_>, prev: &Range<usize>, w: &Range<usize>) -> bool {
    doc.word_is(prev.start, LexKind::MiddleName)
        && doc.word_is(w.start, LexKind::Syllable)
        && !doc.word_is(w.start, LexKind::NotInName)
}

/// Where a name may start after a form of address or a word for a person in a segment
/// where case says nothing (`ÔNG TUẤN`, `BỊ CÁO VINH`): the word after each.
pub(crate) fn cue_starts(doc: &Doc<'_>) -> Vec<usize> {
    let table = doc.table();
    let mut out = Vec::new();
    for row in 0..table.len() {
        if doc.case_cue(row).is_some() {
            continue;
        }
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
