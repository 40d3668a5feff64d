//! Organizations: complete names (`Tỉnh ủy`, `Bộ Công an`), heads with their complement
//! (`UBND tỉnh`, `Công an xã`, `BTV Tỉnh ủy`), and abbreviations that name a body (`MTTQ`).
//!
//! This module holds the recognizer and its walk over the hits; `head` reads the heads
//! that start a body, `body` the body at a position with its name (which may hold another
//! body), `tail` the committee, level and place after a name, and `after_office` the bodies
//! right after an office.

mod after_office;
mod body;
mod head;
mod tail;

use std::ops::Range;

use super::common::expand::body_canonical;
use super::common::place::known_place_at;
use super::common::{Doc, Found, Hit, HitKinds, Recognizer, Target};
use crate::dict::LexKind;
use crate::span::Kind;
use body::org_starting_at;
use head::{OrgAbbreviations, caseless, long_form_body};
use tail::expansions;

/// Organizations: bodies named by the dictionary, heads with their complement, and
/// abbreviations read in an organization sense.
pub(crate) struct Organizations;

impl Recognizer for Organizations {
    fn name(&self) -> &'static str {
        "organizations"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::ABBREVIATIONS
            // Long forms, for a body's full name that starts with a head (`long_form_body`).
            .and(HitKinds::LONG_FORMS)
            .and(HitKinds::lex(LexKind::Org))
            .and(HitKinds::lex(LexKind::OrgHead))
            .and(HitKinds::lex(LexKind::Committee))
            // Roles, for the bodies right after an office.
            .and(HitKinds::lex(LexKind::Role))
            // Places, only so that no body starts inside one (`Tây Ban Nha`).
            .and(HitKinds::lex(LexKind::Place))
    }
    fn reads(&self) -> &'static [Kind] {
        &[Kind::Abbreviation]
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        &[(Kind::Organization, 3)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
        recognize(doc, hits, found);
    }
}

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let org_abbrevs = OrgAbbreviations::new(doc, found);
    let mut orgs: Vec<Range<usize>> = Vec::new();
    let (mut place_end, mut body_word_end) = (0, 0);
    let mut i = 0;
    while i < hits.len() {
        let start = hits[i].start;
        let next = i + hits[i..].iter().take_while(|h| h.start == start).count();
        // Only abbreviations and organization words start a body.
        let may_start = hits[i..next].iter().any(|h| match h.target {
            Target::Lex { kind, .. } => {
                matches!(kind, LexKind::Org | LexKind::OrgHead | LexKind::Committee)
            }
            Target::Abbrev { .. } => true,
            Target::LongForm { .. } => long_form_body(doc, h).is_some(),
        });
        // A word inside a place's name starts no body: `Tây Ban Nha`. In capitals, neither
        // does a word inside a body's word (`PHÒNG` in `ĐỒN BIÊN PHÒNG`), which the case
        // of the letters tells apart elsewhere.
        let inside = start < place_end || (start < body_word_end && caseless(doc, start));
        for h in &hits[i..next] {
            if let Target::Lex { kind, .. } = h.target {
                match kind {
                    LexKind::Place => place_end = place_end.max(h.end),
                    LexKind::Org | LexKind::OrgHead => body_word_end = body_word_end.max(h.end),
                    _ => {}
                }
            }
        }
        // A committee that only completes the body before it (`Ban Tuyên giáo T.Ư`, `Ủy ban
        // Kiểm tra Trung ương`) is no body of its own there.
        let completes =
            orgs.last().is_some_and(|o| start < o.end) && only_committee(doc, &hits[i..next]);
        // One organization per start: the longest.
        if !may_start || inside || completes {
            i = next;
            continue;
        }
        i = next;
        if let Some(end) = org_starting_at(doc, &org_abbrevs, start, 0) {
            orgs.push(start..end);
        }
    }
    age_teams(doc, hits, &mut orgs);
    // `Giám đốc sở Tài chính`: after an office, a body the rules of names do not read.
    after_office::bodies(doc, hits, &mut orgs);
    for range in orgs {
        let canonical = body_canonical(doc, found, range.clone());
        let i = found.push(Kind::Organization, range);
        let canonical = found.text(canonical);
        found.attrs(i).canonical = Some(canonical);
    }
}

/// Do the hits of `group` start only a committee that is no body alone (`Trung ương`,
/// `T.Ư`), not a body or a head (`Tỉnh ủy` is both)?
fn only_committee(doc: &Doc<'_>, group: &[Hit]) -> bool {
    let names = |e: &str, kind| doc.entry_named(e, kind).is_some();
    group.iter().all(|h| match h.target {
        Target::Lex { kind, .. } => !matches!(kind, LexKind::Org | LexKind::OrgHead),
        Target::Abbrev { .. } => {
            expansions(doc, h).all(|e| names(e, LexKind::Committee) && !names(e, LexKind::Org))
        }
        Target::LongForm { .. } => true,
    }) && group.iter().any(|h| {
        matches!(
            h.target,
            Target::Lex {
                kind: LexKind::Committee,
                ..
            } | Target::Abbrev { .. }
        )
    })
}

/// Age-group teams: `U16`, `U23` before a country or a province (`U23 Việt Nam`, `U19 Hà
/// Nội`) is a team, the place nested in it.
fn age_teams(doc: &Doc<'_>, hits: &[Hit], orgs: &mut Vec<Range<usize>>) {
    let text = doc.str();
    let is_age = |w: &str| {
        let digits = w.strip_prefix('U').unwrap_or_default();
        digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let mut last = usize::MAX;
    for h in hits {
        let place = matches!(
            h.target,
            Target::Lex {
                kind: LexKind::Place,
                ..
            }
        );
        if !place || h.start == last {
            continue;
        }
        last = h.start;
        let Some(age) = doc.prev_word(h.start).filter(|w| is_age(&text[w.clone()])) else {
            continue;
        };
        if let Some(end) = known_place_at(doc, h.start) {
            orgs.push(age.start..end);
        }
    }
}
