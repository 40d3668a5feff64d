//! The heads that start a body: what a head needs after it, the abbreviations read as
//! bodies, and when a long form or a lower-case head may start one.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::super::common::{Doc, Found, Hit, SpanRef, Sym, Target};
use crate::dict::{Complement, Entity, LexEntry, LexKind};
use crate::span::Kind;

/// What an organization head needs after it.
pub(super) type Needs = Complement;

/// What the head `e` needs: its `complement`, a level word and place when it names none.
pub(super) fn needs_of(e: &LexEntry) -> Needs {
    match e.info.complement {
        c if c.is_empty() => Complement::LEVEL,
        c => c,
    }
}

/// The abbreviations found before, read in their organization sense.
pub(super) struct OrgAbbreviations<'f, 'a, 'd> {
    found: &'f Found<'a>,
    doc: &'f Doc<'d>,
    /// What each written-out head needs, by the id of the text looked up: a document names
    /// the same few bodies over and over (`UBND` a thousand times, each written with the
    /// same dictionary string), and a look-up by text normalizes and hashes it.
    needs: RefCell<FxHashMap<Sym, Option<Needs>>>,
}

impl<'f, 'a, 'd> OrgAbbreviations<'f, 'a, 'd> {
    /// The organization abbreviations among `found` in `doc`.
    pub(super) fn new(doc: &'f Doc<'d>, found: &'f Found<'a>) -> Self {
        Self {
            found,
            doc,
            needs: RefCell::default(),
        }
    }

    /// What the head written `key` (an attribute of `s`) needs, if `key` is an
    /// organization head.
    fn head_needs(&self, s: &SpanRef<'_, '_>, key: Option<Sym>) -> Option<Needs> {
        let key = key?;
        if let Some(&needs) = self.needs.borrow().get(&key) {
            return needs;
        }
        let written = s.text(Some(key)).unwrap_or_default();
        let needs = self
            .doc
            .entry_named(written, LexKind::OrgHead)
            .map(needs_of);
        self.needs.borrow_mut().insert(key, needs);
        needs
    }

    /// An abbreviation read as an organization starts at `start`: with the complement its
    /// expansion needs when that expansion is itself a head (`TT` read as `Trung tâm` needs
    /// a name: `TT Y tế huyện`).
    pub(super) fn get(&self, start: usize) -> Option<Option<Needs>> {
        let s = self
            .found
            .starting(start, Kind::Abbreviation.into())
            .find(|s| s.entity == Some(Entity::Organization))?;
        Some(
            self.head_needs(&s, s.canonical)
                .or_else(|| self.head_needs(&s, s.expansion)),
        )
    }
    /// Does an abbreviation read as an organization start at `start`?
    pub(super) fn contains(&self, start: usize) -> bool {
        self.found
            .starting(start, Kind::Abbreviation.into())
            .any(|s| s.entity == Some(Entity::Organization))
    }
}

/// Is `pos` in a segment in capitals or a headline, where case says nothing?
pub(super) fn caseless(doc: &Doc<'_>, pos: usize) -> bool {
    doc.row_at(pos).is_some_and(|r| doc.case_cue(r).is_none())
}

/// Is the long form `hit` a body's full name that starts with an organization head
/// (`Tập đoàn Điện lực Việt Nam`, `Bệnh viện đa khoa` before its place): the expansion of
/// an abbreviation of a body, its head in the lexicon? Then whether a capitalised word
/// follows the head in it (case telling): a name (`Điện lực`), not a common phrase
/// (`Hội đồng xét xử`) that is a body only with a level and place after it.
pub(super) fn long_form_body(doc: &Doc<'_>, hit: &Hit) -> Option<bool> {
    let Target::LongForm { sense } = hit.target else {
        return None;
    };
    if doc.sense(sense).entity != Entity::Organization {
        return None;
    }
    let (head, _) = doc.lookup_at(hit.start, LexKind::OrgHead)?;
    if head.end >= hit.end {
        return None;
    }
    let mut w = doc.next_word(head.end);
    let mut named = false;
    while let Some(r) = w.filter(|r| r.end <= hit.end) {
        named |= doc.capitalized(r.start);
        w = doc.next_word(r.end);
    }
    Some(named && !caseless(doc, hit.start))
}

/// May the lower-case head `hit` start a body? After an office (`Giám đốc sở Tài chính`,
/// `Phó viện trưởng viện Kiểm sát huyện`), or where it takes only a level and place
/// (`công an tỉnh Hà Tĩnh`, `ủy ban nhân dân xã`).
pub(super) fn lower_head(doc: &Doc<'_>, hit: &Hit) -> bool {
    let Target::Lex { entry, .. } = hit.target else {
        return false;
    };
    let e = doc.entry(entry);
    // `Trưởng phòng`: a head that ends an office's name is the office's word.
    if in_office_name(doc, hit) {
        return false;
    }
    let after_office = || doc.phrase_before(hit.start, LexKind::Role, 3);
    match e.kind {
        LexKind::OrgHead => needs_of(e) == Complement::LEVEL || after_office(),
        // A complete name written with its head in lower case: `Giám đốc sở Tư pháp`.
        LexKind::Org => {
            let written = &doc.str()[hit.start..hit.end];
            let later_capital = written
                .match_indices(' ')
                .any(|(i, _)| doc.capitalized(hit.start + i + 1));
            later_capital && after_office()
        }
        _ => false,
    }
}

/// Does an office's name that starts one or two words before `hit` run over it (`Trưởng
/// phòng`, `Phó trưởng phòng`)?
pub(super) fn in_office_name(doc: &Doc<'_>, hit: &Hit) -> bool {
    let w1 = doc.prev_word(hit.start);
    let w2 = w1.clone().and_then(|w| doc.prev_word(w.start));
    [w1, w2].into_iter().flatten().any(|w| {
        doc.hits_at(w.start).iter().any(|h| {
            h.end >= hit.end
                && matches!(
                    h.target,
                    Target::Lex {
                        kind: LexKind::Role,
                        ..
                    }
                )
        })
    })
}
