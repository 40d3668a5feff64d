//! The speech form never panics, its segments tile the input (`Speech::check`) with every
//! option, and a second run says the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nhan::{Acronyms, Annotator, SpeechOptions};

fuzz_target!(|input: &str| {
    let annotator = Annotator::new();
    // The first byte picks the options, so that every choice is explored.
    let bits = input.bytes().next().unwrap_or(0);
    let acronyms = [Acronyms::Auto, Acronyms::Letters, Acronyms::Words][usize::from(bits % 3)];
    let options = SpeechOptions::new()
        .southern(bits & 4 != 0)
        .bon_after_tens(bits & 8 != 0)
        .punctuation(bits & 16 == 0)
        .acronyms(acronyms);
    let a = annotator.speak_with(input, &options);
    if let Err(e) = a.check(input) {
        panic!("segments do not tile {input:?}: {e}\n{a:?}");
    }
    let b = annotator.speak_with(input, &options);
    assert_eq!(a, b, "two runs differ on {input:?}");
});
