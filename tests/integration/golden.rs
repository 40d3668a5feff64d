//! Golden tests: the seed article against its gold annotation (`tests/data/`, copied from
//! `../shared/corpus/`), kind by kind.

use std::collections::BTreeSet;

use nhan::{Annotation, Annotator, Kind, Span};

const SEED: &str = include_str!("../data/seed.txt");
const GOLD: &str = include_str!("../data/seed.gold.json");

fn gold() -> Annotation {
    serde_json::from_str(GOLD).expect("gold file parses")
}

type Key = (Kind, usize, usize);

fn key(s: &Span) -> Key {
    (s.kind, s.start, s.end)
}

/// Every gold span of `kinds` is found with the gold's attributes, and nothing else of
/// those kinds is found.
pub(crate) fn assert_kinds(input: &str, got: &Annotation, want: &Annotation, kinds: &[Kind]) {
    for s in &got.spans {
        assert_eq!(
            &input[s.start..s.end],
            s.text,
            "span text is not the input bytes: {s:?}"
        );
    }
    let got_keys: BTreeSet<Key> = got
        .spans
        .iter()
        .filter(|s| kinds.contains(&s.kind))
        .map(key)
        .collect();
    let want_keys: BTreeSet<Key> = want
        .spans
        .iter()
        .filter(|s| kinds.contains(&s.kind))
        .map(key)
        .collect();
    let show = |ks: Vec<&Key>| {
        ks.iter()
            .map(|(k, s, e)| format!("{k} {s}..{e} {:?}", &input[*s..*e]))
            .collect::<Vec<_>>()
    };
    let missing: Vec<&Key> = want_keys.difference(&got_keys).collect();
    let extra: Vec<&Key> = got_keys.difference(&want_keys).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {:#?}\nextra: {:#?}",
        show(missing),
        show(extra)
    );
    for w in want.spans.iter().filter(|s| kinds.contains(&s.kind)) {
        let g = got
            .spans
            .iter()
            .find(|g| key(g) == key(w))
            .expect("found above");
        assert_eq!(&input[g.start..g.end], w.text);
        let ctx = format!("{} {:?}", w.kind, w.text);
        assert_eq!(g.canonical, w.canonical, "canonical of {ctx}");
        assert_eq!(g.expansion, w.expansion, "expansion of {ctx}");
        assert_eq!(g.entity, w.entity, "entity of {ctx}");
        assert_eq!(g.source, w.source, "source of {ctx}");
        assert_eq!(g.abbreviation, w.abbreviation, "abbreviation of {ctx}");
        assert_eq!(g.role, w.role, "role of {ctx}");
        assert_eq!(g.level, w.level, "level of {ctx}");
        assert_eq!(g.value, w.value, "value of {ctx}");
    }
}

/// The relations between spans of `kinds`, by span keys.
fn relation_keys(a: &Annotation) -> BTreeSet<(String, Key, Key)> {
    a.relations
        .iter()
        .map(|r| {
            (
                format!("{:?}", r.kind),
                key(&a.spans[r.head]),
                key(&a.spans[r.tail]),
            )
        })
        .collect()
}

#[test]
fn seed_abbreviations_and_long_forms() {
    assert_kinds(
        SEED,
        &Annotator::new().annotate(SEED),
        &gold(),
        &[Kind::Abbreviation, Kind::LongForm],
    );
}

#[test]
fn seed_people_and_offices() {
    let kinds = [
        Kind::Person,
        Kind::Title,
        Kind::Rank,
        Kind::Honorific,
        Kind::Organization,
    ];
    assert_kinds(SEED, &Annotator::new().annotate(SEED), &gold(), &kinds);
}

#[test]
fn seed_relations() {
    let got = Annotator::new().annotate(SEED);
    assert_eq!(relation_keys(&got), relation_keys(&gold()));
}

#[test]
fn seed_places_dates_numbers() {
    assert_kinds(
        SEED,
        &Annotator::new().annotate(SEED),
        &gold(),
        &[Kind::Location, Kind::Date, Kind::Number],
    );
    let got = Annotator::new().annotate(SEED);
    let hg = got
        .of_kind(Kind::Location)
        .find(|s| s.text == "Hà Giang")
        .map(|s| s.became.as_deref());
    assert_eq!(hg, Some(Some("Tuyên Quang")));
}

#[test]
fn seed_whole_output_is_the_gold() {
    let got = Annotator::new().annotate(SEED);
    assert_kinds(SEED, &got, &gold(), &Kind::ALL);
    for (i, s) in got.spans.iter().enumerate() {
        assert_eq!(s.id, i);
    }
}
