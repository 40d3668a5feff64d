//! Titles: a role (`Phó Chủ tịch`), its qualifiers (`Thường trực`) and the organization it
//! belongs to (`HĐND tỉnh`), up to where the office ends.

use std::ops::Range;

use super::common::expand::expand_abbreviations;
use super::common::place::{level_word_at, place_after};
use super::common::words::{is_capitalized, next_word, word_at};
use super::common::{Doc, Found, Hit, HitKinds, Recognizer, Target};
use crate::dict::{LexKind, Ranks};
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
        &[Kind::Organization, Kind::Abbreviation]
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
    let text = doc.str();
    // Bodies named after a role's head word, found here: the earlier recognizers' bodies
    // are in `found`'s index, these are not indexed while this recognizer runs.
    let mut named_here: Vec<Range<usize>> = Vec::new();
    let org_at = |found: &Found<'_>, named_here: &[Range<usize>], pos: usize| {
        found
            .at(pos, Kind::Organization)
            .map(|s| s.range())
            // Named in text order: sorted by start.
            .or_else(|| {
                let k = named_here.binary_search_by_key(&pos, |r| r.start).ok()?;
                Some(named_here[k].clone())
            })
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
        let e = doc.entry(entry);
        if hit.start < covered || !office_may_start(doc, hit.start, hit.end) {
            continue;
        }
        // Qualifiers after the role belong to it: `Phó Chủ tịch Thường trực`.
        let mut role_end = hit.end;
        while next_word(text, role_end).is_some() {
            match doc.lookup_at(role_end + 1, LexKind::Qualifier) {
                Some((q, _)) => role_end = q.end,
                None => break,
            }
        }
        // A role that names its body's head word (`Trưởng Ban`) shares that word with it.
        let head = e.info.head.as_deref().and_then(|h| {
            let start = hit.end.checked_sub(h.len())?;
            let written = doc.lower().get(start..hit.end)?;
            written
                .chars()
                .eq(h.chars().flat_map(char::to_lowercase))
                .then_some(start)
        });
        let known = head.and_then(|h| org_at(found, &named_here, h));
        let org = match head {
            Some(h) if role_end == hit.end => known.clone().or_else(|| open_org(doc, h, hit.end)),
            _ => next_word(text, role_end).and_then(|w| org_at(found, &named_here, w.start)),
        };
        let new_org = match (&org, head) {
            (Some(o), Some(h)) if o.start == h && known.is_none() => Some(o.clone()),
            _ => None,
        };
        if let Some(o) = new_org {
            let canonical = expand_abbreviations(found, text, o.clone());
            let i = found.push(Kind::Organization, o.clone());
            found.attrs(i).canonical = Some(canonical);
            named_here.push(o);
        }
        let bare_ok = !e.info.takes_org;
        // `chủ tịch xã Tân Lập`, `trưởng thôn Nà Rại`: a level word after the role, or
        // ending it, and the place after that name the unit where no body is written.
        let level_end = next_word(text, role_end)
            .and_then(|w| level_word_at(doc, w.start))
            .map(|(l, _)| l.end)
            .or_else(|| {
                let last = text[hit.start..role_end].rfind(' ')? + hit.start + 1;
                level_word_at(doc, last)
                    .filter(|(l, _)| l.end == role_end)
                    .map(|_| role_end)
            });
        let end = match (&org, bare_ok, level_end) {
            (None, _, Some(l)) => place_after(doc, l).unwrap_or(l),
            (org, bare_ok, _) => match (org, bare_ok) {
                (Some(o), _) => o.end,
                // `Tổng thống Mỹ`, `Bộ trưởng Ngoại giao`: a country or a field names the office
                // where no body is written.
                (None, _) if org.is_none() && head.is_none() => match office_field(doc, role_end) {
                    Some(e) => e,
                    // A role right before a name is that person's office: `Bộ trưởng Nguyễn Văn A`.
                    None if bare_ok || starts_name(doc, role_end) => role_end,
                    None => continue,
                },
                (None, true) => role_end,
                // The role holds its body's head word: `Bí thư chi bộ`, `Trưởng phòng`.
                (None, false) if head.is_some() => role_end,
                (None, false) => continue,
            },
        };
        let i = found.push(Kind::Title, hit.start..end);
        found.attrs(i).role = Some(text[hit.start..role_end].into());
        covered = end;
    }
}

/// Can an office start with the role written at `start..end`? Capitalised, always. In lower
/// case only where the text says office: a level word after it (`chủ tịch xã`), the body's
/// head word inside it (`bí thư chi bộ`, `trưởng thôn`), a name after it, or an apposition
/// before it (`, trưởng thôn`, ` - `, `nguyên`, `là`). `đại biểu` in `Đại hội đại biểu` is
/// none of these.
fn office_may_start(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let text = doc.str();
    if is_capitalized(&text[start..end]) {
        return true;
    }
    let before = &doc.lower()[..start];
    next_word(text, end).is_some_and(|w| level_word_at(doc, w.start).is_some())
        || (text[start..end].contains(' ') && !text[start..end].contains("đại biểu"))
        || starts_name(doc, end)
        || [", ", " - ", " – ", "nguyên ", "cựu ", " là "]
            .iter()
            .any(|p| before.ends_with(p))
}

/// Does a capitalised, surname-led name follow `end`?
fn starts_name(doc: &Doc<'_>, end: usize) -> bool {
    let text = doc.str();
    next_word(text, end)
        .is_some_and(|w| is_capitalized(&text[w.clone()]) && doc.has_hit(w.start, LexKind::Surname))
}

/// After a role: a country (`Tổng thống Mỹ`) or a capitalised field that is no one's name
/// (`Bộ trưởng Ngoại giao`, `Thứ trưởng Thường trực Quốc phòng`). Returns its end.
fn office_field(doc: &Doc<'_>, role_end: usize) -> Option<usize> {
    let text = doc.str();
    let w = next_word(text, role_end)?;
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
    let word = &text[w.clone()];
    // A name or a place comes after the office, not inside it.
    if !is_capitalized(word)
        || super::common::words::is_all_caps(word)
        || lex(LexKind::Surname).next().is_some()
        || !hits.is_empty()
    {
        return None;
    }
    // One capitalised compound: a capital word and the lower-case word after it.
    let second = next_word(text, w.end).filter(|n| {
        let s = &text[n.clone()];
        s.chars().all(char::is_lowercase) && doc.hit_kinds(n.start).is_empty()
    })?;
    Some(second.end)
}

/// A body named after a role's head word, up to where its clause ends: `;`, `.`, `:`, a
/// bracket or quote, a line end, or a comma before a capitalised word (a new name or office).
fn open_org(doc: &Doc<'_>, start: usize, head_end: usize) -> Option<Range<usize>> {
    let text = doc.str();
    let first = next_word(text, head_end)?;
    if !is_capitalized(&text[first.clone()]) {
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
        let Some(w) = word_at(text, pos + gap) else {
            break;
        };
        let word = &next[..w.len()];
        let starts_office = doc.has_hit(w.start, LexKind::Role);
        if starts_office
            || (gap == 2 && is_capitalized(word) && !word.chars().all(char::is_uppercase))
        {
            break;
        }
        end = w.end;
        pos = w.end;
        words += 1;
    }
    Some(start..end)
}
