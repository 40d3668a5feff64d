//! A user dictionary (the bytes before the first NUL) on top of the built-in one, then
//! the document (the rest): the invariants hold whatever the dictionary says.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nhan::{Annotator, Dictionary};

fuzz_target!(|input: &str| {
    let (dict_text, doc) = input.split_once('\0').unwrap_or((input, ""));
    let annotator = match Dictionary::parse("fuzz.tsv", dict_text) {
        Ok(dict) => match Annotator::builder().dictionary(dict).build() {
            Ok(a) => a,
            Err(e) => {
                assert!(!e.to_string().is_empty());
                return;
            }
        },
        Err(_) => Annotator::new(),
    };
    let a = annotator.annotate(doc);
    if let Err(e) = a.check(doc) {
        panic!("invariant broken with dictionary {dict_text:?} on {doc:?}: {e}");
    }
});
