#!/usr/bin/env python3
"""What `init` leaves on disk, which the transcripts cannot show: the files are readable by their owner only,
missing directories are made, and a refusal writes nothing at all (no file, no temporary, no directory).
And a healthy start: `status` on the day of `init`, in English and Swedish, finds nothing overdue and nobody
at risk, whatever that day is.

Usage: init_files.py BINARY
"""
import json
import os
import stat
import subprocess
import sys
import tempfile


def run(binary, *args, cwd):
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def tree(path):
    return sorted(os.path.relpath(os.path.join(d, f), path) for d, dirs, files in os.walk(path) for f in dirs + files)


def healthy_start_problems(binary, scratch):
    """What is overdue or at risk in `status` on the day of init, for a few days and both languages."""
    problems = []
    for lang in ("en", "sv"):
        for day in ("2026-11-23", "2027-01-31", "2028-02-29"):
            target = f"healthy-{lang}-{day}"
            run(binary, "--lang", lang, "init", target, "--as-of", day, cwd=scratch)
            result = run(binary, "status", "-d", target, "--as-of", day, "--format", "json", "--fail-if-overdue",
                         cwd=scratch)
            if result.returncode != 0:
                problems.append(f"{target}: status --fail-if-overdue exits {result.returncode}: {result.stderr}")
                continue
            for person in json.loads(result.stdout)["representatives"]:
                where = f"{target}: {person['id']}"
                if person["at_risk"] or person["signals"]:
                    problems.append(f"{where} is at risk or has warning signs: {person['signals']}")
                if person["stage"] == "prospect":  # the example prospect holds no role: nothing to follow up
                    if person["feedback"] is not None or person["next_step"] is not None:
                        problems.append(f"{where}, a prospect, has feedback or a next step")
                    continue
                if person["feedback"]["state"] == "overdue" or person["next_step"]["state"] == "overdue":
                    problems.append(f"{where} has something overdue: {person['next_step']}")
    return problems


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
        failures += healthy_start_problems(binary, scratch)
    if failures:
        sys.exit("\n".join(failures))
    print("init: owner-only files in a new directory; refusals write nothing; status on the day is healthy")


if __name__ == "__main__":
    main()
