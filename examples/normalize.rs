//! Prints the normalized text of a file (or standard input) and a few aligned ranges:
//! where the normalized text differs from the input and which input bytes each piece
//! came from.
//!
//! ```text
//! cargo run --example normalize -- examples/data/seed.txt
//! printf 'Uỷ ban  nhân dân – HÐND' | cargo run --example normalize
//! ```

use std::io::Read;
use std::process::ExitCode;

use nhan::normalize::Normalizer;

fn main() -> ExitCode {
    let mut bytes = Vec::new();
    let read = match std::env::args().nth(1) {
        Some(path) => std::fs::read(&path).map(|b| bytes = b),
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("normalize: cannot read input: {e}");
        return ExitCode::FAILURE;
    }
    let input = match std::str::from_utf8(&bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "normalize: invalid UTF-8 at byte offset {}",
                e.valid_up_to()
            );
            return ExitCode::FAILURE;
        }
    };
    let n = Normalizer::new().normalize(input);
    println!("{}", n.as_str());
    println!(
        "--- {} changed places (normalized range -> original range):",
        n.alignment().segments().len()
    );
    for seg in n.alignment().segments().iter().take(20) {
        println!(
            "{:>6}..{:<6} {:?} <- {:>6}..{:<6} {:?}",
            seg.norm_start,
            seg.norm_end,
            &n.as_str()[seg.norm_start..seg.norm_end],
            seg.orig_start,
            seg.orig_end,
            &input[seg.orig_start..seg.orig_end]
        );
    }
    ExitCode::SUCCESS
}
