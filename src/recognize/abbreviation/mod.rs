//! Abbreviations, their expansions in context, long forms, and definitions in the text.

mod definitions;

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::HashMap;
use std::ops::Range;

use definitions::find_definitions;

use super::common::{Doc, Found, Hit, HitKinds, Recognizer, Syms, Target};
use crate::dict::{Domain, Entity, LexKind};
use crate::normalize::is_word_char;
use crate::normalize::table::{self, flag, is_letter};
use crate::normalize::writing::{Accents, Case};
use crate::span::{Kind, Source};

/// Abbreviations with their expansions, long forms, and definitions in the text.
pub(crate) struct Abbreviations;

impl Recognizer for Abbreviations {
    fn name(&self) -> &'static str {
        "abbreviations"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::ABBREVIATIONS.and(HitKinds::LONG_FORMS)
    }
    fn looks_at(&self) -> HitKinds {
        // An office before an abbreviation in capitals, a level word or place after it, a
        // place after an ambiguous one (`TP Hà Giang`).
        HitKinds::lex(LexKind::Role)
            .and(HitKinds::lex(LexKind::Level))
            .and(HitKinds::lex(LexKind::Place))
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        &[(Kind::Abbreviation, 9), (Kind::LongForm, 6)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
        recognize(doc, hits, found);
    }
}

/// How far around an abbreviation cue words are looked for, in bytes of normalized text.
const CUE_WINDOW: usize = 60;

/// An expansion the document itself gives: `Mặt trận Tổ quốc (MTTQ)`.
struct Definition<'a> {
    abbreviation: &'a str,
    expansion: &'a str,
}

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let definitions = find_definitions(doc, found);
    // The definitions' spans, and only those, are what the queries below see: nothing
    // is indexed again while this recognizer runs.
    found.index();
    let (chosen, decided) = choose_senses(doc, hits, found);
    let party = party_news(doc, hits);
    for (range, group, pick) in chosen {
        let pick = pick.map(|p| (p, true)).unwrap_or_else(|| {
            // Undecided: the reading cues chose elsewhere in the document, else in party
            // news the party sense, else the default.
            decided
                .get(&group)
                .and_then(|d| d.iter().max_by_key(|(p, n)| (**n, Reverse(**p))))
                .map(|(&p, _)| p)
                .or_else(|| party.then(|| party_sense(doc, group)).flatten())
                .map_or((0, false), |p| (p, true))
        });
        push_abbreviation(doc, found, &definitions, range, group, pick);
    }
    long_forms(doc, hits, found);
    defined_uses(doc, found, &definitions);
}

/// How many abbreviations and long forms of the Party's own vocabulary (`BCH`, `Ban
/// Thường vụ`, `đảng viên`) make a document party news.
const PARTY_NEWS: usize = 2;

/// Is the document party news: does it name at least [`PARTY_NEWS`] things that only the
/// Party's vocabulary has (abbreviations of one sense and long forms, of the party
/// domain)?
fn party_news(doc: &Doc<'_>, hits: &[Hit]) -> bool {
    let party = |sense: u32| doc.sense(sense).domain == Domain::Party;
    hits.iter()
        .filter(|h| match h.target {
            Target::Abbrev { group, .. } => {
                let senses = &doc.group(group).senses;
                senses.len() == 1 && party(senses[0])
            }
            Target::LongForm { sense } => party(sense),
            Target::Lex { .. } => false,
        })
        .nth(PARTY_NEWS - 1)
        .is_some()
}

/// The party sense of an ambiguous abbreviation (`TBT` as Tổng Bí thư, `HH` as Huy
/// hiệu), by index into its senses.
fn party_sense(doc: &Doc<'_>, group: u32) -> Option<usize> {
    doc.group(group)
        .senses
        .iter()
        .position(|&s| doc.sense(s).domain == Domain::Party)
}

/// An abbreviation hit with its group and the sense chosen for it, if context chose one.
type Chosen = (Range<usize>, u32, Option<usize>);

/// Senses chosen by context, per group: how often each was chosen.
type Decided = HashMap<u32, HashMap<usize, usize>>;

/// Chooses a sense for each abbreviation hit (the longest at a place, none inside a
/// definition), and counts what context decided per abbreviation.
fn choose_senses(doc: &Doc<'_>, hits: &[Hit], found: &Found<'_>) -> (Vec<Chosen>, Decided) {
    let mut chosen = Vec::new();
    let mut decided: Decided = HashMap::new();
    let mut covered = 0;
    for hit in hits {
        let Target::Abbrev { group, .. } = hit.target else {
            continue;
        };
        if hit.start < covered {
            continue;
        }
        // A definition's abbreviation (`KT-XH (kinh tế - xã hội)`) covers the hits inside
        // it (`XH`) as a hit of its own would.
        if let Some(defined) = found.at(hit.start, Kind::Abbreviation) {
            covered = defined.end;
            continue;
        }
        if !read_as_abbreviation(doc, hit) {
            continue;
        }
        covered = hit.end;
        let senses = &doc.group(group).senses;
        let pick = if senses.len() > 1 {
            place_sense(doc, hit.end, senses)
                .or_else(|| pick_by_cues(doc, hit.start..hit.end, senses))
        } else {
            Some(0)
        };
        if let (Some(p), true) = (pick, senses.len() > 1) {
            *decided.entry(group).or_default().entry(p).or_default() += 1;
        }
        chosen.push((hit.start..hit.end, group, pick));
    }
    (chosen, decided)
}

/// Adds the abbreviation of `group` over `range`, read in sense `p` (`from_cue`: context
/// chose it), or as the document defines it.
fn push_abbreviation<'a>(
    doc: &Doc<'a>,
    found: &mut Found<'a>,
    definitions: &[Definition<'a>],
    range: Range<usize>,
    group: u32,
    (p, from_cue): (usize, bool),
) {
    let g = doc.group(group);
    let i = found.push(Kind::Abbreviation, range);
    let canonical = found.text(g.canonical.as_str());
    if let Some(def) = definitions.iter().find(|d| d.abbreviation == g.canonical) {
        let expansion = found.text(def.expansion);
        let span = found.attrs(i);
        span.canonical = Some(canonical);
        span.expansion = Some(expansion);
        span.source = Some(Source::Document);
        span.entity = Some(doc.sense(g.senses[0]).entity);
        return;
    }
    let sense = doc.sense(g.senses[p]);
    let expansion = found.text(sense.expansion.as_str());
    let alternatives = if !from_cue && g.senses.len() > 1 {
        found.texts(
            (g.senses.iter().skip(1)).map(|&s| Cow::Borrowed(doc.sense(s).expansion.as_str())),
        )
    } else {
        Syms::default()
    };
    let span = found.attrs(i);
    span.canonical = Some(canonical);
    span.expansion = Some(expansion);
    span.entity = Some(sense.entity);
    span.source = Some(Source::Dictionary);
    span.alternatives = alternatives;
}

/// Long forms: the longest at each place; one inside another is not repeated.
fn long_forms<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let mut covered = 0;
    for hit in hits {
        let Target::LongForm { sense } = hit.target else {
            continue;
        };
        if hit.start < covered || found.at(hit.start, Kind::LongForm).is_some() {
            continue;
        }
        covered = hit.end;
        let abbreviation = found.text(doc.sense(sense).abbreviation.as_str());
        let i = found.push(Kind::LongForm, hit.start..hit.end);
        found.attrs(i).abbreviation = Some(abbreviation);
    }
}

/// Abbreviations that only the document defines: their later uses start a capitalised
/// word of the syllable table, found by that word in one walk however many there are.
fn defined_uses<'a>(doc: &Doc<'a>, found: &mut Found<'a>, definitions: &[Definition<'a>]) {
    let text = doc.str();
    let mut by_first: HashMap<&str, Vec<&Definition>> = HashMap::new();
    for d in definitions
        .iter()
        .filter(|d| doc.group_named(d.abbreviation).is_none())
    {
        let a = d.abbreviation;
        let first = &a[..a.find(|c: char| !is_letter(c)).unwrap_or(a.len())];
        by_first.entry(first).or_default().push(d);
    }
    if by_first.is_empty() {
        return;
    }
    for defs in by_first.values_mut() {
        defs.sort_by_key(|d| Reverse(d.abbreviation.len()));
    }
    // A first word of two letters or more, all capitals, counts only where its row is all
    // capitals, any other where its row is capitalised: as the shape of the word itself
    // says, since the row is that word.
    let shape = if by_first.keys().all(|f| f.chars().count() > 1) {
        flag::ALL_CAPS
    } else {
        flag::CAPITALISED
    };
    let firsts: Vec<&str> = (by_first.keys().copied())
        .filter(|f| table::shape(f) & shape != 0)
        .collect();
    let mut covered = 0;
    for start in doc.occurrences(&firsts) {
        let Some(r) = doc.token_at(start).filter(|_| start >= covered) else {
            continue;
        };
        let Some(def) = by_first.get(&text[r.clone()]).and_then(|defs| {
            defs.iter()
                .find(|d| text[r.start..].starts_with(d.abbreviation))
        }) else {
            continue;
        };
        let (at, end) = (r.start, r.start + def.abbreviation.len());
        covered = end;
        let bounded = !text[..at].chars().next_back().is_some_and(is_word_char)
            && !text[end..].chars().next().is_some_and(is_word_char);
        if !bounded || found.at(at, Kind::Abbreviation).is_some() {
            continue;
        }
        let i = found.push(Kind::Abbreviation, at..end);
        let (canonical, expansion) = (found.text(def.abbreviation), found.text(def.expansion));
        let span = found.attrs(i);
        span.canonical = Some(canonical);
        span.expansion = Some(expansion);
        span.entity = Some(Entity::Other);
        span.source = Some(Source::Document);
    }
}

/// Is the abbreviation written at `hit` one here? In capitals a short abbreviation that
/// is also a syllable (`TU`, `CA`, `TƯ`, `ĐA`) is that syllable (`TU BỔ`, `TƯ TƯỞNG`,
/// `ĐA KHOA`) unless its neighbours make it an abbreviation: a level word, a place or
/// another abbreviation after it (`CA TỈNH`), an abbreviation or an office before it
/// (`BTV TU`, `BÍ THƯ TU`), or a code it is glued into (`28-CQ/TW`), and not inside a
/// long form that starts a word before it (`SỞ TƯ PHÁP`). `Q.` (quyền) is one
/// only before an office (`Q. CHỦ TỊCH` in a signature block): elsewhere it is the level
/// quận, which the places read.
fn read_as_abbreviation(doc: &Doc<'_>, hit: &Hit) -> bool {
    let text = doc.str();
    if &text[hit.start..hit.end] == "Q." {
        return doc
            .next_word(hit.end)
            .is_some_and(|w| doc.has_hit(w.start, LexKind::Role));
    }
    // Outside capitals the letters decide, without reading the syllable table.
    if !upper_at(doc, hit.start) {
        return true;
    }
    // Only a hit that is one token, a syllable, may be a word instead: as written, or
    // folded in a segment without marks (known per written form of the abbreviation).
    let Target::Abbrev { group, form } = hit.target else {
        return true;
    };
    let folded = doc
        .part_at(hit.start)
        .is_some_and(|p| p.accents == Accents::Unaccented);
    let one_syllable = doc.group(group).form_is_syllable(form, folded)
        && doc.token_at(hit.start).is_some_and(|t| t.end == hit.end);
    if !one_syllable {
        return true;
    }
    // `SỞ TƯ PHÁP`: inside a written-out phrase that starts a word before, it is a word
    // of that phrase.
    let inside_phrase = doc.prev_word(hit.start).is_some_and(|w| {
        doc.hits_at(w.start)
            .iter()
            .any(|h| matches!(h.target, Target::LongForm { .. }) && h.end > hit.end)
    });
    if inside_phrase {
        return false;
    }
    let joins = |c: Option<char>| c.is_some_and(|c| matches!(c, '-' | '/' | '.'));
    if joins(text[..hit.start].chars().next_back()) || joins(text[hit.end..].chars().next()) {
        return true;
    }
    let after = doc.next_word(hit.end).is_some_and(|w| {
        let k = doc.hit_kinds(w.start);
        k.has_lex(LexKind::Level) || k.has_lex(LexKind::Place) || k.has(HitKinds::ABBREVIATIONS)
    });
    let before = doc
        .prev_word(hit.start)
        .is_some_and(|w| doc.hit_kinds(w.start).has(HitKinds::ABBREVIATIONS))
        || office_before(doc, hit.start);
    after || before
}

/// Does an office (a hit of the matcher) end one space before `start`, starting at most
/// three words back (`BÍ THƯ TU`, `PHÓ CHỦ TỊCH UBND`)?
fn office_before(doc: &Doc<'_>, start: usize) -> bool {
    let mut at = start;
    for _ in 0..3 {
        let Some(w) = doc.prev_word(at) else {
            return false;
        };
        if doc.has_hit_to(w.start, start - 1, LexKind::Role) {
            return true;
        }
        at = w.start;
    }
    false
}

/// Is byte `pos` in a segment in capitals or a headline (what [`Doc::upper`] says of the
/// row there)?
fn upper_at(doc: &Doc<'_>, pos: usize) -> bool {
    doc.part_at(pos)
        .is_some_and(|p| matches!(p.case, Case::Upper | Case::Title))
}

/// Before a place name an ambiguous abbreviation is read in its place sense: `TT Vị
/// Xuyên` is a thị trấn, `TP Hà Giang` a thành phố. (A place's hit starts a word: the
/// word after one space is its first character.)
fn place_sense(doc: &Doc<'_>, end: usize, senses: &[u32]) -> Option<usize> {
    let text = doc.str();
    let spaced = text.as_bytes().get(end) == Some(&b' ')
        && text[end + 1..].chars().next().is_some_and(is_word_char);
    if !spaced || !doc.has_hit(end + 1, LexKind::Place) {
        return None;
    }
    senses
        .iter()
        .position(|&s| doc.sense(s).entity == Entity::Location)
}

/// The sense whose cue words occur near `range`, by index into `senses`.
fn pick_by_cues(doc: &Doc<'_>, range: Range<usize>, senses: &[u32]) -> Option<usize> {
    let lower = doc.lower();
    let mut from = range.start.saturating_sub(CUE_WINDOW);
    while !lower.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (range.end + CUE_WINDOW).min(lower.len());
    while !lower.is_char_boundary(to) {
        to += 1;
    }
    let window = &lower[from..to];
    // A cue written right before the abbreviation names what it stands for there: `Công ty
    // CP` is a company's cổ phần, `Văn phòng CP` the Chính phủ's office, whatever else the
    // sentence says.
    if let Some(p) = cue_right_before(doc, &lower[from..range.start], senses) {
        return Some(p);
    }
    let mut best: Option<(usize, usize)> = None;
    for (p, &s) in senses.iter().enumerate() {
        let score = doc
            .sense(s)
            .cues
            .iter()
            .filter(|c| contains_word(window, c))
            .count();
        if score > 0 && best.is_none_or(|(_, b)| score > b) {
            best = Some((p, score));
        }
    }
    best.map(|(p, _)| p)
}

/// The one sense of `senses` with a cue that ends one space before the end of `before`
/// (lower case), at a word's start.
fn cue_right_before(doc: &Doc<'_>, before: &str, senses: &[u32]) -> Option<usize> {
    let before = before.strip_suffix(' ')?;
    let ends_with_cue = |cue: &str| {
        before
            .strip_suffix(cue)
            .is_some_and(|head| !head.chars().next_back().is_some_and(is_word_char))
    };
    let mut with_cue = senses
        .iter()
        .enumerate()
        .filter(|&(_, &s)| doc.sense(s).cues.iter().any(|c| ends_with_cue(c)))
        .map(|(p, _)| p);
    let first = with_cue.next()?;
    with_cue.next().is_none().then_some(first)
}

fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        !hay[..i].chars().next_back().is_some_and(is_word_char)
            && !hay[i + needle.len()..]
                .chars()
                .next()
                .is_some_and(is_word_char)
    })
}
