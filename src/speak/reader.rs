//! The walk over the input: each token is said by the annotation span it lies in, or by
//! its own shape; marks are said, kept, or joined silently to a neighbour.

use std::ops::Range;

use super::lexicon::{self, PER_WORDS, SIGNS, TIME_AFTER, TIME_BEFORE};
use super::numerals::Numerals;
use super::out::Words;
use super::tokens::{Tk, Tokens};
use super::{Acronyms, Speech, SpeechOptions};
use crate::normalize::table::Syllables;
use crate::span::{Annotation, Kind, Span};

/// What the last piece said, for the token after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Last {
    /// Nothing yet, or a mark.
    Nothing,
    /// A word.
    Word,
    /// A quantity: a number may take a unit, a range dash, a ratio slash.
    Number,
    /// A unit after a quantity: it may take a ratio slash.
    Unit,
    /// A clock time: a range dash may follow (`18h30-21h`).
    Time,
}

/// The reader of one text.
pub(super) struct Reader<'a> {
    pub(super) t: Tokens<'a>,
    pub(super) out: Words,
    pub(super) say: Numerals,
    pub(super) acronyms: Acronyms,
    pub(super) punctuation: bool,
    pub(super) last: Last,
    /// The last date said was a day alone (`ngày 5,` of `ngày 5, 6 và 7/11`): the next
    /// day of the list needs no `ngày`.
    pub(super) listed_day: bool,
}

/// An annotation span the reader says as a whole, with the rows it covers.
struct Claim<'s> {
    rows: Range<usize>,
    span: &'s Span,
}

/// The speech form of `input`, whose normalized text is `text` with syllable table
/// `table`, from its `annotation`.
pub(crate) fn read(
    input: &str,
    text: &str,
    table: &Syllables,
    unaccented: &[bool],
    annotation: &Annotation,
    options: &SpeechOptions,
) -> Speech {
    let t = Tokens::new(text, table, unaccented);
    let claims = claims(&t, table, annotation);
    let mut r = Reader {
        t,
        out: Words::with_capacity(input.len()),
        say: Numerals {
            ngan: options.ngan,
            le: options.le,
            bon: options.bon,
        },
        acronyms: options.acronyms,
        punctuation: options.punctuation,
        last: Last::Nothing,
        listed_day: false,
    };
    let mut i = 0;
    let mut c = 0;
    while i < r.t.len() {
        while claims.get(c).is_some_and(|cl| cl.rows.start < i) {
            c += 1;
        }
        let next = match claims.get(c) {
            Some(cl) if cl.rows.start == i => {
                c += 1;
                r.claim(cl)
            }
            _ => r.token(i),
        };
        i = next.max(i + 1);
    }
    r.out.finish(input)
}

/// The outermost abbreviation, date and number spans, with the rows that start in them.
fn claims<'s>(t: &Tokens<'_>, table: &Syllables, annotation: &'s Annotation) -> Vec<Claim<'s>> {
    let mut out = Vec::new();
    let mut covered = 0;
    for span in &annotation.spans {
        if !matches!(span.kind, Kind::Abbreviation | Kind::Date | Kind::Number)
            || span.start < covered
        {
            continue;
        }
        let a = table
            .orig_start
            .partition_point(|&s| (s as usize) < span.start);
        let b = table
            .orig_start
            .partition_point(|&s| (s as usize) < span.end);
        if a < b && a < t.len() {
            covered = span.end;
            out.push(Claim { rows: a..b, span });
        }
    }
    out
}

impl Reader<'_> {
    /// Says an annotation span; returns the row after what was said.
    fn claim(&mut self, cl: &Claim<'_>) -> usize {
        let Range { start: a, end: b } = cl.rows;
        match cl.span.kind {
            Kind::Date => {
                let value = match &cl.span.value {
                    Some(crate::span::Value::Text(v)) => v.as_str(),
                    _ => "",
                };
                self.date(a, b, value)
            }
            Kind::Number => self.number_span(a, b, cl.span),
            _ => self.abbreviation(a, b, cl.span),
        }
    }

    /// Says token `i` by its shape; returns the row after what was said.
    fn token(&mut self, i: usize) -> usize {
        match self.t.kind(i) {
            Some(Tk::Num) => self.digits(i),
            Some(Tk::Word) => self.word(i),
            _ => self.mark(i),
        }
    }

    /// One piece over rows `a..b` with the words `f` writes; `last` is what it said.
    pub(super) fn piece(&mut self, a: usize, b: usize, last: Last, f: impl FnOnce(&mut Self)) {
        let r = self.t.span(a, b);
        self.out.open(r.start);
        f(self);
        self.out.close(r.end);
        self.last = last;
    }

    /// Token `i` as written.
    pub(super) fn as_written(&mut self, i: usize) {
        let w = self.t.s(i);
        if !super::tokens::eq_lower(w, "và") {
            self.listed_day = false;
        }
        self.piece(i, i + 1, Last::Word, |r| r.out.word(w));
    }

    /// A unit (or currency, or `%`) written at `i` after a quantity, or anywhere when it
    /// is said so anywhere; with a ratio after it (`km/h`, `đồng/kg`). Returns the row
    /// after it.
    pub(super) fn unit(&mut self, i: usize) -> Option<usize> {
        let after_number = self.last == Last::Number;
        // `17G ngày 5/3`: an hour in capitals, as `17g` is one (`4G` is no hour).
        if after_number && self.t.s(i) == "G" && self.hour_written_g(i) {
            self.piece(i, i + 1, Last::Unit, |r| r.out.word("giờ"));
            return Some(i + 1);
        }
        let (e, unit) = self.unit_at(i)?;
        // A currency written before numbers (`$`, `€`) may also follow one (`20 €`).
        if !(after_number || (unit.anywhere && !unit.prefix)) {
            return None;
        }
        // A spaced one-letter unit after a number only when nothing glues on after it.
        if self.t.spaced(i)
            && unit.written.chars().count() == 1
            && !unit.written.starts_with(['%', '°'])
        {
            let bare = e >= self.t.len() || self.t.spaced(e) || self.t.kind(e) == Some(Tk::Mark);
            if !bare || unit.written == "h" || unit.written == "p" || unit.written == "s" {
                return None;
            }
        }
        // `17g cùng ngày`, `đến 17g`: an hour, not grams.
        let spoken = if unit.written == "g" && self.hour_written_g(i) {
            "giờ"
        } else {
            unit.spoken
        };
        self.piece(i, e, Last::Unit, |r| r.out.word(spoken));
        Some(self.ratio(e).unwrap_or(e))
    }

    /// The `g` at `i` is glued to an hour (24 or less) that a word of time stands before
    /// (`lúc`, `đến`) or after (`sáng`, `cùng ngày`).
    fn hour_written_g(&self, i: usize) -> bool {
        let t = self.t;
        let hour = i > 0
            && t.glued(i)
            && t.num(i - 1)
            && t.s(i - 1).len() <= 2
            && t.s(i - 1).parse::<u8>().is_ok_and(|h| h <= 24);
        let before = i > 1 && t.spaced(i - 1) && t.after_any(i - 2, TIME_BEFORE);
        let after = t.spaced(i + 1) && TIME_AFTER.iter().any(|w| t.is(i + 1, w));
        hour && (before || after)
    }

    /// `/h` after a unit: `trên giờ`. Returns the row after it.
    pub(super) fn ratio(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        if !(t.mark(i, "/") && t.glued(i) && t.glued(i + 1)) {
            return None;
        }
        let per = |r: &mut Self, e: usize, w: &str| {
            r.piece(i, e, Last::Unit, |r| {
                r.out.word("trên");
                r.out.word(w);
            });
            e
        };
        if let Some((e, unit)) = self.unit_at(i + 1).filter(|(_, u)| !u.prefix) {
            return Some(per(self, e, unit.spoken));
        }
        let w = self.t.s(i + 1);
        PER_WORDS
            .iter()
            .any(|p| self.t.is(i + 1, p))
            .then(|| per(self, i + 2, w))
    }

    /// The longest unit written at `i`, over up to three glued tokens.
    pub(super) fn unit_at(&self, i: usize) -> Option<(usize, &'static lexicon::Unit)> {
        let t = self.t;
        // In capitals, a unit is the unit after a quantity (`8.200 ĐỒNG/KG`, `80.000 HA`,
        // `500 G`, `KM/H`) or before a number among capitals (`TẠI KM 45`); a capital glued
        // to its number is not (`4G`).
        let quantity = matches!(self.last, Last::Number | Last::Unit)
            || (t.spaced(i + 1) && t.num(i + 1) && self.in_capitals(i));
        let single_ok = !t.glued(i) || (i > 0 && t.mark(i - 1, "/"));
        let mut best = None;
        for e in i..(i + 3).min(t.len()) {
            if e > i && !t.glued(e) {
                break;
            }
            let written = t.text(i, e + 1);
            let found = lexicon::unit(written).or_else(|| {
                let caps = (single_ok || written.chars().count() > 1)
                    && written.chars().any(char::is_uppercase)
                    && !written.chars().any(char::is_lowercase);
                (quantity && caps)
                    .then(|| lexicon::unit(&written.to_lowercase()))
                    .flatten()
            });
            if let Some(u) = found {
                best = Some((e + 1, u));
            }
        }
        // A unit ends where the word does: `m` is no unit in `mét`, `ha` none in `hai`.
        best.filter(|&(e, _)| !(t.glued(e) && t.kind(e) == Some(Tk::Word)))
    }

    /// A mark at `i`: a unit, a sign said as a word, a range dash, sentence punctuation
    /// kept, or silence.
    fn mark(&mut self, i: usize) -> usize {
        if let Some(e) = self.unit(i) {
            return e;
        }
        if let Some(e) = self.prefix_currency(i) {
            return e;
        }
        if self.t.mark(i, "+") && self.t.glued(i + 1) && self.t.num(i + 1) {
            if let Some(e) = self.phone(i, i + 1) {
                return e;
            }
        }
        let t = self.t;
        let s = t.s(i);
        // `7 km/h`, and `1,8 triệu/tháng` after a number.
        if matches!(self.last, Last::Unit | Last::Number) {
            if let Some(e) = self.ratio(i) {
                return e;
            }
        }
        let numeric_before = matches!(self.last, Last::Number | Last::Unit);
        let number_after = t.num(i + 1) || (t.mark(i + 1, "$") && t.num(i + 2));
        match s {
            "-" | "–" | "—"
                if (numeric_before || self.last == Last::Time)
                    && number_after
                    && !self.code_after(i + 1) =>
            {
                self.piece(i, i + 1, Last::Word, |r| r.out.word("đến"));
                return i + 1;
            }
            "-" if !numeric_before && t.spaced(i) && t.glued(i + 1) && t.num(i + 1) => {
                self.piece(i, i + 1, Last::Word, |r| r.out.word("âm"));
                return i + 1;
            }
            "/" if numeric_before && t.num(i + 1) && self.last == Last::Number => {
                let plain = |k: usize| t.s(k).len() <= 4;
                if plain(i + 1) && !self.code_after(i + 1) && !t.glued(i + 2) {
                    self.piece(i, i + 1, Last::Word, |r| r.out.word("trên"));
                    return i + 1;
                }
            }
            _ => {}
        }
        if let Some(&(_, w)) = SIGNS.iter().find(|(m, _)| *m == s) {
            let between = i > 0 && i + 1 < t.len();
            if between && !(s == "+" && t.num(i + 1) && !numeric_before) {
                self.piece(i, i + 1, Last::Word, |r| r.out.word(w));
                return i + 1;
            }
        }
        let r = t.orig(i);
        if is_sentence_mark(s) && self.punctuation {
            self.out.attach(r, s);
        } else if is_opening(s) {
            self.out.silent_forward(r);
        } else {
            self.out.silent_back(r);
        }
        if !matches!(s, "%" | "°") {
            self.last = Last::Nothing;
        }
        i + 1
    }

    /// `$50`, `€20`: the number, then the currency. Returns the row after them.
    fn prefix_currency(&mut self, i: usize) -> Option<usize> {
        let (e, unit) = self.unit_at(i)?;
        if !(unit.prefix && self.t.glued(e) && self.t.num(e)) {
            return None;
        }
        let end = self.numeral_end(e);
        self.piece(i, end, Last::Unit, |r| {
            r.numeral(e, end, None);
            r.out.word(unit.spoken);
        });
        Some(end)
    }

    /// Whether the chain from `i` on holds letters within a few tokens (a code:
    /// `24-KL/TW`); bounded, so that a long chain is not scanned at every dash.
    pub(super) fn code_after(&self, i: usize) -> bool {
        let e = self.t.chain_end(i, 8);
        // A unit ending the chain makes no code: `200-300mm`.
        (i..e).any(|k| self.t.word(k) && self.unit_at(k).is_none_or(|(end, _)| end != e))
    }

    /// A place or a foreign name of four letters or more written in capitals (`PERU`,
    /// `IRAN`): a name said as a word, not spelled; shorter ones are said by their letters
    /// (`UAE`, `USA`).
    fn name_in_capitals(&self, i: usize) -> bool {
        use crate::dict::LexKind;
        let t = self.t;
        t.s(i).chars().count() >= 4
            && (t.in_lexicon(i, LexKind::Place) || t.in_lexicon(i, LexKind::ForeignName))
    }

    /// A word at `i`.
    fn word(&mut self, i: usize) -> usize {
        if let Some(e) = self.road(i).or_else(|| self.ward(i)) {
            return e;
        }
        if let Some(e) = self.roman(i) {
            return e;
        }
        if let Some(e) = self.unit(i) {
            return e;
        }
        if let Some(e) = self.letters_in_code(i) {
            return e;
        }
        // `30 độ C`: the scale's letter after `độ` and a number.
        if i > 1 && self.t.is(i - 1, "độ") && self.t.num(i - 2) && self.t.spaced(i) {
            let scale = match self.t.s(i) {
                "C" => Some("xê"),
                "F" => Some("ép"),
                _ => None,
            };
            if let Some(w) = scale {
                self.piece(i, i + 1, Last::Unit, |r| r.out.word(w));
                return i + 1;
            }
        }
        if self.t.all_caps(i) && !self.name_in_capitals(i) {
            let w = self.t.s(i);
            // A long word in capitals is a word of a headline (`KARAOKE`), not an acronym.
            let long = w.chars().count() >= 6 && !lexicon::SAID_AS_WORDS.contains(&w);
            if !long && !self.t.in_lexicon(i, crate::dict::LexKind::Syllable) {
                self.piece(i, i + 1, Last::Word, |r| r.acronym(w, None));
                return i + 1;
            }
        }
        let counted = self.last == Last::Number && PER_WORDS.iter().any(|w| self.t.is(i, w));
        self.as_written(i);
        if counted {
            // `đồng` in `50.000 đồng/kg`: a unit that may take a ratio.
            self.last = Last::Unit;
        }
        i + 1
    }
}

/// Punctuation a reader pauses at, kept in the spoken text.
fn is_sentence_mark(s: &str) -> bool {
    matches!(s, "." | "," | ";" | ":" | "!" | "?" | "…")
}

/// Marks that open what follows them.
fn is_opening(s: &str) -> bool {
    matches!(s, "(" | "[" | "{" | "\"" | "“" | "‘" | "«" | "'")
}
