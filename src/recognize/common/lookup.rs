//! The dictionary queries of a [`Doc`]: what the lexicon holds of a token, the entries
//! written at a row, and what the matcher found at a position. Each is an indexed read or
//! a walk over the syllable table by ids; none lower-cases or hashes a word of the text
//! (the table's ids were filled once per token when the document was made).
//!
//! Two kinds of question, with different answers:
//! - *the lexicon* ([`Doc::is`], [`Doc::starts`], [`Doc::entry_at`], [`Doc::entries_at`]):
//!   every entry of a kind, in any case, whatever the automaton chose at that place;
//! - *the hits* ([`Doc::hit_kinds`], [`Doc::hit_end`]): the longest key the automaton
//!   found at a position, with the case rules of its target (a surname only capitalised),
//!   as `hits_at` gives them.

use std::ops::Range;

use super::{Doc, HitKinds, Target};
use crate::dict::Members;
use crate::dict::{LexEntry, LexKind};

impl<'a> Doc<'a> {
    /// The row of the syllable table that starts at byte `pos`.
    #[inline]
    pub(crate) fn row_at(&self, pos: usize) -> Option<usize> {
        self.rows().rows.index_of(pos)
    }

    /// The byte range of rows `rows`.
    #[inline]
    pub(crate) fn rows_range(&self, rows: Range<usize>) -> Range<usize> {
        self.rows().start[rows.start] as usize..self.rows().end[rows.end - 1] as usize
    }

    /// What the lexicon holds of row `row` as written (lower case), or folded in an
    /// unaccented segment: the kinds with an entry that is this token alone, that starts
    /// with it, that holds it.
    #[inline]
    pub(crate) fn members(&self, row: usize) -> Members {
        self.token_ids(row).map_or_else(Members::default, |t| t.2)
    }

    /// What the lexicon holds of row `row` with its marks folded away (`dang` holds what
    /// `đảng` and `đặng` hold). For text typed without marks (issue 18); tested here.
    #[inline]
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn members_folded(&self, row: usize) -> Members {
        self.token_ids(row).map_or_else(Members::default, |t| {
            self.matcher.lexicon().members_folded(t.1)
        })
    }

    /// Is the token of row `row`, alone, an entry of `kind` (in any case)? One indexed read:
    /// `doc.is(row, LexKind::Syllable)`, `doc.is(row, LexKind::Honorific)`.
    #[inline]
    pub(crate) fn is(&self, row: usize, kind: LexKind) -> bool {
        self.members(row).whole.has(kind)
    }

    /// Does an entry of `kind` start with the token of row `row`?
    #[inline]
    pub(crate) fn starts(&self, row: usize, kind: LexKind) -> bool {
        self.members(row).starts.has(kind)
    }

    /// Is the word at byte `pos` (a row start, up to the end of its run of letters and
    /// digits), alone, an entry of `kind`?
    pub(crate) fn word_is(&self, pos: usize, kind: LexKind) -> bool {
        self.row_at(pos)
            .is_some_and(|r| self.is(r, kind) && !self.glued_word(r + 1))
    }

    /// Is row `row` a letter or digit glued to a letter or digit before it (inside a word)?
    fn glued_word(&self, row: usize) -> bool {
        let t = self.rows();
        row < t.len() && t.joins(row) == Some(false) && t.is_wordlike(row) && t.is_wordlike(row - 1)
    }

    /// The longest entry of `kind` written from row `row`: its byte range and the first
    /// entry of that kind with that key.
    pub(crate) fn entry_at(
        &self,
        row: usize,
        kind: LexKind,
    ) -> Option<(Range<usize>, &'a LexEntry)> {
        let (range, mut entries) = self.entries_at(row, kind, false)?;
        entries.next().map(|e| (range, e))
    }

    /// The longest key of `kind` written from row `row` and every entry of that kind with
    /// it, in entry order. `folded`, or a row in an unaccented segment: compare without
    /// marks, so that every entry the folded key stands for comes back (`Dang` → `Đảng` and
    /// `Đặng`, for text typed without marks).
    pub(crate) fn entries_at(
        &self,
        row: usize,
        kind: LexKind,
        folded: bool,
    ) -> Option<(Range<usize>, impl Iterator<Item = &'a LexEntry> + 'a)> {
        // Most rows start no entry of `kind`: once the table is interned, the row's
        // membership bits (folded in an unaccented segment, as `longest` reads them) say so
        // without a walk.
        if !folded && self.rows().ids().is_some() && !self.starts(row, kind) {
            return None;
        }
        let matcher = self.matcher;
        let lexicon = matcher.lexicon();
        let folded = folded || self.unaccented(row);
        let (end, ids) = lexicon.longest(self.table(), row, kind, folded)?;
        let entries = ids
            .iter()
            .filter(move |&&e| lexicon.kind(e) == kind)
            .map(move |&e| matcher.entry(e));
        Some((self.rows_range(row..end), entries))
    }

    /// [`entry_at`](Self::entry_at) by byte position: the longest entry of `kind` written
    /// at `pos` (a row start), in any case.
    pub(crate) fn lookup_at(
        &self,
        pos: usize,
        kind: LexKind,
    ) -> Option<(Range<usize>, &'a LexEntry)> {
        self.entry_at(self.row_at(pos)?, kind)
    }

    /// [`entries_at`](Self::entries_at) by byte position, as written: the longest key of
    /// `kind` at `pos` and every entry of that kind with it (`xã Tân Lập` in five provinces).
    pub(crate) fn lookup_all(
        &self,
        pos: usize,
        kind: LexKind,
    ) -> Option<(Range<usize>, impl Iterator<Item = &'a LexEntry> + 'a)> {
        self.entries_at(self.row_at(pos)?, kind, false)
    }

    /// Are the words of byte range `range` exactly a key of `kind`, in any case (`Lan Khuê`
    /// a given name, `Merkel` no syllable)?
    pub(crate) fn spells(&self, range: Range<usize>, kind: LexKind) -> bool {
        let t = self.table();
        let Some(first) = self.row_at(range.start) else {
            return false;
        };
        let mut last = first;
        while last < t.len() && (t.end[last] as usize) < range.end {
            last += 1;
        }
        last < t.len()
            && t.end[last] as usize == range.end
            && !self.glued_word(last + 1)
            && (first == last && self.is(first, kind)
                || self
                    .matcher
                    .lexicon()
                    .exact(t, first..last + 1, kind, self.unaccented(first))
                    .is_some())
    }

    /// Does a word of byte range `range` (one token between spaces or marks) stand alone as
    /// an entry of `kind` (`của` in a run of capitalised words)?
    pub(crate) fn holds_word(&self, range: Range<usize>, kind: LexKind) -> bool {
        let Some(first) = self.row_at(range.start) else {
            return false;
        };
        let t = self.table();
        (first..t.len())
            .take_while(|&r| (t.end[r] as usize) <= range.end)
            .any(|r| self.is(r, kind) && !self.glued_word(r) && !self.glued_word(r + 1))
    }

    /// The first entry of `kind` whose key is `key` (any text: a canonical form, an
    /// expansion), in any case.
    pub(crate) fn entry_named(&self, key: &str, kind: LexKind) -> Option<&'a LexEntry> {
        let matcher = self.matcher;
        let lexicon = matcher.lexicon();
        lexicon
            .find_str(key, &mut self.scratch.borrow_mut())
            .iter()
            .find(|&&e| lexicon.kind(e) == kind)
            .map(|&e| matcher.entry(e))
    }

    /// Does a phrase of `kind` end one space before byte `start`, starting at most `words`
    /// words back (`cầu thủ` before `Quang Hải`)? A word is a run of letters and digits; the
    /// words of the phrase are one space apart.
    pub(crate) fn phrase_before(&self, start: usize, kind: LexKind, words: usize) -> bool {
        self.entry_before(start, kind, words).is_some()
    }

    /// The entry of `kind` whose phrase ends one space before byte `start`, starting at
    /// most `words` words back, the shortest first (`Huyện ủy` before `Vị Xuyên`).
    pub(crate) fn entry_before(
        &self,
        start: usize,
        kind: LexKind,
        words: usize,
    ) -> Option<&'a LexEntry> {
        let t = self.rows();
        let end = self.row_at(start)?;
        let matcher = self.matcher;
        let lexicon = matcher.lexicon();
        let mut from = end;
        for _ in 0..words {
            // The word before `from`, one space before it.
            if t.joins(from) != Some(true) || !t.is_wordlike(from - 1) {
                return None;
            }
            from -= 1;
            while from > 0 && self.glued_word(from) {
                from -= 1;
            }
            let folded = self.unaccented(from);
            let id_of = |r: usize| {
                let (lower, fold, _) = self.token_ids(r)?;
                Some(if folded { fold } else { lower })
            };
            if let Some(ids) = lexicon.exact_with(t, from..end, kind, folded, id_of) {
                return ids
                    .iter()
                    .find(|&&e| lexicon.kind(e) == kind)
                    .map(|&e| matcher.entry(e));
            }
        }
        None
    }

    /// The end of the longest phrase of `kind` written at byte `pos`.
    pub(crate) fn phrase_at(&self, pos: usize, kind: LexKind) -> Option<usize> {
        self.lookup_at(pos, kind).map(|(r, _)| r.end)
    }

    /// The classes of the hits that start at byte `pos` (lexicon kinds, abbreviations, long
    /// forms): `doc.hit_kinds(pos).has_lex(LexKind::Surname)`.
    #[inline]
    pub(crate) fn hit_kinds(&self, pos: usize) -> HitKinds {
        self.starts
            .index_of(pos)
            .map_or(HitKinds::NOTHING, |b| self.bucket_kinds[b])
    }

    /// Does a hit of lexicon kind `kind` start at byte `pos`?
    #[inline]
    pub(crate) fn has_hit(&self, pos: usize, kind: LexKind) -> bool {
        self.hit_kinds(pos).has_lex(kind)
    }

    /// Is there a hit of lexicon kind `kind` over exactly `pos..end`?
    pub(crate) fn has_hit_to(&self, pos: usize, end: usize, kind: LexKind) -> bool {
        self.has_hit(pos, kind)
            && self.hits_at(pos).iter().any(|h| {
                h.end == end && matches!(h.target, Target::Lex { kind: k, .. } if k == kind)
            })
    }

    /// The end of the longest hit of lexicon kind `kind` that starts at byte `pos`.
    pub(crate) fn hit_end(&self, pos: usize, kind: LexKind) -> Option<usize> {
        if !self.has_hit(pos, kind) {
            return None;
        }
        self.hits_at(pos)
            .iter()
            .filter(|h| matches!(h.target, Target::Lex { kind: k, .. } if k == kind))
            .map(|h| h.end)
            .max()
    }
}

#[cfg(test)]
mod tests {
    use crate::dict::{Dictionary, Level, LexKind};
    use crate::matcher::{Layer, Matcher};
    use crate::normalize::Normalizer;
    use crate::normalize::writing::Writing;
    use crate::recognize::Doc;

    /// Runs `check` on the document of `input`, with the built-in dictionaries and `extra`
    /// (a lexicon) on top.
    fn with_doc(input: &str, extra: &str, check: impl FnOnce(&Doc<'_>)) {
        with_doc_as(input, extra, Writing::Auto, check);
    }

    /// [`with_doc`] with the writing given.
    fn with_doc_as(input: &str, extra: &str, writing: Writing, check: impl FnOnce(&Doc<'_>)) {
        let normalizer = Normalizer::new();
        let mut layers = vec![Layer::Builtin(Dictionary::builtin())];
        if !extra.is_empty() {
            let d = Dictionary::parse("extra.tsv", extra);
            layers.push(Layer::User(d.unwrap_or_default()));
        }
        let matcher = Matcher::build(layers, &normalizer);
        let Ok(matcher) = matcher else {
            panic!("{:?}", matcher.err());
        };
        let mut text = normalizer.normalize(input);
        text.detect_writing(writing);
        let mut hits = Vec::new();
        matcher.find(&text, &mut hits);
        check(&Doc::new(&text, &hits, &matcher, None));
    }

    fn pos(input: &str, word: &str) -> usize {
        input.find(word).unwrap_or(usize::MAX)
    }

    #[test]
    fn one_read_answers_what_a_word_is() {
        let input = "Ông Trần Văn Hùng cho biết, tại xã Tân Lập và Zheng.";
        with_doc(input, "", |doc| {
            let row = |w: &str| doc.row_at(pos(input, w)).unwrap_or(usize::MAX);
            assert!(doc.is(row("Trần"), LexKind::Surname));
            assert!(doc.is(row("Ông"), LexKind::Honorific));
            assert!(doc.is(row("Hùng"), LexKind::Syllable));
            assert!(!doc.is(row("Zheng"), LexKind::Syllable));
            assert!(doc.starts(row("cho"), LexKind::Saying));
            assert!(!doc.is(row("cho"), LexKind::Saying));
            assert!(doc.is(row("và"), LexKind::NotInName));
            // A word of no dictionary answers nothing.
            assert_eq!(doc.members(row("Zheng")), Default::default());
            // `cho biết` is a verb of saying, written from `cho`.
            let said = doc.lookup_at(pos(input, "cho"), LexKind::Saying);
            assert_eq!(
                said.map(|(r, e)| (&input[r], e.kind)),
                Some(("cho biết", LexKind::Saying))
            );
            let zheng = pos(input, "Zheng");
            assert!(!doc.spells(zheng..zheng + 5, LexKind::Syllable));
            let hung = pos(input, "Hùng");
            assert!(doc.spells(hung..hung + "Hùng".len(), LexKind::Syllable));
            // What the automaton found there, with the case rule of surnames.
            assert!(doc.has_hit(pos(input, "Trần"), LexKind::Surname));
            assert!(!doc.has_hit(pos(input, "cho"), LexKind::Surname));
        });
    }

    /// The membership bits agree with the dictionary: a row is `is(kind)` exactly when an
    /// entry of that kind is its word, and `starts(kind)` when one begins with it.
    #[test]
    fn membership_agrees_with_the_dictionary() {
        let input = "Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh Hà Giang, nói tại huyện \
                     Vị Xuyên; bị cáo Lê B cho hay; Thường trực Tỉnh ủy; TP. Hà Nội.";
        with_doc(input, "", |doc| {
            use std::collections::HashSet;
            // Each entry's whole key and first token, lower case, by kind.
            let mut whole: HashSet<(LexKind, String)> = HashSet::new();
            let mut first: HashSet<(LexKind, String)> = HashSet::new();
            for e in Dictionary::builtin().entries() {
                let mut lower = String::new();
                crate::normalize::lowercase_into(&e.form, &mut lower);
                if let Some((r, _)) = crate::normalize::table::key_tokens(&lower).next() {
                    first.insert((e.kind, lower[r].to_owned()));
                }
                whole.insert((e.kind, lower));
            }
            let t = doc.table();
            for row in 0..t.len() {
                let word = doc.lower()[t.range(row)].to_owned();
                for &kind in LexKind::ALL {
                    let key = (kind, word.clone());
                    assert_eq!(doc.is(row, kind), whole.contains(&key), "{word:?} {kind:?}");
                    assert_eq!(
                        doc.starts(row, kind),
                        first.contains(&key),
                        "{word:?} {kind:?}"
                    );
                }
            }
        });
    }

    /// Before the table is interned, a few tokens are looked up one by one, with the
    /// same answers the interned table gives (in accented and unaccented segments), and
    /// a phrase before a position is read without interning; past one token in 16 the
    /// whole table is interned.
    #[test]
    fn tokens_looked_up_one_by_one_agree_with_the_table() {
        let input = "Giám đốc Công an tỉnh Hà Giang nói tại huyện Vị Xuyên.\n\
                     ong Dang Van Hai, giam doc cong an tinh Ha Giang, noi tai huyen Vi Xuyen\n\
                     Chủ tịch UBND tỉnh ký.";
        with_doc(input, "", |doc| {
            let rows = doc.rows().len();
            let before: Vec<_> = (0..8).map(|r| doc.token_ids(r * rows / 8)).collect();
            assert!(doc.phrase_before(pos(input, "UBND"), LexKind::Role, 3));
            assert!(doc.rows().ids().is_none(), "interned after a few tokens");
            for r in 0..rows {
                doc.token_ids(r);
            }
            assert!(doc.rows().ids().is_some(), "not interned after every token");
            for (i, ids) in before.into_iter().enumerate() {
                assert_eq!(ids, doc.token_ids(i * rows / 8), "row {}", i * rows / 8);
            }
            let dang = doc.row_at(pos(input, "Dang")).unwrap_or(usize::MAX);
            assert!(doc.unaccented(dang) && doc.is(dang, LexKind::Surname));
        });
    }

    /// A folded look-up returns every entry its key stands for, so the reader of text
    /// typed without marks can choose by context.
    #[test]
    fn folded_lookup_returns_every_candidate() {
        let extra = "form\tkind\tcanonical\tinfo\nĐảng\tsurname\tĐẢNG\t\n";
        let input = "ong Dang Van Hai, giam doc so";
        with_doc_as(input, extra, Writing::Accented, |doc| {
            let at = doc.row_at(pos(input, "Dang")).unwrap_or(usize::MAX);
            // As written, `Dang` is no surname; folded, it is `Đặng` and the user's `Đảng`.
            assert!(!doc.is(at, LexKind::Surname));
            assert!(doc.members_folded(at).whole.has(LexKind::Surname));
            let (r, found) = doc
                .entries_at(at, LexKind::Surname, true)
                .map(|(r, e)| (r, e.map(|e| e.form.as_str()).collect::<Vec<_>>()))
                .unwrap_or_default();
            assert_eq!(&input[r], "Dang");
            assert!(
                found.contains(&"Đặng") && found.contains(&"Đảng"),
                "{found:?}"
            );
            // As written, nothing is found there.
            assert!(doc.entries_at(at, LexKind::Surname, false).is_none());
            // A key of two words, folded: `giam doc` → the role `Giám đốc`.
            let gd = doc.row_at(pos(input, "giam")).unwrap_or(usize::MAX);
            let (r, roles) = doc
                .entries_at(gd, LexKind::Role, true)
                .map(|(r, e)| (r, e.map(|e| e.form.as_str()).collect::<Vec<_>>()))
                .unwrap_or_default();
            assert_eq!((&input[r], roles), ("giam doc", vec!["Giám đốc"]));
        });
    }

    #[test]
    fn former_communes_and_committees_are_looked_up() {
        let input = "Đảng ủy xã Tiên Lãnh; Huyện ủy Vị Xuyên";
        with_doc(input, "", |doc| {
            let (r, rows) = doc
                .lookup_all(pos(input, "Tiên"), LexKind::FormerCommune)
                .map(|(r, e)| (r, e.count()))
                .unwrap_or_default();
            assert_eq!(&input[r], "Tiên Lãnh");
            assert!(rows >= 1);
            let committee = doc.entry_before(pos(input, "Vị"), LexKind::Committee, 2);
            assert_eq!(committee.and_then(|e| e.info.level), Some(Level::Huyen));
            assert!(doc.phrase_before(pos(input, "Tiên"), LexKind::TypeWord, 4));
        });
    }

    /// In an unaccented segment every look-up reads folded forms without being asked;
    /// accented segments of the same document are read as written.
    #[test]
    fn unaccented_segments_read_folded_ids() {
        let extra = "form\tkind\tcanonical\tinfo\nĐảng\tsurname\tĐẢNG\t\n";
        let input = "Ông Đặng Văn Hải, giám đốc sở, phát biểu tại hội nghị.\n\
                     ong Dang Van Hai, giam doc so, phat bieu tai hoi nghi.";
        with_doc(input, extra, |doc| {
            let row = |w: &str| doc.row_at(pos(input, w)).unwrap_or(usize::MAX);
            let (accented, plain) = (row("Đặng"), row("Dang"));
            assert!(!doc.unaccented(accented) && doc.unaccented(plain));
            assert!(doc.is(accented, LexKind::Surname) && doc.is(plain, LexKind::Surname));
            assert!(doc.is(row("ong"), LexKind::Honorific));
            let (r, found) = doc
                .entries_at(plain, LexKind::Surname, false)
                .map(|(r, e)| (r, e.map(|e| e.form.as_str()).collect::<Vec<_>>()))
                .unwrap_or_default();
            assert_eq!(&input[r], "Dang");
            assert!(
                found.contains(&"Đặng") && found.contains(&"Đảng"),
                "{found:?}"
            );
            // As written, the accented `Đặng` is one entry, not the user's `Đảng`.
            let written: Vec<&str> = doc
                .entries_at(accented, LexKind::Surname, false)
                .map(|(_, e)| e.map(|e| e.form.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(written, ["Đặng"]);
            let gd = pos(input, "giam");
            assert_eq!(
                doc.lookup_at(gd, LexKind::Role)
                    .map(|(r, e)| (&input[r], e.form.as_str())),
                Some(("giam doc", "Giám đốc"))
            );
            assert!(doc.spells(gd..gd + "giam doc".len(), LexKind::Role));
            assert_eq!(doc.case_cue(plain), Some(true));
            assert_eq!(doc.case_cue(row("giam")), Some(false));
            assert!(!doc.upper(plain));
        });
        // In capitals, case says nothing.
        let input = "ÔNG ĐẶNG VĂN HẢI, GIÁM ĐỐC SỞ, PHÁT BIỂU TẠI HỘI NGHỊ.";
        with_doc(input, "", |doc| {
            let at = doc.row_at(pos(input, "ĐẶNG")).unwrap_or(usize::MAX);
            assert!(doc.upper(at) && !doc.unaccented(at));
            assert_eq!(doc.case_cue(at), None);
            assert!(doc.is(at, LexKind::Surname));
            assert_eq!(doc.writing().case, crate::normalize::writing::Case::Upper);
        });
    }
}
