//! The words next to a hit, read from the syllable table.
//!
//! A word is a maximal run of letters and digits: the table's rows of letters and of
//! digits glued together (`10h15`, `Covid19`), with a single other character that counts
//! as a letter or digit (`²`). Recognizers read the few words next to a dictionary hit
//! through these queries of [`Doc`]; none of them scans the text, and the case of a word
//! is the flag its row already carries.

use std::ops::Range;

use super::Doc;
use crate::normalize::is_word_char;
use crate::normalize::table::{Syllables, flag, in_word, kind_of};

impl Doc<'_> {
    /// Is row `row` part of a word? Letters and digits are, by their flag; a mark only
    /// when it is a character that counts as a letter or digit (`²`).
    #[inline(always)]
    fn in_word(&self, t: &Syllables, row: usize) -> bool {
        t.flags[row] & flag::KIND != flag::PUNCT || self.mark_in_word(t, row)
    }

    #[cold]
    #[inline(never)]
    fn mark_in_word(&self, t: &Syllables, row: usize) -> bool {
        self.str()[t.range(row)]
            .chars()
            .next()
            .is_some_and(is_word_char)
    }

    /// The word that starts at `pos` (from `pos` to the end of its word when `pos` falls
    /// inside one).
    ///
    /// Before anything has built the syllable table, the word is read from its own
    /// characters, as in [`word_ending_at`](Self::word_ending_at).
    #[inline]
    pub(crate) fn word_at(&self, pos: usize) -> Option<Range<usize>> {
        let text = self.str();
        if pos >= text.len() || !text.is_char_boundary(pos) {
            return None;
        }
        let Some(t) = self.built_rows() else {
            let len: usize = text[pos..]
                .chars()
                .take_while(|&c| in_word(c))
                .map(char::len_utf8)
                .sum();
            return (len > 0).then_some(pos..pos + len);
        };
        // A row start in one read; inside a row, the row before.
        let row = match t.rows.index_of(pos) {
            Some(row) => row,
            None => t.rows.rank(pos + 1).checked_sub(1)?,
        };
        if pos >= t.end[row] as usize || !self.in_word(t, row) {
            return None;
        }
        let mut last = row;
        while let Some(&f) = t.flags.get(last + 1) {
            if f & flag::GAP != 0 || !self.in_word(t, last + 1) {
                break;
            }
            last += 1;
        }
        Some(pos..t.end[last] as usize)
    }

    /// The token (a row of the syllable table: a run of letters, a run of ASCII digits,
    /// one other character) that starts at `pos`. Before anything has built the table, read
    /// from the characters at and before `pos` by the table's own rule ([`kind_of`]).
    pub(crate) fn token_at(&self, pos: usize) -> Option<Range<usize>> {
        if let Some(t) = self.built_rows() {
            return t.rows.index_of(pos).map(|row| t.range(row));
        }
        let text = self.str();
        let c = text
            .get(pos..)?
            .chars()
            .next()
            .filter(|c| !c.is_whitespace())?;
        let kind = kind_of(c);
        if kind != flag::PUNCT && text[..pos].chars().next_back().map(kind_of) == Some(kind) {
            return None;
        }
        let len: usize = if kind == flag::PUNCT {
            c.len_utf8()
        } else {
            text[pos..]
                .chars()
                .take_while(|&d| kind_of(d) == kind)
                .map(char::len_utf8)
                .sum()
        };
        Some(pos..pos + len)
    }

    /// Where the text writes one of `words` as a whole token (see
    /// [`token_at`](Self::token_at)), in order. For words that the document itself
    /// defines (`Trung tâm Dữ liệu (TTDL)`), which no dictionary holds and so the matcher
    /// never found: the one search of the text outside the matcher, one pass for all
    /// `words`, that never builds the syllable table.
    ///
    /// `words` are runs of letters. Where one is a whole token it is the longest of them
    /// there, and no other match covers its start (that has a letter before it), so the
    /// leftmost-longest matches hold every whole token.
    pub(crate) fn occurrences(&self, words: &[&str]) -> Vec<usize> {
        use aho_corasick::{AhoCorasick, MatchKind};
        let built = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(words);
        let Ok(ac) = built else {
            return Vec::new();
        };
        ac.find_iter(self.str())
            .filter(|m| self.token_at(m.start()) == Some(m.range()))
            .map(|m| m.start())
            .collect()
    }

    /// The word after `pos`, separated from it by exactly one space.
    pub(crate) fn next_word(&self, pos: usize) -> Option<Range<usize>> {
        if self.str().as_bytes().get(pos) != Some(&b' ') {
            return None;
        }
        self.word_at(pos + 1)
    }

    /// The word that ends right before `pos`, separated from it by exactly one space.
    pub(crate) fn prev_word(&self, pos: usize) -> Option<Range<usize>> {
        if pos == 0 || self.str().as_bytes().get(pos - 1) != Some(&b' ') {
            return None;
        }
        self.word_ending_at(pos - 1)
    }

    /// The word that ends at `end` (from its start to `end` when `end` falls inside one).
    ///
    /// Before anything has built the syllable table, the word is read from its own
    /// characters ([`in_word`]: the same words the table's rows make, a test keeps the
    /// two equal), so that the definitions of a run that asks for abbreviations alone do
    /// not build the table of the whole text for the few words before each `(`.
    pub(crate) fn word_ending_at(&self, end: usize) -> Option<Range<usize>> {
        let text = self.str();
        if end == 0 || end > text.len() || !text.is_char_boundary(end) {
            return None;
        }
        let Some(t) = self.built_rows() else {
            let start = text[..end]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| in_word(c))
                .last()?
                .0;
            return Some(start..end);
        };
        let mut row = t.rows.rank(end).checked_sub(1)?;
        if end > t.end[row] as usize || !self.in_word(t, row) {
            return None;
        }
        while row > 0 && t.flags[row] & flag::GAP == 0 && self.in_word(t, row - 1) {
            row -= 1;
        }
        Some(t.start[row] as usize..end)
    }

    /// Does the text at `pos` start with an upper-case letter (`Trần`, `BIỆN`)?
    pub(crate) fn capitalized(&self, pos: usize) -> bool {
        match self.row_at(pos) {
            Some(row) => self.rows().flags[row] & flag::CAPITALISED != 0,
            None => self
                .str()
                .get(pos..)
                .and_then(|s| s.chars().next())
                .is_some_and(char::is_uppercase),
        }
    }

    /// Is every letter of `range` upper case, with more than one letter (`BIỆN`, `UBND`)?
    /// One row answers with its flag; longer ranges are read letter by letter.
    pub(crate) fn all_caps(&self, range: Range<usize>) -> bool {
        let t = self.rows();
        match self.row_at(range.start) {
            Some(row) if t.end[row] as usize == range.end => t.flags[row] & flag::ALL_CAPS != 0,
            _ => is_all_caps(&self.str()[range]),
        }
    }
}

/// Every letter of `s` upper case, and more than one letter: `BIỆN`, `UBND`, `KT-XH`.
pub(crate) fn is_all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() > 1 && s.chars().all(|c| !c.is_lowercase())
}

/// Runs `check` on the [`Doc`] of `input` with the built-in dictionary (for tests).
#[cfg(test)]
pub(crate) fn with_doc(input: &str, check: impl FnOnce(&Doc<'_>)) {
    use crate::dict::Dictionary;
    use crate::matcher::{Layer, Matcher};
    use crate::normalize::Normalizer;
    let normalizer = Normalizer::new();
    let built = Matcher::build(vec![Layer::Builtin(Dictionary::builtin())], &normalizer);
    let Ok(matcher) = built else {
        panic!("{:?}", built.err());
    };
    let text = normalizer.normalize(input);
    let mut hits = Vec::new();
    matcher.find(&text, &mut hits);
    check(&Doc::new(&text, &hits, &matcher, None));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan the table replaces: a maximal run of [`is_word_char`]s at `pos`.
    fn scanned_at(text: &str, pos: usize) -> Option<Range<usize>> {
        let len: usize = text
            .get(pos..)?
            .chars()
            .take_while(|&c| is_word_char(c))
            .map(char::len_utf8)
            .sum();
        (len > 0).then_some(pos..pos + len)
    }

    fn scanned_ending_at(text: &str, end: usize) -> Option<Range<usize>> {
        let len: usize = text
            .get(..end)?
            .chars()
            .rev()
            .take_while(|&c| is_word_char(c))
            .map(char::len_utf8)
            .sum();
        (len > 0).then_some(end - len..end)
    }

    #[test]
    fn words_of_the_table_are_runs_of_letters_and_digits() {
        let input = "Đại tá Phan Huy, Giám đốc 10h15 Covid-19 H5N1 m² UBND TP.HCM\nx A";
        with_doc(input, |doc| {
            let t = doc.str();
            for pos in 0..=t.len() {
                assert_eq!(doc.word_at(pos), scanned_at(t, pos), "word at {pos}");
                assert_eq!(
                    doc.word_ending_at(pos),
                    scanned_ending_at(t, pos),
                    "ending {pos}"
                );
                if let Some(w) = doc.word_at(pos) {
                    let word = &t[w.clone()];
                    let capital = word.chars().next().is_some_and(char::is_uppercase);
                    assert_eq!(doc.capitalized(pos), capital, "{word}");
                    assert_eq!(doc.all_caps(w), is_all_caps(word), "{word}");
                }
            }
            let at = |w: &str| t.find(w).unwrap_or(usize::MAX);
            assert_eq!(doc.word_at(0).map(|r| &t[r]), Some("Đại"));
            assert_eq!(doc.next_word("Đại".len()).map(|r| &t[r]), Some("tá"));
            assert_eq!(doc.prev_word(at("Phan")).map(|r| &t[r]), Some("tá"));
            assert_eq!(doc.next_word(at(",")), None);
            assert_eq!(doc.word_at(at("10h15")).map(|r| &t[r]), Some("10h15"));
            assert_eq!(doc.word_at(at("m²")).map(|r| &t[r]), Some("m²"));
            assert_eq!(doc.prev_word(at("x")), None);
            assert!(doc.all_caps(at("UBND")..at("UBND") + 4) && !doc.all_caps(at("Huy")..at(",")));
            assert!(doc.all_caps(at("H5N1")..at("H5N1") + 4));
        });
    }

    #[test]
    fn words_read_before_the_table_is_built_are_the_tables_words() {
        let input = "Ủy ban nhân dân (UBND), x\u{301}y m² ٣٤ Covid-19 10h15 \"Hà\"\tNội\n(KT-XH) Đ";
        with_doc(input, |doc| {
            let t = doc.str();
            let ends = 0..=t.len() + 1;
            let unbuilt: Vec<_> = ends.clone().map(|e| doc.word_ending_at(e)).collect();
            let unbuilt_at: Vec<_> = ends.clone().map(|p| doc.word_at(p)).collect();
            let tokens: Vec<_> = ends.clone().map(|p| doc.token_at(p)).collect();
            assert!(doc.built_rows().is_none(), "read without the table");
            doc.rows();
            for (end, word) in ends.clone().zip(&unbuilt) {
                assert_eq!(word, &doc.word_ending_at(end), "ending at {end}");
            }
            for (pos, word) in ends.clone().zip(&unbuilt_at) {
                assert_eq!(word, &doc.word_at(pos), "at {pos}");
            }
            for (pos, token) in ends.zip(&tokens) {
                assert_eq!(token, &doc.token_at(pos), "token at {pos}");
            }
            let rows = tokens.iter().flatten().count();
            assert_eq!(rows, doc.rows().len(), "every row, once");
            // The word that ends where `s` ends in the text, read before the table was built.
            let ending = |s: &str| {
                let end = t.find(s).map_or(0, |at| at + s.len());
                unbuilt[end].clone().map(|r| &t[r])
            };
            assert_eq!(ending("nhân dân"), Some("dân"));
            assert_eq!(ending("(UBND"), Some("UBND"));
            assert_eq!(ending("x\u{301}y"), Some("x\u{301}y"));
            assert_eq!(ending("m²"), Some("m²"));
            assert_eq!(ending("٣٤"), Some("٣٤"));
            assert_eq!(ending("Covid"), Some("Covid"));
            assert_eq!(ending("10h1"), Some("10h1"));
            assert_eq!(ending("Hà"), Some("Hà"));
            assert_eq!(ending("Hà\""), None);
            assert_eq!(ending("KT-XH"), Some("XH"));
            assert_eq!(unbuilt[t.len()].clone().map(|r| &t[r]), Some("Đ"));
        });
    }

    #[test]
    fn occurrences_are_whole_tokens_only() {
        let input = "NNCNC và NN, ANN lẫn NNC; PHẠM và PH-2 (PH) NN2";
        with_doc(input, |doc| {
            let t = doc.str();
            let found: Vec<&str> = doc
                .occurrences(&["NN", "NNCNC", "PH"])
                .into_iter()
                .map(|at| &t[doc.token_at(at).unwrap_or(at..at)])
                .collect();
            assert_eq!(found, ["NNCNC", "NN", "PH", "PH", "NN"]);
            assert!(doc.built_rows().is_none());
        });
    }
}
