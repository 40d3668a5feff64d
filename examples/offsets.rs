//! Shows that spans point into the original bytes whatever the input looks like: NFD,
//! `Ð` typed for `Đ`, nucleus-style tones, odd spaces and dashes. Also prints character
//! and UTF-16 offsets for tools that count that way.
//!
//! ```text
//! cargo run --example offsets
//! ```

use nhan::Annotator;

fn main() {
    let inputs = [
        "Phó Chủ tịch UBND tỉnh Trần Đức Quý",
        // NFD, `Ð` for `Đ`, nucleus-style tone, no-break space and an en dash.
        "Pho\u{0301} Chu\u{0309} ti\u{0323}ch Uỷ ban nhân dân tỉnh Trần Ðức Quý\u{00A0}– KT – XH",
    ];
    let annotator = Annotator::new();
    for input in inputs {
        println!("{input:?}");
        let a = annotator.annotate(input);
        let chars = a.char_ranges(input);
        let utf16 = a.utf16_ranges(input);
        for (i, s) in a.spans.iter().enumerate() {
            assert_eq!(&input[s.start..s.end], s.text);
            println!(
                "  {:<13} bytes {:>3}..{:<3} chars {:>3}..{:<3} utf16 {:>3}..{:<3} {:?}",
                s.kind.as_str(),
                s.start,
                s.end,
                chars[i].start,
                chars[i].end,
                utf16[i].start,
                utf16[i].end,
                s.text
            );
        }
    }
}
