//! Throughput of the dictionary matcher and of the whole pipeline, with bare-automaton and
//! text-pass baselines over the same text.
//!
//! Groups:
//! - `match`: `Annotator::count_hits` (normalize + match, no recognizers) on the ~10 MB news
//!   corpus, with the built-in dictionary and with a generated 100k-entry user lexicon.
//! - `annotate`: the whole pipeline on the corpus as NFC, NFD and nucleus-style tones, with
//!   the 100k lexicon, up to raw spans only (`news-raw-spans`: no strings made), and on
//!   each extra input (the statutes in `../shared/corpus/laws/`, `NHAN_BENCH_CORPUS`).
//! - `kinds`: the whole pipeline on the news corpus for every kind and for
//!   `Options::kinds([Kind::Abbreviation])` (only the recognizers that kind needs run),
//!   beside a bare `aho-corasick` scan of the same text in the same group.
//! - `build`: parsing the built-in dictionary files, compiling an annotator with the
//!   built-ins, and with the 100k lexicon on top.
//! - `baseline`: over the same pre-lowercased text, a bare `aho-corasick` and a bare
//!   `daachorse` scan of the annotator's keys; `str::to_lowercase`, NFC and `is_nfc_quick`
//!   on the original text; counting lines with `memchr`.
//!
//! Inputs are described in `benches/corpus/README.md`.

#[path = "corpus/mod.rs"]
mod corpus;

use std::hint::black_box;
use std::sync::LazyLock;
use std::time::Duration;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main, measurement::WallTime,
};
use daachorse::{
    CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, DoubleArrayAhoCorasick,
    DoubleArrayAhoCorasickBuilder, MatchKind as DaachorseMatchKind,
};
use nhan::normalize::Normalizer;
use nhan::{Annotator, Dictionary, Kind, Options};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Size of the generated news corpus; `NHAN_BENCH_BYTES` overrides it for quick runs.
const NEWS_BYTES: usize = 10 << 20;
/// Entries in the generated user lexicon.
const USER_ENTRIES: usize = 100_000;

static NEWS: LazyLock<String> = LazyLock::new(|| {
    let bytes = std::env::var("NHAN_BENCH_BYTES")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(NEWS_BYTES);
    corpus::news(bytes)
});
static USER_LEXICON: LazyLock<String> = LazyLock::new(|| corpus::user_lexicon(USER_ENTRIES));
static USER_ANNOTATOR: LazyLock<Annotator> = LazyLock::new(|| build_user(&USER_LEXICON));

fn user_dictionary(text: &str) -> Dictionary {
    Dictionary::parse("user-100k.tsv", text).expect("the generated lexicon parses")
}

fn build_user(text: &str) -> Annotator {
    Annotator::builder()
        .dictionary(user_dictionary(text))
        .build()
        .expect("the 100k lexicon compiles")
}

/// A group with the settings every group here shares: few samples, flat sampling (each
/// iteration over 10 MB is long enough on its own).
fn group<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1))
        .sampling_mode(SamplingMode::Flat);
    g
}

fn bench_match(c: &mut Criterion) {
    let news = &*NEWS;
    let builtin = Annotator::new();
    let user = &*USER_ANNOTATOR;
    eprintln!(
        "corpus: {} bytes; hits: built-in {}, with 100k lexicon {}",
        news.len(),
        builtin.count_hits(news),
        user.count_hits(news)
    );
    let mut g = group(c, "match");
    g.throughput(Throughput::Bytes(news.len() as u64));
    g.bench_function("news/builtin", |b| {
        b.iter(|| builtin.count_hits(black_box(news)))
    });
    g.bench_function("news/user-100k", |b| {
        b.iter(|| user.count_hits(black_box(news)))
    });
    g.finish();
}

fn bench_annotate(c: &mut Criterion) {
    let news = &*NEWS;
    let builtin = Annotator::new();
    let user = &*USER_ANNOTATOR;
    let nfd = corpus::nfd(news);
    let nucleus = corpus::nucleus_tones(news);
    let spans = builtin.annotate(news).spans.len();
    eprintln!("annotate: {spans} spans on the news corpus");

    let mut g = group(c, "annotate");
    for (name, annotator, input) in [
        ("news", &builtin, news),
        ("news-nfd", &builtin, &nfd),
        ("news-nucleus", &builtin, &nucleus),
        ("news-user-100k", user, news),
    ] {
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_function(name, |b| b.iter(|| annotator.annotate(black_box(input))));
    }
    // The pipeline up to resolved raw spans, without making the `Annotation`'s strings.
    g.throughput(Throughput::Bytes(news.len() as u64));
    g.bench_function("news-raw-spans", |b| {
        b.iter(|| builtin.count_spans(black_box(news)))
    });
    g.finish();

    let extra = corpus::extra();
    if extra.is_empty() {
        return;
    }
    // The statutes are 40-160 KB each: shorter runs are enough.
    let mut g = group(c, "annotate");
    g.measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(500))
        .sampling_mode(SamplingMode::Auto);
    for (name, text) in &extra {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| builtin.annotate(black_box(text)))
        });
    }
    g.finish();
}

/// `--kinds abbreviation` against every kind: the registry runs only the recognizers the
/// kinds need. The bare scan in the same group is the yardstick of issue 17's ratios.
fn bench_kinds(c: &mut Criterion) {
    let news = &*NEWS;
    let annotator = Annotator::new();
    let every = Options::new();
    let abbreviations = Options::new().kinds([Kind::Abbreviation]);
    let lower = Normalizer::new().normalize(news).lowercase().to_owned();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(annotator.keys())
        .expect("keys compile");
    eprintln!(
        "kinds: {} spans of every kind, {} abbreviations",
        annotator.annotate_with(news, &every).spans.len(),
        annotator.annotate_with(news, &abbreviations).spans.len()
    );
    let mut g = group(c, "kinds");
    g.throughput(Throughput::Bytes(news.len() as u64));
    g.bench_function("news/all", |b| {
        b.iter(|| annotator.annotate_with(black_box(news), &every))
    });
    g.bench_function("news/abbreviation", |b| {
        b.iter(|| annotator.annotate_with(black_box(news), &abbreviations))
    });
    g.throughput(Throughput::Bytes(lower.len() as u64));
    g.bench_function("bare-scan", |b| {
        b.iter(|| ac.find_iter(black_box(&lower)).count())
    });
    g.finish();
}

fn bench_build(c: &mut Criterion) {
    let user_text = &*USER_LEXICON;
    let builtin_bytes: usize = corpus::DICTIONARIES.iter().map(|(_, t)| t.len()).sum();
    let builtin = Annotator::builder().build().expect("built-ins compile");
    let user = &*USER_ANNOTATOR;
    eprintln!(
        "automaton_bytes: built-in {} ({} keys), with 100k lexicon {} ({} keys)",
        builtin.automaton_bytes(),
        builtin.keys().len(),
        user.automaton_bytes(),
        user.keys().len()
    );

    let mut g = group(c, "build");
    g.throughput(Throughput::Bytes(builtin_bytes as u64));
    g.bench_function("parse-builtin-files", |b| {
        b.iter(|| {
            corpus::DICTIONARIES
                .iter()
                .map(|(name, text)| {
                    Dictionary::parse(name, black_box(text))
                        .expect("built-in parses")
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("annotator-builtin", |b| {
        b.iter(|| Annotator::builder().build().expect("built-ins compile"))
    });
    g.throughput(Throughput::Bytes(user_text.len() as u64));
    g.bench_function("parse-user-100k", |b| {
        b.iter(|| user_dictionary(black_box(user_text)).len())
    });
    g.throughput(Throughput::Bytes((builtin_bytes + user_text.len()) as u64));
    g.bench_function("annotator-user-100k", |b| {
        b.iter(|| build_user(black_box(user_text)))
    });
    g.finish();
}

fn bench_baseline(c: &mut Criterion) {
    let news = &*NEWS;
    let annotator = Annotator::new();
    let keys = annotator.keys();
    let lower = Normalizer::new().normalize(news).lowercase().to_owned();

    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(keys)
        .expect("keys compile");
    // With thousands of keys the default picks a contiguous NFA, as `src/matcher.rs` does;
    // a full DFA shows what more memory would buy.
    let ac_dfa = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(keys)
        .expect("keys compile");
    let daac_char: CharwiseDoubleArrayAhoCorasick<u32> =
        CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(DaachorseMatchKind::LeftmostLongest)
            .build(keys)
            .expect("keys compile");
    let daac_byte: DoubleArrayAhoCorasick<u32> = DoubleArrayAhoCorasickBuilder::new()
        .match_kind(DaachorseMatchKind::LeftmostLongest)
        .build(keys)
        .expect("keys compile");
    eprintln!(
        "baseline: {} keys; aho-corasick {:?} {} bytes, {} matches; DFA {} bytes; \
         daachorse charwise {} bytes, {} matches; bytewise {} bytes",
        keys.len(),
        ac.kind(),
        ac.memory_usage(),
        ac.find_iter(&lower).count(),
        ac_dfa.memory_usage(),
        daac_char.heap_bytes(),
        daac_char.leftmost_find_iter(&lower).count(),
        daac_byte.heap_bytes(),
    );

    let mut g = group(c, "baseline");
    g.throughput(Throughput::Bytes(lower.len() as u64));
    g.bench_function("aho-corasick", |b| {
        b.iter(|| ac.find_iter(black_box(&lower)).count())
    });
    g.bench_function("aho-corasick-dfa", |b| {
        b.iter(|| ac_dfa.find_iter(black_box(&lower)).count())
    });
    g.bench_function("daachorse-charwise", |b| {
        b.iter(|| daac_char.leftmost_find_iter(black_box(&lower)).count())
    });
    g.bench_function("daachorse-bytewise", |b| {
        b.iter(|| daac_byte.leftmost_find_iter(black_box(&lower)).count())
    });
    g.bench_function("memchr-newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(lower.as_bytes())).count())
    });
    g.throughput(Throughput::Bytes(news.len() as u64));
    g.bench_function("to_lowercase", |b| {
        b.iter(|| black_box(news.as_str()).to_lowercase())
    });
    g.bench_function("nfc", |b| {
        b.iter(|| black_box(news.as_str()).nfc().collect::<String>())
    });
    g.bench_function("is_nfc_quick", |b| {
        b.iter(|| is_nfc_quick(black_box(news.as_str()).chars()) == IsNormalized::Yes)
    });
    g.finish();
}

criterion_group!(
    benches,
    bench_build,
    bench_match,
    bench_annotate,
    bench_kinds,
    bench_baseline
);
criterion_main!(benches);
