//! People the surname rule cannot see: capitalised runs that the words around them make a
//! name (`ông Wangchuk`, `Hùng cho biết`, `ca sĩ Mỹ Tâm`), and the words before a run that
//! make it no one's name (`xã Thạch Đài`, `đường Lý Thái Tổ`, `năm Đinh Dậu`).
//!
//! The runs come from one walk over the word starts of the text; everything else reads
//! the few words next to a run.

use std::cell::OnceCell;
use std::ops::Range;

use super::super::common::{Doc, Hit, Target};
use super::cues::{
    address_folded_into_name, folded_surname_opens, honorific_before, person_noun_at,
};
use crate::dict::{LexKind, Ranks};
use crate::normalize::table::flag;

/// Most words in a name found by context alone.
const MAX_WORDS: usize = 4;

/// A capitalised run that may be a name, with what stands before it.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub(crate) range: Range<usize>,
    pub(crate) words: usize,
    /// Written after a form of address or a word for a person (`ông`, `ca sĩ`, `bị cáo`).
    pub(crate) addressed: bool,
    /// Whether a form of address stands right before it, if that was asked.
    pub(crate) honorific: Option<bool>,
    /// Written in capitals: a name only in a byline.
    pub(crate) caps: bool,
}

/// Every run of capitalised words in `text`, in one walk over its word starts: `Kim
/// Jong-un`, `H. R. McMaster`, `Wangchuk`. Runs in capitals and words with digits are left
/// out (headings, codes), and so are runs that start where `skip` says.
pub(crate) fn capitalized_runs(doc: &Doc<'_>, skip: &dyn Fn(usize) -> bool) -> Vec<Candidate> {
    let table = doc.table();
    let mut out = Vec::new();
    let mut row = 0;
    while row < table.len() {
        let f = table.flags[row];
        // A capitalised word that starts after a space or a mark, not glued to a word or
        // a number before it.
        let glued =
            row > 0 && f & flag::GAP == 0 && table.flags[row - 1] & flag::KIND != flag::PUNCT;
        if f & flag::KIND != flag::WORD || f & flag::CAPITALISED == 0 || glued {
            row += 1;
            continue;
        }
        let start = table.range(row).start;
        let Some(w) = doc.word_at(start) else {
            row += 1;
            continue;
        };
        let end = run_end(doc, w);
        if let Some(c) = candidate(doc, start..end, skip) {
            out.push(c);
        }
        row += 1;
        while row < table.len() && (table.start[row] as usize) < end {
            row += 1;
        }
    }
    out
}

/// Where the capitalised run that starts with word `first` ends.
fn run_end(doc: &Doc<'_>, first: Range<usize>) -> usize {
    let text = doc.str();
    let mut w = first;
    let mut end = w.end;
    loop {
        let rest = &text[end..];
        // `Jong-un`, `Oxlade-Chamberlain`: a hyphen inside a word, not before a code.
        if let Some(r) = rest.strip_prefix('-')
            && r.chars().next().is_some_and(char::is_alphabetic)
            && let Some(x) = doc.word_at(end + 1)
        {
            end = x.end;
            continue;
        }
        // `Kim Jong - un`, `Ri Yong - ho`: the lower-case tail of a foreign name, written
        // with spaces around the hyphen.
        // Capitalised on both sides when both are foreign: `Jordan Vogt - Roberts`.
        if rest.starts_with(" - ")
            && is_foreign(doc, w.clone())
            && let Some(x) = doc.word_at(end + 3)
        {
            let tail = &text[x.clone()];
            let lower_tail = tail.chars().next().is_some_and(char::is_lowercase)
                && tail.is_ascii()
                && tail.len() <= 4;
            if lower_tail || (doc.capitalized(x.start) && is_foreign(doc, x.clone())) {
                end = x.end;
                w = x;
                continue;
            }
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
        match doc.word_at(end + gap) {
            Some(x) if doc.capitalized(x.start) => {
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
/// starts an office or a body. `None` as well where `skip` says of the name's start (asked
/// before the words are read: most runs start a name found already).
fn candidate(doc: &Doc<'_>, run: Range<usize>, skip: &dyn Fn(usize) -> bool) -> Option<Candidate> {
    let (start, addressed) = strip_openers(doc, &run)?;
    if skip(start) {
        return None;
    }
    // A name in capitals (`THU TRANG`) only in a byline; its words all in capitals.
    let caps = doc.word_at(start).is_some_and(|w| doc.all_caps(w));
    // After `anh`, `ông` even a word that heads bodies is a name (`anh Trường`): asked
    // only where the answer can change the words.
    let honorific = OnceCell::new();
    let called = || addressed || *honorific.get_or_init(|| honorific_before(doc, start).is_some());
    let (end, words) = candidate_words(doc, start, &run, caps, &called)?;
    if names_brand_or_place(doc, start..end) {
        return None;
    }
    (words > 0 && words <= MAX_WORDS).then_some(Candidate {
        range: start..end,
        words,
        addressed,
        honorific: honorific.get().copied(),
        caps,
    })
}

/// Where the name in `run` starts once what opens the run is stripped (`Ông Wangchuk`,
/// `Theo Minh Khôi`, `Ca sĩ Mỹ Tâm`), and whether a form of address or a word for a
/// person was among it. `None` when the whole run is openers (`Theo`, `Ông`).
fn strip_openers(doc: &Doc<'_>, run: &Range<usize>) -> Option<(usize, bool)> {
    let text = doc.str();
    let mut start = run.start;
    let mut addressed = false;
    loop {
        let opener = [LexKind::Honorific, LexKind::NotName]
            .into_iter()
            .find_map(|k| {
                doc.lookup_at(start, k)
                    .filter(|(r, _)| r.end >= run.end || text.as_bytes()[r.end] == b' ')
                    // `Le Van Tam` typed without marks: `Lê`, not the opener `Lễ`.
                    .filter(|(r, _)| {
                        let keep = |w: Range<usize>| {
                            address_folded_into_name(doc, w.clone())
                                || (k == LexKind::NotName && folded_surname_opens(doc, w))
                        };
                        !doc.word_at(start)
                            .is_some_and(|w| w.end == r.end && keep(w))
                    })
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
                None => return Some((start, addressed)),
            },
        }
    }
}

/// The words of the name that starts at `start` inside `run`: where it ends and how many
/// words it has (each with its hyphenated parts). `called`: does a form of address stand
/// before it, so that even a word that heads bodies may open it?
fn candidate_words(
    doc: &Doc<'_>,
    start: usize,
    run: &Range<usize>,
    caps: bool,
    called: &dyn Fn() -> bool,
) -> Option<(usize, usize)> {
    let text = doc.str();
    let (mut end, mut words, mut pos) = (start, 0, start);
    while pos < run.end && words < MAX_WORDS + 1 {
        let w = doc.word_at(pos)?;
        let word = &text[w.clone()];
        // (Where the word ends before the run does, `stops_name` reads the same either way.)
        let run_end = if words == 0 && w.end >= run.end && !called() {
            usize::MAX
        } else {
            run.end
        };
        if word.chars().any(|c| c.is_ascii_digit())
            || doc.all_caps(w.clone()) != caps
            || stops_name(doc, w.start, run_end)
        {
            break;
        }
        let mut e = hyphenated_end(doc, w.end, run.end);
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
    Some((end, words))
}

/// Where a word that ends at `end` ends with its hyphenated parts (`Jong-un`, `Jong -
/// un`), inside a run that ends at `run_end`.
fn hyphenated_end(doc: &Doc<'_>, mut end: usize, run_end: usize) -> usize {
    let text = doc.str();
    loop {
        let gap = if text[end..].starts_with('-') {
            1
        } else if text[end..].starts_with(" - ") {
            3
        } else {
            return end;
        };
        match doc.word_at(end + gap) {
            Some(x) if x.end <= run_end => end = x.end,
            _ => return end,
        }
    }
}

/// Does the run `range` name a brand (`OceanBank`) or a club named after a place
/// (`Becamex Bình Dương`, `Sông Lam Nghệ An`)?
fn names_brand_or_place(doc: &Doc<'_>, range: Range<usize>) -> bool {
    let text = doc.str();
    let mut inner = text[range.clone()].split(' ');
    let first = inner.next().unwrap_or("");
    let mut at = range.start + first.len() + 1;
    for w in inner {
        if is_brand(w) || province_or_country_at(doc, at) {
            return true;
        }
        at += w.len() + 1;
    }
    is_brand(first)
}

/// Does the word at `pos` start an office, a body, a rank, an abbreviation or a long form
/// (so a name cannot go on through it)?
/// A one-word level or body head that ends the run `..run_end` is a given name (`Hải
/// Đoàn`, `Lê Quang Trường`): nothing follows to complete it. Opening a run it is the body
/// (`Trường tiểu học`): callers pass `usize::MAX` as `run_end` then.
pub(crate) fn stops_name(doc: &Doc<'_>, pos: usize, run_end: usize) -> bool {
    let word = doc.word_at(pos);
    let last = word.as_ref().is_some_and(|w| w.end >= run_end);
    let word_end = word.map_or(pos, |w| w.end);
    doc.hits_at(pos).iter().any(|h| match h.target {
        Target::Lex {
            kind: LexKind::Level | LexKind::OrgHead,
            ..
        } if last && h.end == word_end => false,
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

/// Is the word at `range` no Vietnamese syllable (`Zheng`, `Merkel`, `Jong`)?
pub(crate) fn is_foreign(doc: &Doc<'_>, range: Range<usize>) -> bool {
    !doc.spells(range, LexKind::Syllable)
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
pub(crate) fn is_province_or_country(doc: &Doc<'_>, hit: &Hit) -> bool {
    match hit.target {
        Target::Lex {
            entry,
            kind: LexKind::Place,
        } => doc
            .entry(entry)
            .info
            .ranks
            .intersects(Ranks::COUNTRY | Ranks::PROVINCE),
        _ => false,
    }
}

/// Does the run `range` open with a foreign given name or an East Asian family name (the
/// `foreign_name` list) and go on (`Angela Merkel`, `Park Hang-seo`)?
pub(crate) fn opens_with_foreign_name(doc: &Doc<'_>, c: &Candidate) -> bool {
    let text = doc.str();
    let r = &c.range;
    let first = text[r.clone()].split([' ', '-']).next().unwrap_or("");
    c.words >= 2 && doc.spells(r.start..r.start + first.len(), LexKind::ForeignName)
}

/// Is the run a two-syllable given name (the `given_name` list: `Lan Khuê`, `Đức Phúc`)?
pub(crate) fn is_given_name(doc: &Doc<'_>, c: &Candidate) -> bool {
    c.words == 2 && doc.spells(c.range.clone(), LexKind::GivenName)
}
