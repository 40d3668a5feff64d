#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 1800), one after another, on one core.
#
#   fuzz/run.sh [seconds] [target...]
#
# Works on the stable toolchain: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its nightly-only
# flags (-Zsanitizer is avoided with --sanitizer none; the code is #![forbid(unsafe_code)]).
# Seeds from fuzz/seeds/<target>/ are copied into fuzz/corpus/<target>/ first; crashes land
# in fuzz/artifacts/<target>/. Replay one with:
#   RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none <target> fuzz/artifacts/<target>/<file>
set -uo pipefail

cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-1800}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(normalize annotate annotate_user_dict dict_parse speak)
fi
export RUSTC_BOOTSTRAP=1

# Build every target once, then run the binaries directly: the library may be edited while
# the fuzzers run, and `cargo fuzz run` would rebuild (or fail to) before each target.
built=0
for attempt in 1 2 3 4 5; do
    if nice -n 10 cargo fuzz build --sanitizer none >build.log 2>&1; then
        built=1
        break
    fi
    echo "build failed (attempt $attempt), retrying in 60s:"
    grep -E '^error' -A3 build.log | head -8
    sleep 60
done
tail -1 build.log
rm -f build.log
BIN="target/x86_64-unknown-linux-gnu/release"
if [ $built -ne 1 ]; then
    for t in "${TARGETS[@]}"; do
        [ -x "$BIN/$t" ] || { echo "cannot build the fuzz targets"; exit 2; }
    done
    echo "WARNING: build failed; running the binaries of the previous build"
fi
for t in "${TARGETS[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true
done

# FUZZ_KEEP_GOING=1 runs in fork mode and goes on past crashes (for a target with a known,
# not yet fixed finding); otherwise a crash stops the target and the next one starts.
status=0
for t in "${TARGETS[@]}"; do
    echo "=== $t: ${SECONDS_PER_TARGET}s ($(date -u +%H:%M:%S) UTC)"
    if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
        mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    else
        mode=(-jobs=1 -workers=1)
    fi
    rm -f fuzz-0.log
    nice -n 10 "$BIN/$t" "corpus/$t" -artifact_prefix="artifacts/$t/" \
        -max_total_time="$SECONDS_PER_TARGET" "${mode[@]}" \
        -max_len=8192 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        >"artifacts/$t/run.log" 2>&1
    rc=$?
    # With -jobs the fuzzer's own output goes to fuzz-0.log.
    [ -f fuzz-0.log ] && cat fuzz-0.log >>"artifacts/$t/run.log" && rm -f fuzz-0.log
    log="artifacts/$t/run.log"
    grep -E '^#[0-9]+' "$log" | tail -1
    grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|stat::new_units_added' "$log" | awk '!seen[$0]++'
    crashes=$(ls "artifacts/$t" | grep -cE '^(crash|timeout|oom|slow-unit)-')
    if [ $rc -ne 0 ] || [ "$crashes" -gt 0 ]; then
        status=1
        echo "!!! $t: exit $rc, $crashes finding(s); log in fuzz/$log"
        grep -E 'panicked|assertion|ERROR:|Test unit written|Base64|SUMMARY|deadly signal' "$log" | sort | uniq -c | sort -rn | head -20
    else
        echo "--- $t: no findings"
    fi
    echo "    corpus: $(ls "corpus/$t" | wc -l) files"
done
exit $status
