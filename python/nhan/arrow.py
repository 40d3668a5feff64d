"""Documents in, spans out, as Arrow record batches (needs ``pyarrow``).

The worker side of ``examples/spark/annotate.py``, usable from any engine that hands
Python Arrow batches (Spark's ``mapInArrow``, Ray Data, DuckDB). One output row per input
document: its id, an error message or ``None``, its spans and its relations as lists of
structs (``DOCUMENT_SCHEMA``). A document that cannot be annotated gets its error and no
spans; the other documents of the batch are not affected.
"""

from __future__ import annotations

import functools
import resource
from typing import Iterable, Iterator, Optional, Sequence, Tuple

import pyarrow as pa

import nhan

SPAN_TYPE = pa.struct(
    [
        ("span_id", pa.int32()),
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
    ]
)
RELATION_TYPE = pa.struct([("kind", pa.string()), ("head", pa.int32()), ("tail", pa.int32())])
DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("error", pa.string()),
        ("spans", pa.list_(SPAN_TYPE)),
        ("relations", pa.list_(RELATION_TYPE)),
        # Peak resident memory of the process that annotated the batch, in KiB.
        ("worker_maxrss_kb", pa.int64()),
    ]
)
# The same as a Spark DDL string, for mapInArrow.
DOCUMENT_DDL = (
    "doc_id string, error string, "
    "spans array<struct<span_id:int, kind:string, start:bigint, end:bigint, start_byte:bigint, "
    "end_byte:bigint, text:string, canonical:string, expansion:string, value:string, attributes:string>>, "
    "relations array<struct<kind:string, head:int, tail:int>>, worker_maxrss_kb bigint"
)

# Column name in the span struct for each column of Annotator.annotate_columns.
_SPAN_NAMES = {"id": "span_id"}


@functools.lru_cache(maxsize=8)
def annotator(dictionaries: Tuple[str, ...] = (), reference_date: Optional[str] = None) -> nhan.Annotator:
    """One annotator per process and configuration (a Spark Python worker keeps it
    across tasks)."""
    return nhan.Annotator(list(dictionaries) or None, reference_date)


def _annotate(a: nhan.Annotator, texts: Sequence[str]):
    """Columns for `texts`, and for each text an error or None. A failure of the whole
    call (a bug in nhan) is retried text by text, so it stays with the text that caused it."""
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


def _lists(parts, n: int, struct: pa.StructType, names) -> pa.ListArray:
    """`n` lists of structs from column dicts whose `doc` column says which list."""
    counts = [0] * n
    columns = {name: [] for name in names}
    for part in parts:
        for d in part["doc"]:
            counts[d] += 1
        for name in names:
            columns[name].extend(part[name])
    offsets = [0]
    for c in counts:
        offsets.append(offsets[-1] + c)
    fields = [pa.array(columns[name], type=struct.field(_SPAN_NAMES.get(name, name)).type) for name in names]
    values = pa.StructArray.from_arrays(fields, fields=list(struct))
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), values)


def annotate_batch(
    batch: pa.RecordBatch,
    text_column: str = "text",
    id_column: str = "id",
    a: Optional[nhan.Annotator] = None,
    max_bytes: Optional[int] = None,
) -> pa.RecordBatch:
    """Annotates the `text_column` of `batch`; returns a batch of ``DOCUMENT_SCHEMA``."""
    a = a or annotator()
    ids = batch.column(id_column).cast(pa.string()).to_pylist()
    texts = batch.column(text_column).to_pylist()
    errors: list = [None] * len(texts)
    todo = []
    for i, t in enumerate(texts):
        if t is None:
            errors[i] = "no text: the text column is null"
        elif not isinstance(t, str):
            errors[i] = f"the text column holds {type(t).__name__}, not text"
        elif max_bytes is not None and len(t) * 4 > max_bytes and len(t.encode("utf-8")) > max_bytes:
            errors[i] = f"document of {len(t.encode('utf-8'))} bytes is over the limit of {max_bytes} bytes"
        else:
            todo.append(i)
    spans, relations, failed = _annotate(a, [texts[i] for i in todo])
    for i, e in zip(todo, failed):
        errors[i] = e
    # Rows of `spans`/`relations` are numbered by position in `todo`; move them to the batch row.
    for part in spans + relations:
        part["doc"] = [todo[d] for d in part["doc"]]
    n = len(texts)
    span_names = ["id", "kind", "start", "end", "start_byte", "end_byte", "text", "canonical", "expansion", "value", "attributes"]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return pa.RecordBatch.from_arrays(
        [
            pa.array(ids, type=pa.string()),
            pa.array(errors, type=pa.string()),
            _lists(spans, n, SPAN_TYPE, span_names),
            _lists(relations, n, RELATION_TYPE, ["kind", "head", "tail"]),
            pa.array([rss] * n, type=pa.int64()),
        ],
        schema=DOCUMENT_SCHEMA,
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
        yield annotate_batch(batch, text_column, id_column, a, max_bytes)
