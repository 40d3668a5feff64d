//! Dictionary parsing never panics, and its errors say something.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nhan::Dictionary;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        let err = Dictionary::from_reader("fuzz.tsv", data);
        if let Err(e) = err {
            assert!(!e.to_string().is_empty());
        }
        return;
    };
    if let Err(e) = Dictionary::parse("fuzz.tsv", text) {
        let msg = e.to_string();
        assert!(!msg.is_empty(), "empty error message for {text:?}");
        assert!(
            msg.contains("fuzz.tsv"),
            "error {msg:?} does not name its source"
        );
    }
});
