//! Abbreviations in the sense the annotation chose, foreign acronyms, and Roman numerals.

use super::Acronyms;
use super::lexicon::{ROADS, ROMAN_BEFORE, SAID_AS_WORDS, SPOKEN_ACRONYMS, base_letter};
use super::numerals::roman;
use super::reader::{Last, Reader};
use crate::dict::{Entity, LexKind};
use crate::span::Span;

impl Reader<'_> {
    /// An abbreviation span (rows `a..b`): a unit after a number, a road code before one,
    /// letters in a code, or its expansion; an acronym the expansion does not spell out
    /// (`NATO`, `VTV`) is said as people say it.
    pub(super) fn abbreviation(&mut self, a: usize, b: usize, span: &Span) -> usize {
        let t = self.t;
        // A Vietnamese syllable among words in capitals (`ĐẦU TƯ`, `DU LỊCH` in a
        // headline) is that word, not an abbreviation.
        if b == a + 1 && t.in_lexicon(a, LexKind::Syllable) && self.in_capitals(a) {
            self.as_written(a);
            return b;
        }
        if b == a + 1 {
            if let Some(e) = self
                .unit(a)
                .or_else(|| self.road(a))
                .or_else(|| self.roman(a))
            {
                return e;
            }
        }
        let glued_digits = (a > 0 && t.glued(a) && t.num(a - 1)) || (t.glued(b) && t.num(b));
        let written = span.canonical.as_deref().unwrap_or(&span.text);
        if glued_digits && ROADS.iter().all(|(r, _)| *r != written) {
            let text = span.text.as_str();
            self.piece(a, b, Last::Word, |r| r.spell(text, false));
            return b;
        }
        match span.expansion.as_deref() {
            Some(expansion) if initials_match(written, expansion) => {
                let document_code =
                    span.entity == Some(Entity::Document) && written.contains(['-', '/']);
                let keep_commas = self.punctuation;
                let before = self.out.last_word().to_lowercase();
                self.piece(a, b, Last::Word, |r| {
                    let lower = expansion.to_lowercase();
                    let mut words = lower.as_str();
                    let owned;
                    if document_code {
                        owned = lower.replace(" của ", " ");
                        words = owned.as_str();
                    }
                    // `báo QĐND` is `báo Quân đội nhân dân`, not `báo Báo Quân đội ...`.
                    if let Some((first, rest)) = words.split_once(' ') {
                        if first == before && a > 0 && r.t.spaced(a) {
                            words = rest;
                        }
                    }
                    r.expansion_words(words, keep_commas);
                });
            }
            expansion => {
                let text = span.text.clone();
                self.piece(a, b, Last::Word, |r| r.acronym(&text, expansion));
            }
        }
        b
    }

    /// Token `i` stands among words in capitals: the words next to it (one at least) are
    /// all capitals.
    pub(super) fn in_capitals(&self, i: usize) -> bool {
        let t = self.t;
        let before = (i > 0 && t.spaced(i) && t.word(i - 1)).then(|| t.all_caps(i - 1));
        let after = (t.spaced(i + 1) && t.word(i + 1)).then(|| t.all_caps(i + 1));
        matches!(
            (before, after),
            (Some(true), Some(true) | None) | (None, Some(true))
        )
    }

    /// The words of an expansion in lower case, commas kept when `keep_commas`; numbers
    /// in it are said (`Quốc hội khóa XIV` → `quốc hội khóa mười bốn`).
    fn expansion_words(&mut self, words: &str, keep_commas: bool) {
        let mut before = "";
        for w in words.split_whitespace() {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            let upper = bare.to_uppercase();
            let number = if bare.bytes().all(|b| b.is_ascii_digit()) {
                bare.parse().ok()
            } else if ROMAN_BEFORE.contains(&before) {
                roman(&upper)
            } else {
                None
            };
            match number {
                Some(n) if !bare.is_empty() => self.say.cardinal(n, &mut self.out),
                _ => self.out.words_of(w, |w| keep_commas && w.ends_with(',')),
            }
            before = bare;
        }
    }

    /// A foreign acronym or a code in capitals: as a word when people say it as one,
    /// else letter by letter (English letter names for a foreign one).
    pub(super) fn acronym(&mut self, w: &str, expansion: Option<&str>) {
        let upper: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        let as_word = SAID_AS_WORDS.contains(&upper.as_str());
        match self.acronyms {
            Acronyms::Words => return self.out.word(w),
            Acronyms::Auto if as_word => return self.out.word(w),
            _ => {}
        }
        if let Some(&(_, said)) = SPOKEN_ACRONYMS.iter().find(|(a, _)| *a == upper) {
            return self.out.word(said);
        }
        // An acronym the dictionary knows is in Vietnamese use: Vietnamese letter names
        // (`ODA` → `ô đê a`, `WTO` → `vê kép tê ô`). One it does not know is foreign when
        // it has letters the Vietnamese alphabet lacks (`FBI` → `ép bi ai`).
        let foreign = as_word
            || (expansion.is_none() && upper.chars().any(|c| matches!(c, 'F' | 'J' | 'W' | 'Z')));
        self.spell(&upper, foreign);
    }

    /// A Roman numeral after a word that takes one (`khóa IX`, `thế kỷ XX`, `lần thứ
    /// III`): said as a number, an ordinal after `thứ`. Returns the row after it.
    pub(super) fn roman(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let w = t.s(i);
        let single = w.len() == 1;
        if single && !matches!(w, "I" | "V" | "X") {
            return None;
        }
        let n = roman(w)?;
        if i == 0 || !t.spaced(i) || (t.glued(i + 1) && t.word(i + 1)) {
            return None;
        }
        let before = t.after_any(i - 1, ROMAN_BEFORE);
        if !before {
            return None;
        }
        let ordinal = t.is(i - 1, "thứ");
        self.piece(i, i + 1, Last::Number, |r| {
            if ordinal {
                r.say.ordinal(n, &mut r.out);
            } else {
                r.say.cardinal(n, &mut r.out);
            }
        });
        Some(i + 1)
    }
}

/// Does `expansion` spell out `abbreviation`: are the capitals of the abbreviation the
/// first letters of the expansion's words, in order (other words may come before or
/// between: `Báo`, `của`, `và`)? `UBND` → `Ủy ban nhân dân` does, `QĐND` → `Báo Quân đội
/// nhân dân` too; `NATO` → `Tổ chức Hiệp ước ...` does not.
pub(crate) fn initials_match(abbreviation: &str, expansion: &str) -> bool {
    let fold = |c: char| base_letter(c).to_ascii_uppercase();
    let letters: Vec<char> = abbreviation
        .chars()
        .filter(|c| c.is_uppercase())
        .map(fold)
        .collect();
    let initials: Vec<char> = expansion
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .map(fold)
        .collect();
    if letters.is_empty() {
        return false;
    }
    let mut k = 0;
    for &l in &letters {
        // `W` writes `Ư` (`TW` for `Trung ương`).
        let same = |c: char| c == l || (l == 'W' && c == 'U');
        match initials[k..].iter().position(|&c| same(c)) {
            Some(p) => k += p + 1,
            None => return false,
        }
    }
    true
}
