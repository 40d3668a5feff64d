//! The text with each abbreviation written out: what a text-to-speech front end reads.

use crate::annotate::Annotator;
use crate::span::{Annotation, Kind};

impl Annotation {
    /// `input` with every abbreviation that has an expansion replaced by it; everything
    /// else is copied byte for byte. Where abbreviations nest (`KT` inside a longer code),
    /// the outermost one is written out.
    ///
    /// `input` must be the text this annotation was made from; a span that does not fit it
    /// is left as written.
    ///
    /// ```
    /// use nhan::Annotator;
    /// let input = "UBND tỉnh họp với BTV Tỉnh ủy.";
    /// let a = Annotator::new().annotate(input);
    /// assert_eq!(a.expand(input), "Ủy ban nhân dân tỉnh họp với Ban Thường vụ Tỉnh ủy.");
    /// ```
    pub fn expand(&self, input: &str) -> String {
        let mut out = String::with_capacity(input.len() + input.len() / 4);
        let mut at = 0;
        // Spans are sorted by start, longer first, so the first abbreviation at a position
        // is the outermost and everything starting before `at` is inside one already taken.
        for span in self.of_kind(Kind::Abbreviation) {
            let Some(expansion) = span.expansion.as_deref() else {
                continue;
            };
            if span.start < at || input.get(span.start..span.end).is_none() {
                continue;
            }
            out.push_str(&input[at..span.start]);
            out.push_str(expansion);
            at = span.end;
        }
        out.push_str(input.get(at..).unwrap_or_default());
        out
    }
}

impl Annotator {
    /// Annotates `input` and returns it with every abbreviation written out in the sense
    /// it has here ([`Annotation::expand`]).
    ///
    /// ```
    /// let text = nhan::Annotator::new().expand("Chủ tịch HĐND xã phát biểu.");
    /// assert_eq!(text, "Chủ tịch Hội đồng nhân dân xã phát biểu.");
    /// ```
    pub fn expand(&self, input: &str) -> String {
        self.annotate(input).expand(input)
    }
}

#[cfg(test)]
mod tests {
    use crate::Annotator;

    #[test]
    fn expands_in_context_and_keeps_the_rest() {
        let a = Annotator::new();
        assert_eq!(
            a.expand("Ủy viên BTV Tỉnh ủy phát biểu."),
            "Ủy viên Ban Thường vụ Tỉnh ủy phát biểu."
        );
        assert_eq!(
            a.expand("Chị là BTV của báo Hà Giang."),
            "Chị là biên tập viên của báo Hà Giang."
        );
    }

    #[test]
    fn text_without_abbreviations_is_unchanged() {
        let input = "Trời hôm nay đẹp.";
        assert_eq!(Annotator::new().expand(input), input);
        assert_eq!(Annotator::new().expand(""), "");
    }

    #[test]
    fn spans_that_do_not_fit_are_left_as_written() {
        let a = Annotator::new().annotate("UBND tỉnh");
        assert_eq!(a.expand("x"), "x");
    }
}
