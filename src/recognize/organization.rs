//! Organizations: complete names (`Tỉnh ủy`, `Bộ Công an`), heads with their complement
//! (`UBND tỉnh`, `Công an xã`, `BTV Tỉnh ủy`), and abbreviations that name a body (`MTTQ`).

use std::ops::Range;

use super::words::{is_capitalized, next_word, word_at};
use super::{Doc, Found};
use crate::dict::LexKind;
use crate::matcher::Target;
use crate::span::Kind;

/// Longest place name taken after a level word when the dictionary does not know it.
const MAX_PLACE_WORDS: usize = 4;

/// What an organization head needs after it.
#[derive(Debug, Clone, Copy, Default)]
struct Needs {
    level: bool,
    committee: bool,
    name: bool,
}

fn needs_of(complement: Option<&str>) -> Needs {
    let c = complement.unwrap_or("level");
    Needs {
        level: c.contains("level"),
        committee: c.contains("committee"),
        name: c.contains("name"),
    }
}

/// How deep one organization's name may hold another (`Cơ quan CSĐT Công an huyện`).
const MAX_CHAIN: usize = 3;

/// Starts of abbreviations read in their organization sense.
/// For each, the complement its expansion needs when that expansion is itself a head
/// (`TT` read as `Trung tâm` needs a name: `TT Y tế huyện`).
struct OrgAbbreviations(Vec<(usize, Option<Needs>)>);

impl OrgAbbreviations {
    fn get(&self, start: usize) -> Option<Option<Needs>> {
        self.0
            .binary_search_by_key(&start, |&(s, _)| s)
            .ok()
            .map(|i| self.0[i].1)
    }
    fn contains(&self, start: usize) -> bool {
        self.get(start).is_some()
    }
}

pub(crate) fn recognize(doc: &Doc<'_>, found: &mut Found) {
    let text = doc.str();
    let head_needs = |key: &str| {
        doc.matcher
            .lookup(&key.to_lowercase())
            .find(|e| e.kind == LexKind::OrgHead)
            .map(|e| needs_of(e.get("complement")))
    };
    let mut starts: Vec<(usize, Option<Needs>)> = found
        .of(Kind::Abbreviation)
        .filter(|(_, s)| s.entity.as_deref() == Some("organization"))
        .map(|(_, s)| {
            let needs = s
                .canonical
                .as_deref()
                .and_then(head_needs)
                .or_else(|| s.expansion.as_deref().and_then(head_needs));
            (s.start, needs)
        })
        .collect();
    starts.sort_unstable_by_key(|&(s, _)| s);
    let org_abbrevs = OrgAbbreviations(starts);
    let mut orgs: Vec<Range<usize>> = Vec::new();
    let mut place_end = 0;
    let mut i = 0;
    while i < doc.hits.len() {
        let start = doc.hits[i].start;
        let next = i + doc.hits[i..].partition_point(|h| h.start == start);
        // Only abbreviations and organization words start a body.
        let may_start = doc.hits[i..next].iter().any(|h| match h.target {
            Target::Lex { kind, .. } => {
                matches!(kind, LexKind::Org | LexKind::OrgHead | LexKind::Committee)
            }
            Target::Abbrev { .. } => true,
            Target::LongForm { .. } => false,
        });
        // A word inside a place's name starts no body: `Tây Ban Nha`.
        let in_place = start < place_end;
        for h in &doc.hits[i..next] {
            if matches!(
                h.target,
                Target::Lex {
                    kind: LexKind::Place,
                    ..
                }
            ) {
                place_end = place_end.max(h.end);
            }
        }
        // One organization per start: the longest.
        if !may_start || in_place {
            i = next;
            continue;
        }
        i = next;
        if let Some(end) = org_starting_at(doc, &org_abbrevs, start, 0) {
            orgs.push(start..end);
        }
    }
    if orgs.is_empty() {
        return;
    }
    let index = abbreviation_index(found);
    for range in orgs {
        let canonical = expand_abbreviations(found, &index, text, range.clone());
        let i = found.push(Kind::Organization, range);
        found.spans[i].canonical = Some(canonical);
    }
}

/// The end of the longest organization that starts at `pos`.
fn org_starting_at(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations,
    pos: usize,
    depth: usize,
) -> Option<usize> {
    let text = doc.str();
    doc.hits_at(pos)
        .iter()
        .filter(|hit| is_capitalized(&text[hit.start..hit.end]))
        .filter_map(|hit| match hit.target {
            Target::Lex { entry, .. } => {
                let e = &doc.matcher.entries[entry as usize];
                match e.kind {
                    LexKind::Org | LexKind::Committee => Some(extend_tail(doc, hit.end)),
                    LexKind::OrgHead => {
                        complement(doc, abbrevs, hit.end, needs_of(e.get("complement")), depth)
                    }
                    _ => None,
                }
            }
            Target::Abbrev { .. } => match abbrevs.get(hit.start)? {
                Some(needs) => complement(doc, abbrevs, hit.end, needs, depth),
                None => Some(extend_tail(doc, hit.end)),
            },
            Target::LongForm { .. } => None,
        })
        .max()
}

/// The abbreviations found so far, sorted by start, for expanding organization names.
pub(crate) fn abbreviation_index(found: &Found) -> Vec<(usize, usize, usize)> {
    let mut v: Vec<(usize, usize, usize)> = found
        .of(Kind::Abbreviation)
        .filter(|(_, s)| s.expansion.is_some())
        .map(|(i, s)| (s.start, s.end, i))
        .collect();
    v.sort_unstable();
    v
}

/// The text of `range` with every abbreviation found inside replaced by its expansion.
pub(crate) fn expand_abbreviations(
    found: &Found,
    index: &[(usize, usize, usize)],
    text: &str,
    range: Range<usize>,
) -> String {
    let from = index.partition_point(|&(s, _, _)| s < range.start);
    let mut out = String::with_capacity(range.len() + 32);
    let mut pos = range.start;
    for &(s, e, i) in &index[from..] {
        if s >= range.end {
            break;
        }
        if s < pos || e > range.end {
            continue;
        }
        out.push_str(&text[pos..s]);
        out.push_str(found.spans[i].expansion.as_deref().unwrap_or(&text[s..e]));
        pos = e;
        // `TP.Hà Nội` expands to `thành phố Hà Nội`: the dot that glued them goes.
        if e < range.end
            && text[e..].starts_with('.')
            && text[e + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            out.push(' ');
            pos += 1;
        }
    }
    out.push_str(&text[pos..range.end]);
    out
}

/// The end of the complement that a head ending at `end` needs, if it is there. A name
/// complement is capitalised words, or a whole organization (`Cơ quan CSĐT Công an huyện`).
fn complement(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations,
    end: usize,
    needs: Needs,
    depth: usize,
) -> Option<usize> {
    let start = end + 1;
    if needs.level {
        if let Some(e) = level_and_place(doc, end) {
            return Some(e);
        }
    }
    if needs.committee {
        if let Some(e) = committee(doc, start) {
            return Some(extend_tail(doc, e));
        }
    }
    if needs.name {
        let text = doc.str();
        // A head in capitals (`BÁO CHÍ`, `THANH TRA VÀ XỬ LÝ`) is a heading, not a name.
        let head = super::words::word_ending_at(text, end)
            .map(|w| &text[w])
            .unwrap_or_default();
        if super::words::is_all_caps(head) && !abbrevs.contains(end - head.len()) {
            return None;
        }
        let mut e = end;
        // Names are capitalised compounds: the word after a capitalised one may be lower
        // case (`Học viện Chính trị`, `Sở Tư pháp`), two lower-case words end the name. A
        // name in title case (`Báo Tuổi Trẻ`) ends at its first lower-case word.
        let mut lower_ok = false;
        let mut capitals = 0;
        while let Some(w) = next_word(text, e) {
            // A body inside the name is taken whole, and the name goes on after it:
            // `Phòng CSGT Công an tỉnh Quảng Ninh`.
            if depth < MAX_CHAIN {
                if let Some(inner) = org_starting_at(doc, abbrevs, w.start, depth + 1) {
                    e = inner;
                    lower_ok = false;
                    capitals = 0;
                    continue;
                }
            }
            // A name after the body is a person's: `Bí thư Chi bộ Sùng Mí Chá`. A surname
            // before a lower-case word is only a word of the name (`Viện Văn hóa`).
            let starts_person = doc.hits_at(w.start).iter().any(|h| {
                matches!(
                    h.target,
                    Target::Lex {
                        kind: LexKind::Surname,
                        ..
                    }
                )
            }) && next_word(text, w.end)
                .is_some_and(|n| is_capitalized(&text[n]));
            let word = &text[w.clone()];
            if starts_person {
                break;
            }
            // An abbreviation is taken whole: `Bộ NN&PTNT`, `Sở GD&ĐT`.
            let abbreviation = doc
                .hits_at(w.start)
                .iter()
                .filter(|h| matches!(h.target, Target::Abbrev { .. }))
                .map(|h| h.end)
                .max();
            if let Some(a) = abbreviation {
                e = a;
                lower_ok = false;
                continue;
            }
            // A place inside the name is taken whole: `Trường THCS Kỳ Sơn`.
            if let Some(p) = known_place_at(doc, w.start) {
                // A one-word place may be the first word of a compound: `Báo Pháp luật`.
                let one_word = !text[w.start..p].contains(' ');
                lower_ok = one_word && capitals == 0;
                capitals = usize::from(one_word);
                e = p;
                continue;
            }
            // `và` joins two capitalised parts of one name after a Vietnamese word:
            // `Bộ Thông tin và Truyền thông`, `Viện Văn hóa và Du lịch`.
            if word == "và"
                && super::syllable::is_syllable(
                    &text[super::words::word_ending_at(text, e).unwrap_or(e..e)],
                )
                && next_word(text, w.end).is_some_and(|n| {
                    is_capitalized(&text[n.clone()]) && super::syllable::is_syllable(&text[n])
                })
            {
                e = w.end;
                lower_ok = false;
                capitals = 0;
                continue;
            }
            // A unit's number: `Bệnh viện Quân y 175`, `Bộ Tư lệnh Vùng 3 Hải quân`.
            if e > end && is_unit_number(text, w.clone()) {
                e = w.end;
                lower_ok = false;
                continue;
            }
            if is_capitalized(word) {
                capitals += 1;
                // Only a Vietnamese word takes a lower-case one after it (`Sở Tư pháp`),
                // not a foreign one (`Công ty Digitime để`).
                lower_ok = capitals == 1 && super::syllable::is_syllable(word);
            } else if lower_ok
                && doc.hits_at(w.start).is_empty()
                && word.chars().all(char::is_lowercase)
                && !ENDS_A_NAME.contains(&word)
            {
                lower_ok = false;
                capitals = 0;
            } else {
                break;
            }
            e = w.end;
        }
        if e > end {
            return Some(extend_tail(doc, e));
        }
    }
    None
}

/// Lower-case words that never go on a name: they start what is said about the body
/// (`Viện Hán Nôm cho biết`, `Sở Nội vụ đã`).
const ENDS_A_NAME: [&str; 30] = [
    "và", "cho", "để", "của", "tại", "với", "ở", "đã", "đang", "sẽ", "là", "có", "được", "bị",
    "trong", "thuộc", "về", "từ", "khi", "này", "đó", "trên", "theo", "vừa", "mới", "cũng",
    "không", "nói", "dẫn", "chỉ",
];

/// A number of one to three digits that ends a name or goes on to its next capitalised
/// word: `Bệnh viện 108,`, `Vùng 3 Hải quân`; not a count (`Công ty X 2 năm`).
fn is_unit_number(text: &str, w: Range<usize>) -> bool {
    let word = &text[w.clone()];
    if word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match next_word(text, w.end) {
        Some(n) => is_capitalized(&text[n]),
        None => text[w.end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '/' && c != '-'),
    }
}

/// A committee (`Tỉnh ủy`) written at `pos`.
fn committee(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    if doc.str().as_bytes().get(pos.wrapping_sub(1)) != Some(&b' ') {
        return None;
    }
    doc.hits_at(pos)
        .iter()
        .filter(|h| {
            matches!(
                h.target,
                Target::Lex {
                    kind: LexKind::Committee | LexKind::Org,
                    ..
                }
            )
        })
        .map(|h| h.end)
        .max()
}

/// After `end`: a level word (`tỉnh`, `thành phố`, `TP.`) and maybe a place name, or a
/// known place name alone. Returns the end of what was taken.
pub(crate) fn level_and_place(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let text = doc.str();
    next_word(text, end)?;
    let pos = end + 1;
    if let Some((level, _)) = level_word_at(doc, pos) {
        let after = place_after(doc, level.end).unwrap_or(level.end);
        return Some(after);
    }
    // Without a level word only a place the dictionary knows completes the body.
    known_place_at(doc, pos)
}

/// A place name right after a level word that ends at `end`.
pub(crate) fn place_after(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let text = doc.str();
    // `TP.HCM`: the level's dot runs straight into the name.
    let pos = if text[..end].ends_with('.') && word_at(text, end).is_some() {
        end
    } else {
        next_word(text, end)?.start
    };
    place_at(doc, pos)
}

/// A place name starting at `pos`: a dictionary place, or capitalised words that do not
/// start a person's name.
fn place_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let text = doc.str();
    if let Some(end) = known_place_at(doc, pos) {
        return Some(place_suffix(text, end).unwrap_or(end));
    }
    // Former communes are not in the automaton: they are looked up after the level word,
    // and taken when no longer run of capitalised words is there (`xã Quế Trung`, not `Quế`).
    let looked = super::former::lookup_at(doc, pos)
        .filter(|(r, _)| is_capitalized(&text[r.clone()]))
        .map(|(r, _)| r.end);
    let run = capitalised_run(doc, pos);
    looked.max(run)
}

/// Capitalised words at `pos` that do not start a person's name or another dictionary word.
fn capitalised_run(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let text = doc.str();
    let hits = doc.hits_at(pos);
    let blocked = hits
        .iter()
        .any(|h| matches!(h.target, Target::Lex { kind, .. } if kind != LexKind::Place))
        || hits
            .iter()
            .any(|h| matches!(h.target, Target::Abbrev { .. }));
    let w = word_at(text, pos)?;
    if blocked
        || !is_capitalized(&text[w.clone()])
        || text[w.clone()].chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    // `H. M.`, `Q. H`: an initial after a dotted short form is a person's, not a place.
    if text[w.clone()].chars().count() == 1 && text[..pos].trim_end().ends_with('.') {
        return None;
    }
    let mut e = w.end;
    let mut n = 1;
    while n < MAX_PLACE_WORDS {
        match next_word(text, e) {
            // A surname that ends the name goes on it (`TP Tây An,`); one that starts more
            // capitalised words starts a person's name (`phường Trung Đô Nguyễn Xuân Huân`),
            // and any other dictionary word ends the place.
            Some(nw)
                if is_capitalized(&text[nw.clone()])
                    && doc.hits_at(nw.start).iter().all(|h| {
                        matches!(
                            h.target,
                            Target::Lex {
                                kind: LexKind::Surname,
                                ..
                            }
                        )
                    })
                    && (doc.hits_at(nw.start).is_empty()
                        || !next_word(text, nw.end).is_some_and(|w| is_capitalized(&text[w]))) =>
            {
                e = nw.end;
                n += 1;
            }
            _ => break,
        }
    }
    Some(place_suffix(text, e).unwrap_or(e))
}

/// A letter or a short number that ends a village's name: `ấp Tân Hòa B`, `thôn Xuân Tự 1`,
/// when punctuation or the end of the text follows it.
pub(crate) fn place_suffix(text: &str, end: usize) -> Option<usize> {
    let w = next_word(text, end)?;
    let word = &text[w.clone()];
    let letter = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    let number = word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit());
    let closed = text[w.end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | ')' | ';' | '.' | '\n'));
    ((letter || number) && closed).then_some(w.end)
}

/// A complete organization may carry its committee (`Ban Tuyên giáo Tỉnh ủy`), then its
/// level and place (`Tỉnh ủy Tuyên Quang`, `Sở Tư pháp tỉnh Hà Giang`).
fn extend_tail(doc: &Doc<'_>, end: usize) -> usize {
    let end = committee(doc, end + 1).unwrap_or(end);
    let text = doc.str();
    if next_word(text, end).is_none() {
        return end;
    }
    let pos = end + 1;
    if let Some((level, _)) = level_word_at(doc, pos) {
        return place_after(doc, level.end).unwrap_or(level.end);
    }
    known_place_at(doc, pos).unwrap_or(end)
}

/// A level word at `pos`. A capitalised one-word level (`Sóc`, `Bản`) is more likely part
/// of a name; `Thành phố`, `TP.` and lower-case levels count.
pub(crate) fn level_word_at<'d>(
    doc: &'d Doc<'_>,
    pos: usize,
) -> Option<(Range<usize>, &'d crate::dict::LexEntry)> {
    let (r, e) = doc.lookup_at(pos, LexKind::Level)?;
    let written = &doc.str()[r.clone()];
    let one_word = !written.contains(' ');
    // Short forms are written in capitals or with a dot: `TP`, `TX`, `H.`, `Q.`.
    let short_form = written.ends_with('.') || super::words::is_all_caps(written);
    if one_word && is_capitalized(written) && !short_form {
        return None;
    }
    Some((r, e))
}

/// A place from the dictionary (or an abbreviation naming one) starting at `pos`.
fn known_place_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    doc.hits_at(pos)
        .iter()
        .filter(|h| match h.target {
            Target::Lex { kind, .. } => kind == LexKind::Place,
            Target::Abbrev { group, .. } => {
                let g = &doc.matcher.groups[group as usize];
                doc.matcher.senses[g.senses[0] as usize].entity == "location"
            }
            Target::LongForm { .. } => false,
        })
        .map(|h| h.end)
        .max()
}
