//! Numbers, phone and service numbers, plates and road codes: numerals with Vietnamese
//! separators (`.` groups thousands, `,` is the decimal mark), digit by digit where a
//! reader says digits.

use super::lexicon::{self, CALL_WORDS, ROADS};
use super::numerals::MAX_DIGITS;
use super::reader::{Last, Reader};
use super::tokens::Tk;
use crate::span::{Span, Value};

impl Reader<'_> {
    /// The end of the numeral starting at digits `i`: digit runs joined by a glued `.` or
    /// `,` (`2.345.678`, `12,5`).
    pub(super) fn numeral_end(&self, i: usize) -> usize {
        let t = self.t;
        let mut j = i + 1;
        while (t.mark(j, ".") || t.mark(j, ",")) && t.glued(j) && t.glued(j + 1) && t.num(j + 1) {
            j += 2;
        }
        j
    }

    /// Says the numeral in rows `a..e` (digit runs joined by `.`/`,`); `value`, when the
    /// annotation gives one, settles a `.` that could group thousands or mark decimals.
    pub(super) fn numeral(&mut self, a: usize, e: usize, value: Option<f64>) {
        let t = self.t;
        let runs: Vec<&str> = (a..e).step_by(2).map(|k| t.s(k)).collect();
        let seps: Vec<&str> = (a + 1..e).step_by(2).map(|k| t.s(k)).collect();
        let say = self.say;
        let comma = seps.iter().position(|&s| s == ",");
        let int_runs = &runs[..comma.map_or(runs.len(), |c| c + 1)];
        let frac = comma.map(|c| runs[c + 1]);
        let grouped = int_runs.len() > 1
            && int_runs[0].len() <= 3
            && !int_runs[0].starts_with('0')
            && int_runs[1..].iter().all(|r| r.len() == 3);
        let many_commas = seps.iter().filter(|&&s| s == ",").count() > 1;
        if many_commas || (comma.is_some() && comma != Some(seps.len() - 1)) {
            return self.runs(&runs, &seps);
        }
        // `0974.022`: a leading zero makes digits, not a quantity (a phone number cut short).
        if runs.len() > 1 && runs[0].len() > 1 && runs[0].starts_with('0') {
            for r in &runs {
                say.digit_by_digit(r, &mut self.out);
            }
            return;
        }
        if int_runs.len() == 1 || grouped {
            let digits: String = int_runs.concat();
            let as_int = digits.parse::<f64>().ok();
            // `45.5`, `1.25`: a single `.` before one or two digits (or where the value
            // says so) marks decimals the English way.
            let english = int_runs.len() == 2
                && frac.is_none()
                && (int_runs[1].len() < 3
                    || value.is_some_and(|v| Some(v) != as_int && v.fract() != 0.0));
            if english {
                return self.decimal(int_runs[0], int_runs[1]);
            }
            if int_runs.len() == 1 && digits.len() > 1 && digits.starts_with('0') && frac.is_none()
            {
                say.digit_by_digit(&digits, &mut self.out);
                return;
            }
            say.digits_as_number(&digits, &mut self.out);
            if let Some(f) = frac {
                self.out.word("phẩy");
                say.fraction(f, &mut self.out);
            }
            return;
        }
        if int_runs.len() == 2 && frac.is_none() {
            return self.decimal(int_runs[0], int_runs[1]);
        }
        self.runs(&runs, &seps);
    }

    /// `12.5` read with `phẩy`.
    fn decimal(&mut self, int: &str, frac: &str) {
        self.say.digits_as_number(int, &mut self.out);
        self.out.word("phẩy");
        self.say.fraction(frac, &mut self.out);
    }

    /// Digit runs that make no numeral (`1.2.3`): each run, `chấm`/`phẩy` between.
    fn runs(&mut self, runs: &[&str], seps: &[&str]) {
        for (k, r) in runs.iter().enumerate() {
            if k > 0 {
                self.out.word(if seps[k - 1] == "," {
                    "phẩy"
                } else {
                    "chấm"
                });
            }
            self.say.digits_as_number(r, &mut self.out);
        }
    }

    /// A number span of the annotation: its numerals said, its words as written.
    pub(super) fn number_span(&mut self, a: usize, b: usize, span: &Span) -> usize {
        let value = match span.value {
            Some(Value::Number(v)) => Some(v),
            _ => None,
        };
        let numerals = (a..b).filter(|&k| self.t.num(k)).count();
        let mut k = a;
        while k < b {
            match self.t.kind(k) {
                Some(Tk::Num) => {
                    // A hotline or a clock time the annotation read as numbers.
                    if let Some(end) = self.phone(k, k).or_else(|| self.glued_clock(k)) {
                        return end;
                    }
                    let e = self.numeral_end(k).min(b);
                    if let Some(end) = self.service(k, e) {
                        k = end;
                        continue;
                    }
                    let v = value.filter(|_| numerals <= 2 && e == b);
                    // `thu 4` of an unaccented text, read as a number: the ordinal.
                    let ordinal =
                        e == k + 1 && k > 0 && self.t.spaced(k) && self.t.is(k - 1, "thứ");
                    let n = self.t.s(k).parse().ok().filter(|_| ordinal);
                    self.piece(k, e, Last::Number, |r| match n {
                        Some(n) => r.say.ordinal(n, &mut r.out),
                        None => r.numeral(k, e, v),
                    });
                    k = e;
                }
                Some(Tk::Word) => {
                    self.as_written(k);
                    k += 1;
                }
                _ => {
                    self.out.silent_back(self.t.orig(k));
                    k += 1;
                }
            }
        }
        self.last = Last::Number;
        b
    }

    /// Digits at `i` outside every number span: phone, service and hotline numbers,
    /// plates, clock times, codes, ordinals, numerals.
    pub(super) fn digits(&mut self, i: usize) -> usize {
        if let Some(e) = self.phone(i, i).or_else(|| self.plate(i)) {
            return e;
        }
        let t = self.t;
        if let Some(e) = self.glued_clock(i).or_else(|| self.range_end_date(i)) {
            return e;
        }
        let e = self.numeral_end(i);
        if let Some(end) = self.service(i, e) {
            return end;
        }
        let glued_word_before = i > 0 && t.glued(i) && t.word(i - 1);
        let s = t.s(i);
        if e == i + 1 && glued_word_before {
            // In a code (`PC02`, `VJ133`, `U23`): short numbers as numbers, long ones and
            // those with a leading zero digit by digit.
            self.piece(i, e, Last::Number, |r| {
                if s.len() > 3 || (s.len() > 1 && s.starts_with('0')) {
                    r.say.digit_by_digit(s, &mut r.out);
                } else {
                    r.say.digits_as_number(s, &mut r.out);
                }
            });
            return e;
        }
        let ordinal =
            e == i + 1 && i > 0 && t.spaced(i) && t.is(i - 1, "thứ") && s.len() <= MAX_DIGITS;
        self.piece(i, e, Last::Number, |r| {
            if ordinal {
                let n = s.parse().unwrap_or(0);
                r.say.ordinal(n, &mut r.out);
            } else {
                r.numeral(i, e, None);
            }
        });
        e
    }

    /// `2h30`, `9g30`: a time of day or a duration, said with its minutes. Returns the row
    /// after it.
    fn glued_clock(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let clock = (t.is(i + 1, "h") || t.is(i + 1, "g"))
            && t.glued(i + 1)
            && t.num(i + 2)
            && t.glued(i + 2)
            && t.s(i + 2).len() == 2
            && t.s(i).len() <= 2;
        if !clock {
            return None;
        }
        let e = i + 3;
        self.piece(i, e, Last::Time, |r| {
            r.say.digits_as_number(r.t.s(i), &mut r.out);
            r.out.word("giờ");
            r.say.digits_as_number(r.t.s(i + 2), &mut r.out);
            r.out.word("phút");
        });
        Some(e)
    }

    /// `25/11` ending a range of days (`từ 20-25/11`): the day and its month. Returns the
    /// row after it.
    fn range_end_date(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let small = |k: usize, max: u64| {
            t.num(k)
                && t.s(k).len() <= 2
                && t.s(k).parse::<u64>().is_ok_and(|v| (1..=max).contains(&v))
        };
        let last = self.out.last_word();
        let date = (last == "đến" || (t.unaccented(i) && super::tokens::eq_folded(last, "đến")))
            && small(i, 31)
            && t.mark(i + 1, "/")
            && t.glued(i + 1)
            && t.glued(i + 2)
            && small(i + 2, 12);
        if !date || (t.glued(i + 3) && !matches!(t.kind(i + 3), Some(Tk::Mark))) {
            return None;
        }
        let year = t.mark(i + 3, "/")
            && t.glued(i + 3)
            && t.glued(i + 4)
            && t.num(i + 4)
            && t.s(i + 4).len() == 4;
        let e = if year { i + 5 } else { i + 3 };
        self.piece(i, e, Last::Word, |r| {
            r.say.digits_as_number(r.t.s(i), &mut r.out);
            r.out.word("tháng");
            r.say.month(r.t.s(i + 2).parse().unwrap_or(0), &mut r.out);
            if year {
                r.out.word("năm");
                r.say.digits_as_number(r.t.s(i + 4), &mut r.out);
            }
        });
        Some(e)
    }

    /// A service number (`113`, `1080`) after a word of calling, or where no counted word
    /// follows: digit by digit. Returns the row after it.
    fn service(&mut self, i: usize, e: usize) -> Option<usize> {
        let t = self.t;
        let s = t.s(i);
        let short = e == i + 1 && matches!(s.len(), 3 | 4) && (s.starts_with("11") || s == "1080");
        if !short {
            return None;
        }
        let called = i > 0 && t.spaced(i) && t.after_any(i - 1, CALL_WORDS);
        // A word in lower case, or a Vietnamese word among capitals (`115 TỶ ĐỒNG`).
        let counted = t.spaced(e)
            && t.word(e)
            && (t.s(e).chars().next().is_some_and(char::is_lowercase)
                || (t.in_lexicon(e, crate::dict::LexKind::Syllable) && self.in_capitals(e)))
            && !t.after_any(e, &["và", "hoặc", "hay", "để", "khi", "nếu"]);
        if !called && counted {
            return None;
        }
        self.piece(i, e, Last::Word, |r| r.say.digit_by_digit(s, &mut r.out));
        Some(e)
    }

    /// A phone number from digits `i` (`from`: a `+` before them): a leading-zero number of
    /// nine digits or more, in groups or not, a `1900`/`1800` hotline, or anything after a
    /// glued `+`. Returns the row after it.
    pub(super) fn phone(&mut self, from: usize, i: usize) -> Option<usize> {
        let t = self.t;
        let mut digits = t.s(i).len();
        let first_zero = t.s(i).starts_with('0');
        let mut e = i + 1;
        loop {
            let joined =
                (t.mark(e, ".") || t.mark(e, "-")) && t.glued(e) && t.glued(e + 1) && t.num(e + 1);
            let spaced = t.spaced(e)
                && t.num(e)
                && (2..=4).contains(&t.s(e).len())
                && !(t.glued(e + 1) && matches!(t.kind(e + 1), Some(Tk::Word | Tk::Num)));
            // `(024) 3825 6789`: an area code in brackets.
            let area = e == i + 1
                && first_zero
                && (2..=4).contains(&digits)
                && t.mark(e, ")")
                && t.glued(e)
                && t.spaced(e + 1)
                && t.num(e + 1);
            if digits > 15 {
                break;
            }
            if area {
                e += 1;
            } else if joined {
                digits += t.s(e + 1).len();
                e += 2;
            } else if spaced && (digits < 9 || t.s(i).starts_with('0')) {
                digits += t.s(e).len();
                e += 1;
            } else {
                break;
            }
        }
        let first = t.s(i);
        let plus = from < i;
        let hotline = (first.starts_with("1900") || first.starts_with("1800")) && digits >= 8;
        let phone = (first.starts_with('0') && (9..=12).contains(&digits))
            || hotline
            || (plus && digits >= 8);
        if !phone || digits > 15 {
            return None;
        }
        self.piece(from, e, Last::Word, |r| {
            if plus {
                r.out.word("cộng");
            }
            for k in (i..e).filter(|&k| r.t.num(k)) {
                r.say.digit_by_digit(r.t.s(k), &mut r.out);
            }
        });
        Some(e)
    }

    /// A plate: `30H-456.78`, `29A1-123.45`, `51F 12345`: letters and digits one by one.
    fn plate(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        if t.s(i).len() != 2 || !t.glued(i + 1) || !t.word(i + 1) {
            return None;
        }
        let series = t.s(i + 1);
        if !(1..=2).contains(&series.len()) || !series.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let mut k = i + 2;
        if t.num(k) && t.glued(k) && t.s(k).len() == 1 {
            k += 1;
        }
        if t.mark(k, "-") && t.glued(k) && t.glued(k + 1) {
            k += 1;
        } else if !t.spaced(k) {
            return None;
        }
        let n = t.s(k);
        if !t.num(k) || !(3..=5).contains(&n.len()) {
            return None;
        }
        let mut e = k + 1;
        if t.mark(e, ".") && t.glued(e) && t.glued(e + 1) && t.num(e + 1) && t.s(e + 1).len() == 2 {
            e += 2;
        }
        if t.glued(e) && matches!(t.kind(e), Some(Tk::Word | Tk::Num)) {
            return None;
        }
        self.piece(i, e, Last::Word, |r| {
            for k in i..e {
                match r.t.kind(k) {
                    Some(Tk::Num) => r.say.digit_by_digit(r.t.s(k), &mut r.out),
                    Some(Tk::Word) => r.spell(r.t.s(k), false),
                    _ => {}
                }
            }
        });
        Some(e)
    }

    /// A road code at word `i` followed by its number: `QL14`, `QL.1A`, `ĐT 741`.
    pub(super) fn road(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let name = ROADS.iter().find(|(w, _)| *w == t.s(i))?.1;
        let mut k = i + 1;
        if t.mark(k, ".") && t.glued(k) && t.glued(k + 1) {
            k += 1;
        } else if t.s(i).len() == 1 {
            // `Q.1`, `P.5`: a one-letter prefix only with its dot.
            return None;
        }
        // Spaced from its number (`QL 6`, `ĐT 605`) only where the prefix says nothing
        // else there (`ĐT 0912…` is a phone number).
        let spaced_ok = match t.s(i) {
            "QL" | "TL" => true,
            "ĐT" | "DT" | "HL" => {
                t.s(k).len() <= 4 && !t.s(k).starts_with('0') && !(t.spaced(k + 1) && t.num(k + 1))
            }
            _ => false,
        };
        if !t.num(k) || (k == i + 1 && t.spaced(k) && !spaced_ok) {
            return None;
        }
        let mut e = k + 1;
        let suffix = t.glued(e) && t.word(e) && t.s(e).chars().count() == 1;
        if suffix {
            e += 1;
        }
        if t.glued(e) && matches!(t.kind(e), Some(Tk::Word | Tk::Num)) {
            return None;
        }
        self.piece(i, e, Last::Word, |r| {
            r.out.word(name);
            r.say.digits_as_number(r.t.s(k), &mut r.out);
            if suffix {
                r.spell(r.t.s(e - 1), false);
            }
        });
        Some(e)
    }

    /// `P.Bến Nghé`, `Q. Hoàn Kiếm`: a ward or district written by its letter before its
    /// name (not an initial of a person's name: no capitalised word before it). Returns
    /// the row after the dot.
    pub(super) fn ward(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let name = match t.s(i) {
            "P" => "phường",
            "Q" => "quận",
            _ => return None,
        };
        let capital = |k: usize| t.word(k) && t.s(k).chars().next().is_some_and(char::is_uppercase);
        let named = t.mark(i + 1, ".")
            && t.glued(i + 1)
            && capital(i + 2)
            && t.s(i + 2).chars().count() > 1
            && !(t.glued(i + 3) && t.mark(i + 3, "."));
        if !named || (i > 0 && capital(i - 1)) {
            return None;
        }
        self.piece(i, i + 2, Last::Word, |r| r.out.word(name));
        Some(i + 2)
    }

    /// Letters glued to digits (`4G`, `12A`, `H5N1`), or a one-letter code: spelled.
    pub(super) fn letters_in_code(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let w = t.s(i);
        let caps = w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        let glued_num = (i > 0 && t.glued(i) && t.num(i - 1)) || (t.glued(i + 1) && t.num(i + 1));
        if !(caps && glued_num) || w.chars().count() > 4 {
            return None;
        }
        self.piece(i, i + 1, Last::Word, |r| r.spell(w, false));
        Some(i + 1)
    }

    /// Letter by letter, in Vietnamese or (`foreign`) English letter names.
    pub(super) fn spell(&mut self, w: &str, foreign: bool) {
        for c in w.chars() {
            if let Some(name) = lexicon::letter(c, foreign) {
                self.out.word(name);
            } else if c.is_ascii_digit() {
                self.say
                    .digit_by_digit(c.encode_utf8(&mut [0; 4]), &mut self.out);
            }
        }
    }
}
