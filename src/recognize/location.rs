//! Places: administrative units, with the level word written before them kept out of the
//! span (`tỉnh Hà Giang` → `Hà Giang`, level `tỉnh`) and, for a unit the 2025 merger
//! absorbed, the province it became part of.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::organization::{level_word_at, place_after, place_suffix};
use super::words::{is_capitalized, next_word, prev_word};
use super::{Doc, Found};
use crate::dict::{LexEntry, LexKind};
use crate::matcher::{FxBuild, Target};
use crate::span::Kind;

pub(crate) fn recognize(doc: &Doc<'_>, found: &mut Found) {
    let text = doc.str();
    let mut taken: Vec<Range<usize>> = found
        .spans
        .iter()
        .filter(|s| matches!(s.kind, Kind::Person | Kind::Abbreviation | Kind::Date))
        .map(|s| s.range())
        .collect();
    taken.sort_by_key(|r| r.start);
    let inside_taken = |r: &Range<usize>| {
        let i = taken.partition_point(|t| t.start <= r.start);
        taken[..i]
            .iter()
            .rev()
            .take(8)
            .any(|t| t.start <= r.start && r.start < t.end)
    };
    let person_at: HashMap<usize, usize, FxBuild> =
        found.of(Kind::Person).map(|(i, s)| (s.start, i)).collect();
    let mut last_end = 0;
    let mut i = 0;
    while i < doc.hits.len() {
        let start = doc.hits[i].start;
        let group_end = i + doc.hits[i..].partition_point(|h| h.start == start);
        let group = &doc.hits[i..group_end];
        i = group_end;
        if start < last_end
            || !group.iter().any(|h| {
                matches!(
                    h.target,
                    Target::Lex {
                        kind: LexKind::Place,
                        ..
                    }
                )
            })
        {
            continue;
        }
        let places: Vec<(usize, &LexEntry)> = group
            .iter()
            .filter_map(|h| match h.target {
                Target::Lex { entry, .. } => {
                    let e = &doc.matcher.entries[entry as usize];
                    (e.kind == LexKind::Place).then_some((h.end, e))
                }
                _ => None,
            })
            .collect();
        let Some(&(end, _)) = places.iter().max_by_key(|(e, _)| *e) else {
            continue;
        };
        let level = level_before(doc, start);
        // After a level word the name may end in a letter or number: `ấp Mỹ Phước B`.
        let written_end = match level {
            Some(_) => place_suffix(text, end).unwrap_or(end),
            None => end,
        };
        let range = start..written_end;
        let yields = level
            .as_ref()
            .and_then(|_| person_after_level(found, &person_at, &range));
        if inside_taken(&range) && yields.is_none() {
            continue;
        }
        let candidates: Vec<&LexEntry> = places
            .iter()
            .filter(|(e, _)| *e == end)
            .map(|(_, x)| *x)
            .collect();
        let entry = match &level {
            Some((_, lv)) => candidates
                .iter()
                .find(|e| e.get("level") == Some(lv.as_str()))
                .or(candidates.first()),
            // Without a level word only a province-level unit or a country is safe to take.
            None => candidates
                .iter()
                .find(|e| matches!(e.get("rank"), Some("1" | "0"))),
        };
        let Some(entry) = entry else { continue };
        // A one-word name with no level word (`Anh`, `Đức`, `Nga`) is also a common word or
        // part of a person's name: take it only inside a sentence and between lower-case words.
        if level.is_none()
            && !text[range.clone()].contains(' ')
            && may_be_a_word(&text[range.clone()])
            && !stands_alone(doc, range.clone())
            && !in_brackets(text, range.clone())
        {
            continue;
        }
        // `anh Đức`, `cô Anh`: a one-word name after a form of address is a person's.
        if level.is_none()
            && !text[range.clone()].contains(' ')
            && may_be_a_word(&text[range.clone()])
            && after_honorific(doc, start)
        {
            continue;
        }
        // `người Mỹ`, `tiếng Anh`, `đô la Úc`: a nationality, a language, a currency.
        if level.is_none()
            && entry.get("level") == Some("quốc gia")
            && names_no_place(doc.lower(), start)
        {
            continue;
        }
        if let Some(p) = yields {
            unread(found, p);
        }
        // A letter or number after a known name makes another unit (`Mỹ Phước B`).
        let canonical = if written_end == end {
            entry.canonical.clone()
        } else {
            format!("{}{}", entry.canonical, &text[end..written_end])
        };
        emit(
            found,
            range.clone(),
            canonical,
            level.map(|(_, l)| l),
            entry.get("became").filter(|_| written_end == end),
        );
        last_end = written_end;
    }

    // Names the dictionary does not know, after a level word: `UBND xã Nà Chì`,
    // `thôn Nà Rại`, `phường Bến Nghé`.
    let mut located: Vec<Range<usize>> = found.of(Kind::Location).map(|(_, s)| s.range()).collect();
    located.sort_by_key(|r| r.start);
    let mut located_starts: HashSet<usize> = located.iter().map(|r| r.start).collect();
    let in_location = |pos: usize| {
        let i = located.partition_point(|r| r.start <= pos);
        i > 0 && pos < located[i - 1].end
    };
    // A short form read as something else (`TT` = Trung tâm) is no level word there.
    let not_level: HashSet<usize> = found
        .of(Kind::Abbreviation)
        .filter(|(_, s)| s.entity.as_deref() != Some("location"))
        .map(|(_, s)| s.start)
        .collect();
    let mut last_level = usize::MAX;
    for hit in doc.hits {
        if !matches!(
            hit.target,
            Target::Lex {
                kind: LexKind::Level,
                ..
            }
        ) || hit.start == last_level
        {
            continue;
        }
        last_level = hit.start;
        if in_location(hit.start) || not_level.contains(&hit.start) {
            continue;
        }
        let Some((level_range, entry)) = level_word_at(doc, hit.start) else {
            continue;
        };
        let level = entry.get("level").unwrap_or(&entry.canonical).to_owned();
        let Some(end) = place_after(doc, level_range.end) else {
            continue;
        };
        let start = end
            - text[level_range.end..end]
                .trim_start_matches([' ', '.'])
                .len();
        let yields = person_after_level(found, &person_at, &(start..end));
        if start < end
            && !in_location(start)
            && located_starts.insert(start)
            && (yields.is_some() || !inside_taken(&(start..end)))
        {
            if let Some(p) = yields {
                unread(found, p);
            }
            // A unit the dictionary knows at this level: its canonical name and, for a
            // former commune, the unit it went into.
            let at_level =
                |e: &&LexEntry| e.kind == LexKind::Place && e.get("level") == Some(level.as_str());
            let known = doc
                .matcher
                .lookup(&doc.lower()[start..end])
                .find(at_level)
                .or_else(|| {
                    super::former::lookup_at(doc, start)
                        .filter(|(r, _)| r.end == end)
                        .and_then(|(_, entries)| entries.iter().find(at_level))
                });
            let canonical =
                known.map_or_else(|| text[start..end].to_owned(), |e| e.canonical.clone());
            let became = known.and_then(|e| e.get("became"));
            emit(found, start..end, canonical, Some(level), became);
        }
    }
}

/// A person read over the words right after a level word, which the place takes instead:
/// `xã Cao Ngọc` is a commune, not Mr Cao Ngọc.
fn person_after_level(
    found: &Found,
    person_at: &HashMap<usize, usize, FxBuild>,
    place: &Range<usize>,
) -> Option<usize> {
    let &i = person_at.get(&place.start)?;
    let s = &found.spans[i];
    (s.kind == Kind::Person && s.start == place.start && s.end <= place.end).then_some(i)
}

/// Takes back the span at `i` and its relations: it is left as an empty range that the
/// resolver drops, so the indices of the other spans stay valid.
fn unread(found: &mut Found, i: usize) {
    found.links.retain(|&(_, h, t)| h != i && t != i);
    let at = found.spans[i].start;
    found.spans[i] = crate::span::Span::new(Kind::Person, "", at..at);
}

fn emit(
    found: &mut Found,
    range: Range<usize>,
    canonical: String,
    level: Option<String>,
    became: Option<&str>,
) {
    let i = found.push(Kind::Location, range);
    let s = &mut found.spans[i];
    s.canonical = Some(canonical);
    s.level = level;
    s.became = became.map(str::to_owned);
}

/// Could this one-word name be a Vietnamese syllable, hence a common word or a given name
/// (`Anh`, `Đức`, `Úc`)? `Australia`, `Cuba` and `Iran` cannot.
fn may_be_a_word(name: &str) -> bool {
    super::syllable::is_syllable(name)
}

/// Is the name alone in brackets: `Viện Công nghệ Massachusetts (Mỹ)`?
fn in_brackets(text: &str, range: Range<usize>) -> bool {
    text[..range.start].ends_with('(') && text[range.end..].starts_with(')')
}

fn after_honorific(doc: &Doc<'_>, start: usize) -> bool {
    prev_word(doc.lower(), start).is_some_and(|w| {
        doc.matcher
            .lookup(&doc.lower()[w])
            .any(|e| e.kind == LexKind::Honorific)
    })
}

/// Words after which a country's name means its people, language or money, not the place.
const NOT_PLACE_BEFORE: [&str; 6] = ["người", "tiếng", "la", "bảng", "kiều", "gốc"];

fn names_no_place(lower: &str, start: usize) -> bool {
    prev_word(lower, start).is_some_and(|w| {
        let word = &lower[w.clone()];
        NOT_PLACE_BEFORE.contains(&word) && (word != "la" || lower[..w.start].ends_with("đô "))
    })
}

/// Is the word at `range` mid-sentence, with no capitalised word right before or after it?
/// A capitalised word that is never a name (`Cả`, `Ở`, `Tại` opening a sentence) does not
/// count: `Cả Nga, Israel ...`.
fn stands_alone(doc: &Doc<'_>, range: Range<usize>) -> bool {
    let text = doc.str();
    let before = text[..range.start].trim_end_matches(' ');
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '"', '(']);
    let capital_before = super::words::word_ending_at(text, before.len()).is_some_and(|w| {
        before.len() + 1 == range.start
            && is_capitalized(&text[w.clone()])
            && !doc
                .matcher
                .lookup(&doc.lower()[w])
                .any(|e| e.kind == LexKind::NotName)
    });
    let capital_after = next_word(text, range.end).is_some_and(|w| is_capitalized(&text[w]));
    !sentence_start && !capital_before && !capital_after
}

/// The level word written right before `start`, with its canonical level.
fn level_before(doc: &Doc<'_>, start: usize) -> Option<(Range<usize>, String)> {
    let text = doc.str();
    // `TP.HCM`, `H.Nghĩa Hành`: a dotted level glued to the name.
    let glued = text[..start]
        .ends_with('.')
        .then(|| super::words::word_ending_at(text, start - 1))
        .flatten();
    let w1 = prev_word(text, start).or(glued)?;
    let mut starts = vec![w1.start];
    if let Some(w2) = prev_word(text, w1.start) {
        starts.insert(0, w2.start);
    }
    starts.into_iter().find_map(|s| {
        let (r, e) = super::organization::level_word_at(doc, s)?;
        (r.end + 1 == start || r.end == start)
            .then(|| (r, e.get("level").unwrap_or(&e.canonical).to_owned()))
    })
}
