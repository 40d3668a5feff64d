#!/usr/bin/env bash
# The Spark job in local[2] against the Rust `annotate` example (one process, one thread)
# on the same generated corpora, and the Python workers' peak memory as the corpus grows.
#
#   PYTHON=target/pyenv/dev/bin/python examples/spark/bench.sh [DOCS...]   (default 20000 100000)
#
# PYTHON must have the nhan wheel, pyspark, pyarrow and pandas<3 installed. The job runs
# twice in one Spark session: the first run pays for starting the JVM's code and the Python
# workers, the second shows the steady state.
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${PYTHON:-python3}
out=target/spark-bench
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(20000 100000)
mkdir -p "$out"
cargo build --release --example annotate
ms() { date +%s%3N; }
for docs in "${sizes[@]}"; do
    "$py" examples/spark/make_corpus.py "$out/c$docs.jsonl" --docs "$docs" --txt-dir "$out/c$docs-txt"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    start=$(ms)
    (cd "$out/c$docs-txt" && find . -name '*.txt' -print0 | sort -z | xargs -0 ../../release/examples/annotate > /dev/null)
    echo "rust annotate example: docs=$docs seconds=$(( ($(ms) - start) ))e-3"
    start=$(ms)
    "$py" examples/spark/annotate.py "$out/c$docs.jsonl" "$out/out$docs" --master 'local[2]' --repeat 2
    echo "spark: wall time with the JVM's start and both runs: $(( ($(ms) - start) ))e-3 s"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
