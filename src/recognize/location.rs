//! Places: administrative units, with the level word written before them kept out of the
//! span (`tỉnh Hà Giang` → `Hà Giang`, level `tỉnh`) and, for a unit the 2025 merger
//! absorbed, the province it became part of.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use super::common::place::{level_word_at, place_after};
use super::common::words::{is_capitalized, next_word, prev_word};
use super::common::{Doc, Found, Hit, HitKinds, Recognizer, Target};
use crate::dict::{LexEntry, LexKind};
use crate::span::Kind;

/// Places: dictionary places (with the level word before them) and unknown names after
/// a level word.
pub(crate) struct Places;

impl Recognizer for Places {
    fn name(&self) -> &'static str {
        "places"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::lex(LexKind::Place).and(HitKinds::lex(LexKind::Level))
    }
    fn reads(&self) -> &'static [Kind] {
        &[Kind::Person, Kind::Abbreviation, Kind::Date, Kind::Location]
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        &[(Kind::Location, 2)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
        recognize(doc, hits, found);
    }
}

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let text = doc.str();
    let mut taken: Vec<Range<usize>> = found
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
    let mut last_end = 0;
    let mut i = 0;
    // Reused for every group: no allocation per place.
    let mut places: Vec<(usize, &LexEntry)> = Vec::new();
    let mut candidates: Vec<&LexEntry> = Vec::new();
    while i < hits.len() {
        let start = hits[i].start;
        let group_end = i + hits[i..].partition_point(|h| h.start == start);
        let group = &hits[i..group_end];
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
        places.clear();
        places.extend(group.iter().filter_map(|h| match h.target {
            Target::Lex { entry, .. } => {
                let e = doc.entry(entry);
                (e.kind == LexKind::Place).then_some((h.end, e))
            }
            _ => None,
        }));
        let Some(&(end, _)) = places.iter().max_by_key(|(e, _)| *e) else {
            continue;
        };
        let range = start..end;
        if inside_taken(&range) {
            continue;
        }
        let level = level_before(doc, start);
        candidates.clear();
        candidates.extend(places.iter().filter(|(e, _)| *e == end).map(|(_, x)| *x));
        let entry = match &level {
            Some((_, lv)) => candidates
                .iter()
                .find(|e| e.get("level") == Some(*lv))
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
            && !stands_alone(text, range.clone())
        {
            continue;
        }
        emit(
            found,
            range.clone(),
            entry.canonical.as_str().into(),
            level.map(|(_, l)| l.into()),
            entry.get("became"),
        );
        last_end = end;
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
    for hit in hits {
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
        let level = entry.get("level").unwrap_or(&entry.canonical);
        let Some(end) = place_after(doc, level_range.end) else {
            continue;
        };
        let start = end
            - text[level_range.end..end]
                .trim_start_matches([' ', '.'])
                .len();
        if start < end
            && !in_location(start)
            && located_starts.insert(start)
            && !inside_taken(&(start..end))
        {
            emit(
                found,
                start..end,
                text[start..end].into(),
                Some(level.into()),
                None,
            );
        }
    }
}

fn emit<'a>(
    found: &mut Found<'a>,
    range: Range<usize>,
    canonical: Cow<'a, str>,
    level: Option<Cow<'a, str>>,
    became: Option<&'a str>,
) {
    let i = found.push(Kind::Location, range);
    let s = found.attrs(i);
    s.canonical = Some(canonical);
    s.level = level;
    s.became = became.map(Cow::Borrowed);
}

/// Is the word at `range` mid-sentence, with no capitalised word right before or after it?
fn stands_alone(text: &str, range: Range<usize>) -> bool {
    let before = text[..range.start].trim_end_matches(' ');
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '"', '(']);
    let capital_before = super::common::words::word_ending_at(text, before.len())
        .is_some_and(|w| before.len() + 1 == range.start && is_capitalized(&text[w]));
    let capital_after = next_word(text, range.end).is_some_and(|w| is_capitalized(&text[w]));
    !sentence_start && !capital_before && !capital_after
}

/// The level word written right before `start`, with its canonical level.
fn level_before<'a>(doc: &Doc<'a>, start: usize) -> Option<(Range<usize>, &'a str)> {
    let text = doc.str();
    // `TP.HCM`, `H.Nghĩa Hành`: a dotted level glued to the name.
    let glued = text[..start]
        .ends_with('.')
        .then(|| super::common::words::word_ending_at(text, start - 1))
        .flatten();
    let w1 = prev_word(text, start).or(glued)?;
    let mut starts = vec![w1.start];
    if let Some(w2) = prev_word(text, w1.start) {
        starts.insert(0, w2.start);
    }
    starts.into_iter().find_map(|s| {
        let (r, e) = level_word_at(doc, s)?;
        (r.end + 1 == start || r.end == start).then(|| (r, e.get("level").unwrap_or(&e.canonical)))
    })
}
