//! The input as the speech form walks it: the syllable table of the normalized text, a
//! row per token (letters, digits, or one other character), with its original range.

use std::ops::Range;

use crate::normalize::table::{Syllables, flag};

/// The tokens of one text.
#[derive(Clone, Copy)]
pub(crate) struct Tokens<'a> {
    /// The normalized text.
    text: &'a str,
    table: &'a Syllables,
    /// Per row, whether its segment is written without accents (empty: none is).
    unaccented: &'a [bool],
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tk {
    Word,
    Num,
    Mark,
}

impl<'a> Tokens<'a> {
    pub(crate) fn new(text: &'a str, table: &'a Syllables, unaccented: &'a [bool]) -> Tokens<'a> {
        Tokens {
            text,
            table,
            unaccented,
        }
    }

    /// Token `i` is in a segment written without accents.
    pub(crate) fn unaccented(&self, i: usize) -> bool {
        self.unaccented.get(i).copied().unwrap_or(false)
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.table.len()
    }

    /// The normalized text of token `i` (empty past the end).
    pub(crate) fn s(&self, i: usize) -> &'a str {
        if i < self.len() {
            &self.text[self.table.range(i)]
        } else {
            ""
        }
    }

    /// Is token `i`, alone, a lexicon entry of `kind` in any case (`LexKind::Syllable`: a
    /// Vietnamese syllable)? One read of the table's membership bits.
    pub(crate) fn in_lexicon(&self, i: usize, kind: crate::dict::LexKind) -> bool {
        let ids = self.table.ids();
        ids.and_then(|ids| ids.members.get(i))
            .is_some_and(|m| m.whole.has(kind))
    }

    /// The kind of token `i` (`None` past the end).
    pub(crate) fn kind(&self, i: usize) -> Option<Tk> {
        self.table.flags.get(i).map(|f| match f & flag::KIND {
            flag::WORD => Tk::Word,
            flag::NUM => Tk::Num,
            _ => Tk::Mark,
        })
    }

    /// The normalized text from token `a` to the end of token `b - 1` (glued tokens are
    /// one slice).
    pub(crate) fn text(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.len() {
            return "";
        }
        &self.text[self.table.range(a).start..self.table.range(b - 1).end]
    }

    /// The original byte range of token `i`.
    pub(crate) fn orig(&self, i: usize) -> Range<usize> {
        match (self.table.orig_start.get(i), self.table.orig_end.get(i)) {
            (Some(&s), Some(&e)) => s as usize..e as usize,
            _ => {
                let end = self.table.orig_end.last().map_or(0, |&e| e as usize);
                end..end
            }
        }
    }

    /// The original range from token `a` to the end of token `b - 1`.
    pub(crate) fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.orig(a).start..self.orig(b.max(a + 1) - 1).end
    }

    /// Token `i` exists and directly follows the one before.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.table.flags.get(i).is_some_and(|f| f & flag::GAP == 0)
    }

    /// Token `i` exists and white space comes before it.
    pub(crate) fn spaced(&self, i: usize) -> bool {
        self.table.flags.get(i).is_some_and(|f| f & flag::GAP != 0)
    }

    /// Token `i` is a word of two letters or more in capitals.
    pub(crate) fn all_caps(&self, i: usize) -> bool {
        self.table
            .flags
            .get(i)
            .is_some_and(|f| f & flag::ALL_CAPS != 0)
    }

    /// Token `i` is digits.
    pub(crate) fn num(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Num)
    }

    /// Token `i` is a word.
    pub(crate) fn word(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Word)
    }

    /// Token `i` is the mark `c`.
    pub(crate) fn mark(&self, i: usize, c: &str) -> bool {
        self.kind(i) == Some(Tk::Mark) && self.s(i) == c
    }

    /// Token `i` is the word `lower`, in any case; in an unaccented segment, without its
    /// marks too (`ngay` is `ngày` there).
    pub(crate) fn is(&self, i: usize, lower: &str) -> bool {
        self.word(i)
            && (eq_lower(self.s(i), lower) || (self.unaccented(i) && eq_folded(self.s(i), lower)))
    }

    /// The words of `phrase` (lower case, single spaces) end at token `i` (inclusive),
    /// spaced from each other: the first token of the phrase.
    pub(crate) fn ends_with(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        let mut words = phrase.rsplit(' ').peekable();
        while let Some(w) = words.next() {
            if !self.is(k, w) {
                return None;
            }
            if words.peek().is_some() {
                if k == 0 || !self.spaced(k) {
                    return None;
                }
                k -= 1;
            }
        }
        Some(k)
    }

    /// One of `phrases` ends at token `i`.
    pub(crate) fn after_any(&self, i: usize, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.ends_with(i, p).is_some())
    }

    /// The end of the run of tokens glued to token `i`: letters, digits and the marks
    /// between them (`56/NQ-HĐND`, `30H-456.78`, `1.234,5`).
    /// Looks at most `limit` tokens ahead.
    pub(crate) fn chain_end(&self, i: usize, limit: usize) -> usize {
        let mut j = i + 1;
        while j < self.len().min(i + limit) && self.glued(j) {
            let joins = self.kind(j) == Some(Tk::Mark)
                && CHAIN.contains(&self.s(j))
                && self.glued(j + 1)
                && matches!(self.kind(j + 1), Some(Tk::Word | Tk::Num));
            if joins {
                j += 2;
            } else if matches!(self.kind(j), Some(Tk::Word | Tk::Num)) {
                j += 1;
            } else {
                break;
            }
        }
        j
    }
}

/// Marks that join letters and digits into one code or numeral.
const CHAIN: &[&str] = &[".", ",", "/", "-", ":", "_"];

/// `a` and `b` are one word without marks and case (`Ngay`, `ngày`).
pub(crate) fn eq_folded(a: &str, b: &str) -> bool {
    use super::lexicon::base_letter;
    a.chars().map(base_letter).eq(b.chars().map(base_letter))
}

/// `s` in lower case is `lower`, without allocating (Vietnamese letters keep their length).
pub(crate) fn eq_lower(s: &str, lower: &str) -> bool {
    s.len() == lower.len() && s.chars().flat_map(char::to_lowercase).eq(lower.chars())
}
