//! The pipeline stage by stage, each beside a bare aho-corasick scan of the same text in the
//! same run (issue 17's yardstick), all `Throughput::Bytes` of the input.
//!
//! Group `stages/<input>`:
//! - `bare-scan`: a leftmost-longest `aho-corasick` scan of the annotator's keys over the
//!   pre-lowercased normalized text (the baseline every ratio divides by);
//! - `end-to-end`: the whole pipeline, JSON out; `normalize+match`: the pipeline up to the
//!   dictionary hits ([`nhan::Annotator::run_to`]);
//! - `stage/<name>` for `normalize`, `table`, `match`, `recognize`, `resolve`,
//!   `materialize`, `json`: that stage's own time inside whole runs of the pipeline
//!   ([`nhan::Annotator::time_stages`], through criterion's `iter_custom`);
//! - `kinds-abbreviation`: the whole pipeline, JSON out, with
//!   `Options::kinds([Kind::Abbreviation])` (only the recognizers that kind needs run);
//! - `variant/<way>`: the whole pipeline, JSON out, on the same text written another way,
//!   made here from the input one character for one: `nfd` (canonical decomposition, as
//!   some statutes come), `unaccented` (marks stripped, `đ` → `d`), `upper` (capitals).
//!   `benches/stages.py` divides their times by `end-to-end`'s.
//!
//! Input: the file named by `NHAN_BENCH_CORPUS` (real news: for instance the development
//! set's texts concatenated, which stay out of the repository), else the generated news
//! corpus of `benches/corpus/` (`NHAN_BENCH_BYTES`, default 10 MiB). `benches/stages.py`
//! prints the ratios from criterion's estimates.

#[path = "corpus/mod.rs"]
mod corpus;

use std::hint::black_box;
use std::time::Duration;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use nhan::normalize::{Normalizer, strip_diacritics};
use nhan::{Annotator, Kind, Options, Stage};
use unicode_normalization::UnicodeNormalization;

/// The input and its name: the `NHAN_BENCH_CORPUS` file, else generated news.
fn input() -> (String, String) {
    if let Ok(path) = std::env::var("NHAN_BENCH_CORPUS") {
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("NHAN_BENCH_CORPUS={path}: {e}"));
        return ("corpus".into(), text);
    }
    let bytes = std::env::var("NHAN_BENCH_BYTES")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(10 << 20);
    ("generated".into(), corpus::news(bytes))
}

/// `text` written other ways, one character for one: decomposed, without marks, in
/// capitals (a letter whose capital is more than one character stays as it is).
fn variants(text: &str) -> [(&'static str, String); 3] {
    let upper = |c: char| {
        let mut u = c.to_uppercase();
        match (u.next(), u.next()) {
            (Some(u), None) => u,
            _ => c,
        }
    };
    [
        ("nfd", text.nfd().collect()),
        ("unaccented", text.chars().map(strip_diacritics).collect()),
        ("upper", text.chars().map(upper).collect()),
    ]
}

fn bench_stages(c: &mut Criterion) {
    let (name, text) = input();
    let annotator = Annotator::new();
    let lower = Normalizer::new().normalize(&text).lowercase().to_owned();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(annotator.keys())
        .expect("keys compile");
    let abbreviations = Options::new().kinds([Kind::Abbreviation]);
    eprintln!(
        "stages/{name}: {} bytes, {} keys, {} bare matches, {} hits, {} spans",
        text.len(),
        annotator.keys().len(),
        ac.find_iter(&lower).count(),
        annotator.run_to(&text, Stage::Match),
        annotator.run_to(&text, Stage::Materialize),
    );

    let mut g = c.benchmark_group(format!("stages/{name}"));
    g.sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1))
        .sampling_mode(SamplingMode::Flat)
        .throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("bare-scan", |b| {
        b.iter(|| ac.find_iter(black_box(&lower)).count())
    });
    g.bench_function("end-to-end", |b| {
        b.iter(|| annotator.run_to(black_box(&text), Stage::Json))
    });
    g.bench_function("normalize+match", |b| {
        b.iter(|| annotator.run_to(black_box(&text), Stage::Match))
    });
    for stage in Stage::ALL {
        g.bench_function(format!("stage/{}", stage.name()), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| annotator.time_stages(black_box(&text))[stage as usize])
                    .sum()
            })
        });
    }
    g.bench_function("kinds-abbreviation", |b| {
        b.iter(|| {
            annotator
                .annotate_with(black_box(&text), &abbreviations)
                .to_json()
                .map_or(0, |j| j.len())
        })
    });
    for (way, variant) in variants(&text) {
        g.bench_function(format!("variant/{way}"), |b| {
            b.iter(|| annotator.run_to(black_box(&variant), Stage::Json))
        });
    }
    g.finish();
}

criterion_group!(benches, bench_stages);
criterion_main!(benches);
