//! Throughput of `Normalizer::normalize` on the same text in four shapes: NFC (the common,
//! already-normal case), NFD, nucleus-style tones (`hoà`, `uỷ`) and `Ð` for `Đ`.
//!
//! Corpora: the seed, which is the Báo Hà Giang article (2020-11) the project grew from,
//! repeated to about 1 MB; and the statutes in `../shared/corpus/laws/` when present
//! (read in place at bench start, skipped silently when absent).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use nhan::normalize::Normalizer;
use unicode_normalization::UnicodeNormalization;

#[path = "corpus/mod.rs"]
mod corpus;

/// The Báo Hà Giang article the project grew from.
const SEED: &str = include_str!("../examples/data/seed.txt");

/// The seed repeated to about 1 MB.
fn seed_megabyte() -> String {
    let seed: String = SEED.nfc().collect();
    let mut out = String::with_capacity(1 << 20);
    while out.len() < 1 << 20 {
        out.push_str(&seed);
        out.push('\n');
    }
    out
}

/// The statutes, concatenated, when `../shared` is there.
fn laws() -> Option<String> {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "shared", "corpus", "laws"]
        .iter()
        .collect();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    let text: String = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    (!text.is_empty()).then_some(text)
}

fn shapes(text: &str) -> Vec<(&'static str, String)> {
    let nfc: String = text.nfc().collect();
    vec![
        ("nfc", nfc.clone()),
        ("nfd", corpus::nfd(&nfc)),
        ("nucleus", corpus::nucleus_tones(&nfc)),
        ("eth", nfc.replace('Đ', "Ð").replace('đ', "ð")),
    ]
}

fn bench_normalize(c: &mut Criterion) {
    let normalizer = Normalizer::new();
    let mut corpora = vec![("seed-1MB", seed_megabyte())];
    if let Some(laws) = laws() {
        corpora.push(("laws", laws));
    }
    let mut inputs: Vec<(&str, &str, String)> = Vec::new();
    for (corpus, text) in &corpora {
        for (shape, input) in shapes(text) {
            inputs.push((shape, corpus, input));
        }
    }
    for shape in ["nfc", "nfd", "nucleus", "eth"] {
        let mut group = c.benchmark_group(format!("normalize/{shape}"));
        group.measurement_time(Duration::from_secs(3));
        group.warm_up_time(Duration::from_secs(1));
        group.sample_size(20);
        for (_, corpus, input) in inputs.iter().filter(|(s, _, _)| *s == shape) {
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(corpus), input, |b, input| {
                b.iter(|| normalizer.normalize(black_box(input)))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench_normalize);
criterion_main!(benches);
