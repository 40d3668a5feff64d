//! Throughput of `Annotator::annotate` on adversarial documents, next to ordinary news text
//! (the seed article repeated to 10 MB). The goal: every case within 3× of the news
//! throughput; a case far below it is super-linear somewhere.
//!
//! Cases: 10 MB without a space, 10 MB of capitalised syllables, 1M × `UBND ` (5 MB), a
//! run of combining marks (1 MB: letters each carrying 1,000 marks), nested parentheses
//! (1 MB: 500k `(`, `MTTQ`, 500k `)`), 1 MB of `(`, a title and a name repeated to 5 MB
//! (`Chủ tịch Trần Văn Nam, `), and the seed article repeated to 10 MB.
//!
//! `cargo bench --bench adversarial`; each case runs 10 samples in flat sampling mode.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use nhan::Annotator;

/// The Báo Hà Giang article the project grew from.
const SEED: &str = include_str!("../examples/data/seed.txt");

const MB: usize = 1 << 20;

/// `unit` repeated until the text is at least `len` bytes.
fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

fn cases() -> Vec<(&'static str, String)> {
    let marks = format!("a{}", "\u{301}\u{323}\u{302}".repeat(333));
    let parens = format!("{}MTTQ{}", "(".repeat(MB / 2), ")".repeat(MB / 2));
    vec![
        ("news_10mb", repeat_to(&format!("{SEED}\n"), 10 * MB)),
        (
            "no_space_10mb",
            repeat_to(
                "UBNDtỉnhHàGiangaăâbcdđeêghiklmnoôơpqrstuưvxyĐẶNGỦYBAN",
                10 * MB,
            ),
        ),
        (
            "capitalised_10mb",
            repeat_to(
                "Trần Văn Nam Hà Giang Nguyễn Thị Lan Phó Chủ Tịch ",
                10 * MB,
            ),
        ),
        ("ubnd_1m", "UBND ".repeat(1_000_000)),
        ("combining_marks_1mb", repeat_to(&marks, MB)),
        ("nested_parens_1mb", parens),
        ("open_parens_1mb", "(".repeat(MB)),
        (
            "titles_and_names_5mb",
            repeat_to("Chủ tịch Trần Văn Nam, ", 5 * MB),
        ),
    ]
}

fn adversarial(c: &mut Criterion) {
    let annotator = Annotator::new();
    annotator.annotate("UBND tỉnh Hà Giang");
    let mut group = c.benchmark_group("adversarial");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1))
        .sampling_mode(SamplingMode::Flat);
    for (name, text) in cases() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| annotator.annotate(black_box(&text)).spans.len())
        });
    }
    group.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
