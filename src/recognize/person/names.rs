//! Names the surname rule missed, told by the words around capitalised runs: a form of
//! address or a word for a person before them, a verb of saying after them, a byline, a
//! list of people they stand in, or the same name found earlier in the document.

use rustc_hash::FxHashSet;
use std::ops::Range;

use super::super::common::Doc;
use super::byline::is_byline;
use super::context::{
    Candidate, capitalized_runs, is_foreign, is_given_name, opens_with_foreign_name,
};
use super::cues::{
    address_folded_into_name, holds_function_word, honorific_before, inside_place, is_known_place,
    is_sexagenary, number_before, person_noun_before, saying_after, sentence_start,
    type_word_before,
};
use crate::dict::LexKind;

/// Names the surname rule missed, told by the words around a capitalised run: after a
/// form of address or a word for a person (`ông Wangchuk`, `cầu thủ Quang Hải`), before a
/// verb of saying (`Hùng cho biết`), or the same as a name already found in the document
/// (`Trần Văn Khải ... Khải`).
///
/// `is_claimed` says where an earlier recognizer's span starts no name; `is_number` where a
/// number was read: a word there is a name only where the document names that person
/// already (`Lê Văn Tám ... Tám đã`).
pub(crate) fn by_context(
    doc: &Doc<'_>,
    is_claimed: &dyn Fn(usize) -> bool,
    is_number: &dyn Fn(usize) -> bool,
    people: &mut Vec<(Range<usize>, Option<usize>)>,
) {
    let text = doc.str();
    let mut pending: Vec<Candidate> = Vec::new();
    let mut numbers: Vec<Candidate> = Vec::new();
    let mut added = Vec::new();
    // Runs that start inside a name found already or a claimed span are not looked at.
    let skip = |pos: usize| is_claimed(pos) || taken(people, &(pos..pos + 1));
    for c in capitalized_runs(doc, &skip) {
        let r = &c.range;
        if is_claimed(r.start) || taken(people, r) || is_sexagenary(doc, r) {
            continue;
        }
        if is_number(r.start) {
            if c.words == 1 && !c.caps {
                numbers.push(c);
            }
            continue;
        }
        match judge(doc, &c) {
            Verdict::Name => added.push((r.clone(), None)),
            Verdict::Maybe => pending.push(c),
            Verdict::Not => {}
        }
    }
    people.extend(added);
    people.sort_by_key(|(r, _)| r.start);
    let known = known_names(text, people);
    let mut more = Vec::new();
    // A single word opening a sentence is capitalised for that alone (`Tôi`, `Hoa`). A
    // foreign word or a speaker is no sentence-case word.
    // A word the document gives as a name stays (`Lê Văn Tám ... Tám đã`).
    pending.retain(|c| {
        c.words != 1
            || !sentence_start(text, c.range.start)
            || is_foreign(doc, c.range.clone())
            || (saying_after(doc, c.range.end) && name_syllable(doc, c.range.start))
            || (known.contains(&text[c.range.clone()])
                && doc
                    .lookup_at(c.range.start, LexKind::NotName)
                    .is_none_or(|(x, _)| x.end != c.range.end))
    });
    // A numeral that is also a name is that person's where the document names them.
    more.extend(
        numbers
            .iter()
            .filter(|c| known.contains(&text[c.range.clone()]))
            .map(|c| (c.range.clone(), None)),
    );
    pending.retain(|c| {
        let again = known.contains(&text[c.range.clone()]);
        if again {
            more.push((c.range.clone(), None));
        }
        !again
    });
    people.extend(more);
    people.sort_by_key(|(r, _)| r.start);
    in_lists(doc, &mut pending, people);
}

/// Does a name in `people` (sorted by start) overlap `r`?
fn taken(people: &[(Range<usize>, Option<usize>)], r: &Range<usize>) -> bool {
    let i = people.partition_point(|(p, _)| p.start < r.end);
    people[..i]
        .iter()
        .rev()
        .take(4)
        .any(|(p, _)| p.end > r.start)
}

/// What the words around a capitalised run say of it.
enum Verdict {
    /// A name.
    Name,
    /// A name only if the document names it elsewhere or a list it stands in does.
    Maybe,
    /// No name.
    Not,
}

/// Judges the run `c` by the words around it.
fn judge(doc: &Doc<'_>, c: &Candidate) -> Verdict {
    let text = doc.str();
    let r = &c.range;
    if number_before(text, r.start) || is_known_place(doc, r) {
        return Verdict::Not;
    }
    if is_byline(doc, r, c.words) {
        return Verdict::Name;
    }
    // `Qualcomm Technologies`, `La Liga`: a firm's or a league's word is in no name.
    if c.caps || holds_function_word(doc, r.clone()) {
        return Verdict::Not;
    }
    let honorific = || {
        c.honorific
            .unwrap_or_else(|| honorific_before(doc, r.start).is_some())
    };
    if c.addressed || honorific() || person_noun_before(doc, r.start) {
        return Verdict::Name;
    }
    if type_word_before(doc, r.start) || inside_place(doc, r.start) {
        return Verdict::Not;
    }
    if opens_with_foreign_name(doc, c) || is_given_name(doc, c) || speaker(doc, c) {
        return Verdict::Name;
    }
    // Typed without marks: `Chi Bao` inside a sentence is `Chí Bảo`, not `chị Bảo`.
    if c.words >= 2
        && doc
            .word_at(r.start)
            .is_some_and(|w| address_folded_into_name(doc, w))
    {
        return Verdict::Name;
    }
    Verdict::Maybe
}

/// Is the run `c` a speaker: a name of three words or fewer before a verb of saying?
fn speaker(doc: &Doc<'_>, c: &Candidate) -> bool {
    let text = doc.str();
    let r = &c.range;
    // The verb first: most runs have none after them, and the rest asks the lexicon.
    if c.words > 3 || !saying_after(doc, r.end) {
        return false;
    }
    if c.words > 1 {
        return true;
    }
    let single_common = doc
        .lookup_at(r.start, LexKind::NotName)
        .is_some_and(|(x, _)| x.end == r.end);
    // One foreign word before `cho biết` is as often a firm (`Apple`) as a person.
    let one_foreign = || is_foreign(doc, r.clone());
    // One word opening a sentence before a verb of saying is a speaker only if it can be
    // a name: `Hùng cho biết`, not `Chuyện kể rằng`.
    let common_opener = || {
        sentence_start(text, r.start) && !is_foreign(doc, r.clone()) && !name_syllable(doc, r.start)
    };
    !single_common && !one_foreign() && !common_opener()
}

/// The names in `people` and their last word, and their last two when they have three or
/// more (`Trung Kiên`): the same name again, or the given name of one found in full
/// (`Khải`, `Harford`).
fn known_names<'t>(text: &'t str, people: &[(Range<usize>, Option<usize>)]) -> FxHashSet<&'t str> {
    let mut known = FxHashSet::default();
    for (r, _) in people {
        let name = &text[r.clone()];
        known.insert(name);
        if let Some(last) = name.rfind(' ') {
            known.insert(&name[last + 1..]);
            if let Some(before) = name[..last].rfind(' ') {
                known.insert(&name[before + 1..]);
            }
        }
    }
    known
}

/// How the items of a list are joined: `A, B và C` (a dash joins names and offices too).
const JOINERS: [&str; 2] = [", ", " và "];

/// Capitalised runs listed next to people are people too: `Marco Reus, Mario Goetze, Matt
/// Hummels`, `Văn Quyết, Rimario và Văn Toàn`. A few passes carry a list through runs of
/// unknown names.
fn in_lists(
    doc: &Doc<'_>,
    pending: &mut Vec<Candidate>,
    people: &mut Vec<(Range<usize>, Option<usize>)>,
) {
    let text = doc.str();
    let mut starts: FxHashSet<usize> = people.iter().map(|(r, _)| r.start).collect();
    let mut ends: FxHashSet<usize> = people.iter().map(|(r, _)| r.end).collect();
    let mut more = Vec::new();
    for _ in 0..4 {
        let before = more.len();
        pending.retain(|c| {
            let r = &c.range;
            // `Nguyễn Văn Bảy, Trưởng trạm`: one capitalised word before lower-case ones
            // starts an office or a common noun.
            let one_word_phrase = c.words == 1
                && !is_foreign(doc, r.clone())
                && doc
                    .next_word(r.end)
                    .is_some_and(|w| !doc.capitalized(w.start));
            if c.words > 3 || one_word_phrase {
                return true;
            }
            let left = JOINERS.iter().any(|j| {
                text[..r.start]
                    .strip_suffix(j)
                    .is_some_and(|t| ends.contains(&t.len()))
            });
            let right = JOINERS
                .iter()
                .any(|j| text[r.end..].starts_with(j) && starts.contains(&(r.end + j.len())));
            if !(left || right) {
                return true;
            }
            starts.insert(r.start);
            ends.insert(r.end);
            more.push((r.clone(), None));
            false
        });
        if more.len() == before {
            break;
        }
    }
    people.extend(more);
    people.sort_by_key(|(r, _)| r.start);
}

/// Can the word at `pos` be part of a Vietnamese name: a surname, or a syllable of a given
/// name in the `given_name` list (`Hùng`, `Lan`; not `Chuyện`)?
fn name_syllable(doc: &Doc<'_>, pos: usize) -> bool {
    doc.row_at(pos).is_some_and(|row| {
        let m = doc.members(row);
        m.holds.has(LexKind::GivenName) || m.whole.has(LexKind::Surname)
    })
}
