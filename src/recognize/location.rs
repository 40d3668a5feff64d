//! Places: administrative units, with the level word written before them kept out of the
//! span (`tỉnh Hà Giang` → `Hà Giang`, level `tỉnh`) and, for a unit the 2025 merger
//! absorbed, the province it became part of.

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::ops::Range;

use super::common::case::title_case;
use super::common::place::{level_word_at, names_a_landmark, place_after, place_suffix};
use super::common::{Doc, Found, Hit, HitKinds, KindSet, Recognizer, Target};
use crate::dict::{Entity, Level, LexEntry, LexKind, Ranks};
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
    fn overrides(&self) -> &'static [(Kind, Kind)] {
        // `xã Cao Ngọc` after a level word is a commune, not Mr Cao Ngọc.
        &[(Kind::Location, Kind::Person)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
        recognize(doc, hits, found);
    }
}

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    known_places(doc, hits, found);
    // The places above, and only those, are what the next pass sees as taken.
    found.index();
    names_after_levels(doc, hits, found);
    abbreviated_places(doc, found);
}

/// Is `h` a hit of lexicon kind `kind`?
fn is_lex(h: &Hit, kind: LexKind) -> bool {
    matches!(h.target, Target::Lex { kind: k, .. } if k == kind)
}

/// Places the dictionary knows, with the level word written before them.
fn known_places<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let text = doc.str();
    let mut last_end = 0;
    let mut i = 0;
    // Reused for every group: no allocation per place.
    let mut places: Vec<(usize, &LexEntry)> = Vec::new();
    while i < hits.len() {
        let start = hits[i].start;
        let group_end = i + hits[i..].iter().take_while(|h| h.start == start).count();
        let group = &hits[i..group_end];
        i = group_end;
        if start < last_end || !group.iter().any(|h| is_lex(h, LexKind::Place)) {
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
        let level = level_before(doc, start);
        // After a road's or a landmark's type word the name is read with the unknown names
        // below, whole: `đường Nhật Tân`, not the country `Nhật`.
        if level.as_ref().is_some_and(|(_, l)| names_a_landmark(*l)) {
            continue;
        }
        // After a level word the name may end in a letter or number: `ấp Mỹ Phước B`.
        let written_end = match level {
            Some(_) => place_suffix(doc, end).unwrap_or(end),
            None => end,
        };
        let range = start..written_end;
        let yields = level.is_some() && person_after_level(found, &range);
        if inside_taken(found, &range) && !yields {
            continue;
        }
        let candidates = places.iter().filter(|(e, _)| *e == end).map(|(_, x)| *x);
        let level = level.map(|(_, l)| l);
        let Some(entry) = choose_entry(doc, start, level, candidates) else {
            continue;
        };
        if level.is_none() && !place_without_level(doc, range.clone(), entry) {
            continue;
        }
        // A letter or number after a known name makes another unit (`Mỹ Phước B`).
        let canonical: Cow<'a, str> = if written_end == end {
            entry.canonical.as_str().into()
        } else {
            format!("{}{}", entry.canonical, &text[end..written_end]).into()
        };
        emit(
            found,
            range,
            canonical,
            level.map(|l| l.as_str().into()),
            entry.info.became.as_deref().filter(|_| written_end == end),
        );
        last_end = written_end;
    }
}

/// Which of the dictionary's places written at `start` is meant: the one of the level
/// written before it; without one only a province-level unit or a country is safe to
/// take, or a unit of the level a party committee names (`Huyện ủy Vị Xuyên`).
fn choose_entry<'a>(
    doc: &Doc<'a>,
    start: usize,
    level: Option<Level>,
    candidates: impl Iterator<Item = &'a LexEntry> + Clone,
) -> Option<&'a LexEntry> {
    match level {
        Some(lv) => candidates
            .clone()
            .find(|e| e.info.level == Some(lv))
            .or_else(|| candidates.clone().next()),
        None => candidates
            .clone()
            .find(|e| e.info.ranks.intersects(Ranks::COUNTRY | Ranks::PROVINCE))
            .or_else(|| {
                let lv = doc.entry_before(start, LexKind::Committee, 2)?.info.level?;
                candidates.clone().find(|e| e.info.level == Some(lv))
            }),
    }
}

/// May a known place written with no level word before it be taken at `range`?
fn place_without_level(doc: &Doc<'_>, range: Range<usize>, entry: &LexEntry) -> bool {
    let text = doc.str();
    let start = range.start;
    let one_word = !text[range.clone()].contains(' ') && may_be_a_word(doc, range.clone());
    // A one-word name (`Anh`, `Đức`, `Nga`) is also a common word or part of a person's
    // name: take it only inside a sentence and between lower-case words, in brackets, or
    // right after an office.
    if one_word
        && !stands_alone(doc, range.clone())
        && !in_brackets(text, range.clone())
        && !after_office(doc, start, entry)
    {
        return false;
    }
    // `anh Đức`, `cô Anh`: a one-word name after a form of address is a person's.
    if one_word && after_honorific(doc, start) {
        return false;
    }
    // `người Mỹ`, `tiếng Anh`, `đô la Úc`: a nationality, a language, a currency.
    !(entry.info.level == Some(Level::QuocGia)
        && doc.phrase_before(start, LexKind::NotPlaceBefore, 2))
}

/// Names the dictionary does not know, after a level word: `UBND xã Nà Chì`, `thôn Nà
/// Rại`, `phường Bến Nghé`, `đường Võ Văn Kiệt`.
fn names_after_levels<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let text = doc.str();
    let in_location =
        |found: &Found<'_>, pos: usize| found.covering(pos, Kind::Location.into()).next().is_some();
    // A short form read as something else (`TT` = Trung tâm) is no level word there.
    let not_level = |found: &Found<'_>, pos: usize| {
        found
            .starting(pos, Kind::Abbreviation.into())
            .any(|s| s.entity != Some(Entity::Location))
    };
    let mut located_here: FxHashSet<usize> = FxHashSet::default();
    let mut last_level = usize::MAX;
    for hit in hits {
        if !is_lex(hit, LexKind::Level) || hit.start == last_level {
            continue;
        }
        last_level = hit.start;
        if in_location(found, hit.start) || not_level(found, hit.start) {
            continue;
        }
        let Some((level_range, entry)) = level_word_at(doc, hit.start) else {
            continue;
        };
        let Some(level) = entry.info.level else {
            continue;
        };
        let Some(end) = place_after(doc, level_range.end) else {
            continue;
        };
        let start = end
            - text[level_range.end..end]
                .trim_start_matches([' ', '.'])
                .len();
        let yields = person_after_level(found, &(start..end));
        if start < end
            && !in_location(found, start)
            && located_here.insert(start)
            && (yields || !inside_taken(found, &(start..end)))
        {
            let known = known_at_level(doc, start..end, level);
            // Without marks a one-word level word may be another word (`ban`, `quan`, `pho`,
            // `den`: bản, quận, phố, đền): only a unit of that level some list knows follows.
            if known.is_none() && folded_level_may_be_a_word(doc, level_range.clone(), level) {
                continue;
            }
            // A name no list decides keeps its letters, each syllable capitalised
            // (`NÀ RẠI` → `Nà Rại`).
            let canonical: Cow<'a, str> =
                known.map_or_else(|| title_case(&text[start..end]), |(c, _)| c.into());
            let became = known.and_then(|(_, b)| b);
            emit(
                found,
                start..end,
                canonical,
                Some(level.as_str().into()),
                became,
            );
        }
    }
}

/// Is the level word at `range` written without marks, one word, and of a level whose
/// folded form is also a common word (`ban`, `quan`, `xa`, `pho`)? `tinh`, `huyen`,
/// `phuong`, `thon` and the words of two syllables read one way.
fn folded_level_may_be_a_word(doc: &Doc<'_>, range: Range<usize>, level: Level) -> bool {
    let one_word = !doc.str()[range.clone()].contains(' ');
    let unambiguous = matches!(
        level,
        Level::Tinh
            | Level::Huyen
            | Level::Phuong
            | Level::Thon
            | Level::ThanhPho
            | Level::ThiXa
            | Level::ThiTran
    );
    one_word && !unambiguous && doc.row_at(range.start).is_some_and(|r| doc.unaccented(r))
}

/// A unit the dictionary knows at `level` written exactly over `range`: its canonical name
/// and, for a former commune, the unit it went into.
fn known_at_level<'a>(
    doc: &Doc<'a>,
    range: Range<usize>,
    level: Level,
) -> Option<(&'a str, Option<&'a str>)> {
    doc.hits_at(range.start)
        .iter()
        .filter(|h| h.end == range.end)
        .filter_map(|h| match h.target {
            Target::Lex { entry, .. } => Some(doc.entry(entry)),
            _ => None,
        })
        .find(|e| e.kind == LexKind::Place && e.info.level == Some(level))
        .map(|e| (e.canonical.as_str(), e.info.became.as_deref()))
        .or_else(|| {
            let (r, mut rows) = doc.lookup_all(range.start, LexKind::FormerCommune)?;
            let e = rows
                .find(|e| e.info.level == Some(level))
                .filter(|_| r.end == range.end)?;
            Some((e.canonical.as_str(), e.info.became.as_deref()))
        })
}

/// Abbreviations that name a place. With the name written out after the level short form
/// (`TP Hồ Chí Minh`) the name is the place, its canonical the expansion without the level
/// word; where the level is fused into an abbreviated name (`TP.HCM`, `TPHCM`, `TP. HCM`)
/// the whole form is the place, its canonical the whole expansion.
fn abbreviated_places<'a>(doc: &Doc<'a>, found: &mut Found<'a>) {
    let text = doc.str();
    let places: Vec<(Range<usize>, Option<&'a str>)> = found
        .of(Kind::Abbreviation)
        .filter(|s| s.entity == Some(Entity::Location))
        .map(|s| (s.range(), s.borrowed(s.expansion)))
        .collect();
    for (range, expansion) in places {
        let level = level_word_at(doc, range.start);
        let name_start = level.as_ref().map(|(level_range, _)| {
            let rest = &text[level_range.end..range.end];
            range.end - rest.trim_start_matches(['.', ' ']).len()
        });
        let written_out = name_start.is_some_and(|start| {
            start < range.end && doc.has_hit_to(start, range.end, LexKind::Place)
        });
        if !written_out {
            fused_place(doc, found, range, expansion);
            continue;
        }
        let (Some(start), Some((_, entry))) = (name_start, level) else {
            continue;
        };
        let Some(level) = entry.info.level else {
            continue;
        };
        // `Thành phố Hồ Chí Minh` -> `Hồ Chí Minh`.
        let canonical: Cow<'a, str> = match expansion {
            Some(e) => e.split_once(' ').map_or(e, |(head, rest)| {
                if head.eq_ignore_ascii_case("thành") {
                    rest.strip_prefix("phố ").unwrap_or(rest)
                } else {
                    e
                }
            }),
            None => &text[start..range.end],
        }
        .into();
        emit(
            found,
            start..range.end,
            canonical,
            Some(level.as_str().into()),
            None,
        );
    }
}

/// An abbreviation that names a place as a whole: its expansion is a dictionary place
/// (`VN`, `ĐBSCL`), or a level word and one (`TP.HCM`: `Thành phố` + `Hồ Chí Minh`). The
/// whole form is the place, its canonical the whole expansion, its level the one the
/// expansion names. Type words (`KCN`, `TP` alone) name no place.
fn fused_place<'a>(
    doc: &Doc<'a>,
    found: &mut Found<'a>,
    range: Range<usize>,
    expansion: Option<&'a str>,
) {
    let Some(expansion) = expansion else { return };
    let is_place = |name: &str| doc.entry_named(name, LexKind::Place).is_some();
    let level = if is_place(expansion) {
        None
    } else {
        // `Thành phố Hồ Chí Minh`: one or two words of level, then a place.
        let cuts = expansion.match_indices(' ').map(|(i, _)| i).take(2);
        let Some(level) = cuts
            .filter(|&i| is_place(&expansion[i + 1..]))
            .find_map(|i| doc.entry_named(&expansion[..i], LexKind::Level)?.info.level)
        else {
            return;
        };
        Some(Cow::Borrowed(level.as_str()))
    };
    emit(found, range, expansion.into(), level, None);
}

fn emit<'a>(
    found: &mut Found<'a>,
    range: Range<usize>,
    canonical: Cow<'a, str>,
    level: Option<Cow<'a, str>>,
    became: Option<&'a str>,
) {
    let i = found.push(Kind::Location, range);
    let canonical = found.text(canonical);
    let level = level.map(|l| found.text(l));
    let became = became.map(|b| found.text(b));
    let s = found.attrs(i);
    s.canonical = Some(canonical);
    s.level = level;
    s.became = became;
}

/// Is a person read over the words right after a level word, which the place takes
/// instead (`xã Cao Ngọc` is a commune, not Mr Cao Ngọc)? The resolver drops the person
/// ([`Recognizer::overrides`]).
fn person_after_level(found: &Found<'_>, place: &Range<usize>) -> bool {
    found
        .at(place.start, Kind::Person)
        .is_some_and(|s| s.end <= place.end)
}

/// Does a person, an abbreviation or a date cover the start of `range`?
fn inside_taken(found: &Found<'_>, range: &Range<usize>) -> bool {
    const TAKEN: KindSet = KindSet::of(&[Kind::Person, Kind::Abbreviation, Kind::Date]);
    found.covering(range.start, TAKEN).next().is_some()
}

/// Could this one-word name be a Vietnamese syllable, hence a common word or a given name
/// (`Anh`, `Đức`, `Úc`)? `Australia`, `Cuba` and `Iran` cannot.
fn may_be_a_word(doc: &Doc<'_>, name: Range<usize>) -> bool {
    doc.spells(name, LexKind::Syllable)
}

/// Is the name alone in brackets: `Viện Công nghệ Massachusetts (Mỹ)`?
fn in_brackets(text: &str, range: Range<usize>) -> bool {
    text[..range.start].ends_with('(') && text[range.end..].starts_with(')')
}

/// Is a country named right after an office (`Tổng thống Pháp`, `Ngoại trưởng Mỹ`)? A
/// person read there (`Bộ trưởng Đức` for Mr Đức) keeps it: places skip what persons took.
fn after_office(doc: &Doc<'_>, start: usize, entry: &LexEntry) -> bool {
    entry.info.level == Some(Level::QuocGia) && doc.phrase_before(start, LexKind::Role, 3)
}

fn after_honorific(doc: &Doc<'_>, start: usize) -> bool {
    doc.prev_word(start)
        .is_some_and(|w| doc.word_is(w.start, LexKind::Honorific))
}

/// Is the word at `range` mid-sentence, with no capitalised word right before or after it?
/// A capitalised word that is never a name (`Cả`, `Ở`, `Tại` opening a sentence) does not
/// count: `Cả Nga, Israel ...`.
fn stands_alone(doc: &Doc<'_>, range: Range<usize>) -> bool {
    let text = doc.str();
    let before = text[..range.start].trim_end_matches(' ');
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '"', '(']);
    let capital_before = doc.word_ending_at(before.len()).is_some_and(|w| {
        before.len() + 1 == range.start
            && doc.capitalized(w.start)
            && !doc.word_is(w.start, LexKind::NotName)
    });
    let capital_after = doc
        .next_word(range.end)
        .is_some_and(|w| doc.capitalized(w.start));
    !sentence_start && !capital_before && !capital_after
}

/// The level word written right before `start`, with its canonical level.
fn level_before(doc: &Doc<'_>, start: usize) -> Option<(Range<usize>, Level)> {
    let text = doc.str();
    // `TP.HCM`, `H.Nghĩa Hành`: a dotted level glued to the name.
    let glued = text[..start]
        .ends_with('.')
        .then(|| doc.word_ending_at(start - 1))
        .flatten();
    // `TP. Hà Giang`, `H. Đồng Văn`: a dotted level, then a space.
    let dotted = text[..start]
        .ends_with(". ")
        .then(|| doc.word_ending_at(start - 2))
        .flatten();
    let w1 = doc.prev_word(start).or(glued).or(dotted)?;
    let mut starts = vec![w1.start];
    if let Some(w2) = doc.prev_word(w1.start) {
        starts.insert(0, w2.start);
    }
    starts.into_iter().find_map(|s| {
        let (r, e) = level_word_at(doc, s)?;
        let level = e.info.level?;
        (r.end + 1 == start || r.end == start).then_some((r, level))
    })
}
