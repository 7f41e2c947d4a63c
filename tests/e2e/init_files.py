#!/usr/bin/env python3
"""What `init` leaves on disk, which the transcripts cannot show: the files are readable by their owner only,
missing directories are made, and a refusal writes nothing at all (no file, no temporary, no directory).

Usage: init_files.py BINARY
"""
import os
import stat
import subprocess
import sys
import tempfile


def run(binary, *args, cwd):
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def tree(path):
    return sorted(os.path.relpath(os.path.join(d, f), path) for d, dirs, files in os.walk(path) for f in dirs + files)


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory(prefix="repjourney-init-") as scratch:
        old = os.umask(0o022)  # a usual umask: new files would be world-readable if init did not see to it
        try:
            result = run(binary, "init", "deep/new/dir", "--as-of", "2026-11-23", cwd=scratch)
        finally:
            os.umask(old)
        if result.returncode != 0:
            failures.append(f"init into a missing directory: exit {result.returncode}: {result.stderr}")
        target = os.path.join(scratch, "deep/new/dir")
        names = ["events.yaml", "organisation.yaml", "representatives.yaml", "roles.yaml"]
        if tree(target) != names:
            failures.append(f"init wrote {tree(target)}, not {names}")
        for name in names:
            path = os.path.join(target, name)
            if os.path.exists(path) and stat.S_IMODE(os.stat(path).st_mode) != 0o600:
                failures.append(f"{name} has mode {oct(stat.S_IMODE(os.stat(path).st_mode))}, not 0o600")

        # Refusals leave everything as it was.
        before = tree(scratch)
        for args in (["init", "deep/new/dir"], ["init", "--lang", "sv", "deep/new/dir"], ["init", "deep"]):
            result = run(binary, *args, cwd=scratch)
            if result.returncode != 73:
                failures.append(f"{' '.join(args)}: exit {result.returncode}, not 73")
            if result.stdout:
                failures.append(f"{' '.join(args)}: printed {result.stdout!r}")
        if tree(scratch) != before:
            failures.append(f"a refused init changed the files: {sorted(set(tree(scratch)) ^ set(before))}")
    if failures:
        sys.exit("\n".join(failures))
    print("init: owner-only files in a new directory; refusals write nothing")


if __name__ == "__main__":
    main()
