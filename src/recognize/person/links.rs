//! The links of a person to what is written around the name: its rank (`has_rank`), its
//! form of address, and the offices it holds (`has_title`): an office before the name,
//! offices after it in apposition, the signer's office in a signature block.

use std::collections::HashSet;
use std::ops::Range;

use super::super::common::case::title_case;
use super::super::common::{Doc, Found};
use super::cues::honorific_before;
use crate::span::{Kind, RelationKind};

/// Adds the person `name` (with the rank before it), its honorific and the links to its rank
/// and to the offices it holds; returns the person's index. `linked` holds the offices
/// already linked to a person: an office after one name is not taken again by the next.
pub(crate) fn add_person<'a>(
    doc: &Doc<'a>,
    found: &mut Found<'a>,
    name: Range<usize>,
    rank: Option<usize>,
    linked: &mut HashSet<usize>,
) -> usize {
    let text = doc.str();
    let p = found.push(Kind::Person, name.clone());
    found.attrs(p).canonical = Some(title_case(&text[name.clone()]));
    let mut before = name.start;
    if let Some(r) = rank {
        found.link(RelationKind::HasRank, p, r);
        // The rank is written right before the name.
        before = found.span(r).start;
    }
    if let Some((range, e)) = honorific_before(doc, name.start) {
        before = range.start;
        let h = found.push(Kind::Honorific, range);
        found.attrs(h).canonical = Some(e.canonical.as_str().into());
    }
    // Office before the name: `Phó Chủ tịch UBND tỉnh Trần Đức Quý`, also with a form
    // of address between (`Chủ tịch UBND xã ông Lò Văn A`).
    for at in [name.start, before] {
        if let Some(t) = found.ending(at.wrapping_sub(1), Kind::Title) {
            linked.insert(t.id);
            found.link(RelationKind::HasTitle, p, t.id);
        }
    }
    // A signature block: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / the name.
    if let Some(t) = signer_title(found, text, before)
        && !linked.contains(&t)
    {
        linked.insert(t);
        found.link(RelationKind::HasTitle, p, t);
    }
    // An office, a comma, then a rank or a form of address and the name: `Phó Giám đốc
    // Công an tỉnh, Đại tá Lê Văn A`. An office that an earlier name holds is not this one's.
    if before < name.start
        && let Some(t) = text[..before]
            .strip_suffix(", ")
            .and_then(|t| found.ending(t.len(), Kind::Title))
        && !linked.contains(&t.id)
    {
        let t = t.id;
        linked.insert(t);
        found.link(RelationKind::HasTitle, p, t);
    }
    // Offices after the name, each after a comma, a dash or a bracket (`former` words
    // left out), up to a `;` or the next name.
    let mut pos = name.end;
    while let Some(at) = title_after(doc, pos) {
        let Some(t) = found.at(at, Kind::Title) else {
            break;
        };
        let (t, end) = (t.id, t.end);
        linked.insert(t);
        found.link(RelationKind::HasTitle, p, t);
        pos = end;
    }
    p
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
