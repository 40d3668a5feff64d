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

/// The Báo Hà Giang article the project grew from.
const SEED: &str = include_str!("../examples/data/seed.txt");

const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

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

/// Moves the tone mark of every word-final glide-style `oa`/`oe`/`uy` onto the nucleus
/// (`hòa` → `hoà`, `Ủy` → `Uỷ`), leaving `qu` and pairs after a vowel alone.
fn nucleus_style(text: &str) -> String {
    let split = |c: char| -> (char, Option<char>) {
        let mut d = c.to_string().nfd().collect::<Vec<_>>();
        let tone = d
            .iter()
            .position(|m| TONES.contains(m))
            .map(|i| d.remove(i));
        (if d.len() == 1 { d[0] } else { '\0' }, tone)
    };
    let compose = |b: char, t: char| unicode_normalization::char::compose(b, t).unwrap_or(b);
    let chars: Vec<char> = text.nfc().collect();
    let mut out = chars.clone();
    for i in 1..chars.len() {
        if chars.get(i + 1).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let ((b1, t1), (b2, t2)) = (split(chars[i - 1]), split(chars[i]));
        let pair = (b1.to_ascii_lowercase(), b2.to_ascii_lowercase());
        if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) || t2.is_some() {
            continue;
        }
        let Some(t) = t1 else { continue };
        if let Some(&c0) = i.checked_sub(2).and_then(|j| chars.get(j)) {
            let b0 = c0
                .to_string()
                .nfd()
                .next()
                .unwrap_or(c0)
                .to_ascii_lowercase();
            if "aeiouy".contains(b0) || (b0 == 'q' && pair.0 == 'u') {
                continue;
            }
        }
        out[i - 1] = b1;
        out[i] = compose(b2, t);
    }
    out.into_iter().collect()
}

fn shapes(text: &str) -> Vec<(&'static str, String)> {
    let nfc: String = text.nfc().collect();
    vec![
        ("nfc", nfc.clone()),
        ("nfd", nfc.nfd().collect()),
        ("nucleus", nucleus_style(&nfc)),
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
