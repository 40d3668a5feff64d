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
            let cpu = cpu_seconds();
            let built = Dictionary::parse("user.tsv", &lexicon)
                .and_then(|d| Annotator::builder().dictionary(d).build());
            match built {
                Ok(a) => println!(
                    "build: {bytes} entries, {} keys, {} automaton bytes, {:.3} s ({:.2} s of CPU)",
                    a.keys().len(),
                    a.automaton_bytes(),
                    t.elapsed().as_secs_f64(),
                    cpu_seconds() - cpu
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
    // Build the automata (the folded one too, for the unaccented line) and the other
    // tables made on first use before the clock starts.
    annotator.annotate(
        "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn họp báo ngày 6/11/2024.\n\
         Chu tich UBND tinh Ha Giang Nguyen Van Son hop bao chieu nay ve kinh te xa hoi.",
    );
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

/// The CPU time this process has used, in seconds (to 10 ms; 0 where `/proc` is missing):
/// on a machine shared with other work it varies less than the time on the clock.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which ends with `)`): utime and stime are the 12th
    // and 13th, in clock ticks of 1/100 s.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: f64 = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<f64>().ok())
        .sum();
    ticks / 100.0
}
