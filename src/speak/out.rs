//! Writes the speech form and its segments: pieces of spoken words, each with the byte
//! range of the input it came from; silent marks joined to a neighbour.

use std::ops::Range;

use super::{Piece, Segment, Speech};

/// The speech being written. A piece is opened at an input offset, gets words, and is
/// closed at an input offset; a piece that got no words is silent.
#[derive(Debug, Default)]
pub(crate) struct Words {
    text: String,
    segments: Vec<Piece>,
    /// Where the open piece starts: (input offset, offset in `text`, words so far).
    open: Option<(usize, usize, usize)>,
    /// The start of silent input waiting for the next piece (an opening bracket).
    pending: Option<usize>,
}

impl Words {
    /// An empty speech with room for `len` bytes of input.
    pub(crate) fn with_capacity(len: usize) -> Words {
        Words {
            text: String::with_capacity(len + len / 4),
            segments: Vec::with_capacity(len / 5),
            ..Words::default()
        }
    }

    /// Opens a piece at input offset `start`.
    pub(crate) fn open(&mut self, start: usize) {
        let start = self.pending.take().map_or(start, |p| p.min(start));
        self.open = Some((start, self.text.len(), 0));
    }

    /// Adds one word (or several, separated by single spaces) to the open piece.
    pub(crate) fn word(&mut self, w: &str) {
        if w.is_empty() {
            return;
        }
        let Some((_, at, n)) = self.open.as_mut() else {
            return;
        };
        if *n == 0 {
            if !self.text.is_empty() {
                self.text.push(' ');
            }
            *at = self.text.len();
        } else {
            self.text.push(' ');
        }
        *n += 1;
        self.text.push_str(w);
    }

    /// Adds words given as text (an expansion): split on white space, marks dropped
    /// unless `keep` allows them.
    pub(crate) fn words_of(&mut self, text: &str, keep: impl Fn(&str) -> bool) {
        for w in text.split_whitespace() {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            if bare.is_empty() {
                continue;
            }
            if keep(w) {
                self.word(w);
            } else {
                self.word(bare);
            }
        }
    }

    /// The last word written, in the open piece or the last segment.
    pub(crate) fn last_word(&self) -> &str {
        self.text.rsplit(' ').next().unwrap_or("")
    }

    /// Closes the open piece at input offset `end`; a piece without words is silent.
    pub(crate) fn close(&mut self, end: usize) {
        let Some((start, at, n)) = self.open.take() else {
            return;
        };
        if n == 0 {
            self.silent_back(start..end);
            return;
        }
        // Normalization may rewrite two tokens as one (a mark over a dash): a piece that
        // starts inside the last segment joins it.
        if let Some(prev) = self.segments.last_mut() {
            if start < prev.end {
                prev.end = prev.end.max(end);
                prev.spoken.end = self.text.len();
                return;
            }
        }
        self.segments.push(Piece {
            start,
            end,
            spoken: at..self.text.len(),
        });
    }

    /// Silent input that belongs with what comes before (a closing bracket, a dash):
    /// joins the last segment, or waits for the next piece when there is none.
    pub(crate) fn silent_back(&mut self, range: Range<usize>) {
        match self.segments.last_mut() {
            Some(s) if self.pending.is_none() => s.end = s.end.max(range.end),
            _ => {
                self.pending.get_or_insert(range.start);
            }
        }
    }

    /// Silent input that belongs with what comes after (an opening bracket or quote).
    pub(crate) fn silent_forward(&mut self, range: Range<usize>) {
        self.pending.get_or_insert(range.start);
    }

    /// A mark said as itself after the last segment, without a space (`.`, `,`): joins
    /// the last segment; silent when there is none.
    pub(crate) fn attach(&mut self, range: Range<usize>, mark: &str) {
        match self.segments.last_mut() {
            Some(s) if self.pending.is_none() && s.spoken.end == self.text.len() => {
                // `./.` at the end of an article, `,.`: one mark is enough.
                if !self.text.ends_with(['.', ',', ';', ':', '!', '?', '…']) {
                    self.text.push_str(mark);
                }
                s.spoken.end = self.text.len();
                s.end = s.end.max(range.end);
            }
            _ => self.silent_back(range),
        }
    }

    /// The finished speech of `input`: silent input left over joins a neighbour, and
    /// bytes outside every piece (dropped by normalization) join the segment before
    /// them, so that every non-space byte lies in one segment.
    pub(crate) fn finish(mut self, input: &str) -> Speech {
        let mut segments = self.segments;
        cover_gaps(input, &mut segments, &mut self.text);
        let segments = segments
            .into_iter()
            .map(|p| Segment {
                start: p.start,
                end: p.end,
                text: self.text[p.spoken].to_owned(),
            })
            .collect();
        Speech {
            text: self.text,
            segments,
        }
    }
}

/// The end of the last non-space character of `input[from..to]`, or `from`.
fn trim_end(input: &str, from: usize, to: usize) -> usize {
    input
        .get(from..to)
        .map_or(from, |gap| from + gap.trim_end().len())
}

/// Extends segments over the non-space bytes between and around them.
fn cover_gaps(input: &str, segments: &mut Vec<Piece>, text: &mut String) {
    if segments.is_empty() {
        let trimmed = input.trim();
        if !trimmed.is_empty() {
            let start = input.len() - input.trim_start().len();
            segments.push(Piece {
                start,
                end: start + trimmed.len(),
                spoken: 0..0,
            });
            text.clear();
        }
        return;
    }
    let lead = input.len() - input.trim_start().len();
    if let Some(first) = segments.first_mut() {
        first.start = first.start.min(lead);
    }
    for k in 0..segments.len() {
        let next = segments.get(k + 1).map_or(input.len(), |s| s.start);
        let s = &mut segments[k];
        s.end = trim_end(input, s.end, next).max(s.end);
    }
}
