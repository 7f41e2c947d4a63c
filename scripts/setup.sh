#!/usr/bin/env bash
# Installs what repjourney needs to build and test, from Debian's packages only.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config           # build
    libcli11-dev libyaml-cpp-dev libfmt-dev    # libraries
    libxlsxwriter-dev zlib1g-dev               # export xlsx's workbooks (its xlsxwriter.pc links -lz too)
    libxxhash-dev                              # XXH3: data files' content hashes, the parse cache
    doctest-dev python3                        # unit and end-to-end tests
    mandoc                                     # man page lint
    python3-icalendar python3-jsonschema       # export ics and schema, read back independently
    python3-yaml chromium fonts-dejavu-core    # the examples as JSON; export html, rendered headless
    python3-openpyxl                           # export xlsx, read back independently
    mblaze                                     # remind's mail, read by a real mail client in batch mode
    poppler-utils                              # export html printed to PDF: pdfinfo, pdftotext, pdftoppm
    dpkg-dev file lintian                      # cpack's .deb: dpkg-shlibdeps works out its Depends; Debian's checks
    git                                        # the format stage lists the files git knows
    zsh fish                                   # the shell completions, tested in the real shells
    time                                       # bench/run.sh: GNU time's wall time and peak memory
    patch                                      # the --dry-run diffs of add, elect, leave, pause and import, applied
    util-linux                                 # setpriv: tests/e2e/hostile_writes.py records as two users
    clang-14 libclang-rt-14-dev libfuzzer-14-dev  # fuzz/run.sh: libFuzzer with ASan and UBSan
    clang-format clang-tidy-22                 # scripts/test.sh's format and tidy stages (22: .clang-tidy says why)
)

# ical.js and ajv (tests/e2e/node_readers.py) come from the npm registry, pinned by tests/node/package-lock.json;
# node and npm from Debian when the machine has none.
command -v npm >/dev/null || packages+=(nodejs npm)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    # A minimal Debian (debootstrap minbase) has no sudo: say so rather than "sudo: command not found".
    if ! command -v sudo >/dev/null; then
        echo "setup: run this as root: sudo is not installed" >&2
        exit 1
    fi
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
if ! npm ci --prefix "$(dirname "$0")/../tests/node" --no-audit --no-fund --loglevel=error; then
    echo "setup: npm could not install tests/node's readers from the npm registry (see above)" >&2
    exit 1
fi
echo "setup: ${#packages[@]} packages present, and tests/node's readers"
