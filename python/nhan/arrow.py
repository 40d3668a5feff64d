"""Documents in, annotation rows out, as Arrow record batches (needs ``pyarrow``).

The worker side of ``examples/spark/annotate.py``, usable from any engine that hands
Python Arrow batches (Spark's ``mapInArrow``, Ray Data, DuckDB). Every output batch has
``ROW_SCHEMA``: one flat row per span, relation, failed document and batch, told apart by
the ``table`` column, so that one pass over the corpus writes every table (Spark:
``partitionBy("table")``):

- ``spans``: ``doc_id``, ``span_id``, ``kind``, ``start``, ``end`` (characters),
  ``start_byte``, ``end_byte``, ``text``, ``canonical``, ``expansion``, ``value`` (as text)
  and ``attributes`` (the other attributes as a JSON object);
- ``relations``: ``doc_id``, ``kind``, ``head``, ``tail`` (span ids of that document);
- ``errors``: ``doc_id``, ``error``: a document that could not be annotated; the other
  documents of its batch are not affected;
- ``batches``: ``docs``, ``bytes``, ``seconds``, ``worker_pid`` and ``worker_maxrss_kb``
  (peak resident memory of the worker process) for each batch.

``TABLE_COLUMNS`` names the columns that apply to each table; the others are null there.
"""

from __future__ import annotations

import functools
import os
try:
    import resource
except ImportError:  # not on Windows
    resource = None
import time
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import pyarrow as pa

import nhan

ROW_SCHEMA = pa.schema(
    [
        ("table", pa.string()),
        ("doc_id", pa.string()),
        ("span_id", pa.int64()),
        ("kind", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("start_byte", pa.int64()),
        ("end_byte", pa.int64()),
        ("text", pa.string()),
        ("canonical", pa.string()),
        ("expansion", pa.string()),
        ("value", pa.string()),
        ("attributes", pa.string()),
        ("head", pa.int64()),
        ("tail", pa.int64()),
        ("error", pa.string()),
        ("docs", pa.int64()),
        ("bytes", pa.int64()),
        ("seconds", pa.float64()),
        ("worker_pid", pa.int64()),
        ("worker_maxrss_kb", pa.int64()),
    ]
)
TABLE_COLUMNS: Dict[str, List[str]] = {
    "spans": [
        "doc_id", "span_id", "kind", "start", "end", "start_byte", "end_byte",
        "text", "canonical", "expansion", "value", "attributes",
    ],
    "relations": ["doc_id", "kind", "head", "tail"],
    "errors": ["doc_id", "error"],
    "batches": ["docs", "bytes", "seconds", "worker_pid", "worker_maxrss_kb"],
}
_SPARK_TYPES = {pa.string(): "string", pa.int64(): "bigint", pa.float64(): "double"}
# ROW_SCHEMA as a Spark DDL string, for mapInArrow.
ROW_DDL = ", ".join(f"`{f.name}` {_SPARK_TYPES[f.type]}" for f in ROW_SCHEMA)

# Column of Annotator.annotate_columns → column of ROW_SCHEMA.
_SPAN_RENAME = {"id": "span_id"}


@functools.lru_cache(maxsize=8)
def annotator(dictionaries: Tuple[str, ...] = (), reference_date: Optional[str] = None) -> nhan.Annotator:
    """One annotator per process and configuration (a Spark Python worker keeps it
    across tasks)."""
    return nhan.Annotator(list(dictionaries) or None, reference_date)


def _annotate(a: nhan.Annotator, texts: Sequence[str]):
    """Columns for `texts` and an error (or None) per text. If the call fails as a whole
    (a bug in nhan), it is redone text by text, so the error stays with its text."""
    try:
        spans, relations = a.annotate_columns(texts, threads=1)
        return [spans], [relations], [None] * len(texts)
    except nhan.NhanError:
        pass
    all_spans, all_relations, errors = [], [], []
    for i, t in enumerate(texts):
        try:
            spans, relations = a.annotate_columns([t], threads=1)
        except nhan.NhanError as e:
            errors.append(f"{type(e).__name__}: {e}")
            continue
        spans["doc"] = [i] * len(spans["doc"])
        relations["doc"] = [i] * len(relations["doc"])
        all_spans.append(spans)
        all_relations.append(relations)
        errors.append(None)
    return all_spans, all_relations, errors


def _check(texts: List, max_bytes: Optional[int]) -> List[Optional[str]]:
    errors: List[Optional[str]] = []
    for t in texts:
        if t is None:
            errors.append("no text: the text column is null")
        elif not isinstance(t, str):
            errors.append(f"the text column holds {type(t).__name__}, not text")
        elif max_bytes is not None and len(t) * 4 > max_bytes and len(t.encode("utf-8")) > max_bytes:
            errors.append(f"document of {len(t.encode('utf-8'))} bytes is over the limit of {max_bytes} bytes")
        else:
            errors.append(None)
    return errors


def _batch(table: str, n: int, columns: Dict[str, list]) -> pa.RecordBatch:
    arrays = []
    for f in ROW_SCHEMA:
        if f.name == "table":
            arrays.append(pa.array([table] * n, type=f.type))
        elif f.name in columns:
            arrays.append(pa.array(columns[f.name], type=f.type))
        else:
            arrays.append(pa.nulls(n, type=f.type))
    return pa.RecordBatch.from_arrays(arrays, schema=ROW_SCHEMA)


def annotate_batch(
    batch: pa.RecordBatch,
    text_column: str = "text",
    id_column: str = "id",
    a: Optional[nhan.Annotator] = None,
    max_bytes: Optional[int] = None,
) -> Iterator[pa.RecordBatch]:
    """Annotates the `text_column` of `batch`; yields batches of ``ROW_SCHEMA``."""
    t0 = time.perf_counter()
    a = a or annotator()
    ids = batch.column(id_column).cast(pa.string()).to_pylist()
    texts = batch.column(text_column).to_pylist()
    errors = _check(texts, max_bytes)
    todo = [i for i, e in enumerate(errors) if e is None]
    spans, relations, failed = _annotate(a, [texts[i] for i in todo])
    for i, e in zip(todo, failed):
        errors[i] = e
    for part in spans:
        doc = part.pop("doc")
        cols = {_SPAN_RENAME.get(k, k): v for k, v in part.items()}
        cols["doc_id"] = [ids[todo[d]] for d in doc]
        if doc:
            yield _batch("spans", len(doc), cols)
    for part in relations:
        doc = part.pop("doc")
        part["doc_id"] = [ids[todo[d]] for d in doc]
        if doc:
            yield _batch("relations", len(doc), part)
    failed_rows = [i for i, e in enumerate(errors) if e is not None]
    if failed_rows:
        yield _batch(
            "errors",
            len(failed_rows),
            {"doc_id": [ids[i] for i in failed_rows], "error": [errors[i] for i in failed_rows]},
        )
    size = sum(len(texts[i].encode("utf-8")) for i in todo)
    yield _batch(
        "batches",
        1,
        {
            "docs": [len(texts)],
            "bytes": [size],
            "seconds": [time.perf_counter() - t0],
            "worker_pid": [os.getpid()],
            "worker_maxrss_kb": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss if resource else None],
        },
    )


def annotate_batches(
    batches: Iterable[pa.RecordBatch],
    text_column: str = "text",
    id_column: str = "id",
    dictionaries: Tuple[str, ...] = (),
    reference_date: Optional[str] = None,
    max_bytes: Optional[int] = None,
) -> Iterator[pa.RecordBatch]:
    """``annotate_batch`` over a stream of batches, with one annotator for the process:
    the function to hand to ``DataFrame.mapInArrow``."""
    a = annotator(tuple(dictionaries), reference_date)
    for batch in batches:
        yield from annotate_batch(batch, text_column, id_column, a, max_bytes)
