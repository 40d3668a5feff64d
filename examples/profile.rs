//! A small driver for profilers: annotates (or only matches) the generated news corpus of
//! the benches and prints the time taken.
//!
//! ```text
//! cargo build --profile profiling --example profile
//! valgrind --tool=callgrind target/profiling/examples/profile 1000000 annotate
//! perf record -g target/profiling/examples/profile 10485760 annotate
//! ```
//!
//! Arguments: corpus size in bytes (default 10 MiB); `annotate` (default), `match` (normalize
//! and match only), `abbreviation` (annotate for that kind only) or `build` (compile an
//! annotator with a generated user lexicon of that many entries); the number of runs (default 1). `NHAN_PROFILE_FILE=path` profiles that file instead of
//! the generated corpus.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::time::Instant;

use nhan::{Annotator, Dictionary, Kind, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let bytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10 << 20);
    let mode = args.next().unwrap_or_else(|| "annotate".into());
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    if mode == "build" {
        let lexicon = corpus::user_lexicon(bytes);
        for _ in 0..runs {
            let t = Instant::now();
            let built = Dictionary::parse("user.tsv", &lexicon)
                .and_then(|d| Annotator::builder().dictionary(d).build());
            match built {
                Ok(a) => println!(
                    "build: {bytes} entries, {} keys, {} automaton bytes, {:.3} s",
                    a.keys().len(),
                    a.automaton_bytes(),
                    t.elapsed().as_secs_f64()
                ),
                Err(e) => {
                    eprintln!("build failed: {e}");
                    std::process::exit(1)
                }
            }
        }
        return;
    }
    let text = match std::env::var_os("NHAN_PROFILE_FILE") {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("cannot read {}: {e}", path.to_string_lossy());
            std::process::exit(2)
        }),
        None => corpus::news(bytes),
    };
    let annotator = Annotator::new();
    let abbreviations = Options::new().kinds([Kind::Abbreviation]);
    // Build the automaton before the clock starts.
    annotator.count_hits("UBND tỉnh Hà Giang");
    for _ in 0..runs {
        let t = Instant::now();
        let n = match mode.as_str() {
            "match" => annotator.count_hits(&text),
            "abbreviation" => annotator.annotate_with(&text, &abbreviations).spans.len(),
            _ => annotator.annotate(&text).spans.len(),
        };
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{mode}: {} bytes, {n} results, {secs:.3} s, {:.2} MB/s",
            text.len(),
            text.len() as f64 / secs / 1e6
        );
    }
}
