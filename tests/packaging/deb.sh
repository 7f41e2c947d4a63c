#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, and checks what a newcomer gets from it:
# the Depends that dpkg-shlibdeps worked out, the files and where they go, and, unpacked with dpkg -x
# (nothing is installed on this machine), a binary that runs, `init` and `status`, and a man page that
# renders, and lintian --pedantic finds nothing to warn of. Takes a few seconds; exits 77 (skipped, for
# ctest) without dpkg-deb and dpkg-shlibdeps.
#
# Usage: deb.sh BUILD_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
for tool in dpkg-deb dpkg-shlibdeps cpack; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is not installed (scripts/setup.sh installs dpkg-dev): skipped"
        exit 77
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log"; exit 1; }
debs=("$scratch"/out/repjourney_*.deb)
[[ -f ${debs[0]} ]] || { echo "FAIL: cpack wrote no .deb"; cat "$scratch/cpack.log"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb")"

# The control fields.
[[ $(dpkg-deb -f "$deb" Package) == repjourney ]] || fail "Package is not repjourney"
[[ $(dpkg-deb -f "$deb" Section) == utils ]] || fail "Section is not utils"
[[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || fail "no Maintainer"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libgcc-s1 libfmt9 libyaml-cpp0.7 libxlsxwriter4 libxxhash0; do
    [[ ", $depends," == *", $library "* ]] || fail "Depends lacks $library"
done

# The files, where each shell and man look for them.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/files"
for file in /usr/bin/repjourney /usr/share/man/man1/repjourney.1.gz \
    /usr/share/bash-completion/completions/repjourney /usr/share/zsh/vendor-completions/_repjourney \
    /usr/share/fish/vendor_completions.d/repjourney.fish /usr/share/doc/repjourney/copyright \
    /usr/share/doc/repjourney/changelog.gz /usr/share/repjourney/repjourney.schema.json; do
    grep -qx "$file" "$scratch/files" || fail "the package lacks $file"
done
if grep -v -e '/$' -e '^/usr/bin/repjourney$' -e '^/usr/share/' "$scratch/files"; then
    fail "the package has files outside /usr/bin and /usr/share (above)"
fi

# Unpacked, it runs: the newcomer's first steps.
dpkg-deb -x "$deb" "$scratch/root"
binary=$scratch/root/usr/bin/repjourney
if command -v file >/dev/null && ! file "$binary" | grep -q stripped; then
    fail "the binary is not stripped"
fi
"$binary" --version | grep -q '^repjourney ' || fail "--version"
"$binary" init "$scratch/data" --as-of 2026-11-23 >/dev/null || fail "init"
"$binary" check -d "$scratch/data" --strict >/dev/null || fail "check after init"
# The packaged binary finds the packaged schema beside it (PREFIX/share/repjourney) and names it in each file.
head -n 1 "$scratch/data/roles.yaml" |
    grep -qx "# yaml-language-server: \$schema=file://$(realpath "$scratch")/root/usr/share/repjourney/repjourney.schema.json" ||
    fail "init's schema line does not name the packaged schema: $(head -n 1 "$scratch/data/roles.yaml")"
[[ ! -e $scratch/data/repjourney.schema.json ]] || fail "init copied the schema though one is installed"
"$binary" status -d "$scratch/data" --as-of 2026-11-23 | grep -q 'Sam Example' || fail "status after init"
"$binary" --lang sv init "$scratch/ny" --as-of 2026-11-23 >/dev/null || fail "init --lang sv"
"$binary" status -d "$scratch/ny" --as-of 2026-11-23 | grep -q 'introduktion' || fail "status in Swedish"
if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$scratch/root/usr/share/man/man1/repjourney.1.gz" 2>/dev/null | grep -q '^ *init \[DIR\]' ||
        fail "man -l does not render the init section"
fi
bash -n "$scratch/root/usr/share/bash-completion/completions/repjourney" || fail "bash completion syntax"
cmp -s "$scratch/root/usr/share/repjourney/repjourney.schema.json" <("$binary" schema) ||
    fail "the installed schema is not what 'repjourney schema' prints"

# Debian's own checks, pedantic ones too: no error and no warning (a changelog, the hardening
# flags, a stripped binary). lintian comes with scripts/setup.sh; without it this is a failure.
if ! command -v lintian >/dev/null; then
    fail "lintian is not installed (scripts/setup.sh installs it)"
elif ! lintian --pedantic --fail-on error,warning "$deb" >"$scratch/lintian.log" 2>&1; then
    grep -v 'root privileges' "$scratch/lintian.log"
    fail "lintian --pedantic reports errors or warnings (above)"
fi

if ((failures)); then
    echo "$failures failed"
    exit 1
fi
echo "the package is complete: $(dpkg-deb -f "$deb" Installed-Size) KiB installed"
