//! A toy recognizer, to show what a new one costs: this file and one line in a registry.
//! It marks `@handle` mentions as people.

use super::common::tokens::Tk;
use super::common::{Doc, Found, Hit, HitKinds, Recognizer};
use crate::span::Kind;

/// `@` glued to a word: `@nhanbot`.
struct Mentions;

impl Recognizer for Mentions {
    fn name(&self) -> &'static str {
        "mentions"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::NOTHING
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        &[(Kind::Person, 5)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, _hits: &[Hit], found: &mut Found<'a>) {
        let t = doc.tokens();
        for i in 0..t.len() {
            if t.punct(i, '@') && t.glued(i + 1) && t.kind(i + 1) == Some(Tk::Word) {
                found.push(Kind::Person, t.start(i)..t.end(i + 1));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Dictionary;
    use crate::matcher::{Layer, Matcher};
    use crate::normalize::Normalizer;
    use crate::recognize::{REGISTRY, run_with};
    use crate::resolve::resolve;
    use crate::span::Annotation;

    fn annotate(input: &str, registry: &[&dyn Recognizer]) -> Annotation {
        let normalizer = Normalizer::new();
        let matcher = Matcher::build(vec![Layer::Builtin(Dictionary::builtin())], &normalizer)
            .expect("the built-in dictionary compiles");
        let text = normalizer.normalize(input);
        let mut hits = Vec::new();
        matcher.find(&text, &mut hits);
        let doc = Doc::new(&text, &hits, &matcher, None);
        resolve(input, &text, run_with(&doc, registry))
    }

    #[test]
    fn a_new_recognizer_is_one_file_and_one_line() {
        let input = "Hỏi @nhanbot hoặc ông Nguyễn Văn An, Chủ tịch UBND tỉnh Hà Giang.";
        // The one line: the toy joins the registry.
        let with_toy: Vec<&dyn Recognizer> =
            REGISTRY.iter().copied().chain([&Mentions as _]).collect();

        let before = annotate(input, REGISTRY);
        let after = annotate(input, &with_toy);
        let text = |a: &Annotation, k: Kind| -> Vec<String> {
            a.of_kind(k)
                .map(|s| input[s.start..s.end].to_owned())
                .collect()
        };
        assert_eq!(text(&before, Kind::Person), ["Nguyễn Văn An"]);
        assert_eq!(text(&after, Kind::Person), ["@nhanbot", "Nguyễn Văn An"]);
        // Everything else is as it was.
        let others = |a: &Annotation| -> Vec<(Kind, usize, usize)> {
            a.spans
                .iter()
                .filter(|s| input[s.start..s.end] != *"@nhanbot")
                .map(|s| (s.kind, s.start, s.end))
                .collect()
        };
        assert_eq!(others(&before), others(&after));
        assert!(before.spans.len() > 3);
    }
}
