//! The links of a person to what is written around the name: its rank (`has_rank`), its
//! form of address, and the offices it holds (`has_title`): an office before the name,
//! offices after it in apposition, the signer's office in a signature block.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

use super::super::common::case::title_case;
use super::super::common::{Doc, Found};
use super::cues::honorific_before;
use crate::dict::LexKind;
use crate::span::{Kind, RelationKind};

/// Adds the person `name` (with the rank before it), its honorific and the links to its rank
/// and to the offices it holds; returns the person's index. `linked` holds the offices
/// already linked to a person: an office after one name is not taken again by the next.
/// Returns the person's index and where its rank or form of address starts (or the name).
pub(crate) fn add_person<'a>(
    doc: &Doc<'a>,
    found: &mut Found<'a>,
    name: Range<usize>,
    rank: Option<usize>,
    linked: &mut FxHashSet<usize>,
) -> (usize, usize) {
    let text = doc.str();
    let p = found.push(Kind::Person, name.clone());
    let canonical = found.text(title_case(&text[name.clone()]));
    found.attrs(p).canonical = Some(canonical);
    let mut before = name.start;
    if let Some(r) = rank {
        found.link(RelationKind::HasRank, p, r);
        // The rank is written right before the name.
        before = found.span(r).start;
    }
    if let Some((range, e)) = honorific_before(doc, name.start) {
        before = range.start;
        let h = found.push(Kind::Honorific, range);
        let canonical = found.text(e.canonical.as_str());
        found.attrs(h).canonical = Some(canonical);
    }
    // Office before the name: `Phó Chủ tịch UBND tỉnh Trần Đức Quý`, also with a form
    // of address between (`Chủ tịch UBND xã ông Lò Văn A`).
    // (Where nothing stands between, the office before the name is looked up once and
    // linked twice, as it always was.)
    let ending = |at: usize| found.ending(at.wrapping_sub(1), Kind::Title).map(|t| t.id);
    let at_name = ending(name.start);
    let at_before = if before == name.start {
        at_name
    } else {
        ending(before)
    };
    for t in [at_name, at_before].into_iter().flatten() {
        linked.insert(t);
        found.link(RelationKind::HasTitle, p, t);
    }
    // A signature block: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / the name.
    if let Some(t) = signer_title(found, text, before)
        && !linked.contains(&t)
    {
        linked.insert(t);
        found.link(RelationKind::HasTitle, p, t);
    }
    // Offices listed before a rank or a form of address and the name: `Phó Giám đốc
    // Công an tỉnh, Đại tá Lê Văn A`. An office that an earlier name holds is not this one's.
    if before < name.start {
        for t in offices_listed_before(doc, found, before) {
            if !linked.insert(t) {
                break;
            }
            found.link(RelationKind::HasTitle, p, t);
        }
    }
    for t in offices_after(doc, found, name.end) {
        linked.insert(t);
        found.link(RelationKind::HasTitle, p, t);
    }
    (p, before)
}

/// An office before a colon and the people it lists: `ba Phó Chủ tịch tỉnh gồm các ông:
/// A, B và C`, `các đồng chí Ủy viên Trung ương Đảng: A, Tổng Biên tập ...; B, Bộ trưởng ...`.
/// Each person that opens an item of the list (after its rank or form of address) holds
/// the office. `people`: each person's index and where its rank or form of address starts.
pub(crate) fn link_listed(doc: &Doc<'_>, found: &mut Found<'_>, people: &[(usize, usize)]) {
    let text = doc.str();
    let by_start: FxHashMap<usize, usize> = people
        .iter()
        .flat_map(|&(p, before)| [(before, p), (found.span(p).start, p)])
        .collect();
    let titles: Vec<(usize, usize)> = found.of(Kind::Title).map(|t| (t.id, t.end)).collect();
    let mut links = Vec::new();
    for (t, end) in titles {
        let Some(from) = list_start(doc, end) else {
            continue;
        };
        // The list runs to the end of its sentence; `;` parts it when written there.
        let stop = text[from..]
            .find(". ")
            .into_iter()
            .chain(text[from..].find('\n'))
            .min()
            .map_or(text.len(), |i| from + i);
        let by_semicolon = text[from..stop].contains("; ");
        let mut at = from;
        while let Some(&p) = by_start.get(&at) {
            links.push((p, t));
            let p_end = found.span(p).end;
            let next = if by_semicolon {
                text[p_end..stop].find("; ").map(|i| p_end + i + 2)
            } else {
                [", và ", ", ", " và "]
                    .iter()
                    .find(|j| text[p_end..stop].starts_with(**j))
                    .map(|j| p_end + j.len())
            };
            let Some(next) = next else { break };
            at = next;
        }
    }
    for (p, t) in links {
        found.link(RelationKind::HasTitle, p, t);
    }
}

/// Where the list after an office that ends at `end` starts: after `:` right after the
/// office, or after `gồm` (and `các ông`, `các đồng chí` ...) and `:`.
fn list_start(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let lower = doc.lower();
    let rest = &lower[end..];
    // The colon is at most 40 bytes on: only that window is read, not the rest of the text.
    let mut window = rest.len().min(42);
    while !rest.is_char_boundary(window) {
        window += 1;
    }
    let colon = rest[..window].find(": ").filter(|&c| c <= 40)?;
    let between = rest[..colon].trim();
    let listing = between.is_empty()
        || between
            .strip_prefix("gồm")
            .is_some_and(|b| b.is_empty() || b.starts_with(" các "));
    listing.then_some(end + colon + 2)
}

/// The signer's office in a signature block: a title that fills the last line with words
/// above the line that `start` opens, alone or after `KT.`, `TM.`, `Q.`, `TL.` (`KT. CHỦ
/// TỊCH` / `PHÓ CHỦ TỊCH` / `Nguyễn Văn A`).
pub(crate) fn signer_title(found: &Found<'_>, text: &str, start: usize) -> Option<usize> {
    let above = text[..start].trim_end();
    if !text[above.len()..start].contains('\n') {
        return None;
    }
    let t = found.ending(above.len(), Kind::Title)?;
    let line_start = text[..t.start].rfind('\n').map_or(0, |i| i + 1);
    let prefix = text[line_start..t.start].trim();
    let signs_for =
        prefix.is_empty() || (prefix.ends_with('.') && prefix.len() <= 3 && !prefix.contains(' '));
    signs_for.then_some(t.id)
}

/// What ends a clause inside a sentence, for the offices listed around a name (a sentence
/// end too; a dot alone is not one: `T.Ư`, `TP. Huế`).
const CLAUSE_MARKS: [char; 5] = [';', ':', '\n', '(', ')'];

/// How far, in bytes, the offices listed around a name are looked for.
const REACH: usize = 400;

/// Does a sentence end at the dot at `dot`: a space follows, and no short abbreviation
/// (a few unmarked capitals: `TP. Huế`, `TS. Lê Văn A`; `ThS.`) comes before it?
fn sentence_dot(text: &str, dot: usize) -> bool {
    let word = text[..dot].rsplit([' ', '\n']).next().unwrap_or("");
    let abbreviation = (1..=4).contains(&word.len())
        && (word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') || word == "ThS");
    text[dot + 1..].starts_with(' ') && !abbreviation
}

/// Does a clause end at the character `c` at `i`?
fn ends_clause(text: &str, i: usize, c: char) -> bool {
    CLAUSE_MARKS.contains(&c) || (c == '.' && sentence_dot(text, i))
}

/// Where the clause that holds `pos` starts: after the last clause mark or sentence end
/// before it (looking back `REACH` bytes at most).
fn clause_start(text: &str, pos: usize) -> usize {
    let mut from = pos.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..pos]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_clause(text, from + i, c))
        .map_or(from, |(i, _)| from + i + 1)
}

/// Where the clause that holds `pos` ends: at the next clause mark or sentence end
/// (looking on `REACH` bytes at most).
fn clause_end(text: &str, pos: usize) -> usize {
    let mut to = (pos + REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text[pos..to]
        .char_indices()
        .find(|&(i, c)| ends_clause(text, pos + i, c))
        .map_or(to, |(i, _)| pos + i)
}

/// The offices in the comma-separated items written right before `before` (a rank or a
/// form of address, then the name), nearest first: `Phó Giám đốc Công an tỉnh, Đại tá Lê
/// Văn A`, `Trưởng phòng Tổ chức, Đảng ủy viên, ông Trần Văn B`. An item is an office when
/// an office ends it or starts it; an item that only opens with a role word (an office the
/// title recognizer did not read whole) is passed over. The items stop at the clause.
fn offices_listed_before(doc: &Doc<'_>, found: &Found<'_>, before: usize) -> Vec<usize> {
    let text = doc.str();
    let mut out = Vec::new();
    let mut end = before;
    while let Some(item_end) = text[..end].strip_suffix(", ").map(str::len) {
        let clause = clause_start(text, item_end);
        let item = text[clause..item_end]
            .rfind(", ")
            .map_or(clause, |i| clause + i + 2);
        let item = item + text[item..item_end].len() - text[item..item_end].trim_start().len();
        if let Some(t) = found
            .ending(item_end, Kind::Title)
            .or_else(|| found.at(item, Kind::Title))
        {
            out.push(t.id);
        } else if doc.lookup_at(item, LexKind::Role).is_none() {
            break;
        }
        end = item;
    }
    out
}

/// The offices in apposition after a name that ends at `end`, each after a comma, a dash
/// or a bracket (`former` words left out), up to a `;` or the next name: `Lê Văn A, Giám
/// đốc Sở Y tế, Phó Chủ tịch Hội Y học`, `Trần Văn B (1970) - Trưởng phòng Tham mưu`. An
/// item that only opens with a role word is passed over to the next comma, and so is an
/// office read short of capitalised words before the comma (`Bí thư T.Ư` + ` Đảng`).
fn offices_after(doc: &Doc<'_>, found: &Found<'_>, end: usize) -> Vec<usize> {
    let text = doc.str();
    let mut out = Vec::new();
    let mut pos = after_birth_year(text, end);
    while let Some(at) = title_after(doc, pos) {
        let clause = clause_end(text, at);
        if let Some(t) = found.at(at, Kind::Title) {
            // Where case says nothing (capitals, headlines) every word is capitalised.
            let cased = doc
                .row_at(t.start)
                .is_some_and(|r| doc.case_cue(r).is_some());
            pos = if cased {
                capitalised_tail(text, t.end, clause.max(t.end))
            } else {
                t.end
            };
            // An office cut short before capitalised words of its own is not linked.
            if pos == t.end {
                out.push(t.id);
            }
            continue;
        }
        if doc.lookup_at(at, LexKind::Role).is_none() {
            break;
        }
        match text[at..clause].find(", ") {
            Some(i) => pos = at + i,
            None => break,
        }
    }
    out
}

/// Past a year of birth in brackets after a name (`Trần Văn B (1970)`), if one is there.
fn after_birth_year(text: &str, end: usize) -> usize {
    let Some(rest) = text[end..].strip_prefix(" (") else {
        return end;
    };
    match rest.find(')') {
        Some(i) if (4..=7).contains(&i) && rest[..i].bytes().all(|b| b.is_ascii_digit()) => {
            end + 2 + i + 1
        }
        _ => end,
    }
}

/// Where a comma, or a `;` ending the clause at `clause`, follows a few capitalised words
/// after `pos` (`Bí thư T.Ư` + ` Đảng, `), or `pos` itself.
fn capitalised_tail(text: &str, pos: usize, clause: usize) -> usize {
    let rest = &text[pos..clause];
    let Some(i) = rest
        .find(", ")
        .or_else(|| text[clause..].starts_with(';').then_some(rest.len()))
    else {
        return pos;
    };
    let words = &rest[..i];
    let ok = words.starts_with(' ')
        && words.split(' ').skip(1).count() <= 2
        && words
            .split(' ')
            .skip(1)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if ok { pos + i } else { pos }
}

/// Where an office in apposition after `pos` would start: after `, `, ` - `, ` – `, ` (`
/// or a dash glued to the name (`Lê Văn A- Giám đốc`), and after `nguyên` or `cựu` (former) or `kiêm` (also holding),
/// which stay outside the office.
fn title_after(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let lower = doc.lower();
    let rest = &lower[pos..];
    let sep = [", ", " - ", " – ", " (", "- "]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let at = pos + sep.len();
    Some(
        ["nguyên ", "cựu ", "kiêm "]
            .iter()
            .find(|f| lower[at..].starts_with(**f))
            .map_or(at, |f| at + f.len()),
    )
}
