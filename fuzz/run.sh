#!/usr/bin/env bash
# Builds the fuzzers with clang (ASan, UBSan, libFuzzer) in build-fuzz and runs each for SECONDS,
# from a seed corpus made of the repository's data files. Exits non-zero when a fuzzer finds a
# crash, a leak, a time-out or a broken promise, and prints where the input was saved.
#
#   bash fuzz/run.sh SECONDS [TARGET...]     # TARGET: load_fuzzer, engine_fuzzer, edit_fuzzer or cache_fuzzer (default: all four)
#
# The targets run at the same time, sharing the cores (four on two cores: each gets half of one). Each run starts from the seeds alone, so its
# start-up stays short; REPJOURNEY_FUZZ_CORPUS=DIR keeps what a run finds in DIR/TARGET and starts
# the next run from it too (for long runs: replaying a large corpus takes time). See fuzz/README.md.
set -euo pipefail

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ]; then
    echo "usage: bash fuzz/run.sh SECONDS [load_fuzzer] [engine_fuzzer] [edit_fuzzer] [cache_fuzzer]" >&2
    exit 64
fi
seconds=$1
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(load_fuzzer engine_fuzzer edit_fuzzer cache_fuzzer); fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${REPJOURNEY_FUZZ_BUILD:-$root/build-fuzz}
# The tree the asan stage of scripts/test.sh built keeps its tests; a new one has none.
bash "$root/fuzz/configure.sh" "$build"
start=$(date +%s)
cmake --build "$build" --target "${targets[@]}"
echo "fuzz: built ${targets[*]} in $(($(date +%s) - start)) s"

# The seeds (fuzz/seeds.py): the data files of the examples and the tests, the regressions, and
# small valid data sets cut from the examples, up to max_len bytes; made afresh for every run.
max_len=8192
# Everything a run writes goes below one directory, in memory where there is /dev/shm, removed at the end:
# also the data files of the inputs (REPJOURNEY_FUZZ_TMP, see fuzz_input.cpp) that a crash leaves behind.
scratch=/dev/shm
if [ ! -d "$scratch" ] || [ ! -w "$scratch" ]; then scratch=${TMPDIR:-/tmp}; fi
seeds=$(mktemp -d "$scratch/repjourney-fuzz.XXXXXX")
trap 'rm -rf "$seeds"' EXIT
export REPJOURNEY_FUZZ_TMP=$seeds
python3 "$root/fuzz/seeds.py" "$root" "$seeds/seeds" "$max_len"

status=0
run_target() {  # TARGET: runs it, logging to build-fuzz/logs/TARGET.log
    local target=$1 log="$build/logs/$1.log" corpus
    corpus=${REPJOURNEY_FUZZ_CORPUS:-$seeds/found}/$target
    mkdir -p "$corpus" "$build/artifacts" "$build/logs"
    # A leak, a time-out (10 s for one input), a 2 GB input or a crash each stop the run with its input saved.
    "$build/fuzz/$target" "$corpus" "$seeds/seeds" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -dict="$root/fuzz/yaml.dict" -artifact_prefix="$build/artifacts/$target-" \
        -print_final_stats=1 >"$log" 2>&1
}
report() {  # TARGET EXIT_STATUS
    local target=$1 code=$2 log="$build/logs/$1.log"
    if [ "$code" -eq 0 ]; then
        local last
        last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
        echo "fuzz: $target: ok: $last"
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | sed 's/^/    /' || true
        return
    fi
    status=1
    echo "fuzz: $target: FAILED (exit $code); the end of $log:" >&2
    # From the first line of the report: what went wrong, and the top of the stack.
    awk '/ERROR: |runtime error:|Assertion|^fuzz: |terminate called|==[0-9]+== WARNING/ { found = 1 }
         found && shown < 40 && !/^#[0-9]+|^INFO:|^stat::|^0x[0-9a-f][0-9a-f],|^Base64: / { print; shown++ }' \
        "$log" >&2 || true
    local saved
    saved=$(grep -oE 'Test unit written to [^ ]+' "$log" | awk '{print $NF}' || true)
    for input in $saved; do
        echo "fuzz: $target: the input is $input" >&2
        echo "fuzz: reproduce: $build/fuzz/$target $input" >&2
    done
}

# All at once, even with more targets than cores: each runs for the whole time, on a share of them.
pids=()
for target in "${targets[@]}"; do
    run_target "$target" &
    pids+=($!)
done
for i in "${!targets[@]}"; do
    code=0
    wait "${pids[$i]}" || code=$?
    report "${targets[$i]}" "$code"
done
exit $status
