//! The search over one view of the text (the lower-case view, or the view without marks):
//! the automaton and the word table together, on syllable boundaries, longest key first.

use std::ops::Range;

use aho_corasick::{AhoCorasick, Anchored, Input};

use super::is_word_char;
use super::wordkeys::WordKeys;

/// Runs `ac` over `hay`, with the keys of `words`, calling `accept(start, end, pattern)`
/// for the longest key at each word start that ends on a word boundary; when `accept`
/// refuses a key, shorter keys at the same start are offered. Keys of the automaton and of
/// the table that end at the same place are offered together (automaton first), and the
/// start counts as matched when either is accepted: as one automaton over both would.
///
/// After a match, the search goes on at the next word inside it that can start a key
/// (`may_start`), else after it: words inside a match are not searched twice for nothing.
pub(super) fn scan<K: AsRef<str>>(
    (ac, words, keys): (&AhoCorasick, &WordKeys, &[K]),
    hay: &str,
    range: Range<usize>,
    may_start: impl Fn(&str) -> bool,
    mut accept: impl FnMut(usize, usize, usize) -> bool,
) {
    let len = range.end;
    let mut pos = range.start;
    // The automaton's next match at or after `pos` (`None` once there is none).
    let mut next: Option<aho_corasick::Match> = None;
    let mut searched = false;
    let mut table: Vec<(usize, usize)> = Vec::new();
    while pos < len {
        if !searched || next.is_some_and(|m| m.start() < pos) {
            next = ac.find(Input::new(hay).span(pos..len));
            searched = true;
        }
        let auto_start = next.map_or(len, |m| m.start());
        let start = if words.is_empty() {
            auto_start
        } else {
            table_start(words, keys, hay, pos..auto_start, len, &mut table)
        };
        if start == len {
            break;
        }
        if start < auto_start {
            // Only the table has keys here.
            let longest_end = table[0].0;
            for &(end, pattern) in &table {
                if accept(start, end, pattern) {
                    break;
                }
            }
            pos = skip_inside(hay, start, longest_end, len, &may_start);
            continue;
        }
        let Some(m) = next else { break };
        if start != auto_start {
            table.clear();
        }
        let longest_end = m.end().max(table.first().map_or(0, |t| t.0));
        if is_boundary_before(hay, start) {
            offer_both(ac, hay, start, m, &table, &mut accept);
        }
        pos = skip_inside(hay, start, longest_end, len, &may_start);
    }
}

/// The first word start in `within` where the table has keys (left in `table`), else
/// `within.end` (its keys, if `within.end` is a word start, are left in `table` too).
fn table_start<K: AsRef<str>>(
    words: &WordKeys,
    keys: &[K],
    hay: &str,
    within: Range<usize>,
    len: usize,
    table: &mut Vec<(usize, usize)>,
) -> usize {
    table.clear();
    let mut w = within.start;
    if !(is_boundary_before(hay, w) && hay[w..].starts_with(is_word_char)) {
        w = next_word_start(hay, w);
    }
    while w <= within.end && w < len {
        words.at(keys, hay, w, len, table);
        if !table.is_empty() {
            return w;
        }
        w = next_word_start(hay, w);
    }
    within.end
}

/// Offers the keys at `start`, longest first: the automaton's (`m` and shorter ones) and
/// the table's, merged by end.
fn offer_both(
    ac: &AhoCorasick,
    hay: &str,
    start: usize,
    m: aho_corasick::Match,
    table: &[(usize, usize)],
    accept: &mut impl FnMut(usize, usize, usize) -> bool,
) {
    let mut auto = Some((m.end(), m.pattern().as_usize()));
    let mut t = 0;
    loop {
        let auto_end = auto.map(|a| a.0);
        let table_end = table.get(t).map(|x| x.0);
        let end = match (auto_end, table_end) {
            (None, None) => return,
            (a, b) => a.max(b).unwrap_or_default(),
        };
        let mut ok = false;
        if let Some((_, pattern)) = auto.filter(|a| a.0 == end) {
            ok |= is_boundary_after(hay, end) && accept(start, end, pattern);
            auto = ac
                .find(Input::new(hay).span(start..end - 1).anchored(Anchored::Yes))
                .map(|m2| (m2.end(), m2.pattern().as_usize()));
        }
        if table_end == Some(end) {
            ok |= accept(start, end, table[t].1);
            t += 1;
        }
        if ok {
            return;
        }
    }
}

/// Where the search goes on after keys at `start` whose longest ends at `longest_end`:
/// the next word inside that can start a key, else the first word start after it.
fn skip_inside(
    hay: &str,
    start: usize,
    longest_end: usize,
    len: usize,
    may_start: impl Fn(&str) -> bool,
) -> usize {
    let mut pos = next_word_start(hay, start);
    while pos < longest_end {
        let word_end = pos
            + hay[pos..]
                .find(|c: char| !is_word_char(c))
                .unwrap_or(len - pos);
        if may_start(&hay[pos..word_end]) {
            break;
        }
        pos = next_word_start(hay, pos);
    }
    pos
}

fn is_boundary_before(text: &str, i: usize) -> bool {
    !text[..i].chars().next_back().is_some_and(is_word_char)
}

/// A key that ends in a dot or another mark (`P.`, `TP.`) may touch the next word.
pub(super) fn is_boundary_after(text: &str, i: usize) -> bool {
    !text[..i].chars().next_back().is_some_and(is_word_char)
        || !text[i..].chars().next().is_some_and(is_word_char)
}

/// The start of the next word after the word that contains byte `i`.
fn next_word_start(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut in_word = true;
    let mut j = i;
    while let Some(&b) = bytes.get(j) {
        // ASCII without decoding.
        let (w, len) = if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[j..].chars().next().unwrap_or(' ');
            (is_word_char(c), c.len_utf8())
        };
        if j == i && !w {
            in_word = false;
        }
        if in_word && !w {
            in_word = false;
        } else if !in_word && w {
            return j;
        }
        j += len;
    }
    text.len()
}
