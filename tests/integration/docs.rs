//! The examples of `docs/annotation.md`: each JSON block is valid against the page's rules
//! and nhan finds every span and relation it shows.

use nhan::{Annotation, Annotator, Kind, Options, RelationKind};

const PAGE: &str = include_str!("../../docs/annotation.md");

/// (options, input, JSON) for each `<!-- example ...: INPUT -->` and the block after it.
fn examples() -> Vec<(Options, &'static str, &'static str)> {
    let mut out = Vec::new();
    for (i, _) in PAGE.match_indices("<!-- example") {
        let rest = &PAGE[i + "<!-- example".len()..];
        let (head, rest) = rest.split_once(" -->").expect("comment ends");
        let (settings, input) = head.split_once(": ").expect("example: INPUT");
        // A line break in an example's input is written `\n`.
        let input: &'static str = if input.contains("\\n") {
            Box::leak(input.replace("\\n", "\n").into_boxed_str())
        } else {
            input
        };
        let mut options = Options::new();
        if let Some(offsets) = settings.trim().strip_prefix("offsets=") {
            options = options
                .char_offsets(offsets.contains("char"))
                .utf16_offsets(offsets.contains("utf16"));
        }
        let json = rest.split_once("```json\n").expect("a json block").1;
        let json = json.split_once("```").expect("block ends").0;
        out.push((options, input, json));
    }
    out
}

fn key(a: &Annotation, id: usize) -> (Kind, usize, usize) {
    let s = &a.spans[id];
    (s.kind, s.start, s.end)
}

#[test]
fn examples_follow_the_page_and_match_nhan() {
    let examples = examples();
    assert!(examples.len() >= 3, "{} examples", examples.len());
    for (options, input, json) in examples {
        let shown: Annotation = serde_json::from_str(json).expect("the example parses");
        let chars: Vec<char> = input.chars().collect();
        let units: Vec<u16> = input.encode_utf16().collect();
        for (i, s) in shown.spans.iter().enumerate() {
            assert_eq!(s.id, i, "{input}");
            assert_eq!(&input[s.start..s.end], s.text, "{input}");
            if let (Some(a), Some(b)) = (s.start_char, s.end_char) {
                assert_eq!(chars[a..b].iter().collect::<String>(), s.text);
            }
            if let (Some(a), Some(b)) = (s.start_utf16, s.end_utf16) {
                assert_eq!(String::from_utf16(&units[a..b]).unwrap(), s.text);
            }
        }
        for w in shown.spans.windows(2) {
            assert!(
                (w[0].start, w[1].end) <= (w[1].start, w[0].end),
                "sorted: {input}"
            );
        }
        for r in &shown.relations {
            let (head, tail) = (shown.spans[r.head].kind, shown.spans[r.tail].kind);
            let expected = match r.kind {
                RelationKind::HasTitle => (Kind::Person, Kind::Title),
                RelationKind::HasRank => (Kind::Person, Kind::Rank),
                RelationKind::Defines => (Kind::LongForm, Kind::Abbreviation),
                _ => (Kind::Person, Kind::Person),
            };
            assert_eq!((head, tail), expected, "{input}");
        }
        let found = Annotator::new().annotate_with(input, &options);
        // The writing as shown; an example without it is accented, in normal case.
        assert_eq!(found.writing, shown.writing, "{input}");
        for s in &shown.spans {
            let same = found
                .spans
                .iter()
                .find(|f| (f.kind, f.start, f.end) == (s.kind, s.start, s.end));
            let same =
                same.unwrap_or_else(|| panic!("nhan finds {} {:?} in {input}", s.kind, s.text));
            assert_eq!(same.text, s.text);
            assert_eq!((same.start_char, same.end_char), (s.start_char, s.end_char));
            assert_eq!(
                (same.start_utf16, same.end_utf16),
                (s.start_utf16, s.end_utf16)
            );
        }
        for r in &shown.relations {
            let want = (r.kind, key(&shown, r.head), key(&shown, r.tail));
            assert!(
                found
                    .relations
                    .iter()
                    .any(|f| (f.kind, key(&found, f.head), key(&found, f.tail)) == want),
                "nhan finds {want:?} in {input}"
            );
        }
    }
}
