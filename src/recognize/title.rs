//! Titles: a role (`Phó Chủ tịch`), its qualifiers (`Thường trực`) and the organization it
//! belongs to (`HĐND tỉnh`), up to where the office ends.

use std::borrow::Cow;
use std::ops::Range;

use super::common::expand::body_canonical;
use super::common::office::{one_word_name_at, qualifiers_end, two_words_by_case};
use super::common::place::{level_word_at, place_after};
use super::common::{Doc, Found, Hit, HitKinds, Recognizer, Target};
use crate::dict::{Entity, LexEntry, LexKind, Ranks};
use crate::span::Kind;

/// Titles: a role, its qualifiers and the body it belongs to.
pub(crate) struct Titles;

impl Recognizer for Titles {
    fn name(&self) -> &'static str {
        "titles"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::lex(LexKind::Role)
    }
    fn reads(&self) -> &'static [Kind] {
        &[Kind::Organization, Kind::Abbreviation, Kind::Date]
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        // A body named after a role's head word (`Trưởng Ban Chỉ đạo ...`) is found here.
        &[(Kind::Title, 4), (Kind::Organization, 3)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
        recognize(doc, hits, found);
    }
}

/// Most words an organization named after a role may run to when the text does not close
/// it with punctuation (`Trưởng Ban Chỉ đạo phòng, chống tội phạm, ...`).
const MAX_OPEN_ORG_WORDS: usize = 40;

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let mut offices = Offices {
        doc,
        named_here: Vec::new(),
    };
    let mut covered = 0;
    for hit in hits {
        let Target::Lex {
            entry,
            kind: LexKind::Role,
        } = hit.target
        else {
            continue;
        };
        if hit.start < covered || !office_may_start(doc, hit.start, hit.end) {
            continue;
        }
        // A role inside a body's or a landmark's name is that name's word: `Ban Bí thư`,
        // `Ban Giám đốc`, `Phủ Chủ tịch`.
        if found
            .covering(hit.start, Kind::Organization.into())
            .any(|o| o.start < hit.start && o.end >= hit.end)
            || in_place_name(doc, hit)
        {
            continue;
        }
        let role_end = qualifiers_end(doc, hit.end);
        let Some(end) = offices.office_end(found, hit, doc.entry(entry), role_end) else {
            continue;
        };
        // Only an office with its unit runs on into the unit's parent: a role alone
        // before a comma (`Thủ tướng, Công ty CP Bình Minh`) ends there.
        let end = if end > role_end {
            offices.parent_end(found, end)
        } else {
            end
        };
        let i = found.push(Kind::Title, hit.start..end);
        let role = found.text(role_form(doc, hit, doc.entry(entry), role_end));
        found.attrs(i).role = Some(role);
        covered = end;
    }
}

/// The role of an office as the attribute says it: as written, or, where the text has no
/// marks or no case (`Giam doc`, `GIÁM ĐỐC`), the dictionary's forms of the role and its
/// qualifiers (`Giám đốc`).
fn role_form<'a>(doc: &Doc<'a>, hit: &Hit, e: &'a LexEntry, role_end: usize) -> Cow<'a, str> {
    let text = doc.str();
    let written = &text[hit.start..role_end];
    let plain = doc
        .row_at(hit.start)
        .is_none_or(|r| !doc.unaccented(r) && !doc.upper(r));
    if plain {
        return written.into();
    }
    let mut role = e.canonical.clone();
    let mut end = hit.end;
    while end < role_end {
        let Some((q, qe)) = doc.lookup_at(end + 1, LexKind::Qualifier) else {
            break;
        };
        role.push(' ');
        role.push_str(&qe.canonical);
        end = q.end;
    }
    role.into()
}

/// The offices of a document, and the bodies named after a role's head word found on the
/// way (`Trưởng Ban Chỉ đạo ...`): the earlier recognizers' bodies are in `found`'s index,
/// these are not indexed while this recognizer runs.
struct Offices<'d, 'a> {
    doc: &'d Doc<'a>,
    /// In text order: sorted by start.
    named_here: Vec<Range<usize>>,
}

impl<'a> Offices<'_, 'a> {
    /// The body that starts at `pos`, found earlier or here.
    fn org_at(&self, found: &Found<'_>, pos: usize) -> Option<Range<usize>> {
        found
            .at(pos, Kind::Organization)
            .map(|s| s.range())
            .or_else(|| {
                let k = self
                    .named_here
                    .binary_search_by_key(&pos, |r| r.start)
                    .ok()?;
                Some(self.named_here[k].clone())
            })
    }

    /// Where the office of the role `hit` (its qualifiers ending at `role_end`) ends: at the
    /// end of its body, its unit's place, its field or country, or the role itself. `None`
    /// when a role that needs a body has none and stands where no office is meant.
    fn office_end(
        &mut self,
        found: &mut Found<'a>,
        hit: &Hit,
        e: &'a LexEntry,
        role_end: usize,
    ) -> Option<usize> {
        let doc = self.doc;
        let text = doc.str();
        // A role that names its body's head word (`Trưởng Ban`) shares that word with it:
        // the role's last words, however they are written (`Truong phong`).
        let head = e
            .info
            .head
            .as_deref()
            .and_then(|h| head_start(doc, hit.end, h.split(' ').count()));
        let known = head.and_then(|h| self.org_at(found, h));
        let org = match head {
            Some(h) if role_end == hit.end => known.clone().or_else(|| open_org(doc, h, hit.end)),
            _ => doc
                .next_word(role_end)
                .and_then(|w| self.org_at(found, w.start)),
        };
        if let (Some(o), Some(h), None) = (&org, head, &known)
            && o.start == h
        {
            let canonical = body_canonical(doc, found, o.clone());
            let i = found.push(Kind::Organization, o.clone());
            let canonical = found.text(canonical);
            found.attrs(i).canonical = Some(canonical);
            self.named_here.push(o.clone());
        }
        if let Some(o) = org {
            return Some(o.end);
        }
        // `chủ tịch xã Tân Lập`, `trưởng thôn Nà Rại`: a level word after the role, or
        // ending it, and the place after that name the unit where no body is written.
        let level_end = doc
            .next_word(role_end)
            .and_then(|w| level_word_at(doc, w.start))
            .map(|(l, _)| l.end)
            .or_else(|| {
                let last = text[hit.start..role_end].rfind(' ')? + hit.start + 1;
                level_word_at(doc, last)
                    .filter(|(l, _)| l.end == role_end)
                    .map(|_| role_end)
            });
        if let Some(l) = level_end {
            return Some(place_after(doc, l).unwrap_or(l));
        }
        if head.is_some() {
            // The role holds its body's head word: `Bí thư chi bộ`, `Trưởng phòng`.
            return Some(role_end);
        }
        // `Tổng thống Mỹ`, `Bộ trưởng Ngoại giao`: a country or a field names the office
        // where no body is written.
        if let Some(end) = office_field(doc, role_end) {
            return Some(end);
        }
        // `Phó Chủ tịch UBND các phường`: a body's abbreviation, its unit left unnamed.
        if let Some(end) = body_abbreviation_after(doc, role_end) {
            return Some(end);
        }
        // A role right before a name is that person's office (`Bộ trưởng Nguyễn Văn A`);
        // a role that needs no body stands alone, and so does one written with a capital
        // where the clause goes on without a body (`đồng chí Bộ trưởng phát biểu`,
        // `Giám đốc, Phó Giám đốc Sở`).
        let alone = doc.capitalized(hit.start)
            && found
                .covering(hit.start, Kind::Organization.into())
                .next()
                .is_none()
            && (stands_alone(doc, role_end) || date_after(found, doc, role_end));
        (!e.info.takes_org || alone || starts_name(doc, role_end)).then_some(role_end)
    }

    /// `Trưởng phòng Cảnh sát Kinh tế, Công an thành phố Cần Thơ`: a comma between a unit
    /// and its parent body does not end the office. Where the office ending at `end` runs
    /// on through such a parent.
    fn parent_end(&self, found: &Found<'_>, end: usize) -> usize {
        let doc = self.doc;
        let text = doc.str();
        let Some(rest) = text[end..].strip_prefix(", ") else {
            return end;
        };
        let at = end + 2;
        if rest.is_empty() || doc.has_hit(at, LexKind::Role) {
            return end;
        }
        match self.org_at(found, at) {
            // The parent names where it is; a lone list of bodies does not.
            Some(o) if names_place(doc, o.clone()) => o.end,
            _ => end,
        }
    }
}

/// Where the last `words` words before `end` start, one space apart: the head word a role
/// shares with its body (`Ban` in `Trưởng Ban`).
fn head_start(doc: &Doc<'_>, end: usize, words: usize) -> Option<usize> {
    let mut start = doc.word_ending_at(end)?.start;
    for _ in 1..words {
        start = doc.prev_word(start)?.start;
    }
    Some(start)
}

/// Does nothing that could be a body follow a role ending at `end`: a verb of saying or a
/// word that starts what is said of the holder (`Bộ trưởng phát biểu`, `Chủ tịch đã`), the
/// end of a sentence, or another role after a comma or `và` (`Giám đốc, Phó Giám đốc Sở`)?
fn stands_alone(doc: &Doc<'_>, end: usize) -> bool {
    let text = doc.str();
    let rest = &text[end..];
    if rest.is_empty() || rest.starts_with(['.', ';', ':', ')', '\n']) {
        return true;
    }
    if let Some(w) = doc.next_word(end) {
        return doc.phrase_at(w.start, LexKind::Saying).is_some()
            || doc
                .phrase_at(w.start, LexKind::NotInBodyName)
                .is_some_and(|e| {
                    // `Giám đốc và Phó Giám đốc Sở`: `và` before another role.
                    !doc.word_is(w.start, LexKind::Conjunction) || doc.has_hit(e + 1, LexKind::Role)
                });
    }
    rest.strip_prefix(", ")
        .is_some_and(|_| doc.has_hit(end + 2, LexKind::Role))
}

/// Does a place the dictionary knows start on the word before the role `hit` and run over
/// it (`Phủ Chủ tịch`)?
fn in_place_name(doc: &Doc<'_>, hit: &Hit) -> bool {
    doc.prev_word(hit.start).is_some_and(|w| {
        doc.hits_at(w.start).iter().any(|h| {
            h.end >= hit.end
                && matches!(
                    h.target,
                    Target::Lex {
                        kind: LexKind::Place,
                        ..
                    }
                )
        })
    })
}

/// Does a date follow the role ending at `end` (`hai tân Phó Chủ tịch Chiều 2-4`: a headline
/// run into the story's first words)?
fn date_after(found: &Found<'_>, doc: &Doc<'_>, end: usize) -> bool {
    doc.next_word(end)
        .is_some_and(|w| found.at(w.start, Kind::Date).is_some())
}

/// Does the body `org` end with a place or a level word (`Công an tỉnh Hà Tĩnh`, `Viện
/// KSND Quảng Trị`, `Công an thành phố`)?
fn names_place(doc: &Doc<'_>, org: Range<usize>) -> bool {
    let text = doc.str();
    let mut at = org.start;
    while at < org.end {
        let place = doc.hits_at(at).iter().any(|h| {
            h.end == org.end
                && match h.target {
                    Target::Lex { kind, .. } => kind == LexKind::Place,
                    Target::Abbrev { group, .. } => {
                        doc.sense(doc.group(group).senses[0]).entity == Entity::Location
                    }
                    Target::LongForm { .. } => false,
                }
        });
        if place || level_word_at(doc, at).is_some_and(|(l, _)| l.end == org.end) {
            return true;
        }
        match text[at..org.end].find(' ') {
            Some(k) => at += k + 1,
            None => break,
        }
    }
    false
}

/// The abbreviation of a body (`UBND`, `HĐND`) right after `role_end`: where it ends.
fn body_abbreviation_after(doc: &Doc<'_>, role_end: usize) -> Option<usize> {
    let w = doc.next_word(role_end)?;
    doc.hits_at(w.start)
        .iter()
        .filter(|h| match h.target {
            Target::Abbrev { group, .. } => {
                let g = doc.group(group);
                doc.sense(g.senses[0]).entity == Entity::Organization
            }
            _ => false,
        })
        .map(|h| h.end)
        .filter(|&end| end == w.end)
        .max()
}

/// Can an office start with the role written at `start..end`? Capitalised, always. In lower
/// case only where the text says office: a level word after it (`chủ tịch xã`), the body's
/// head word inside it (`bí thư chi bộ`, `trưởng thôn`), a name after it, or an apposition
/// before it (`, trưởng thôn`, ` - `, `nguyên`, `là`). `đại biểu` in `Đại hội đại biểu` is
/// none of these.
fn office_may_start(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let text = doc.str();
    if doc.capitalized(start) {
        return true;
    }
    // `chức vụ Trưởng phòng`: a lower-case word and a capitalised one are two words, not
    // the role `Vụ trưởng`.
    if two_words_by_case(doc, start..end) {
        return false;
    }
    let before = &text[..start];
    doc.next_word(end)
        .is_some_and(|w| level_word_at(doc, w.start).is_some())
        || (text[start..end].contains(' ') && !holds_member_word(doc, start..end))
        || starts_name(doc, end)
        || body_abbreviation_after(doc, end).is_some()
        || [", ", " - ", " – "].iter().any(|p| before.ends_with(p))
        || doc.phrase_before(start, LexKind::OfficeCue, 2)
}

/// Does the role written at `range` hold a word for a member of an assembly (`đại biểu`
/// in `trưởng đoàn đại biểu`), which its length does not make an office?
fn holds_member_word(doc: &Doc<'_>, range: Range<usize>) -> bool {
    let mut w = doc.word_at(range.start);
    while let Some(word) = w.filter(|w| w.end <= range.end) {
        if doc
            .phrase_at(word.start, LexKind::MemberWord)
            .is_some_and(|e| e <= range.end)
        {
            return true;
        }
        w = doc.next_word(word.end);
    }
    false
}

/// Does a name follow `end`: capitalised and surname-led, or one word that can only be a
/// name there (`Bộ trưởng Lavrov nói`)?
fn starts_name(doc: &Doc<'_>, end: usize) -> bool {
    doc.next_word(end).is_some_and(|w| {
        doc.capitalized(w.start)
            && (doc.has_hit(w.start, LexKind::Surname) || one_word_name_at(doc, w.start).is_some())
    })
}

/// After a role: a country (`Tổng thống Mỹ`) or a capitalised field that is no one's name
/// (`Bộ trưởng Ngoại giao`, `Thứ trưởng Thường trực Quốc phòng`, `Bộ trưởng Kế hoạch và
/// Đầu tư`). Returns its end.
fn office_field(doc: &Doc<'_>, role_end: usize) -> Option<usize> {
    let text = doc.str();
    let w = doc.next_word(role_end)?;
    let hits = doc.hits_at(w.start);
    let lex = |kind: LexKind| {
        hits.iter()
            .filter(move |h| matches!(h.target, Target::Lex { kind: k, .. } if k == kind))
    };
    if let Some(country) = lex(LexKind::Place)
        .filter(|h| matches!(h.target, Target::Lex { entry, .. } if doc.entry(entry).info.ranks.contains(Ranks::COUNTRY)))
        .map(|h| h.end)
        .max()
    {
        return Some(country);
    }
    // `Bộ trưởng Kế hoạch và Đầu tư`: a field written out in full, the long form of a
    // concept's abbreviation (`KH&ĐT`), capitalised.
    let field = hits
        .iter()
        .filter(|h| match h.target {
            Target::LongForm { sense } => doc.sense(sense).entity == Entity::Concept,
            _ => false,
        })
        .map(|h| h.end)
        .max();
    if let Some(end) = field.filter(|_| doc.capitalized(w.start) && !doc.all_caps(w.clone())) {
        return Some(end);
    }
    // A name or a place comes after the office, not inside it.
    if !doc.capitalized(w.start)
        || doc.all_caps(w.clone())
        || lex(LexKind::Surname).next().is_some()
        || !hits.is_empty()
    {
        return None;
    }
    // A one-word name after the office is no field: `Tổng thống Macron đã`.
    if one_word_name_at(doc, w.start).is_some() {
        return None;
    }
    // One capitalised compound: a capital word and the lower-case word after it.
    let second = doc.next_word(w.end).filter(|n| {
        let s = &text[n.clone()];
        s.chars().all(char::is_lowercase) && doc.hit_kinds(n.start).is_empty()
    })?;
    Some(second.end)
}

/// A body named after a role's head word, up to where its clause ends: `;`, `.`, `:`, a
/// bracket or quote, a line end, or a comma before a capitalised word (a new name or office).
fn open_org(doc: &Doc<'_>, start: usize, head_end: usize) -> Option<Range<usize>> {
    let text = doc.str();
    let first = doc.next_word(head_end)?;
    if !doc.capitalized(first.start) {
        return None;
    }
    let mut end = first.end;
    let mut pos = first.end;
    let mut words = 1;
    while words < MAX_OPEN_ORG_WORDS {
        let rest = &text[pos..];
        let (gap, next) = if let Some(r) = rest.strip_prefix(", ") {
            (2, r)
        } else if let Some(r) = rest.strip_prefix(' ') {
            (1, r)
        } else {
            break;
        };
        let Some(w) = doc.word_at(pos + gap) else {
            break;
        };
        let word = &next[..w.len()];
        let starts_office = doc.has_hit(w.start, LexKind::Role);
        // `... khủng bố đến nhận công tác`: a word that starts what is said ends the body.
        let said = (!doc.capitalized(w.start)
            || doc
                .row_at(w.start)
                .is_some_and(|r| doc.case_cue(r).is_none()))
            && (doc.phrase_at(w.start, LexKind::Saying).is_some()
                || doc.phrase_at(w.start, LexKind::NotInBodyName).is_some()
                    && !doc.word_is(w.start, LexKind::Conjunction));
        if starts_office
            || said
            || (gap == 2 && doc.capitalized(w.start) && !word.chars().all(char::is_uppercase))
        {
            break;
        }
        end = w.end;
        pos = w.end;
        words += 1;
    }
    Some(start..end)
}
