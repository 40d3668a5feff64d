//! Organizations: complete names (`Tỉnh ủy`, `Bộ Công an`), heads with their complement
//! (`UBND tỉnh`, `Công an xã`, `BTV Tỉnh ủy`), and abbreviations that name a body (`MTTQ`).

mod after_office;

use std::ops::Range;

use super::common::expand::body_canonical;
use super::common::place::{known_place_at, level_word_at, place_after};
use super::common::words::is_all_caps;
use super::common::{Doc, Found, Hit, HitKinds, Recognizer, Target};
use crate::dict::{Complement, Entity, LexEntry, LexKind};
use crate::span::Kind;

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

/// What an organization head needs after it.
type Needs = Complement;

/// What the head `e` needs: its `complement`, a level word and place when it names none.
fn needs_of(e: &LexEntry) -> Needs {
    match e.info.complement {
        c if c.is_empty() => Complement::LEVEL,
        c => c,
    }
}

/// Organization words that, written in lower case inside a name, are only its words.
const HEAD_WORDS: HitKinds = HitKinds::lex(LexKind::OrgHead).and(HitKinds::lex(LexKind::Org));

/// How deep one organization's name may hold another (`Cơ quan CSĐT Công an huyện`).
const MAX_CHAIN: usize = 3;

/// The abbreviations found before, read in their organization sense.
struct OrgAbbreviations<'f, 'a, 'd> {
    found: &'f Found<'a>,
    doc: &'f Doc<'d>,
}

impl OrgAbbreviations<'_, '_, '_> {
    /// An abbreviation read as an organization starts at `start`: with the complement its
    /// expansion needs when that expansion is itself a head (`TT` read as `Trung tâm` needs
    /// a name: `TT Y tế huyện`).
    fn get(&self, start: usize) -> Option<Option<Needs>> {
        let s = self
            .found
            .starting(start, Kind::Abbreviation.into())
            .find(|s| s.entity == Some(Entity::Organization))?;
        let head_needs = |key: &str| self.doc.entry_named(key, LexKind::OrgHead).map(needs_of);
        Some(
            s.canonical
                .as_deref()
                .and_then(head_needs)
                .or_else(|| s.expansion.as_deref().and_then(head_needs)),
        )
    }
    fn contains(&self, start: usize) -> bool {
        self.found
            .starting(start, Kind::Abbreviation.into())
            .any(|s| s.entity == Some(Entity::Organization))
    }
}

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let org_abbrevs = OrgAbbreviations { found, doc };
    let mut orgs: Vec<Range<usize>> = Vec::new();
    let (mut place_end, mut body_word_end) = (0, 0);
    let mut i = 0;
    while i < hits.len() {
        let start = hits[i].start;
        let next = i + hits[i..].partition_point(|h| h.start == start);
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

/// Is `pos` in a segment in capitals or a headline, where case says nothing?
fn caseless(doc: &Doc<'_>, pos: usize) -> bool {
    doc.row_at(pos).is_some_and(|r| doc.case_cue(r).is_none())
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

/// The end of the longest organization that starts at `pos`.
fn org_starting_at(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    pos: usize,
    depth: usize,
) -> Option<usize> {
    doc.hits_at(pos)
        .iter()
        .filter(|hit| doc.capitalized(hit.start) || (depth == 0 && lower_head(doc, hit)))
        .filter_map(|hit| match hit.target {
            Target::Lex { entry, .. } => {
                let e = doc.entry(entry);
                match e.kind {
                    LexKind::Org | LexKind::Committee => Some(extend_tail(doc, hit.end)),
                    LexKind::OrgHead => complement(doc, abbrevs, hit.end, needs_of(e), depth),
                    _ => None,
                }
            }
            Target::Abbrev { .. } => match abbrevs.get(hit.start)? {
                Some(needs) => complement(doc, abbrevs, hit.end, needs, depth),
                None => Some(extend_tail(
                    doc,
                    abbreviated_body(doc, hit).unwrap_or(hit.end),
                )),
            },
            Target::LongForm { .. } => long_form_body(doc, hit).and_then(|named| {
                let end = extend_tail(doc, hit.end);
                (named || end > hit.end).then_some(end)
            }),
        })
        .max()
}

/// Is the long form `hit` a body's full name that starts with an organization head
/// (`Tập đoàn Điện lực Việt Nam`, `Bệnh viện đa khoa` before its place): the expansion of
/// an abbreviation of a body, its head in the lexicon? Then whether a capitalised word
/// follows the head in it (case telling): a name (`Điện lực`), not a common phrase
/// (`Hội đồng xét xử`) that is a body only with a level and place after it.
fn long_form_body(doc: &Doc<'_>, hit: &Hit) -> Option<bool> {
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
fn lower_head(doc: &Doc<'_>, hit: &Hit) -> bool {
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
fn in_office_name(doc: &Doc<'_>, hit: &Hit) -> bool {
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

/// The end of the complement that a head ending at `end` needs, if it is there. A name
/// complement is capitalised words, or a whole organization (`Cơ quan CSĐT Công an huyện`).
fn complement(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    end: usize,
    needs: Needs,
    depth: usize,
) -> Option<usize> {
    let start = end + 1;
    if needs.contains(Complement::LEVEL) {
        if let Some(e) = level_and_place(doc, end) {
            return Some(e);
        }
    }
    if needs.contains(Complement::COMMITTEE) {
        if let Some(e) = committee(doc, start) {
            return Some(extend_tail(doc, e));
        }
    }
    if needs.contains(Complement::NAME) {
        return name_after(doc, abbrevs, end, depth);
    }
    None
}

/// Where a name complement stands in its reading: the end so far, whether a lower-case
/// word may come next, and how many capitalised words came since the last joint.
struct NameRun {
    e: usize,
    lower_ok: bool,
    capitals: usize,
}

impl NameRun {
    /// The name goes on to `to` after a part that takes no lower-case word after it.
    fn joint(&mut self, to: usize) {
        self.e = to;
        self.lower_ok = false;
        self.capitals = 0;
    }
}

/// The name that a head ending at `end` needs: capitalised words, or a whole organization
/// (`Cơ quan CSĐT Công an huyện`), with the committee, level and place after it.
fn name_after(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    end: usize,
    depth: usize,
) -> Option<usize> {
    let text = doc.str();
    // A head in capitals (`BÁO CHÍ`, `THANH TRA VÀ XỬ LÝ`) is a heading, not a name.
    let head = doc
        .word_ending_at(end)
        .map(|w| &text[w])
        .unwrap_or_default();
    if is_all_caps(head) && !abbrevs.contains(end - head.len()) {
        return None;
    }
    // Names are capitalised compounds: the word after a capitalised one may be lower case
    // (`Học viện Chính trị`, `Sở Tư pháp`), two lower-case words end the name. A name in
    // title case (`Báo Tuổi Trẻ`) ends at its first lower-case word.
    let mut run = NameRun {
        e: end,
        lower_ok: false,
        capitals: 0,
    };
    while let Some(w) = doc
        .next_word(run.e)
        .or_else(|| joined_part(doc, abbrevs, run.e, end))
    {
        if !name_step(doc, abbrevs, &mut run, w, end, depth) {
            break;
        }
    }
    (run.e > end).then(|| extend_tail(doc, run.e))
}

/// Reads the word `w` into the name `run` of the head ending at `head_end`: false where
/// the name ends before it.
fn name_step(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    run: &mut NameRun,
    w: Range<usize>,
    head_end: usize,
    depth: usize,
) -> bool {
    let text = doc.str();
    // A body inside the name is taken whole, and the name goes on after it: `Phòng CSGT
    // Công an tỉnh Quảng Ninh`.
    if depth < MAX_CHAIN {
        if let Some(inner) = org_starting_at(doc, abbrevs, w.start, depth + 1) {
            run.joint(inner);
            return true;
        }
    }
    // A name after the body is a person's: `Bí thư Chi bộ Sùng Mí Chá`. A surname before a
    // lower-case word is only a word of the name (`Viện Văn hóa`). After a type word
    // (`Công ty TNHH An Khang`) the name is the firm's.
    if doc.has_hit(w.start, LexKind::Surname)
        && doc
            .next_word(w.end)
            .is_some_and(|n| doc.capitalized(n.start))
        && !doc.phrase_before(w.start, LexKind::TypeWord, 2)
    {
        return false;
    }
    let word = &text[w.clone()];
    // An abbreviation or a written-out long form is taken whole: `Bộ NN&PTNT`, `Phòng
    // Cảnh sát giao thông Công an tỉnh`.
    if let Some(a) = abbreviation_at(doc, w.clone()) {
        run.e = a;
        run.lower_ok = false;
        return true;
    }
    // A place inside the name is taken whole: `Trường THCS Mường Khương`.
    if let Some(p) = known_place_at(doc, w.start) {
        // A one-word place may be the first word of a compound: `Báo Pháp luật`.
        let one_word = !text[w.start..p].contains(' ');
        run.lower_ok = one_word && run.capitals == 0;
        run.capitals = usize::from(one_word);
        run.e = p;
        return true;
    }
    // `và` joins two capitalised parts of one name after a Vietnamese word: `Bộ Thông tin
    // và Truyền thông`, `Viện Văn hóa và Du lịch`.
    if word == "và"
        && doc
            .next_word(w.end)
            .is_some_and(|n| joins_parts(doc, abbrevs, run.e, n))
    {
        run.joint(w.end);
        return true;
    }
    // A unit's number: `Bệnh viện Quân y 175`, `Bộ Tư lệnh Vùng 3 Hải quân`.
    if run.e > head_end && is_unit_number(doc, w.clone()) {
        run.e = w.end;
        run.lower_ok = false;
        return true;
    }
    plain_word(doc, run, w)
}

/// Reads the plain word `w` (no body, abbreviation, place or number) into the name `run`:
/// false where the name ends before it.
fn plain_word(doc: &Doc<'_>, run: &mut NameRun, w: Range<usize>) -> bool {
    let word = &doc.str()[w.clone()];
    if doc.capitalized(w.start) {
        run.capitals += 1;
        // Only a Vietnamese word takes a lower-case one after it (`Sở Tư pháp`), not a
        // foreign one (`Công ty Kovitek để`).
        run.lower_ok = run.capitals == 1 && is_syllable(doc, w.clone());
    } else if run.lower_ok
        // A lower-case word that is also a head (`trường` in `Môi trường`) is a word of
        // the name; a level word or any other dictionary word ends it.
        && doc.hit_kinds(w.start).without(HEAD_WORDS).is_empty()
        && word.chars().all(char::is_lowercase)
        // Words that start what is said about the body (`not_in_body_name`: `Viện Hán Nôm
        // cho biết`, `Sở Nội vụ đã`).
        && !doc.word_is(w.start, LexKind::NotInBodyName)
    {
        run.lower_ok = false;
        run.capitals = 0;
    } else {
        return false;
    }
    run.e = w.end;
    true
}

/// The end of an abbreviation, or of a long form written capitalised, at word `w`.
fn abbreviation_at(doc: &Doc<'_>, w: Range<usize>) -> Option<usize> {
    let capitalized = doc.capitalized(w.start);
    doc.hits_at(w.start)
        .iter()
        .filter(|h| match h.target {
            Target::Abbrev { .. } => true,
            Target::LongForm { .. } => capitalized,
            Target::Lex { .. } => false,
        })
        .map(|h| h.end)
        .max()
}

/// `Xây dựng & Thương mại`, `Bưu điện - Viễn thông`: after a name's word at `e`, a `&` or
/// a spaced dash before a capitalised Vietnamese word that starts no body of its own joins
/// two parts of one name. Returns that word.
fn joined_part(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    e: usize,
    head_end: usize,
) -> Option<Range<usize>> {
    let text = doc.str();
    if e == head_end {
        return None;
    }
    let rest = &text[e..];
    let skip = ["  & ", " & ", " - ", " – "]
        .iter()
        .find(|c| rest.starts_with(*c))?
        .len();
    let w = doc.word_at(e + skip)?;
    joins_parts(doc, abbrevs, e, w.clone()).then_some(w)
}

/// Does a joint (`và`, `&`, ` - `) between the name's word ending at `end` and the word
/// `next` join two parts of one name: a Vietnamese word before it and a capitalised
/// Vietnamese word after it that starts no body of its own (`thông tin và Truyền thông`)?
fn joins_parts(
    doc: &Doc<'_>,
    abbrevs: &OrgAbbreviations<'_, '_, '_>,
    end: usize,
    next: Range<usize>,
) -> bool {
    doc.word_ending_at(end).is_some_and(|w| is_syllable(doc, w))
        && doc.capitalized(next.start)
        && is_syllable(doc, next.clone())
        && org_starting_at(doc, abbrevs, next.start, MAX_CHAIN).is_none()
}

/// Is the word at `range` a Vietnamese syllable (the `syllable` list)?
fn is_syllable(doc: &Doc<'_>, range: Range<usize>) -> bool {
    doc.spells(range, LexKind::Syllable)
}

/// A number of one to three digits that ends a name or goes on to its next capitalised
/// word: `Bệnh viện 108,`, `Vùng 3 Hải quân`; not a count (`Công ty X 2 năm`).
fn is_unit_number(doc: &Doc<'_>, w: Range<usize>) -> bool {
    let text = doc.str();
    let word = &text[w.clone()];
    if word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match doc.next_word(w.end) {
        Some(n) => doc.capitalized(n.start),
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
    // An abbreviated committee: `Ban Tuyên giáo T.Ư`.
    let abbreviated = doc
        .hits_at(pos)
        .iter()
        .filter(|h| expansions(doc, h).any(|e| doc.entry_named(e, LexKind::Committee).is_some()))
        .map(|h| h.end)
        .max();
    doc.hit_end(pos, LexKind::Committee)
        .max(doc.hit_end(pos, LexKind::Org))
        .max(abbreviated)
}

/// The expansions the abbreviation `hit` may stand for (none for other hits).
fn expansions<'a>(doc: &Doc<'a>, hit: &Hit) -> impl Iterator<Item = &'a str> {
    let senses: &'a [u32] = match hit.target {
        Target::Abbrev { group, .. } => &doc.group(group).senses,
        _ => &[],
    };
    senses.iter().map(|&s| doc.sense(s).expansion.as_str())
}

/// An abbreviation and the word after it that together name a listed body: `T.Ư Đảng`
/// (`Trung ương Đảng`). Returns the end of that word.
fn abbreviated_body(doc: &Doc<'_>, hit: &Hit) -> Option<usize> {
    let w = doc.next_word(hit.end)?;
    let word = &doc.str()[w.clone()];
    expansions(doc, hit)
        .any(|e| {
            doc.entry_named(&format!("{e} {word}"), LexKind::Org)
                .is_some()
        })
        .then_some(w.end)
}

/// After `end`: a level word (`tỉnh`, `thành phố`, `TP.`) and maybe a place name, or a
/// known place name alone. Returns the end of what was taken.
pub(crate) fn level_and_place(doc: &Doc<'_>, end: usize) -> Option<usize> {
    doc.next_word(end)?;
    let pos = end + 1;
    // A place the dictionary knows, level and all (`TP.HCM`), or a level word and a name.
    let known = known_place_at(doc, pos);
    if let Some((level, _)) = level_word_at(doc, pos) {
        let after = place_after(doc, level.end).unwrap_or(level.end);
        return Some(after.max(known.unwrap_or(0)));
    }
    // Without a level word only a place the dictionary knows completes the body.
    known
}

/// A complete organization may carry its committee (`Ban Tuyên giáo Tỉnh ủy`), then its
/// level and place (`Tỉnh ủy Tuyên Quang`, `Sở Tư pháp tỉnh Hà Giang`).
fn extend_tail(doc: &Doc<'_>, end: usize) -> usize {
    let end = committee(doc, end + 1).unwrap_or(end);
    level_and_place(doc, end).unwrap_or(end)
}
