//! Heap allocations per span, counted by a counting global allocator (`stats_alloc`; this
//! is its own test binary with one test, so nothing else allocates meanwhile): the
//! pipeline up to resolved raw spans makes at most one allocation per span on average;
//! strings are made only at the edge, for the spans that survive.

use std::alloc::System;

use nhan::Annotator;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allocations and reallocations made while `f` runs, and its result.
fn counted<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let region = Region::new(GLOBAL);
    let out = f();
    let stats = region.change();
    (stats.allocations + stats.reallocations, out)
}

const SEED: &str = include_str!("../examples/data/seed.txt");

#[test]
fn at_most_one_allocation_per_span() {
    let input = format!("{SEED}\n").repeat(100);
    let annotator = Annotator::new();
    annotator.count_spans("UBND tỉnh Hà Giang");

    let (raw_allocs, spans) = counted(|| annotator.count_spans(&input));
    let (edge_allocs, annotation) = counted(|| annotator.annotate(&input));
    println!(
        "{spans} spans: {raw_allocs} allocations up to raw spans ({:.3} a span), \
         {edge_allocs} with the Annotation ({:.2} a span)",
        raw_allocs as f64 / spans as f64,
        edge_allocs as f64 / spans as f64
    );
    assert_eq!(annotation.spans.len(), spans);
    assert!(spans > 5_000, "{spans}");
    for s in &annotation.spans {
        assert_eq!(&input[s.start..s.end], s.text);
    }
    assert!(
        raw_allocs <= spans,
        "{raw_allocs} allocations for {spans} spans"
    );
}
