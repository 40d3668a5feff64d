//! People: capitalised names led by a known surname, or standing where a name must stand
//! (after a rank, an honorific or an office, in a byline); with their ranks, honorifics
//! and the titles they hold.

use std::collections::HashMap;
use std::ops::Range;

use super::common::words::{
    is_all_caps, is_capitalized, next_word, prev_word, title_case, word_at, word_ending_at,
};
use super::common::{Doc, Found, Hit, HitKinds, KindSet, Recognizer, Target};
use crate::dict::{LexEntry, LexKind};
use crate::span::{Kind, RelationKind};

mod byline;
mod context;
mod cues;
mod names;
mod same_as;

use context::is_province_or_country;
use cues::{inside_place, is_sexagenary, number_before, type_word_before};

/// People, with their ranks, honorifics and the titles they hold; `same_as` between the
/// mentions of one person.
pub(crate) struct People;

impl Recognizer for People {
    fn name(&self) -> &'static str {
        "people"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::lex(LexKind::Rank).and(HitKinds::lex(LexKind::Surname))
    }
    fn reads(&self) -> &'static [Kind] {
        &[
            Kind::Organization,
            Kind::Title,
            Kind::Abbreviation,
            Kind::LongForm,
            Kind::Date,
            Kind::Number,
        ]
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        &[(Kind::Person, 5), (Kind::Rank, 5), (Kind::Honorific, 5)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
        recognize(doc, hits, found);
    }
}

/// What earlier recognizers found that no name starts inside.
const CLAIMED: KindSet = KindSet::of(&[
    Kind::Organization,
    Kind::Title,
    Kind::Abbreviation,
    Kind::LongForm,
    Kind::Date,
    Kind::Number,
]);

/// Most words in a name after its first: `Tôn Nữ Thị Hồng Nhung` has four.
const MAX_NAME_WORDS: usize = 4;

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let text = doc.str();
    // Ranks: always spans; they also make the next capitalised words a name.
    let mut rank_before: HashMap<usize, usize> = HashMap::new();
    for hit in hits {
        let Target::Lex {
            entry,
            kind: LexKind::Rank,
        } = hit.target
        else {
            continue;
        };
        let e = doc.entry(entry);
        if !is_capitalized(&text[hit.start..hit.end]) {
            continue;
        }
        let i = found.push(Kind::Rank, hit.start..hit.end);
        found.attrs(i).canonical = Some(e.canonical.as_str().into());
        if let Some(w) = next_word(text, hit.end) {
            rank_before.insert(w.start, i);
        }
    }

    // What earlier recognizers claimed: a name does not start inside them. The ranks
    // above are not indexed while this recognizer runs, so they claim nothing.
    let is_claimed = |pos: usize| found.covering(pos, CLAIMED).next().is_some();
    let title_ending_at = |end: usize| found.ending(end, Kind::Title).map(|s| s.id);
    let byline = byline_start(doc);
    let mut people: Vec<(Range<usize>, Option<usize>)> = Vec::new();
    let mut covered = 0;
    let try_at = |start: usize,
                  known_surname: bool,
                  people: &mut Vec<(Range<usize>, Option<usize>)>,
                  covered: &mut usize| {
        if start < *covered || is_claimed(start) {
            return;
        }
        let positional = rank_before.get(&start).copied();
        // `Bộ trưởng Ngoại giao Mỹ Antony Blinken`: the office's country stands between.
        let after_title = title_ending_at(start.wrapping_sub(1)).is_some()
            || country_after_title(doc, start)
                .is_some_and(|c| title_ending_at(c.wrapping_sub(1)).is_some());
        let after_honorific = honorific_before(doc, start).is_some();
        let in_byline = byline == Some(start);
        let placed = positional.is_some() || after_title || after_honorific || in_byline;
        // A name in capitals stands in a byline or after a rank, honorific or office;
        // elsewhere capitals are headings (`CHẾ ĐỘ`, `THẨM QUYỀN`).
        let caps = word_at(text, start).is_some_and(|w| is_all_caps(&text[w]));
        if !placed && (!known_surname || caps) {
            return;
        }
        // `xã Thạch Đài`, `đường Lý Thái Tổ`, `Bồ Đào Nha`: a name of something else.
        if !placed
            && (type_word_before(doc, start)
                || inside_place(doc, start)
                || number_before(text, start))
        {
            // Nor does a name start inside it (`đường Lê Văn Lương`: not `Văn Lương`).
            if let Some(name) = name_run(doc, start, known_surname) {
                *covered = name.end;
            }
            return;
        }
        // A country or province opens no name: the name after it is tried on its own.
        if !known_surname
            && doc
                .hits_at(start)
                .iter()
                .any(|h| is_province_or_country(doc, h))
        {
            return;
        }
        let Some(name) = name_run(doc, start, known_surname) else {
            return;
        };
        if is_sexagenary(doc, &name) {
            return;
        }
        // A known place standing where a name might (`Đại sứ Hoa Kỳ`) is a place.
        let is_place = doc.has_hit_to(start, name.end, LexKind::Place);
        // In a byline or after a form of address or a rank a name is meant, even one that a
        // commune shares (`Tin, ảnh: MINH ĐỨC`).
        if is_place && !known_surname && !in_byline && !after_honorific && positional.is_none() {
            return;
        }
        let words = text[name.clone()].split(' ').count();
        if words < 2 && !(positional.is_some() || after_honorific) {
            return;
        }
        *covered = name.end;
        people.push((name, positional));
    };
    for hit in hits {
        if matches!(
            hit.target,
            Target::Lex {
                kind: LexKind::Surname,
                ..
            }
        ) {
            try_at(hit.start, true, &mut people, &mut covered);
        }
    }
    // Names without a known surname where a name must stand.
    let mut starts: Vec<usize> = rank_before.keys().copied().collect();
    let title_ends = || found.of(Kind::Title).map(|t| t.end);
    starts.extend(title_ends().map(|e| e + 1));
    starts.extend(title_ends().filter_map(|e| {
        let country = doc
            .hits_at(e + 1)
            .iter()
            .filter(|h| is_province_or_country(doc, h))
            .map(|h| h.end)
            .max()?;
        Some(country + 1)
    }));
    starts.extend(byline);
    starts.sort_unstable();
    let known: std::collections::HashSet<usize> = people.iter().map(|(r, _)| r.start).collect();
    for s in starts {
        if word_at(text, s).is_some_and(|w| is_capitalized(&text[w])) && !known.contains(&s) {
            let mut c = 0;
            try_at(s, false, &mut people, &mut c);
        }
    }
    people.sort_by_key(|(r, _)| r.start);
    people.dedup_by_key(|(r, _)| r.start);
    names::by_context(doc, &is_claimed, &mut people);

    let mut persons = Vec::with_capacity(people.len());
    for (name, rank) in people {
        let p = found.push(Kind::Person, name.clone());
        persons.push(p);
        found.attrs(p).canonical = Some(title_case(&text[name.clone()]));
        if let Some(r) = rank {
            found.link(RelationKind::HasRank, p, r);
        }
        let mut before = name.start;
        if let Some((range, e)) = honorific_before(doc, name.start) {
            before = range.start;
            let h = found.push(Kind::Honorific, range);
            found.attrs(h).canonical = Some(e.canonical.as_str().into());
        }
        // Office before the name: `Phó Chủ tịch UBND tỉnh Trần Đức Quý`, also with a form
        // of address between (`Chủ tịch UBND xã ông Lò Văn A`).
        for at in [name.start, before] {
            if let Some(t) = found.ending(at.wrapping_sub(1), Kind::Title) {
                found.link(RelationKind::HasTitle, p, t.id);
            }
        }
        // Offices after the name, each after a comma, a dash or a bracket (`former` words
        // left out), up to a `;` or the next name.
        let mut pos = name.end;
        while let Some(at) = title_after(doc, pos) {
            let Some(t) = found.at(at, Kind::Title) else {
                break;
            };
            let (t, end) = (t.id, t.end);
            found.link(RelationKind::HasTitle, p, t);
            pos = end;
        }
    }
    same_as::link(doc, found, &persons);
}

/// The capitalised words of a name starting at `start`.
fn name_run(doc: &Doc<'_>, start: usize, known_surname: bool) -> Option<Range<usize>> {
    let text = doc.str();
    let first = word_at(text, start)?;
    let first_word = &text[first.clone()];
    if !is_capitalized(first_word) || first_word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if !known_surname
        && doc
            .lookup_at(start, LexKind::NotName)
            .is_some_and(|(r, _)| r.end == first.end)
    {
        return None;
    }
    // `Ông Tôn Thất Bách`: a form of address that is also a surname starts no name.
    if known_surname
        && (doc
            .lookup_at(start, LexKind::Honorific)
            .is_some_and(|(r, _)| r.end == first.end)
            || doc
                .lookup_at(start, LexKind::NotName)
                .is_some_and(|(r, _)| r.end == first.end))
    {
        return None;
    }
    let caps = is_all_caps(first_word);
    let mut end = first.end;
    let mut n = 0;
    while n < MAX_NAME_WORDS {
        let Some(w) = next_word(text, end) else { break };
        let word = &text[w.clone()];
        // A name's words share its case: `BIỆN LUÂN` or `Trần Đức Quý`, not `BIỆN Luân`.
        if !is_capitalized(word)
            || is_all_caps(word) != caps
            || word.chars().any(|c| c.is_ascii_digit())
        {
            break;
        }
        // A word glued to a code is no name's (`Covid-19`, `Su-30`).
        let glued = text[w.end..].starts_with(['-', '/'])
            && text[w.end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if glued {
            break;
        }
        // A word that starts an office, a body or a rank ends the name.
        // But a one-word level or body head that ends the run is a given name (`Trần Đức
        // Huyện`, `Lê Quang Trường`): nothing capitalised follows to complete it.
        let last = next_word(text, w.end).is_none_or(|n| !is_capitalized(&text[n]));
        let stops = doc.hits_at(w.start).iter().any(|h| match h.target {
            Target::Lex {
                kind: LexKind::Level | LexKind::OrgHead,
                ..
            } if last && h.end == w.end => false,
            Target::Lex { kind, .. } => !matches!(kind, LexKind::Surname | LexKind::Place),
            Target::Abbrev { .. } => true,
            Target::LongForm { .. } => true,
        });
        if stops {
            break;
        }
        end = w.end;
        n += 1;
    }
    if known_surname && n == 0 {
        return None;
    }
    let name = &text[start..end];
    // A name holds no function words (`not_in_name`): written in capitals, such a run is
    // a heading.
    if doc.holds_word(start..end, LexKind::NotInName) {
        return None;
    }
    // Capitals next to capitals are a heading too (`CHƯƠNG II QUYỀN HẠN`), not a byline.
    if caps
        && (n == MAX_NAME_WORDS
            || prev_word(text, start).is_some_and(|w| is_all_caps(&text[w]))
            || next_word(text, end).is_some_and(|w| is_all_caps(&text[w])))
    {
        return None;
    }
    // `Hạng C`: a word and a single letter is a label; `Nguyễn Văn A` has three words.
    if n == 1
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().count() == 1)
    {
        return None;
    }
    Some(start..end)
}

/// An honorific (`đồng chí`, `ông`) written directly before `start`.
pub(crate) fn honorific_before<'a>(
    doc: &Doc<'a>,
    start: usize,
) -> Option<(Range<usize>, &'a LexEntry)> {
    let text = doc.str();
    // `GS. Per Solberg`, `TS. Lê Văn A`: an abbreviated title keeps its dot.
    let dotted = || {
        text[..start]
            .strip_suffix(". ")
            .and_then(|t| word_ending_at(text, t.len()))
    };
    let w1 = prev_word(text, start).or_else(dotted)?;
    // Two words back first (`đồng chí`), then one (`ông`); no allocation per candidate.
    let w2 = prev_word(text, w1.start).map(|w| w.start);
    [w2, Some(w1.start)].into_iter().flatten().find_map(|s| {
        doc.lookup_at(s, LexKind::Honorific).filter(|(r, _)| {
            r.end + 1 == start || (r.end + 2 == start && text.as_bytes()[r.end] == b'.')
        })
    })
}

/// Where the name in a byline at the end of the text starts: after the last phrase of the
/// `byline` list (`Tin, ảnh:`) in the last 120 bytes.
fn byline_start(doc: &Doc<'_>) -> Option<usize> {
    let table = doc.table();
    let from = doc.str().len().saturating_sub(120);
    let first = table.start.partition_point(|&s| (s as usize) < from);
    (first..table.len())
        .filter(|&row| doc.starts(row, LexKind::Byline))
        .filter_map(|row| doc.entry_at(row, LexKind::Byline).map(|(r, _)| r.end))
        .max()
        .map(|p| {
            let t = doc.str();
            p + t[p..].len() - t[p..].trim_start().len()
        })
}

/// Where the province or country written right before `start` begins, if one is
/// (`Mỹ` in `Ngoại giao Mỹ Antony Blinken`).
fn country_after_title(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let text = doc.str();
    let mut from = start;
    for _ in 0..3 {
        from = prev_word(text, from)?.start;
        if doc
            .hits_at(from)
            .iter()
            .any(|h| h.end + 1 == start && is_province_or_country(doc, h))
        {
            return Some(from);
        }
    }
    None
}

/// Where an office in apposition after `pos` would start: after `, `, ` - `, ` – ` or ` (`,
/// and after `nguyên` or `cựu` (former), which stay outside the office.
fn title_after(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let lower = doc.lower();
    let rest = &lower[pos..];
    let sep = [", ", " - ", " – ", " ("]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let at = pos + sep.len();
    Some(
        ["nguyên ", "cựu "]
            .iter()
            .find(|f| lower[at..].starts_with(**f))
            .map_or(at, |f| at + f.len()),
    )
}
