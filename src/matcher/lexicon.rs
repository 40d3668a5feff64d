//! Lexicon entries by their syllables, as ids: an interner of every syllable the
//! dictionaries hold (lower case, normalized) and of its folded form (no marks, `đ` → `d`),
//! what each syllable starts or holds (a [`KindSet`] each, as written and folded), and the
//! entries by their sequence of ids.
//!
//! The syllable table asks the interner once per token ([`Lexicon::ids`]); after that a
//! recognizer's "is this token a surname?" is one indexed read ([`Lexicon::members`]) and
//! a look-up of the words at a row walks the rows by ids ([`Lexicon::longest`]). Text typed
//! without marks is looked up through the folded ids (`longest(.., folded: true)`), which
//! give every entry a folded key stands for (`dang`: `Đảng` and `Đặng`).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use crate::dict::{LexKind, Members};
use crate::normalize::table::{Join, Syllables, key_tokens};
use crate::normalize::{lowercase_into, strip_diacritics};

/// The id of a token no dictionary holds.
pub(crate) const NONE: u32 = u32::MAX;

/// In a sequence of ids, the bit that marks a token glued to the one before it (no space).
const GLUED: u32 = 1 << 31;

/// Longest key, in tokens, that a look-up tries.
pub(crate) const MAX_TOKENS: usize = 12;

/// The compiled look-up side of the lexicon.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Every syllable of every entry, lower case, and its folded form: string → id.
    ids: FxHashMap<Box<str>, u32>,
    /// Per id: the id of its folded form (itself when it has no marks).
    fold: Vec<u32>,
    /// Per id: what entries hold it as written, and folded.
    exact: Vec<Members>,
    folded: Vec<Members>,
    /// Per entry: its key's ids (with [`GLUED`]), as a range of `seq`.
    seq: Vec<u32>,
    seq_at: Vec<(u32, u32)>,
    /// Per entry: its kind.
    kinds: Vec<LexKind>,
    /// Entries by their key's ids, in entry order.
    by_seq: FxHashMap<Box<[u32]>, Vec<u32>>,
    /// The same by folded ids, built on first use.
    by_fold: OnceLock<FxHashMap<Box<[u32]>, Vec<u32>>>,
    /// Longest key per kind, in tokens.
    max_tokens: [u8; 32],
    /// The id of each one-byte ASCII syllable (punctuation, a digit, a letter), or
    /// [`NONE`]: answered without hashing.
    ascii: Vec<u32>,
}

/// The folded form of a lower-case string: no marks, `đ` → `d`.
pub(crate) fn fold(lower: &str, out: &mut String) {
    out.clear();
    out.extend(lower.chars().map(strip_diacritics));
}

impl Lexicon {
    /// An empty lexicon with room for `entries` entries; [`Lexicon::add`] them in order.
    pub(crate) fn with_capacity(entries: usize) -> Lexicon {
        let mut lex = Lexicon {
            max_tokens: [1; 32],
            ..Lexicon::default()
        };
        lex.seq_at.reserve(entries);
        lex.kinds.reserve(entries);
        lex.seq.reserve(entries * 3);
        lex
    }

    /// Interns the next entry, of `kind`, whose form is `lower` (normalized, lower case).
    pub(crate) fn add(&mut self, kind: LexKind, lower: &str, folded: &mut String) {
        let i = self.kinds.len();
        let from = self.seq.len();
        for (r, join) in key_tokens(lower) {
            let id = self.intern(&lower[r], folded);
            let glued = if join == Join::Glued { GLUED } else { 0 };
            self.seq.push(id | glued);
        }
        let len = self.seq.len() - from;
        for (n, &x) in self.seq[from..].iter().enumerate() {
            let id = (x & !GLUED) as usize;
            self.exact[id].add(kind, n == 0, len == 1);
            let f = self.fold[id] as usize;
            self.folded[f].add(kind, n == 0, len == 1);
        }
        let k = kind.index() as usize;
        self.max_tokens[k] = self.max_tokens[k].max(len.min(MAX_TOKENS) as u8);
        self.seq_at.push((from as u32, len as u32));
        self.kinds.push(kind);
        self.by_seq
            .entry(self.seq[from..].into())
            .or_default()
            .push(i as u32);
    }

    /// The id of `lower` (adding it and its folded form).
    fn intern(&mut self, lower: &str, folded: &mut String) -> u32 {
        if let Some(&id) = self.ids.get(lower) {
            return id;
        }
        fold(lower, folded);
        let f = match self.ids.get(folded.as_str()) {
            Some(&f) => f,
            None => self.push(folded.as_str(), None),
        };
        if folded == lower {
            return f;
        }
        self.push(lower, Some(f))
    }

    fn push(&mut self, s: &str, fold: Option<u32>) -> u32 {
        let id = self.fold.len() as u32;
        if let &[b] = s.as_bytes() {
            self.ascii.resize(128, NONE);
            self.ascii[b as usize & 0x7F] = id;
        }
        self.ids.insert(s.into(), id);
        self.fold.push(fold.unwrap_or(id));
        self.exact.push(Members::default());
        self.folded.push(Members::default());
        id
    }

    /// The ids of a token's lower-case form and of its folded form ([`NONE`] when no
    /// dictionary holds it), and what the entries hold of it as written: one hash, two when
    /// a token with marks is unknown.
    pub(crate) fn ids(&self, lower: &str, scratch: &mut String) -> (u32, u32, Members) {
        if let &[b] = lower.as_bytes() {
            return match self.ascii.get(b as usize).copied().unwrap_or(NONE) {
                NONE => (NONE, NONE, Members::default()),
                id => (id, self.fold[id as usize], self.exact[id as usize]),
            };
        }
        if let Some(&id) = self.ids.get(lower) {
            return (id, self.fold[id as usize], self.exact[id as usize]);
        }
        if lower.is_ascii() {
            return (NONE, NONE, Members::default());
        }
        fold(lower, scratch);
        let f = self.ids.get(scratch.as_str()).copied().unwrap_or(NONE);
        (NONE, f, Members::default())
    }

    /// What the entries hold of syllable `id` as written ([`NONE`]: nothing).
    #[inline]
    pub(crate) fn members(&self, id: u32) -> Members {
        self.exact.get(id as usize).copied().unwrap_or_default()
    }

    /// What the entries hold of folded syllable `id` ([`NONE`]: nothing).
    #[inline]
    pub(crate) fn members_folded(&self, id: u32) -> Members {
        self.folded.get(id as usize).copied().unwrap_or_default()
    }

    /// Longest key of `kind`, in tokens.
    pub(crate) fn max_tokens(&self, kind: LexKind) -> usize {
        self.max_tokens[kind.index() as usize] as usize
    }

    /// The longest key at row `row` of `table` with an entry of `kind`: its end row and
    /// the ids of every entry with that key (of any kind; in entry order). Rows go on
    /// through one space or glued; a key does not end inside a word (on a letter or digit
    /// glued to the next letter or digit). `folded`: compare folded forms, so that every
    /// entry a folded key stands for is returned (`dang`: `Đảng` and `Đặng`).
    pub(crate) fn longest(
        &self,
        table: &Syllables,
        row: usize,
        kind: LexKind,
        folded: bool,
    ) -> Option<(usize, &[u32])> {
        let t = table.ids()?;
        let (ids, members, index) = if folded {
            (
                &t.fold_id,
                self.members_folded(*t.fold_id.get(row)?),
                self.folded_index(),
            )
        } else {
            (
                &t.lower_id,
                self.members(*t.lower_id.get(row)?),
                &self.by_seq,
            )
        };
        if !members.starts.has(kind) {
            return None;
        }
        let mut key = [0u32; MAX_TOKENS];
        let n = walk(
            table,
            |r| ids.get(r).copied(),
            |id| self.holds(id, kind, folded),
            row,
            self.max_tokens(kind),
            &mut key,
        );
        (1..=n).rev().find_map(|len| {
            let next = row + len;
            let inside_word = next < table.len()
                && table.joins(next) == Some(false)
                && table.is_wordlike(next)
                && table.is_wordlike(next - 1);
            if inside_word {
                return None;
            }
            let entries = index.get(&key[..len])?;
            entries
                .iter()
                .any(|&e| self.kinds[e as usize] == kind)
                .then_some((next, entries.as_slice()))
        })
    }

    /// The entries whose key is exactly the tokens of rows `rows` of `table`, if one of
    /// them is of `kind`: the ids of every entry with that key.
    pub(crate) fn exact(
        &self,
        table: &Syllables,
        rows: std::ops::Range<usize>,
        kind: LexKind,
        folded: bool,
    ) -> Option<&[u32]> {
        let t = table.ids()?;
        let ids = if folded { &t.fold_id } else { &t.lower_id };
        self.exact_with(table, rows, kind, folded, |r| ids.get(r).copied())
    }

    /// [`exact`](Self::exact) with each row's id (lower case, or folded when `folded`)
    /// from `id_of`, for a table whose ids are not filled in.
    pub(crate) fn exact_with(
        &self,
        table: &Syllables,
        rows: std::ops::Range<usize>,
        kind: LexKind,
        folded: bool,
        id_of: impl Fn(usize) -> Option<u32>,
    ) -> Option<&[u32]> {
        let id = id_of(rows.start)?;
        let (members, index) = if folded {
            (self.members_folded(id), self.folded_index())
        } else {
            (self.members(id), &self.by_seq)
        };
        let len = rows.len();
        if len == 0 || len > self.max_tokens(kind) || !members.starts.has(kind) {
            return None;
        }
        let mut key = [0u32; MAX_TOKENS];
        let held = |id| self.holds(id, kind, folded);
        if walk(table, id_of, held, rows.start, len, &mut key) < len {
            return None;
        }
        let entries = index.get(&key[..len])?;
        entries
            .iter()
            .any(|&e| self.kinds[e as usize] == kind)
            .then_some(entries.as_slice())
    }

    /// Does an entry of `kind` hold syllable `id` (folded when `folded`) anywhere? A key
    /// of `kind` runs over no row that fails this, so a look-up stops walking there.
    #[inline]
    fn holds(&self, id: u32, kind: LexKind, folded: bool) -> bool {
        let members = if folded {
            self.members_folded(id)
        } else {
            self.members(id)
        };
        members.holds.has(kind)
    }

    /// The kind of entry `id`.
    #[inline]
    pub(crate) fn kind(&self, id: u32) -> LexKind {
        self.kinds[id as usize]
    }

    /// Entry ids whose key is `key` (a short text, lower-cased here into `lower` and cut),
    /// in entry order.
    pub(crate) fn find_str(&self, key: &str, lower: &mut String) -> &[u32] {
        let mut ids = [0u32; MAX_TOKENS];
        let mut n = 0;
        lowercase_into(key, lower);
        for (r, join) in key_tokens(lower) {
            let Some(&id) = self.ids.get(&lower[r]) else {
                return &[];
            };
            if n == MAX_TOKENS || join == Join::Other {
                return &[];
            }
            ids[n] = id | if join == Join::Glued { GLUED } else { 0 };
            n += 1;
        }
        self.by_seq.get(&ids[..n]).map_or(&[], Vec::as_slice)
    }

    fn folded_index(&self) -> &FxHashMap<Box<[u32]>, Vec<u32>> {
        self.by_fold.get_or_init(|| {
            let mut map: FxHashMap<Box<[u32]>, Vec<u32>> = FxHashMap::default();
            let mut key = Vec::new();
            for (i, &(from, len)) in self.seq_at.iter().enumerate() {
                key.clear();
                key.extend(
                    self.seq[from as usize..(from + len) as usize]
                        .iter()
                        .map(|&x| self.fold[(x & !GLUED) as usize] | (x & GLUED)),
                );
                map.entry(key.as_slice().into()).or_default().push(i as u32);
            }
            map
        })
    }
}

/// The ids of the rows from `row` that may form one key (up to `max` tokens; `id_of`
/// gives a row's id, `None` past the table; the walk stops at the first id that `held`
/// refuses: no key of the kind asked for holds it), with
/// [`GLUED`] set where a row is glued to the one before; returns how many.
fn walk(
    table: &Syllables,
    id_of: impl Fn(usize) -> Option<u32>,
    held: impl Fn(u32) -> bool,
    row: usize,
    max: usize,
    key: &mut [u32],
) -> usize {
    let max = max.min(key.len());
    let mut n = 0;
    while n < max {
        let r = row + n;
        let Some(id) = id_of(r) else { break };
        if id == NONE || !held(id) {
            break;
        }
        let glued = if n == 0 {
            0
        } else {
            match table.joins(r) {
                Some(true) => 0,
                Some(false) => GLUED,
                None => break,
            }
        };
        key[n] = id | glued;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One-byte syllables are answered from their table as the interner answers them.
    #[test]
    fn one_byte_ids_agree_with_the_interner() {
        let mut lex = Lexicon::with_capacity(3);
        let mut folded = String::new();
        lex.add(LexKind::Org, "kt-xh", &mut folded);
        lex.add(LexKind::Surname, "a", &mut folded);
        lex.add(LexKind::Role, "phó chủ tịch", &mut folded);
        let mut scratch = String::new();
        let mut known = 0;
        for b in 0..128u8 {
            let s = (b as char).to_string();
            let want = match lex.ids.get(s.as_str()) {
                Some(&id) => (id, lex.fold[id as usize], lex.exact[id as usize]),
                None => (NONE, NONE, Members::default()),
            };
            let got = lex.ids(&s, &mut scratch);
            assert_eq!((got.0, got.1), (want.0, want.1), "{s:?}");
            assert_eq!(
                got.2.starts.has(LexKind::Surname),
                want.2.starts.has(LexKind::Surname)
            );
            known += usize::from(got.0 != NONE);
        }
        assert_eq!(known, 2, "`-` and `a`");
    }
}
