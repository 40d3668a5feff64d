//! The built-in annotator keeps every invariant and is deterministic, and asking for
//! abbreviations alone (which runs one recognizer and searches only for the hits it reads)
//! finds the abbreviations the whole run finds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nhan::{Annotation, Annotator, Kind, Options};

fuzz_target!(|input: &str| {
    let annotator = Annotator::new();
    let a = annotator.annotate(input);
    if let Err(e) = a.check(input) {
        panic!("invariant broken on {input:?}: {e}");
    }
    let b = annotator.annotate(input);
    assert_eq!(a, b, "two runs differ on {input:?}");
    let only = annotator.annotate_with(input, &Options::new().kinds([Kind::Abbreviation]));
    if let Err(e) = only.check(input) {
        panic!("invariant broken with --kinds abbreviation on {input:?}: {e}");
    }
    let abbreviations = |x: &Annotation| {
        x.of_kind(Kind::Abbreviation)
            .map(|s| {
                let mut s = s.clone();
                s.id = 0;
                s
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        abbreviations(&a),
        abbreviations(&only),
        "abbreviations alone differ on {input:?}"
    );
});
