//! Definitions the document gives: `Mặt trận Tổ quốc (MTTQ)` and `MTTQ (Mặt trận Tổ
//! quốc)`, a long form whose initials spell the abbreviation in brackets next to it.

use std::ops::Range;

use super::Definition;
use crate::dict::{Entity, LexKind};
use crate::normalize::strip_diacritics;
use crate::recognize::common::words::is_all_caps;
use crate::recognize::common::{Doc, Found};
use crate::span::{Kind, RelationKind, Source};

/// Longest text between the brackets of a definition, in bytes.
const MAX_DEFINITION: usize = 200;
/// Finds `Long Form (ABBR)` and `ABBR (Long Form)` and adds their spans and relation.
pub(super) fn find_definitions<'a>(doc: &Doc<'a>, found: &mut Found<'a>) -> Vec<Definition<'a>> {
    let text = doc.str();
    let mut defs: Vec<Definition> = Vec::new();
    // Words a long form may hold without a letter in the abbreviation (`link_word`).
    let is_link = |w: &str| doc.entry_named(w, LexKind::LinkWord).is_some();
    for (open, _) in text.match_indices('(') {
        // A definition is short: look for `)` only within the next few hundred bytes, so
        // unclosed brackets cost nothing more than their own scan.
        let mut limit = (open + MAX_DEFINITION + 2).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let Some(close_rel) = text[open..limit].find(')') else {
            continue;
        };
        let close = open + close_rel;
        let inner = &text[open + 1..close];
        if inner.is_empty() || inner.contains('(') {
            continue;
        }
        let def = if is_abbreviation_token(inner) {
            // Long Form (ABBR)
            let end = text[..open].trim_end().len();
            long_form_before(doc, end, inner, &is_link).map(|start| (start..end, open + 1..close))
        } else {
            // ABBR (Long Form)
            let before = text[..open].trim_end();
            // An abbreviation has no lower-case letter: its last one is not.
            let capital = before
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_lowercase());
            capital
                .then(|| doc.word_ending_at(before.len()))
                .flatten()
                .and_then(|w| {
                    let w = abbreviation_token_ending_at(text, w);
                    is_abbreviation_token(&text[w.clone()]).then_some(w)
                })
                .filter(|w| initials_match(&text[open + 1..close], &text[w.clone()], &is_link))
                .map(|w| (open + 1..close, w))
        };
        let Some((long, abbr)) = def else { continue };
        let abbreviation = &text[abbr.clone()];
        let canonical = doc
            .group_named(abbreviation)
            .map_or(abbreviation, |g| g.canonical.as_str());
        let expansion = &text[long.clone()];
        let lf = found.push(Kind::LongForm, long);
        let canonical_id = found.text(canonical);
        found.attrs(lf).abbreviation = Some(canonical_id);
        let ab = found.push(Kind::Abbreviation, abbr);
        let entity = doc
            .group_named(canonical)
            .map_or(Entity::Other, |g| doc.sense(g.senses[0]).entity);
        let expansion_id = found.text(expansion);
        let span = found.attrs(ab);
        span.canonical = Some(canonical_id);
        span.expansion = Some(expansion_id);
        span.entity = Some(entity);
        span.source = Some(Source::Document);
        found.link(RelationKind::Defines, lf, ab);
        if !defs.iter().any(|d| d.abbreviation == canonical) {
            defs.push(Definition {
                abbreviation: canonical,
                expansion,
            });
        }
    }
    defs
}

/// An all-capitals token, possibly with `-`, `&`, `/` or `.` inside: `MTTQ`, `KT-XH`.
fn is_abbreviation_token(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=12).contains(&letters)
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&' | '/' | '.'))
        && s.chars().next().is_some_and(char::is_uppercase)
        && is_all_caps(s)
}

/// Widens a word to the whole abbreviation token it ends (`KT-XH` from `XH`).
fn abbreviation_token_ending_at(text: &str, w: Range<usize>) -> Range<usize> {
    let mut start = w.start;
    while let Some(c) = text[..start].chars().next_back() {
        if c.is_alphanumeric() || matches!(c, '-' | '&' | '/' | '.') {
            start -= c.len_utf8();
        } else {
            break;
        }
    }
    start..w.end
}

/// The letters an abbreviation stands for, without marks: `HĐND` → `HDND`.
fn abbreviation_letters(abbr: &str) -> Vec<char> {
    abbr.chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| strip_diacritics(c).to_ascii_uppercase())
        .collect()
}

fn initial(word: &str) -> Option<char> {
    word.chars()
        .next()
        .map(|c| strip_diacritics(c).to_ascii_uppercase())
}

/// Start of the words before `end` whose initials spell `abbr`, walking backwards.
fn long_form_before(
    doc: &Doc<'_>,
    end: usize,
    abbr: &str,
    is_link: &dyn Fn(&str) -> bool,
) -> Option<usize> {
    let text = doc.str();
    let letters = abbreviation_letters(abbr);
    let mut need = letters.len();
    let mut pos = end;
    let mut start = None;
    while need > 0 {
        let w = doc.word_ending_at(pos)?;
        let word = &text[w.clone()];
        if initial(word) == Some(letters[need - 1]) {
            need -= 1;
            start = Some(w.start);
        } else if !is_link(word) || need == letters.len() {
            return None;
        }
        // The gap before the word must be a space or a hyphen.
        let gap = text[..w.start].chars().next_back();
        if need > 0 && !matches!(gap, Some(' ' | '-')) {
            return None;
        }
        pos = w.start - gap.map_or(0, char::len_utf8);
    }
    start
}

/// Do the initials of the words of `long` (link words aside) spell `abbr`?
fn initials_match(long: &str, abbr: &str, is_link: &dyn Fn(&str) -> bool) -> bool {
    let letters = abbreviation_letters(abbr);
    let mut it = letters.iter();
    let mut next = it.next();
    for word in long.split([' ', '-']).filter(|w| !w.is_empty()) {
        match next {
            Some(&l) if initial(word) == Some(l) => next = it.next(),
            _ if is_link(word) => {}
            _ => return false,
        }
    }
    next.is_none()
}

#[cfg(test)]
mod tests {
    use super::super::super::common::words::with_doc;
    use super::*;

    #[test]
    fn initials() {
        let link =
            |w: &str| ["và", "của", "các", "với", "cho"].contains(&w.to_lowercase().as_str());
        assert!(initials_match("Mặt trận Tổ quốc", "MTTQ", &link));
        assert!(initials_match("Hội đồng nhân dân", "HĐND", &link));
        assert!(initials_match("Giáo dục và Đào tạo", "GD&ĐT", &link));
        assert!(!initials_match("Mặt trận", "MTTQ", &link));
        let t = "Ban Chỉ huy quân sự (CHQS)";
        with_doc(t, |doc| {
            assert_eq!(
                long_form_before(doc, t.find(" (").unwrap_or(0), "CHQS", &link)
                    .map(|s| &t[s..t.find(" (").unwrap_or(0)]),
                Some("Chỉ huy quân sự")
            );
        });
        let t = "Ủy ban Kiểm tra (UBKT)";
        with_doc(t, |doc| {
            assert_eq!(
                long_form_before(doc, t.find(" (").unwrap_or(0), "UBKT", &link),
                Some(0)
            );
        });
        assert!(
            is_abbreviation_token("KT-XH")
                && !is_abbreviation_token("Mặt")
                && !is_abbreviation_token("2020")
        );
    }
}
