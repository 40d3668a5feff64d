#!/bin/bash
# Instructions (callgrind's Ir) that one annotate of FILE costs, all kinds, steady state:
# Ir of two annotate calls minus Ir of one, so the automata and tables built lazily on the
# first call are not counted. Unlike time, the count does not move with the machine's load,
# so two commits can be compared on a shared machine.
#
#   benches/instructions.sh FILE [PROFILE_OUT]
#
# Needs valgrind. Builds `examples/profile` with the `profiling` profile (release with line
# tables). Keeps the two-call profile in PROFILE_OUT (default target/instructions.out):
# `callgrind_annotate --inclusive=yes target/instructions.out` shows where they go.
set -euo pipefail
file=${1:?usage: benches/instructions.sh FILE [PROFILE_OUT]}
out=${2:-target/instructions.out}
cargo build -q --profile profiling --example profile
count() {
    NHAN_PROFILE_FILE=$file valgrind --tool=callgrind --callgrind-out-file="$2" \
        --collect-atstart=no "--toggle-collect=*Annotator::annotate_for*" \
        target/profiling/examples/profile 0 annotate "$1" 2>&1 |
        awk '/Collected/ {gsub(",", "", $4); print $4}'
}
one=$(count 1 "$out.one")
two=$(count 2 "$out")
rm -f "$out.one"
bytes=$(stat -c %s "$file")
echo "$((two - one)) instructions per annotate of $bytes bytes ($(((two - one) / bytes)) per byte)"
