//! Numbers in words: cardinals, decimals, digit strings, ordinals and Roman numerals, the
//! way a northern news reader says them, with the southern and `bốn` choices.
//!
//! The reverse of the numeral parser the recognizers use: a test reads every spoken
//! cardinal back with it and gets the same value.

use super::out::Words;

/// How numerals are said; made from the caller's [`SpeechOptions`](super::SpeechOptions).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Numerals {
    /// `ngàn` for `nghìn`.
    pub(crate) ngan: bool,
    /// `lẻ` for `linh`.
    pub(crate) le: bool,
    /// `bốn` for `tư` after `mươi`.
    pub(crate) bon: bool,
}

/// The digits' names.
pub(crate) const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

/// The longest run of digits read as a quantity; longer runs are read digit by digit.
pub(crate) const MAX_DIGITS: usize = 15;

impl Numerals {
    /// `n` in words: `một trăm linh tám`, `hai nghìn không trăm mười chín`.
    pub(crate) fn cardinal(&self, n: u64, out: &mut Words) {
        if n == 0 {
            out.word("không");
            return;
        }
        self.below(n, false, out);
    }

    /// `n > 0` in words; `full` when a higher part was said, so that a short group is
    /// read with its hundreds (`không trăm linh năm`).
    fn below(&self, n: u64, full: bool, out: &mut Words) {
        const BILLION: u64 = 1_000_000_000;
        let mut full = full;
        if n >= BILLION {
            self.below(n / BILLION, full, out);
            out.word("tỷ");
            full = true;
        }
        let rest = n % BILLION;
        let scales = [
            (rest / 1_000_000, "triệu"),
            (
                rest / 1_000 % 1_000,
                if self.ngan { "ngàn" } else { "nghìn" },
            ),
            (rest % 1_000, ""),
        ];
        for (group, scale) in scales {
            if group == 0 {
                continue;
            }
            self.group(group, full, out);
            if !scale.is_empty() {
                out.word(scale);
            }
            full = true;
        }
    }

    /// One group below a thousand; `full`: say `không trăm` and `linh`.
    fn group(&self, g: u64, full: bool, out: &mut Words) {
        let (h, t, u) = (
            (g / 100) as usize,
            (g / 10 % 10) as usize,
            (g % 10) as usize,
        );
        let hundreds = h > 0 || full;
        if hundreds {
            out.word(DIGITS[h]);
            out.word("trăm");
        }
        match (t, u) {
            (0, 0) => {}
            (0, u) => {
                if hundreds {
                    out.word(if self.le { "lẻ" } else { "linh" });
                }
                out.word(DIGITS[u]);
            }
            (1, u) => {
                out.word("mười");
                match u {
                    0 => {}
                    5 => out.word("lăm"),
                    u => out.word(DIGITS[u]),
                }
            }
            (t, u) => {
                out.word(DIGITS[t]);
                out.word("mươi");
                match u {
                    0 => {}
                    1 => out.word("mốt"),
                    4 if !self.bon => out.word("tư"),
                    5 => out.word("lăm"),
                    u => out.word(DIGITS[u]),
                }
            }
        }
    }

    /// A written run of ASCII digits as a quantity (`05` is five); too long a run is read
    /// digit by digit.
    pub(crate) fn digits_as_number(&self, digits: &str, out: &mut Words) {
        let trimmed = digits.trim_start_matches('0');
        match trimmed.parse::<u64>() {
            Ok(n) if trimmed.len() <= MAX_DIGITS => self.cardinal(n, out),
            _ if trimmed.is_empty() => out.word("không"),
            _ => self.digit_by_digit(digits, out),
        }
    }

    /// Every digit of `digits` on its own: `không chín tám bảy`.
    pub(crate) fn digit_by_digit(&self, digits: &str, out: &mut Words) {
        for b in digits.bytes().filter(u8::is_ascii_digit) {
            out.word(DIGITS[usize::from(b - b'0')]);
        }
    }

    /// The digits after a decimal mark: each leading zero as `không`, the rest as a
    /// number when short (`05` → `không năm`, `25` → `hai mươi lăm`), else digit by digit.
    pub(crate) fn fraction(&self, digits: &str, out: &mut Words) {
        let rest = digits.trim_start_matches('0');
        for _ in 0..digits.len() - rest.len() {
            out.word("không");
        }
        if rest.is_empty() {
            return;
        }
        if rest.len() <= 3 {
            self.digits_as_number(rest, out);
        } else {
            self.digit_by_digit(rest, out);
        }
    }

    /// `n` after `thứ`: `nhất`, `hai`, `tư`, `mười bốn`, `hai mươi tư`.
    pub(crate) fn ordinal(&self, n: u64, out: &mut Words) {
        match n {
            1 => out.word("nhất"),
            4 => out.word("tư"),
            n => self.cardinal(n, out),
        }
    }

    /// A month after `tháng`: April is `tư`.
    pub(crate) fn month(&self, n: u64, out: &mut Words) {
        if n == 4 {
            out.word("tư");
        } else {
            self.cardinal(n, out);
        }
    }
}

/// The value of a Roman numeral in canonical form (`IX`, `XIII`, `XXI`), 1 to 3999.
pub(crate) fn roman(s: &str) -> Option<u64> {
    fn value(c: u8) -> Option<u64> {
        Some(match c {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            b'M' => 1000,
            _ => return None,
        })
    }
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let values: Vec<u64> = s.bytes().map(value).collect::<Option<_>>()?;
    let mut total = 0u64;
    for (i, &v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|&next| next > v) {
            total = total.wrapping_sub(v);
        } else {
            total = total.wrapping_add(v);
        }
    }
    // Only the canonical spelling counts: `IIII`, `VX`, `IC` are not numerals.
    (total > 0 && total < 4000 && to_roman(total) == s).then_some(total)
}

/// The canonical Roman spelling of `n` (1 to 3999).
fn to_roman(mut n: u64) -> String {
    const TABLE: [(u64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}
