"""The Spark job of examples/spark on a generated corpus, in local[2]: its Parquet output
must equal what a single process finds, span for span. Skipped without pyspark or Java."""

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import require  # noqa: E402

pyspark = require("pyspark", "NHAN_REQUIRE_SPARK")
pa = require("pyarrow", "NHAN_REQUIRE_SPARK")
pq = require("pyarrow.parquet", "NHAN_REQUIRE_SPARK")

import nhan  # noqa: E402
import nhan.arrow  # noqa: E402
from conftest import span_row  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "examples" / "spark" / "annotate.py"
MAKE = ROOT / "examples" / "spark" / "make_corpus.py"
MAX_BYTES = 6000

if not JOB.exists() or shutil.which("java") is None:
    if os.environ.get("NHAN_REQUIRE_SPARK"):
        raise RuntimeError("NHAN_REQUIRE_SPARK is set but examples/spark or java is missing")
    pytest.skip("needs examples/spark and Java", allow_module_level=True)


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


job = load(JOB, "nhan_spark_job")
make_corpus = load(MAKE, "nhan_make_corpus")


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("nhan-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "500")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def expected_rows(doc_id, text):
    doc = nhan.annotate(text)
    spans = [span_row(doc_id, s) for s in doc.spans]
    relations = [(doc_id, r.kind, r.head, r.tail) for r in doc.relations]
    return spans, relations


def table(out, name):
    return pq.read_table(out, filters=[("table", "=", name)]).to_pylist()


def read_rows(out):
    spans = [
        (
            r["doc_id"], r["span_id"], r["kind"], r["start"], r["end"], r["start_byte"], r["end_byte"],
            r["text"], r["canonical"], r["expansion"], r["value"], json.loads(r["attributes"] or "{}"),
        )
        for r in table(out, "spans")
    ]
    relations = [(r["doc_id"], r["kind"], r["head"], r["tail"]) for r in table(out, "relations")]
    errors = {r["doc_id"]: r["error"] for r in table(out, "errors")}
    return spans, relations, errors


def key(row):
    return (row[0], row[1]) if len(row) > 4 else row


def test_jsonl_corpus_equals_single_process(spark, tmp_path):
    docs = make_corpus.make(3000)
    docs.append({"id": "null-text", "text": None})
    docs.append({"id": "too-big", "text": "UBND tỉnh họp. " * 600})
    docs.append({"id": "empty", "text": ""})
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    args = job.parse_args([str(corpus), str(out), "--max-bytes", str(MAX_BYTES), "--partitions", "4"])
    stats = job.run(spark, args)

    spans, relations, errors = read_rows(out)
    assert set(errors) == {"null-text", "too-big"}
    assert "null" in errors["null-text"] and str(MAX_BYTES) in errors["too-big"]

    want_spans, want_relations = [], []
    for d in docs:
        if d["id"] in errors:
            continue
        s, r = expected_rows(d["id"], d["text"])
        want_spans += s
        want_relations += r
    assert len(want_spans) > 30_000
    assert sorted(spans, key=key) == sorted(want_spans, key=key)
    assert sorted(relations) == sorted(want_relations)
    assert stats["documents"] == len(docs) and stats["errors"] == 2
    assert stats["spans"] == len(want_spans) and stats["relations"] == len(want_relations)
    # One annotator per worker: local[2] runs two Python workers at most.
    assert 1 <= stats["workers"] <= 2 and stats["worker_maxrss_kb"] > 0
    spans_df = job.read_table(spark, str(out), "spans")
    assert spans_df.columns == nhan.arrow.TABLE_COLUMNS["spans"] and spans_df.count() == len(want_spans)


def test_text_files_are_documents(spark, tmp_path):
    docs = make_corpus.make(40, seed=7)
    folder = tmp_path / "txt"
    folder.mkdir()
    for d in docs:
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    out = tmp_path / "out"
    job.run(spark, job.parse_args([str(folder), str(out)]))
    spans, relations, errors = read_rows(out)
    assert errors == {}
    by_name = {d["id"]: d["text"] for d in docs}
    want_spans, want_relations = [], []
    ids = {row[0] for row in spans}
    assert len(ids) == len(docs)
    for doc_id in ids:
        text = by_name[Path(doc_id).stem]
        s, r = expected_rows(doc_id, text)
        want_spans += s
        want_relations += r
    assert sorted(spans, key=key) == sorted(want_spans, key=key)
    assert sorted(relations) == sorted(want_relations)


def test_parquet_without_ids_numbers_the_rows(spark, tmp_path):
    docs = make_corpus.make(30, seed=3)
    pq.write_table(pa.table({"body": [d["text"] for d in docs]}), tmp_path / "in.parquet")
    out = tmp_path / "out"
    job.run(spark, job.parse_args([str(tmp_path / "in.parquet"), str(out), "--text-column", "body", "--id-column", ""]))
    spans, relations, errors = read_rows(out)
    want_spans, want_relations = [], []
    for i, d in enumerate(docs):
        s, r = expected_rows(str(i + 1), d["text"])
        want_spans += s
        want_relations += r
    assert errors == {}
    assert sorted(spans, key=key) == sorted(want_spans, key=key)
    assert sorted(relations) == sorted(want_relations)
