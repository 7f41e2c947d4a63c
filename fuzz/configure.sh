#!/usr/bin/env bash
# Configures the clang tree that the fuzzers and the sanitizer tests share (fuzz/README.md): clang++-14 with
# AddressSanitizer, UndefinedBehaviorSanitizer, libstdc++'s assertions and libFuzzer's coverage, -O1 with line
# tables. One tree, so that CI compiles the sources once for both: scripts/test.sh's asan stage builds it with
# the tests and runs them, and its fuzz stage (fuzz/run.sh) adds the fuzz targets to it.
#
#   bash fuzz/configure.sh BUILD_DIR [ON|OFF]     # ON: with the tests; none: as BUILD_DIR has it, else OFF
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ] || { [ $# -eq 2 ] && [[ ! $2 =~ ^(ON|OFF)$ ]]; }; then
    echo "usage: bash fuzz/configure.sh BUILD_DIR [ON|OFF]" >&2
    exit 64
fi
build=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cxx=${REPJOURNEY_FUZZ_CXX:-clang++-14}
if ! command -v "$cxx" >/dev/null; then
    echo "fuzz: $cxx not found; run scripts/setup.sh (clang-14, libclang-rt-14-dev, libfuzzer-14-dev)" >&2
    exit 69
fi
tests=${2:-}
if [ -z "$tests" ] && [ ! -f "$build/CMakeCache.txt" ]; then tests=OFF; fi

# -O1 keeps the fuzzers and the tests fast; line tables are all a stack trace needs (and compile 3-13 % faster
# than -g, measured on three of the largest files); asserts stay on (no NDEBUG).
cmake -S "$root" -B "$build" -G Ninja -Wno-dev \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" \
    -DREPJOURNEY_FUZZ=ON ${tests:+"-DREPJOURNEY_TESTS=$tests"} >/dev/null
