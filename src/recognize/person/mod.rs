//! People: capitalised names led by a known surname, or standing where a name must stand
//! (after a rank, an honorific or an office, in a byline); with their ranks, honorifics
//! and the titles they hold.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

use super::common::office::one_word_name_at;
use super::common::{Cover, Doc, Found, Held, Hit, HitKinds, KindSet, Recognizer, Target};
use crate::dict::LexKind;
use crate::span::Kind;

mod byline;
mod context;
mod cues;
mod links;
mod names;
mod same_as;
mod uncased;

use byline::byline_start;
use context::{is_province_or_country, stops_name};
use cues::{
    address_folded_into_name, country_after_title, folded_given_after_surname,
    folded_surname_opens, holds_function_word, honorific_before, inside_place, is_sexagenary,
    line_below, number_before, person_noun_before, type_word_before,
};
use links::{add_person, link_listed, signer_title};

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

/// What earlier recognizers found that no name starts inside, numbers aside (they are
/// asked apart): a word read as a number may still be a name the document gives (`Lê Văn
/// Tám ... Tám đã`).
const CLAIMED_NOT_NUMBER: KindSet = KindSet::of(&[
    Kind::Organization,
    Kind::Title,
    Kind::Abbreviation,
    Kind::LongForm,
    Kind::Date,
]);

/// Most words after its first in a name read where case says nothing (capitals,
/// headlines).
const UNCASED_NAME_WORDS: usize = 2;

/// Most words in a name after its first: `Tôn Nữ Thị Hồng Nhung` has four.
const MAX_NAME_WORDS: usize = 4;

/// A name found, and the rank written before it (an index into `found`).
type Named = (Range<usize>, Option<usize>);

fn recognize<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) {
    let rank_before = ranks(doc, hits, found);
    let len = doc.str().len();
    let finder = Finder {
        doc,
        found,
        rank_before,
        byline: byline_start(doc),
        claimed: Cover::of_spans(found, CLAIMED_NOT_NUMBER, len),
        numbers: Cover::of_spans(found, Kind::Number.into(), len),
    };
    let mut people = finder.by_surname(hits);
    finder.where_names_stand(&mut people);
    people.sort_by_key(|(r, _)| r.start);
    people.dedup_by_key(|(r, _)| r.start);
    let is_claimed = |pos: usize| finder.claimed.holds(pos);
    let is_number = |pos: usize| finder.numbers.holds(pos);
    names::by_context(doc, &is_claimed, &is_number, &mut people);

    let mut persons = Vec::with_capacity(people.len());
    let mut linked = FxHashSet::default();
    for (name, rank) in people {
        persons.push(add_person(doc, found, name, rank, &mut linked));
    }
    link_listed(doc, found, &persons);
    let persons: Vec<usize> = persons.into_iter().map(|(p, _)| p).collect();
    same_as::link(doc, found, &persons);
}

/// Ranks (`Đại tá`, `đại tá` before a name): always spans; they also make the next
/// capitalised words a name. Returns, by the start of the word after each rank, the rank.
fn ranks<'a>(doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>) -> FxHashMap<usize, usize> {
    let mut rank_before = FxHashMap::default();
    for hit in hits {
        let Target::Lex {
            entry,
            kind: LexKind::Rank,
        } = hit.target
        else {
            continue;
        };
        let e = doc.entry(entry);
        let next = doc.next_word(hit.end);
        // In lower case a rank is one only before a name: `đại tá Long`, not `đại úy quân đội`.
        let named = next.as_ref().is_some_and(|w| doc.capitalized(w.start));
        if !doc.capitalized(hit.start) && !named {
            continue;
        }
        let i = found.push(Kind::Rank, hit.start..hit.end);
        let canonical = found.text(e.canonical.as_str());
        found.attrs(i).canonical = Some(canonical);
        if let Some(w) = next {
            rank_before.insert(w.start, i);
        }
    }
    rank_before
}

/// What the finder of names knows: the document, what earlier recognizers found, the ranks
/// and where a byline's name starts.
struct Finder<'d, 'a> {
    doc: &'d Doc<'a>,
    found: &'d Found<'a>,
    rank_before: FxHashMap<usize, usize>,
    byline: Option<usize>,
    /// The bytes that earlier recognizers' spans other than numbers cover, and numbers.
    claimed: Cover,
    numbers: Cover,
}

impl Finder<'_, '_> {
    /// Does an earlier recognizer's span cover `pos`? A name does not start inside one. The
    /// ranks are not indexed while this recognizer runs, so they claim nothing.
    fn is_claimed(&self, pos: usize) -> bool {
        self.claimed.holds(pos) || self.numbers.holds(pos)
    }

    /// The words of `name` before the first one (after its first) that an earlier
    /// recognizer's span covers.
    fn before_claimed(&self, name: Range<usize>) -> Range<usize> {
        let mut end = self.doc.word_at(name.start).map_or(name.end, |w| w.end);
        while let Some(w) = self.doc.next_word(end).filter(|w| w.end <= name.end) {
            if self.is_claimed(w.start) {
                break;
            }
            end = w.end;
        }
        name.start..end
    }

    /// Does an office end right before `start` (a space between)?
    fn title_ends_before(&self, start: usize) -> bool {
        start > 0
            && self.doc.str().as_bytes()[start - 1] == b' '
            && self.found.ending(start - 1, Kind::Title).is_some()
    }

    /// Names led by a known surname.
    fn by_surname(&self, hits: &[Hit]) -> Vec<Named> {
        let mut people = Vec::new();
        let mut covered = 0;
        for hit in hits {
            if matches!(
                hit.target,
                Target::Lex {
                    kind: LexKind::Surname,
                    ..
                }
            ) {
                self.try_at(hit.start, true, &mut people, &mut covered);
            }
        }
        people
    }

    /// Names without a known surname where a name must stand: after a rank, an office (or
    /// an office and its country) and in a byline.
    fn where_names_stand(&self, people: &mut Vec<Named>) {
        let (doc, text) = (self.doc, self.doc.str());
        let mut starts: Vec<usize> = self.rank_before.keys().copied().collect();
        let title_ends = || self.found.of(Kind::Title).map(|t| t.end);
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
        // A signature block: the signer's name on the line below the last role line.
        starts.extend(title_ends().filter_map(|e| line_below(text, e)));
        starts.extend(self.byline);
        starts.extend(uncased::cue_starts(doc));
        starts.sort_unstable();
        let known: FxHashSet<usize> = people.iter().map(|(r, _)| r.start).collect();
        // Nor inside a name found already (`NGUYỄN ANH TUẤN`: `ANH` is a form of address).
        let spans = Cover::of(
            text.len(),
            people.iter().map(|(r, _)| r.clone()),
            Held::Inside,
        );
        for s in starts {
            if doc.word_at(s).is_some_and(|w| doc.capitalized(w.start))
                && !known.contains(&s)
                && !spans.holds(s)
            {
                self.try_at(s, false, people, &mut 0);
            }
        }
    }

    /// Tries a name at `start` (led by a known surname or not), adds it to `people` and
    /// moves `covered` past it.
    fn try_at(
        &self,
        start: usize,
        known_surname: bool,
        people: &mut Vec<Named>,
        covered: &mut usize,
    ) {
        if start < *covered || self.is_claimed(start) {
            return;
        }
        let at = self.placement(start);
        if !self.may_open(start, known_surname, &at, covered) {
            return;
        }
        if let Some(name) = self.name_from(start, known_surname, &at) {
            *covered = name.end;
            people.push((name, at.positional));
        }
    }

    /// What stands before `start` that places a name there.
    fn placement(&self, start: usize) -> Placement {
        let (doc, text) = (self.doc, self.doc.str());
        let positional = self.rank_before.get(&start).copied();
        // `Bộ trưởng Ngoại giao Mỹ Antony Blinken`: the office's country stands between.
        let after_title = self.title_ends_before(start)
            || country_after_title(doc, start).is_some_and(|c| self.title_ends_before(c))
            || signer_title(self.found, text, start).is_some();
        let uncased = no_case(doc, start);
        // Where case says nothing, a word for a person places a name too (`BỊ CÁO VINH`).
        let after_honorific =
            honorific_before(doc, start).is_some() || (uncased && person_noun_before(doc, start));
        let in_byline = self.byline == Some(start);
        Placement {
            positional,
            after_title,
            after_honorific,
            in_byline,
            uncased,
        }
    }

    /// May a name start at `start`, by what stands before it? Where the words are a name
    /// of something else (`đường Lê Văn Lương`), `covered` moves past them: no name starts
    /// inside.
    fn may_open(
        &self,
        start: usize,
        known_surname: bool,
        at: &Placement,
        covered: &mut usize,
    ) -> bool {
        let (doc, text) = (self.doc, self.doc.str());
        let placed = at.placed();
        // `NHÂN VIÊN`, `BÀ CON`: the word makes a word with the one before it.
        if at.uncased && at.positional.is_none() && uncased::joins_before(doc, start) {
            return false;
        }
        // A name in capitals stands in a byline or after a rank, honorific or office;
        // elsewhere capitals are headings (`CHẾ ĐỘ`, `THẨM QUYỀN`).
        // In a segment in capitals or a headline the case says nothing: the lexicon decides
        // (a surname, then given-name syllables: see `name_run`).
        let caps = !at.uncased && doc.word_at(start).is_some_and(|w| doc.all_caps(w));
        if !placed && (!known_surname || caps) {
            return false;
        }
        // `xã Thạch Đài`, `đường Lý Thái Tổ`, `Bồ Đào Nha`: a name of something else.
        if !placed
            && (type_word_before(doc, start)
                || inside_place(doc, start)
                || number_before(text, start))
        {
            // Nor does a name start inside it (`đường Lê Văn Lương`: not `Văn Lương`).
            if let Some(name) = name_run(doc, start, known_surname, false) {
                *covered = name.end;
            }
            return false;
        }
        // A country or province opens no name: the name after it is tried on its own.
        if !known_surname
            && doc
                .hits_at(start)
                .iter()
                .any(|h| is_province_or_country(doc, h))
        {
            return false;
        }
        // `Chi Bao` typed without marks: the name starts at `Chi` (`Chí`), found by context.
        !doc.prev_word(start)
            .is_some_and(|w| w.end + 1 == start && address_folded_into_name(doc, w))
    }

    /// The name that starts at `start`, placed as `at` says, if it is one.
    fn name_from(&self, start: usize, known_surname: bool, at: &Placement) -> Option<Range<usize>> {
        let (doc, text) = (self.doc, self.doc.str());
        let placed = at.placed();
        // After a rank, an office or a form of address, the words after a surname are
        // the name's even where no list holds them (`THƯỢNG TÁ ĐÀO KHA`).
        let name = name_run(doc, start, known_surname, placed && known_surname)?;
        // Where case says nothing a name may run into what an earlier recognizer found
        // (`... DINH SANG NAY`: `SANG NAY` is a date): it ends before it.
        let name = if at.uncased {
            self.before_claimed(name)
        } else {
            name
        };
        if is_sexagenary(doc, &name) {
            return None;
        }
        // A known place standing where a name might (`Đại sứ Hoa Kỳ`) is a place.
        let is_place = doc.has_hit_to(start, name.end, LexKind::Place);
        // In a byline or after a form of address or a rank a name is meant, even one that a
        // commune shares (`Tin, ảnh: MINH ĐỨC`).
        if is_place
            && !known_surname
            && !at.in_byline
            && !at.after_honorific
            && at.positional.is_none()
        {
            return None;
        }
        // Without case a name nothing places is a surname and two given-name syllables:
        // two words are as often a common compound (`TẬP THỂ`, `LÃNH ĐẠO`).
        if !placed && at.uncased && !(3..=4).contains(&text[name.clone()].split(' ').count()) {
            return None;
        }
        // One word is a name after a rank or a form of address, and after an office where
        // nothing else can stand there (`Tổng thống Macron đã`, `Bộ trưởng Lavrov nói`).
        let one_word_ok = at.positional.is_some()
            || at.after_honorific
            || (at.after_title && one_word_name_at(doc, start).is_some_and(|w| w == name));
        (text[name.clone()].contains(' ') || one_word_ok).then_some(name)
    }
}

/// What stands before a position that places a name there.
struct Placement {
    /// The rank written right before it.
    positional: Option<usize>,
    /// An office ends right before it (or before the office's country), or a signer's.
    after_title: bool,
    /// A form of address (or, where case says nothing, a word for a person) before it.
    after_honorific: bool,
    /// Where a byline's name starts.
    in_byline: bool,
    /// A word in capitals where case says nothing (capitals, a headline).
    uncased: bool,
}

impl Placement {
    /// Does something place a name there?
    fn placed(&self) -> bool {
        self.positional.is_some() || self.after_title || self.after_honorific || self.in_byline
    }
}

/// The capitalised words of a name starting at `start`. `placed`: a known surname where
/// a name must stand, so that where case says nothing any Vietnamese syllable may follow it.
fn name_run(
    doc: &Doc<'_>,
    start: usize,
    known_surname: bool,
    placed: bool,
) -> Option<Range<usize>> {
    let first = doc.word_at(start)?;
    if !opens_name(doc, first.clone(), known_surname) {
        return None;
    }
    let uncased = no_case(doc, start);
    // Without case a word opens a name only if it can be one's (not `ANH ẤY`).
    if uncased && !known_surname && !name_word(doc, start) {
        return None;
    }
    let caps = doc.all_caps(first.clone());
    let (end, n) = name_words(doc, first.clone(), caps, uncased.then_some(placed))?;
    if known_surname && n == 0 {
        return None;
    }
    whole_name_ok(doc, start..end, n, caps, uncased).then_some(start..end)
}

/// Can the word `first` open a name (led by a known surname or not)?
fn opens_name(doc: &Doc<'_>, first: Range<usize>, known_surname: bool) -> bool {
    let text = doc.str();
    let first_word = &text[first.clone()];
    if !doc.capitalized(first.start) || first_word.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let whole = |kind| {
        doc.lookup_at(first.start, kind)
            .is_some_and(|(r, _)| r.end == first.end)
    };
    if whole(LexKind::NotName) && !folded_surname_opens(doc, first.clone()) {
        return false;
    }
    // `Ông Tôn Thất Bách`: a form of address that is also a surname starts no name; nor
    // does one before a capitalised word where an office places a name (`Chủ tịch nước Ông
    // Võ Văn Thưởng`: the name is `Võ Văn Thưởng`).
    let capitalised_next = doc
        .next_word(first.end)
        .is_some_and(|w| doc.capitalized(w.start));
    if (known_surname || capitalised_next)
        && whole(LexKind::Honorific)
        && !address_folded_into_name(doc, first.clone())
    {
        return false;
    }
    // Without case, `ĐỒNG CHÍ` is the form of address, not a name led by `Đồng`.
    !(no_case(doc, first.start) && doc.lookup_at(first.start, LexKind::Honorific).is_some())
}

/// The words of a name after its first word `first`: where the name ends and how many
/// words it has after its first. `uncased`: case says nothing, and (`Some(true)`) the
/// name is placed, so any Vietnamese syllable may go on it. `None` where case says nothing
/// and the first word makes a common word with the second (`THI HÀNH`, `QUÂN ĐỘI`).
fn name_words(
    doc: &Doc<'_>,
    first: Range<usize>,
    caps: bool,
    placed: Option<bool>,
) -> Option<(usize, usize)> {
    let text = doc.str();
    let uncased = placed.is_some();
    let any_syllable = placed == Some(true);
    let first_start = first.start;
    let (mut end, mut n, mut prev) = (first.end, 0, first);
    // Without case the lexicon ends a name: most Vietnamese names have three words.
    let most = if uncased {
        UNCASED_NAME_WORDS
    } else {
        MAX_NAME_WORDS
    };
    while n < most {
        let Some(w) = doc.next_word(end) else { break };
        let word = &text[w.clone()];
        if uncased && uncased::common_pair(doc, &prev, &w) {
            // `LÂM HẠNH PHÚC`: the word before goes with this one, not with the name.
            if n == 0 {
                return None;
            }
            return Some((
                doc.prev_word(prev.start).map_or(prev.start, |p| p.end),
                n - 1,
            ));
        }
        // A name's words share its case: `BIỆN LUÂN` or `Trần Đức Quý`, not `BIỆN Luân`.
        if !doc.capitalized(w.start)
            || doc.all_caps(w.clone()) != caps
            || word.chars().any(|c| c.is_ascii_digit())
            || (uncased
                && (uncased::ends_name(doc, w.start)
                    || !((any_syllable
                        && (uncased::bounded(doc, &w)
                            || (n == 0
                                && doc
                                    .next_word(w.end)
                                    .is_some_and(|x| name_word(doc, x.start)))))
                        || name_word(doc, w.start)
                        || (n == 1 && uncased::after_middle(doc, &prev, &w)))))
        {
            break;
        }
        // `ĐOÀN VIÊN THANH NIÊN`: the word goes with the next one.
        if uncased && uncased::joins_after(doc, &w) {
            break;
        }
        // A word glued to a code is no name's (`Covid-19`, `Su-30`).
        let glued = text[w.end..].starts_with(['-', '/'])
            && text[w.end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        // A word that starts an office, a body or a rank ends the name.
        // But a one-word level or body head that ends the run is a given name (`Trần Đức
        // Huyện`, `Lê Quang Trường`): nothing capitalised follows to complete it.
        let last = doc
            .next_word(w.end)
            .is_none_or(|n| !doc.capitalized(n.start));
        let stops = stops_name(doc, w.start, if last { w.end } else { usize::MAX })
            && !(n == 0 && folded_given_after_surname(doc, &prev, &w));
        if glued || stops {
            break;
        }
        end = w.end;
        n += 1;
        prev = w;
    }
    // `ĐỖ THỊ HỒNG NHUNG`: a middle name and a two-syllable given name.
    if uncased && n == most {
        end = uncased::given_name_after_middle(doc, first_start, end).unwrap_or(end);
    }
    Some((end, n))
}

/// Is the run `name` (`n` words after its first) a name as a whole?
fn whole_name_ok(doc: &Doc<'_>, name: Range<usize>, n: usize, caps: bool, uncased: bool) -> bool {
    let text = doc.str();
    // A name holds no function words (`not_in_name`): written in capitals, such a run is
    // a heading.
    if holds_function_word(doc, name.clone()) {
        return false;
    }
    // Capitals next to capitals are a heading too (`CHƯƠNG II QUYỀN HẠN`), not a byline.
    if caps
        && !uncased
        && (n == MAX_NAME_WORDS
            || doc.prev_word(name.start).is_some_and(|w| doc.all_caps(w))
            || doc.next_word(name.end).is_some_and(|w| doc.all_caps(w)))
    {
        return false;
    }
    // `Hạng C`: a word and a single letter is a label; `Nguyễn Văn A` has three words.
    !(n == 1
        && text[name]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().count() == 1))
}

/// Is `pos` a word in capitals in a segment where case says nothing (capitals, a
/// headline)? A title-case headline still capitalises names with its other words, and the
/// rules for mixed case read it well enough.
fn no_case(doc: &Doc<'_>, pos: usize) -> bool {
    doc.row_at(pos).is_some_and(|r| doc.case_cue(r).is_none())
        && doc.word_at(pos).is_some_and(|w| doc.all_caps(w))
}

/// Can the word at `pos` go on a name where case says nothing: a syllable of a given name
/// in the `given_name` list, a surname, a middle name, or a foreign word (no Vietnamese
/// syllable)?
fn name_word(doc: &Doc<'_>, pos: usize) -> bool {
    doc.row_at(pos).is_some_and(|row| {
        let m = doc.members(row);
        m.holds.has(LexKind::GivenName)
            || m.whole.has(LexKind::Surname)
            || m.whole.has(LexKind::MiddleName)
            || !m.whole.has(LexKind::Syllable)
    })
}
