//! Places after level words, shared by organizations (`UBND tỉnh Hà Giang`) and places
//! (`xã Nà Chì`).

use std::ops::Range;

use super::{Doc, HitKinds, Target};
use crate::dict::{Entity, Level, LexEntry, LexKind};

/// Longest place name taken after a level word when the dictionary does not know it.
const MAX_PLACE_WORDS: usize = 4;

/// A place name right after a level word that ends at `end`.
pub(crate) fn place_after(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let text = doc.str();
    // `TP.HCM`: the level's dot runs straight into the name.
    let pos = if text[..end].ends_with('.') && doc.word_at(end).is_some() {
        end
    } else {
        doc.next_word(end)?.start
    };
    place_at(doc, pos)
}

/// A place name starting at `pos`: a dictionary place, a former commune, or capitalised
/// words that do not start a person's name; with a final letter or number (`ấp Mỹ Phước B`).
pub(crate) fn place_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    // In capitals every word looks like a name: after a level word written out in capitals
    // (`TỈNH`, `ĐƯỜNG`), or any level word in a segment in capitals or a headline (`UBND TP
    // ĐỐI VỚI`), only a place some list knows is taken (`UBND TỈNH CHẤP HÀNH`).
    let caseless = doc.row_at(pos).is_some_and(|r| doc.case_cue(r).is_none());
    let guess = !caseless && !written_out_in_capitals(doc, pos);
    // After a road or a landmark's type word, every capitalised word is the name's: `đường
    // Nhật Tân`, not the country `Nhật`.
    let named = landmark_name(doc, pos).filter(|_| guess);
    if let Some(end) = known_place_at(doc, pos) {
        return Some(
            place_suffix(doc, end)
                .unwrap_or(end)
                .max(named.unwrap_or(0)),
        );
    }
    // Former communes are not in the automaton: they are looked up after the level word,
    // and taken when no longer run of capitalised words is there (`xã Sơn Thủy`, not `Sơn`).
    let looked = doc
        .lookup_at(pos, LexKind::FormerCommune)
        .filter(|(r, _)| doc.capitalized(r.start))
        .map(|(r, _)| r.end);
    let run = capitalised_run(doc, pos).filter(|_| guess).or(named);
    looked.max(run)
}

/// Is the word before `pos` a level word written out in capitals (`TỈNH`, `HUYỆN`, not the
/// short forms `TP`, `H.` that are always capitals), and the word at `pos` in capitals too?
fn written_out_in_capitals(doc: &Doc<'_>, pos: usize) -> bool {
    let text = doc.str();
    let before = text[..pos].trim_end_matches([' ', '.']);
    let Some(level) = doc.word_ending_at(before.len()) else {
        return false;
    };
    let caps = doc.all_caps(level.clone());
    let level = &text[level];
    let short_form = level.is_ascii() && level.len() <= 3;
    !short_form && caps && doc.word_at(pos).is_some_and(|w| doc.all_caps(w))
}

/// Is `level` the type word of a road or a landmark (`đường`, `hồ`, `chùa`), whose name
/// may be any capitalised words, a person's name or a country's included?
pub(crate) fn names_a_landmark(level: Level) -> bool {
    matches!(
        level,
        Level::Duong
            | Level::Pho
            | Level::DaiLo
            | Level::Ho
            | Level::Nui
            | Level::Deo
            | Level::Chua
            | Level::Den
            | Level::SanBay
    )
}

/// After a road's or a landmark's type word, the capitalised words of its name, a person's
/// name included: `đường Võ Văn Kiệt` is a road, not Mr Võ Văn Kiệt.
fn landmark_name(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let landmark = doc
        .entry_before(pos, LexKind::Level, 2)
        .and_then(|e| e.info.level)
        .is_some_and(names_a_landmark);
    if !landmark {
        return None;
    }
    let text = doc.str();
    // A level word or an abbreviation ends the name (`Trường` may be a person's name).
    let stop = HitKinds::lex(LexKind::Level)
        .and(HitKinds::lex(LexKind::Committee))
        .and(HitKinds::ABBREVIATIONS);
    let name_word = |w: &Range<usize>| {
        let word = &text[w.clone()];
        doc.capitalized(w.start)
            && !word.chars().all(|c| c.is_ascii_digit())
            && doc.hit_kinds(w.start).without(stop) == doc.hit_kinds(w.start)
    };
    let first = doc.word_at(pos).filter(name_word)?;
    let mut e = first.end;
    for _ in 1..MAX_PLACE_WORDS {
        match doc.next_word(e).filter(name_word) {
            Some(w) => e = w.end,
            None => break,
        }
    }
    Some(e)
}

/// Capitalised words at `pos` that do not start a person's name or another dictionary word.
fn capitalised_run(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let text = doc.str();
    let w = doc.word_at(pos)?;
    // After a word for a feature (`feature_word`) a one-word name may also be a surname
    // (`sông Lô`, `đảo Phú`); before more capitalised words, or after a short form (`P.
    // Võ`), a surname starts a person's name.
    let after_type_word = doc.phrase_before(pos, LexKind::FeatureWord, 1);
    let one_word = after_type_word
        && !doc
            .next_word(w.end)
            .is_some_and(|n| doc.capitalized(n.start));
    // Any hit but a place, a long form, or a surname in such a one-word name.
    let mut free = HitKinds::lex(LexKind::Place).and(HitKinds::LONG_FORMS);
    if one_word {
        free = free.and(HitKinds::lex(LexKind::Surname));
    }
    let blocked = !doc.hit_kinds(pos).without(free).is_empty();
    if blocked || !doc.capitalized(w.start) || text[w.clone()].chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // `H. M.`, `Q. H`: an initial after a dotted short form is a person's, not a place.
    if text[w.clone()].chars().count() == 1 && text[..pos].trim_end().ends_with('.') {
        return None;
    }
    let mut e = w.end;
    let mut n = 1;
    while n < MAX_PLACE_WORDS {
        match doc.next_word(e) {
            // A surname that ends the name goes on it (`TP Tây An,`); one that starts more
            // capitalised words starts a person's name (`phường Bến Nghé Lê Văn Hùng`),
            // and any other dictionary word ends the place.
            Some(nw)
                if doc.capitalized(nw.start)
                    && HitKinds::lex(LexKind::Surname).has(doc.hit_kinds(nw.start))
                    && (doc.hit_kinds(nw.start).is_empty()
                        || !doc
                            .next_word(nw.end)
                            .is_some_and(|w| doc.capitalized(w.start))) =>
            {
                e = nw.end;
                n += 1;
            }
            _ => break,
        }
    }
    Some(place_suffix(doc, e).unwrap_or(e))
}

/// A letter or a short number that ends a village's name: `ấp Mỹ Phước B`, `thôn Đông Hòa 2`,
/// when punctuation or the end of the text follows it.
pub(crate) fn place_suffix(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let text = doc.str();
    let w = doc.next_word(end)?;
    let word = &text[w.clone()];
    let letter = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    let number = word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit());
    let closed = text[w.end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | ')' | ';' | '.' | '\n'));
    ((letter || number) && closed).then_some(w.end)
}

/// A level word at `pos`. A capitalised one-word level (`Sóc`, `Bản`) is more likely part
/// of a name; `Thành phố`, `TP.` and lower-case levels count.
pub(crate) fn level_word_at<'a>(doc: &Doc<'a>, pos: usize) -> Option<(Range<usize>, &'a LexEntry)> {
    let (r, e) = doc.lookup_at(pos, LexKind::Level)?;
    let written = &doc.str()[r.clone()];
    let one_word = !written.contains(' ');
    // Short forms are written in capitals or with a dot: `TP`, `TX`, `H.`, `Q.`. The main
    // levels keep their meaning capitalised (`Huyện Mèo Vạc` opening a sentence).
    let short_form = written.ends_with('.') || doc.all_caps(r.clone());
    let main_level = e.info.level.is_some_and(Level::is_main);
    if one_word && doc.capitalized(r.start) && !short_form && !main_level {
        return None;
    }
    Some((r, e))
}

/// A place from the dictionary (or an abbreviation naming one) starting at `pos`.
pub(crate) fn known_place_at(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    doc.hits_at(pos)
        .iter()
        .filter(|h| match h.target {
            Target::Lex { kind, .. } => kind == LexKind::Place,
            Target::Abbrev { group, .. } => {
                let g = doc.group(group);
                doc.sense(g.senses[0]).entity == Entity::Location
            }
            Target::LongForm { .. } => false,
        })
        .map(|h| h.end)
        .max()
}
