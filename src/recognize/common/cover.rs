//! Which of a set of byte ranges hold a position, in a binary search rather than a scan of
//! every range: recognizers ask this of their own earlier finds once per candidate, and a
//! scan would make a long document quadratic.

use std::ops::Range;

/// Byte ranges by start, each with the furthest end of those that start at or before it.
#[derive(Debug, Default)]
pub(crate) struct Cover {
    starts: Vec<usize>,
    reach: Vec<usize>,
}

impl Cover {
    /// The ranges `ranges`, in any order; an empty range counts as holding its start.
    pub(crate) fn new(ranges: impl IntoIterator<Item = Range<usize>>) -> Cover {
        let mut by_start: Vec<(usize, usize)> = ranges
            .into_iter()
            .map(|r| (r.start, r.end.max(r.start + 1)))
            .collect();
        by_start.sort_unstable();
        let mut furthest = 0;
        let reach = by_start
            .iter()
            .map(|&(_, end)| {
                furthest = furthest.max(end);
                furthest
            })
            .collect();
        Cover {
            starts: by_start.into_iter().map(|(start, _)| start).collect(),
            reach,
        }
    }

    /// Does a range hold `pos` (`start <= pos < end`)?
    pub(crate) fn holds(&self, pos: usize) -> bool {
        let k = self.starts.partition_point(|&s| s <= pos);
        k > 0 && self.reach[k - 1] > pos
    }

    /// Does a range hold `pos` inside it (`start < pos < end`)?
    pub(crate) fn holds_inside(&self, pos: usize) -> bool {
        let k = self.starts.partition_point(|&s| s < pos);
        k > 0 && self.reach[k - 1] > pos
    }
}

#[cfg(test)]
mod tests {
    use super::Cover;

    /// The binary search answers what a scan of every range answers.
    #[test]
    fn cover_agrees_with_a_scan() {
        let ranges = [5..9, 0..2, 20..20, 6..30, 40..41, 12..13];
        let cover = Cover::new(ranges.iter().cloned());
        for pos in 0..45 {
            let holds = ranges
                .iter()
                .any(|r| r.start <= pos && pos < r.end.max(r.start + 1));
            let inside = ranges.iter().any(|r| r.start < pos && pos < r.end);
            assert_eq!(cover.holds(pos), holds, "holds {pos}");
            assert_eq!(cover.holds_inside(pos), inside, "inside {pos}");
        }
        assert!(!Cover::new([]).holds(0));
    }
}
