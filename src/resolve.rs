//! Resolution: spans back onto the original bytes, sorted, without crossings, with ids.

use std::cmp::Reverse;

use crate::normalize::NormalizedText;
use crate::recognize::Found;
use crate::span::{Annotation, Kind, Relation, Span};

/// Maps `found` onto `input` and orders it as `ANNOTATION.md` requires.
pub(crate) fn resolve(input: &str, text: &NormalizedText, found: Found) -> Annotation {
    // Which span stays when two cross: the higher priority, as the recognizers declare it.
    let Found {
        mut spans,
        links,
        priorities,
    } = found;
    let priority = |kind: Kind| {
        priorities
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |&(_, p)| p)
    };
    for s in &mut spans {
        let r = text.original_range(s.start..s.end);
        s.start = r.start;
        s.end = r.end;
    }
    let mut order: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].start < spans[i].end)
        .collect();
    order.sort_by_key(|&i| (spans[i].start, Reverse(spans[i].end), spans[i].kind));

    let mut keep = vec![false; spans.len()];
    let mut alias: Vec<Option<usize>> = vec![None; spans.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in &order {
        let s = &spans[i];
        if let Some(p) = prev {
            if spans[p].start == s.start && spans[p].end == s.end && spans[p].kind == s.kind {
                alias[i] = Some(p);
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

    let mut new_id = vec![usize::MAX; spans.len()];
    let mut out = Vec::with_capacity(order.len());
    for &i in &order {
        if keep[i] {
            new_id[i] = out.len();
            // Moved out, not cloned: the placeholder left behind allocates nothing.
            let mut s = std::mem::replace(&mut spans[i], Span::new(Kind::Number, "", 0..0));
            s.id = out.len();
            s.text = input[s.start..s.end].to_owned();
            out.push(s);
        }
    }
    let id_of = |i: usize| {
        let j = alias[i].unwrap_or(i);
        (new_id[j] != usize::MAX).then_some(new_id[j])
    };
    let mut relations: Vec<Relation> = links
        .into_iter()
        .filter_map(|(kind, h, t)| {
            Some(Relation {
                kind,
                head: id_of(h)?,
                tail: id_of(t)?,
            })
        })
        .collect();
    relations.sort_by_key(|r| (r.head, r.tail));
    relations.dedup();
    spans.clear();
    Annotation {
        spans: out,
        relations,
    }
}
