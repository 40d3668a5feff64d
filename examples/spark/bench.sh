#!/usr/bin/env bash
# The Spark job in local[2] against the `nhan` command (all cores, and one) on the same
# generated JSON Lines corpora, and the Python workers' peak memory as the corpus grows.
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
cargo build --release -p nhan-cli
ms() { date +%s%3N; }
for docs in "${sizes[@]}"; do
    "$py" examples/spark/make_corpus.py "$out/c$docs.jsonl" --docs "$docs"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    for jobs in 2 1; do
        start=$(ms)
        target/release/nhan annotate --input jsonl --format jsonl --jobs "$jobs" --quiet < "$out/c$docs.jsonl" > /dev/null
        echo "nhan annotate --jobs $jobs: docs=$docs seconds=$(( ($(ms) - start) ))e-3"
    done
    start=$(ms)
    "$py" examples/spark/annotate.py "$out/c$docs.jsonl" "$out/out$docs" --master 'local[2]' --repeat 2
    echo "spark: wall time with the JVM's start and both runs: $(( ($(ms) - start) ))e-3 s"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
