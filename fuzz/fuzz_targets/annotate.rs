//! The built-in annotator keeps every invariant and is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nhan::Annotator;

fuzz_target!(|input: &str| {
    let annotator = Annotator::new();
    let a = annotator.annotate(input);
    if let Err(e) = a.check(input) {
        panic!("invariant broken on {input:?}: {e}");
    }
    let b = annotator.annotate(input);
    assert_eq!(a, b, "two runs differ on {input:?}");
});
