//! Normalization: idempotent, and every normalized char maps back to an in-bounds,
//! char-boundary, monotone original range.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nhan::normalize::Normalizer;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let n = Normalizer::new();
    let once = n.normalize(input);
    let text = once.as_str();
    let twice = n.normalize(text);
    assert_eq!(
        twice.as_str(),
        text,
        "normalize is not idempotent on {input:?}"
    );
    assert_eq!(
        once.lowercase().len(),
        text.len(),
        "lowercase view changed the length"
    );
    assert_eq!(once.alignment().normalized_len(), text.len());
    assert_eq!(once.alignment().original_len(), input.len());
    let mut prev = 0..0;
    for (i, c) in text.char_indices() {
        assert!(once.lowercase().is_char_boundary(i));
        let r = once.original_range(i..i + c.len_utf8());
        assert!(
            r.start <= r.end && r.end <= input.len(),
            "{r:?} out of bounds for {input:?}"
        );
        assert!(
            input.is_char_boundary(r.start) && input.is_char_boundary(r.end),
            "{r:?} not on char boundaries of {input:?}"
        );
        assert!(
            r.start >= prev.start && r.end >= prev.end,
            "not monotone: {prev:?} then {r:?} in {input:?}"
        );
        prev = r;
    }
    let whole = once.original_range(0..text.len());
    if !text.is_empty() {
        assert!(whole.end <= input.len());
    }
});
