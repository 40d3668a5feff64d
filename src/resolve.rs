//! Resolution: spans back onto the original bytes, sorted, without crossings, with ids.
//!
//! It works on raw spans ([`resolve_raw`]); owned strings are made only for the spans that
//! survive, when they become [`Span`]s ([`materialize`]).

use std::cmp::Reverse;

use crate::normalize::NormalizedText;
use crate::recognize::common::{Found, NO_ATTRS};
use crate::span::{Annotation, Kind, Relation, Span};

/// The spans that survive resolution and the relations between them.
pub(crate) struct Resolved {
    /// Indices into `Found::spans`, in output order: a span's id is its place here.
    pub(crate) order: Vec<u32>,
    pub(crate) relations: Vec<Relation>,
}

/// Maps `found` onto `input` and orders it as the guide (`docs/annotation.md`) requires.
pub(crate) fn resolve(input: &str, text: &NormalizedText, mut found: Found<'_>) -> Annotation {
    let resolved = resolve_raw(text, &mut found);
    materialize(input, found, resolved)
}

/// Maps the raw spans of `found` to original offsets (in place), drops empty spans, exact
/// duplicates and crossings (by the priority the recognizers declared), and numbers the
/// relations by output id.
pub(crate) fn resolve_raw(text: &NormalizedText, found: &mut Found<'_>) -> Resolved {
    let priorities = &found.priorities;
    // Which span stays when two cross: the higher priority, as the recognizers declare it.
    let priority = |kind: Kind| {
        priorities
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |&(_, p)| p)
    };
    let spans = &mut found.spans;
    let to_u32 = |p: usize| u32::try_from(p).unwrap_or(u32::MAX);
    if !text.alignment().is_identity() {
        for s in spans.iter_mut() {
            let r = text.original_range(s.start as usize..s.end as usize);
            s.start = to_u32(r.start);
            s.end = to_u32(r.end);
        }
    }
    let mut order: Vec<u32> = (0..spans.len() as u32)
        .filter(|&i| spans[i as usize].start < spans[i as usize].end)
        .collect();
    order.sort_by_key(|&i| {
        let s = &spans[i as usize];
        (s.start, Reverse(s.end), s.kind)
    });

    let mut keep = vec![false; spans.len()];
    let mut alias: Vec<u32> = vec![u32::MAX; spans.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in &order {
        let i = i as usize;
        let s = &spans[i];
        if let Some(p) = prev {
            if spans[p].start == s.start && spans[p].end == s.end && spans[p].kind == s.kind {
                alias[i] = p as u32;
                continue;
            }
        }
        while stack.last().is_some_and(|&t| spans[t].end <= s.start) {
            stack.pop();
        }
        let mut accept = true;
        while let Some(&t) = stack.last() {
            if spans[t].end >= s.end {
                break;
            }
            // `t` starts before `s` and ends inside it: they cross.
            if priority(s.kind) > priority(spans[t].kind) {
                keep[t] = false;
                stack.pop();
            } else {
                accept = false;
                break;
            }
        }
        if accept {
            keep[i] = true;
            stack.push(i);
            prev = Some(i);
        }
    }

    let mut new_id = vec![u32::MAX; spans.len()];
    order.retain(|&i| keep[i as usize]);
    for (id, &i) in order.iter().enumerate() {
        new_id[i as usize] = id as u32;
    }
    let id_of = |i: usize| {
        let j = if alias[i] == u32::MAX {
            i
        } else {
            alias[i] as usize
        };
        (new_id[j] != u32::MAX).then_some(new_id[j] as usize)
    };
    let mut relations: Vec<Relation> = found
        .links
        .iter()
        .filter_map(|&(kind, h, t)| {
            Some(Relation {
                kind,
                head: id_of(h)?,
                tail: id_of(t)?,
            })
        })
        .collect();
    relations.sort_by_key(|r| (r.head, r.tail));
    relations.dedup();
    Resolved { order, relations }
}

/// The [`Annotation`] of the spans that survived: the one place where strings are made.
pub(crate) fn materialize(input: &str, mut found: Found<'_>, resolved: Resolved) -> Annotation {
    let spans = resolved
        .order
        .iter()
        .enumerate()
        .map(|(id, &i)| {
            let raw = found.spans[i as usize];
            let mut s = Span::new(raw.kind, input, raw.start as usize..raw.end as usize);
            s.id = id;
            if raw.attrs != NO_ATTRS {
                std::mem::take(&mut found.attrs[raw.attrs as usize]).fill(&mut s);
            }
            s
        })
        .collect();
    Annotation {
        spans,
        relations: resolved.relations,
    }
}
