//! The body that starts at a position: a head with its complement, a complete name, and
//! the name runs after a head, which may hold a whole body of their own (the recursion of
//! `org_starting_at`).

use std::ops::Range;

use super::super::common::place::known_place_at;
use super::super::common::words::is_all_caps;
use super::super::common::{Doc, HitKinds, Target};
use super::head::{Needs, OrgAbbreviations, long_form_body, lower_head, needs_of};
use super::tail::{abbreviated_body, committee, extend_tail, level_and_place};
use crate::dict::{Complement, LexKind};

/// Organization words that, written in lower case inside a name, are only its words.
pub(super) const HEAD_WORDS: HitKinds =
    HitKinds::lex(LexKind::OrgHead).and(HitKinds::lex(LexKind::Org));

/// How deep one organization's name may hold another (`Cơ quan CSĐT Công an huyện`).
pub(super) const MAX_CHAIN: usize = 3;

/// The end of the longest organization that starts at `pos`.
pub(super) fn org_starting_at(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    pos: usize,
    depth: usize,
) -> Option<usize> {
    doc.hits_at(pos)
        .iter()
        .filter(|hit| doc.capitalized(hit.start) || (depth == 0 && lower_head(doc, hit)))
        .filter_map(|hit| match hit.target {
            Target::Lex { entry, .. } => {
                let e = doc.entry(entry);
                match e.kind {
                    LexKind::Org | LexKind::Committee => Some(extend_tail(doc, hit.end)),
                    LexKind::OrgHead => complement(doc, abbrevs, hit.end, needs_of(e), depth),
                    _ => None,
                }
            }
            Target::Abbrev { .. } => match abbrevs.get(hit.start)? {
                Some(needs) => complement(doc, abbrevs, hit.end, needs, depth),
                None => Some(extend_tail(
                    doc,
                    abbreviated_body(doc, hit).unwrap_or(hit.end),
                )),
            },
            Target::LongForm { .. } => long_form_body(doc, hit).and_then(|named| {
                let end = extend_tail(doc, hit.end);
                (named || end > hit.end).then_some(end)
            }),
        })
        .max()
}
/// The end of the complement that a head ending at `end` needs, if it is there. A name
/// complement is capitalised words, or a whole organization (`Cơ quan CSĐT Công an huyện`).
pub(super) fn complement(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    end: usize,
    needs: Needs,
    depth: usize,
) -> Option<usize> {
    let start = end + 1;
    if needs.contains(Complement::LEVEL) {
        if let Some(e) = level_and_place(doc, end) {
            return Some(e);
        }
    }
    if needs.contains(Complement::COMMITTEE) {
        if let Some(e) = committee(doc, start) {
            return Some(extend_tail(doc, e));
        }
    }
    if needs.contains(Complement::NAME) {
        return name_after(doc, abbrevs, end, depth);
    }
    None
}

/// Where a name complement stands in its reading: the end so far, whether a lower-case
/// word may come next, and how many capitalised words came since the last joint.
pub(super) struct NameRun {
    e: usize,
    lower_ok: bool,
    capitals: usize,
}

impl NameRun {
    /// The name goes on to `to` after a part that takes no lower-case word after it.
    fn joint(&mut self, to: usize) {
        self.e = to;
        self.lower_ok = false;
        self.capitals = 0;
    }
}

/// The name that a head ending at `end` needs: capitalised words, or a whole organization
/// (`Cơ quan CSĐT Công an huyện`), with the committee, level and place after it.
pub(super) fn name_after(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    end: usize,
    depth: usize,
) -> Option<usize> {
    let text = doc.str();
    // A head in capitals (`BÁO CHÍ`, `THANH TRA VÀ XỬ LÝ`) is a heading, not a name.
    let head = doc
        .word_ending_at(end)
        .map(|w| &text[w])
        .unwrap_or_default();
    if is_all_caps(head) && !abbrevs.contains(end - head.len()) {
        return None;
    }
    // Names are capitalised compounds: the word after a capitalised one may be lower case
    // (`Học viện Chính trị`, `Sở Tư pháp`), two lower-case words end the name. A name in
    // title case (`Báo Tuổi Trẻ`) ends at its first lower-case word.
    let mut run = NameRun {
        e: end,
        lower_ok: false,
        capitals: 0,
    };
    while let Some(w) = doc
        .next_word(run.e)
        .or_else(|| joined_part(doc, abbrevs, run.e, end))
    {
        if !name_step(doc, abbrevs, &mut run, w, end, depth) {
            break;
        }
    }
    (run.e > end).then(|| extend_tail(doc, run.e))
}

/// Reads the word `w` into the name `run` of the head ending at `head_end`: false where
/// the name ends before it.
pub(super) fn name_step(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    run: &mut NameRun,
    w: Range<usize>,
    head_end: usize,
    depth: usize,
) -> bool {
    let text = doc.str();
    // A body inside the name is taken whole, and the name goes on after it: `Phòng CSGT
    // Công an tỉnh Quảng Ninh`.
    if depth < MAX_CHAIN {
        if let Some(inner) = org_starting_at(doc, abbrevs, w.start, depth + 1) {
            run.joint(inner);
            return true;
        }
    }
    // A name after the body is a person's: `Bí thư Chi bộ Sùng Mí Chá`. A surname before a
    // lower-case word is only a word of the name (`Viện Văn hóa`). After a type word
    // (`Công ty TNHH An Khang`) the name is the firm's.
    if doc.has_hit(w.start, LexKind::Surname)
        && doc
            .next_word(w.end)
            .is_some_and(|n| doc.capitalized(n.start))
        && !doc.phrase_before(w.start, LexKind::TypeWord, 2)
    {
        return false;
    }
    let word = &text[w.clone()];
    // An abbreviation or a written-out long form is taken whole: `Bộ NN&PTNT`, `Phòng
    // Cảnh sát giao thông Công an tỉnh`.
    if let Some(a) = abbreviation_at(doc, w.clone()) {
        run.e = a;
        run.lower_ok = false;
        return true;
    }
    // A place inside the name is taken whole: `Trường THCS Mường Khương`.
    if let Some(p) = known_place_at(doc, w.start) {
        // A one-word place may be the first word of a compound: `Báo Pháp luật`.
        let one_word = !text[w.start..p].contains(' ');
        run.lower_ok = one_word && run.capitals == 0;
        run.capitals = usize::from(one_word);
        run.e = p;
        return true;
    }
    // `và` joins two capitalised parts of one name after a Vietnamese word: `Bộ Thông tin
    // và Truyền thông`, `Viện Văn hóa và Du lịch`.
    if word == "và"
        && doc
            .next_word(w.end)
            .is_some_and(|n| joins_parts(doc, abbrevs, run.e, n))
    {
        run.joint(w.end);
        return true;
    }
    // A unit's number: `Bệnh viện Quân y 175`, `Bộ Tư lệnh Vùng 3 Hải quân`.
    if run.e > head_end && is_unit_number(doc, w.clone()) {
        run.e = w.end;
        run.lower_ok = false;
        return true;
    }
    plain_word(doc, run, w)
}

/// Reads the plain word `w` (no body, abbreviation, place or number) into the name `run`:
/// false where the name ends before it.
pub(super) fn plain_word(doc: &Doc<'_>, run: &mut NameRun, w: Range<usize>) -> bool {
    let word = &doc.str()[w.clone()];
    if doc.capitalized(w.start) {
        run.capitals += 1;
        // Only a Vietnamese word takes a lower-case one after it (`Sở Tư pháp`), not a
        // foreign one (`Công ty Kovitek để`).
        run.lower_ok = run.capitals == 1 && is_syllable(doc, w.clone());
    } else if run.lower_ok
        // A lower-case word that is also a head (`trường` in `Môi trường`) is a word of
        // the name; a level word or any other dictionary word ends it.
        && doc.hit_kinds(w.start).without(HEAD_WORDS).is_empty()
        && word.chars().all(char::is_lowercase)
        // Words that start what is said about the body (`not_in_body_name`: `Viện Hán Nôm
        // cho biết`, `Sở Nội vụ đã`).
        && !doc.word_is(w.start, LexKind::NotInBodyName)
    {
        run.lower_ok = false;
        run.capitals = 0;
    } else {
        return false;
    }
    run.e = w.end;
    true
}

/// The end of an abbreviation, or of a long form written capitalised, at word `w`.
pub(super) fn abbreviation_at(doc: &Doc<'_>, w: Range<usize>) -> Option<usize> {
    let capitalized = doc.capitalized(w.start);
    doc.hits_at(w.start)
        .iter()
        .filter(|h| match h.target {
            Target::Abbrev { .. } => true,
            Target::LongForm { .. } => capitalized,
            Target::Lex { .. } => false,
        })
        .map(|h| h.end)
        .max()
}

/// `Xây dựng & Thương mại`, `Bưu điện - Viễn thông`: after a name's word at `e`, a `&` or
/// a spaced dash before a capitalised Vietnamese word that starts no body of its own joins
/// two parts of one name. Returns that word.
pub(super) fn joined_part(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    e: usize,
    head_end: usize,
) -> Option<Range<usize>> {
    let text = doc.str();
    if e == head_end {
        return None;
    }
    let rest = &text[e..];
    let skip = ["  & ", " & ", " - ", " – "]
        .iter()
        .find(|c| rest.starts_with(*c))?
        .len();
    let w = doc.word_at(e + skip)?;
    joins_parts(doc, abbrevs, e, w.clone()).then_some(w)
}

/// Does a joint (`và`, `&`, ` - `) between the name's word ending at `end` and the word
/// `next` join two parts of one name: a Vietnamese word before it and a capitalised
/// Vietnamese word after it that starts no body of its own (`thông tin và Truyền thông`)?
pub(super) fn joins_parts(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    end: usize,
    next: Range<usize>,
) -> bool {
    doc.word_ending_at(end).is_some_and(|w| is_syllable(doc, w))
        && doc.capitalized(next.start)
        && is_syllable(doc, next.clone())
        && org_starting_at(doc, abbrevs, next.start, MAX_CHAIN).is_none()
}

/// Is the word at `range` a Vietnamese syllable (the `syllable` list)?
pub(super) fn is_syllable(doc: &Doc<'_>, range: Range<usize>) -> bool {
    doc.spells(range, LexKind::Syllable)
}

/// A number of one to three digits that ends a name or goes on to its next capitalised
/// word: `Bệnh viện 108,`, `Vùng 3 Hải quân`; not a count (`Công ty X 2 năm`).
pub(super) fn is_unit_number(doc: &Doc<'_>, w: Range<usize>) -> bool {
    let text = doc.str();
    let word = &text[w.clone()];
    if word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match doc.next_word(w.end) {
        Some(n) => doc.capitalized(n.start),
        None => text[w.end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '/' && c != '-'),
    }
}
