#!/usr/bin/env python3
"""Annotates a corpus with nhan on Apache Spark and writes spans, relations and errors as
Parquet.

    python examples/spark/annotate.py INPUT OUTPUT [--format auto|text|jsonl|parquet]
        [--text-column text] [--id-column id] [--master local[*]] [--batch-docs 1000]
        [--partitions N] [--dictionary PATH ...] [--reference-date YYYY-MM-DD]
        [--max-bytes N]

INPUT is a file, a directory or a glob: text files (one document per file, id = path),
JSON Lines or Parquet with a text column (id = the id column, or the row's 1-based
position when there is none: --id-column ''). OUTPUT is one Parquet dataset partitioned by
table, written in one pass over the corpus:

    OUTPUT/table=spans      doc_id, span_id, kind, start, end (characters), start_byte,
                            end_byte, text, canonical, expansion, value, attributes (JSON)
    OUTPUT/table=relations  doc_id, kind, head, tail (span ids of the same document)
    OUTPUT/table=errors     doc_id, error: documents that could not be annotated
    OUTPUT/table=batches    docs, bytes, seconds, worker_pid, worker_maxrss_kb per batch

The files share one schema (nhan.arrow.ROW_SCHEMA); the columns that do not belong to a
table are null there: read a table with `read_table(spark, OUTPUT, "spans")`, or
`spark.read.parquet(OUTPUT).where("table = 'spans'").select(...)`.

Documents are annotated with ``mapInArrow`` by ``nhan.arrow.annotate_batches``: one
annotator per Python worker process, kept across tasks; a document that fails goes to the
errors table and the job goes on. The wheel must be installed where the workers run (see
the README, "Spark").
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--format", choices=["auto", "text", "jsonl", "parquet"], default="auto")
    p.add_argument("--text-column", default="text")
    p.add_argument("--id-column", default="id", help="'' for none: ids are row positions")
    p.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's, else local[*]")
    p.add_argument("--batch-docs", type=int, default=1000, help="documents per Arrow batch")
    p.add_argument("--partitions", type=int, default=None, help="repartition to N (default: at least 2 per core)")
    p.add_argument("--dictionary", action="append", default=[], help="user dictionary (TSV), repeatable")
    p.add_argument("--reference-date", default=None)
    p.add_argument("--max-bytes", type=int, default=None, help="documents larger than this go to the errors table")
    p.add_argument("--mode", default="overwrite", help="Parquet save mode")
    p.add_argument("--repeat", type=int, default=1, help="run the job N times in one session (to time a warm JVM)")
    return p.parse_args(argv)


def detect_format(path: str) -> str:
    base = path.rstrip("/").lower()
    for suffix, fmt in ((".parquet", "parquet"), (".jsonl", "jsonl"), (".json", "jsonl"), (".txt", "text")):
        if base.endswith(suffix) or base.endswith(suffix + "*"):
            return fmt
    if os.path.isdir(path):
        names = os.listdir(path)
        for suffix, fmt in ((".parquet", "parquet"), (".jsonl", "jsonl"), (".json", "jsonl")):
            if any(n.endswith(suffix) for n in names):
                return fmt
    return "text"


def read_corpus(spark: SparkSession, args: argparse.Namespace) -> DataFrame:
    """A DataFrame with string columns `id` and `text`."""
    fmt = args.format if args.format != "auto" else detect_format(args.input)
    if fmt == "text":
        df = spark.read.text(args.input, wholetext=True)
        return df.select(F.input_file_name().alias("id"), F.col("value").alias("text"))
    if fmt == "jsonl" and args.id_column:
        # A schema saves the pass that would infer one; numbers in the id column read as text.
        schema = f"`{args.id_column}` string, `{args.text_column}` string"
        df = spark.read.schema(schema).json(args.input)
    elif fmt == "jsonl":
        df = spark.read.schema(f"`{args.text_column}` string").json(args.input)
    else:
        df = spark.read.parquet(args.input)
    if args.text_column not in df.columns:
        raise SystemExit(f"no column {args.text_column!r} in {args.input} (columns: {df.columns})")
    if args.id_column and args.id_column in df.columns:
        return df.select(F.col(args.id_column).cast("string").alias("id"), F.col(args.text_column).alias("text"))
    # No id column: the 1-based position of the row in the input.
    rows = df.select(args.text_column).rdd.zipWithIndex().map(lambda r: (str(r[1] + 1), r[0][0]))
    return spark.createDataFrame(rows, "id string, text string")


def annotate(spark: SparkSession, corpus: DataFrame, args: argparse.Namespace) -> DataFrame:
    """The rows of every table (nhan.arrow.ROW_SCHEMA)."""
    import nhan.arrow

    parallelism = spark.sparkContext.defaultParallelism
    # Splittable inputs come split by core already; a few small files may not be.
    partitions = args.partitions or (2 * parallelism if corpus.rdd.getNumPartitions() < parallelism else None)
    if partitions:
        corpus = corpus.repartition(partitions)
    dictionaries = tuple(os.path.abspath(d) for d in args.dictionary)
    reference_date, max_bytes = args.reference_date, args.max_bytes

    def run(batches):
        # Runs in the Python worker; nhan.arrow keeps one annotator per worker process.
        import nhan.arrow

        yield from nhan.arrow.annotate_batches(batches, "text", "id", dictionaries, reference_date, max_bytes)

    return corpus.mapInArrow(run, nhan.arrow.ROW_DDL)


def read_table(spark: SparkSession, output: str, table: str) -> DataFrame:
    """One table of the output with its own columns."""
    import nhan.arrow

    rows = spark.read.parquet(output).where(F.col("table") == table)
    return rows.select(*nhan.arrow.TABLE_COLUMNS[table])


def run(spark: SparkSession, args: argparse.Namespace) -> dict:
    """Reads, annotates and writes; returns counts, the largest worker RSS and the time."""
    t0 = time.perf_counter()
    rows = annotate(spark, read_corpus(spark, args), args)
    rows.write.mode(args.mode).partitionBy("table").parquet(args.output)
    seconds = time.perf_counter() - t0
    counts = {
        r["table"]: r["count"]
        for r in spark.read.parquet(args.output).groupBy("table").count().collect()
    }
    batches = read_table(spark, args.output, "batches").agg(
        F.sum("docs").alias("documents"),
        F.sum("bytes").alias("bytes"),
        F.max("worker_maxrss_kb").alias("worker_maxrss_kb"),
        F.countDistinct("worker_pid").alias("workers"),
    ).first()
    return {
        "documents": batches["documents"],
        "bytes": batches["bytes"],
        "spans": counts.get("spans", 0),
        "relations": counts.get("relations", 0),
        "errors": counts.get("errors", 0),
        "workers": batches["workers"],
        "worker_maxrss_kb": batches["worker_maxrss_kb"],
        "seconds": round(seconds, 2),
        "mib_per_s": round((batches["bytes"] or 0) / 2**20 / seconds, 2),
    }


def main(argv=None) -> int:
    args = parse_args(argv)
    launched_by_spark_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    if (args.master or "").startswith("local") or (args.master is None and not launched_by_spark_submit):
        # Local workers run the interpreter running this script (where nhan is installed);
        # on a cluster, spark.pyspark.python says which one.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("nhan-annotate")
    if args.master:
        # Else spark-submit's --master, or local[*] when run with plain python.
        builder = builder.master(args.master)
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_docs))
    spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        for _ in range(max(1, args.repeat)):
            stats = run(spark, args)
            print(" ".join(f"{k}={v}" for k, v in stats.items()), flush=True)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
