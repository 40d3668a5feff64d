//! Throughput of the speech form beside the annotation it is built on, on the same news
//! corpus in the same run (`Throughput::Bytes`): `annotate` (everything nhan finds) and
//! `speak` (abbreviations, dates and numbers found, then every token said).
//!
//! `NHAN_BENCH_BYTES` sets the corpus size (default 2 MB).

#[path = "corpus/mod.rs"]
mod corpus;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use nhan::Annotator;

fn bench_speak(c: &mut Criterion) {
    let bytes = std::env::var("NHAN_BENCH_BYTES")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(2 << 20);
    let news = corpus::news(bytes);
    let annotator = Annotator::new();
    let mut g = c.benchmark_group("speech");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1))
        .sampling_mode(SamplingMode::Flat)
        .throughput(Throughput::Bytes(news.len() as u64));
    g.bench_function("annotate/news", |b| {
        b.iter(|| black_box(annotator.annotate(black_box(&news))))
    });
    g.bench_function("speak/news", |b| {
        b.iter(|| black_box(annotator.speak(black_box(&news))))
    });
    g.finish();
}

criterion_group!(benches, bench_speak);
criterion_main!(benches);
