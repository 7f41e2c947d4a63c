#!/usr/bin/env bash
# Everything CI checks, stage by stage, stopping at the first stage that fails:
#
#   setup    scripts/setup.sh: the Debian packages
#   build    the normal build in build/, without the unit tests, and the tests labelled `once` (ctest -L once)
#   format   clang-format --dry-run --Werror over every *.cpp and *.hpp git knows
#   tidy     clang-tidy 22 (.clang-tidy) over src/, warnings as errors
#   asan     an AddressSanitizer + UndefinedBehaviorSanitizer build with clang in build-fuzz/ (the fuzzers'
#            tree, fuzz/configure.sh) and every other test (ctest -LE once)
#   fuzz     bash fuzz/run.sh 60 with all four targets: the loader, engine, editor and cache fuzzers for a minute,
#            built in the asan stage's tree
#
# Every test runs once: the ones that run our C++ code on interesting input (unit tests, golden cases,
# hostile inputs and writes, record, the change commands, import, the exports, the fuzzers' regressions)
# under the sanitizers, and those the sanitizers add nothing to (the Debian package, docs and README
# checks, completion scripts, the architecture rule, Chromium's print of the HTML, the schema, the
# benchmark's smoke run, the cache's property test of outputs alike with and without it) on the optimised
# build, which is the one packaged. tests/CMakeLists.txt sets the label; a plain `ctest` in either build
# runs them all.
#
# Usage: bash scripts/test.sh [STAGE...]     no STAGE: all of them, in this order
set -euo pipefail
cd "$(dirname "$0")/.."

all_stages=(setup build format tidy asan fuzz)
jobs=$(nproc 2>/dev/null || echo 2)

stage_setup() {
    bash scripts/setup.sh
}

stage_build() {
    # No unit tests here: the asan stage runs them (a later plain configure of build/ keeps this setting;
    # -DREPJOURNEY_UNIT_TESTS=ON brings them back). Line tables only (-g1) instead of RelWithDebInfo's full
    # debug information: the package is stripped, and full information made the library's files take 30 % longer
    # to compile (src/load/loader.cpp: 7.6 s against 5.4 s).
    cmake -S . -B build -G Ninja -DREPJOURNEY_UNIT_TESTS=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
    cmake --build build
    ctest --test-dir build --output-on-failure -j2 -L once
}

stage_format() {
    # Tracked files and new ones not yet added (but not ignored ones, such as build directories).
    local files=() file
    while IFS= read -r -d '' file; do
        if [ -f "$file" ]; then files+=("$file"); fi
    done < <(git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.hpp')
    if [ ${#files[@]} -eq 0 ]; then
        echo "format: git lists no *.cpp or *.hpp (not a git checkout?)" >&2
        return 1
    fi
    clang-format --dry-run --Werror "${files[@]}"
    echo "format: ${#files[@]} files as .clang-format wants them"
}

stage_tidy() {
    # A configure-only tree whose compile_commands.json has no precompiled header (GCC's, which
    # clang cannot read) and lists every .cpp of src/ on its own, as the build compiles it.
    cmake -S . -B build-tidy -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON \
        -DREPJOURNEY_TESTS=OFF >/dev/null
    local files
    files=$(python3 -c 'import json; print(len(json.load(open("build-tidy/compile_commands.json"))))')
    # One clang-tidy per file, $jobs at a time. Any finding fails the stage. clang-tidy counts what
    # it hides (library headers, checks that are off) in "N warnings generated." lines: noise, dropped.
    python3 -c 'import json, sys; sys.stdout.write("".join(e["file"] + "\0" for e in json.load(sys.stdin)))' \
        <build-tidy/compile_commands.json |
        xargs -0 -n 1 -P "$jobs" clang-tidy-22 -p build-tidy --quiet 2>&1 |
        { grep -v -E '^[0-9]+ warnings? generated\.$' || true; }
    echo "tidy: $files files, all of src/, without a finding"
}

stage_asan() {
    # The clang tree the fuzz stage builds its targets in (fuzz/configure.sh), with the tests: ASan, UBSan and
    # libstdc++'s assertions, -O1 with line tables; the library's coverage counters do not slow the tests.
    # Compiling the sources once for both stages saved the fuzzers' own build of the whole library.
    bash fuzz/configure.sh build-fuzz ON
    cmake --build build-fuzz
    # Leaks are reported (detect_leaks is on by default); the child processes the tests start see
    # the same options. Chromium, the shells and Python are not instrumented and ignore them.
    ASAN_OPTIONS=detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1 \
        UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-fuzz --output-on-failure -j2 -LE once
}

stage_fuzz() {
    if [ ! -f fuzz/run.sh ]; then
        echo "fuzz: no fuzz/run.sh yet: nothing to run"
        return 0
    fi
    # The loader, the engine, the editor of add, elect, leave, pause and import (which skips data
    # the loader refuses, as the commands do: fuzz/README.md) and the parse cache, the four sharing
    # the cores for a minute.
    bash fuzz/run.sh 60
}

stages=("$@")
if [ ${#stages[@]} -eq 0 ]; then stages=("${all_stages[@]}"); fi
for stage in "${stages[@]}"; do
    if ! declare -F "stage_$stage" >/dev/null; then
        echo "usage: bash scripts/test.sh [STAGE...]; the stages: ${all_stages[*]}" >&2
        exit 64
    fi
done

total_start=$SECONDS
for stage in "${stages[@]}"; do
    echo
    echo "==== $stage ===="
    start=$SECONDS
    "stage_$stage"
    echo "==== $stage: passed in $((SECONDS - start)) s ===="
done
echo
echo "all passed (${stages[*]}) in $((SECONDS - total_start)) s"
