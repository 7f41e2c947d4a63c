#!/usr/bin/env python3
"""What `init` leaves on disk, which the transcripts cannot show: the files are readable by their owner only,
missing directories are made, and a refusal writes nothing at all (no file, no temporary, no directory).
And a healthy start: `status` on the day of `init`, in English and Swedish, finds nothing overdue and nobody
at risk, whatever that day is.
Each file begins with yaml-language-server's `# yaml-language-server: $schema=...` line, naming a schema that
exists: the installed one as a file URI when the binary has one beside it (PREFIX/bin/repjourney and
PREFIX/share/repjourney/repjourney.schema.json, made here by copying the binary), else a copy `init` writes
beside the files, by a relative path; either way the files still pass `check --strict`.

Usage: init_files.py BINARY
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

MODELINE = "# yaml-language-server: $schema="
DATA_FILES = ["events.yaml", "organisation.yaml", "representatives.yaml", "roles.yaml"]


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


def schema_line_problems(binary, scratch):
    """init's first line in each file, with and without an installed schema beside the binary."""
    problems = []
    schema = run(binary, "schema", cwd=scratch).stdout
    prefix = os.path.join(scratch, "prefix")
    os.makedirs(os.path.join(prefix, "bin"))
    os.makedirs(os.path.join(prefix, "share", "repjourney"))
    installed_binary = os.path.join(prefix, "bin", "repjourney")
    shutil.copy2(binary, installed_binary)
    installed_schema = os.path.join(prefix, "share", "repjourney", "repjourney.schema.json")
    with open(installed_schema, "w", encoding="utf-8") as f:
        f.write(schema)
    cases = [
        # (binary, directory, the files init writes, where the line must point)
        (binary, "beside", DATA_FILES + ["repjourney.schema.json"], None),
        (installed_binary, "installed", DATA_FILES, installed_schema),
    ]
    for program, target, names, expected in cases:
        result = run(program, "--lang", "sv", "init", target, "--as-of", "2026-11-23", cwd=scratch)
        directory = os.path.join(scratch, target)
        if result.returncode != 0 or tree(directory) != sorted(names):
            problems.append(f"init {target}: exit {result.returncode}, wrote {tree(directory)}: {result.stderr}")
            continue
        for name in DATA_FILES:
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                first = f.readline().rstrip("\n")
            where = f"init {target}: {name}"
            if not first.startswith(MODELINE):
                problems.append(f"{where} begins {first!r}, not the schema line")
                continue
            value = first[len(MODELINE):]
            if expected is None:
                # yaml-language-server resolves a relative path against the file's directory.
                if value.startswith(("/", "file:")):
                    problems.append(f"{where}: the copy is named by {value!r}, not a relative path")
                path = os.path.normpath(os.path.join(directory, value))
                if os.path.exists(path) and open(path, encoding="utf-8").read() != schema:
                    problems.append(f"{where}: {value} is not the text `repjourney schema` prints")
            else:
                parsed = urllib.parse.urlparse(value)
                path = urllib.request.url2pathname(parsed.path)
                if parsed.scheme != "file" or parsed.netloc or path != installed_schema:
                    problems.append(f"{where}: {value!r} is not the file URI of {installed_schema}")
            if not os.path.isfile(path):
                problems.append(f"{where}: {value!r} names nothing")
        checked = run(program, "check", "--strict", "-d", target, cwd=scratch)
        if checked.returncode != 0:
            problems.append(f"init {target}: check --strict exits {checked.returncode}: {checked.stderr}")
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
        names = DATA_FILES + ["repjourney.schema.json"]  # a build tree: no schema is installed beside it
        if tree(target) != sorted(names):
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
        failures += schema_line_problems(binary, scratch)
    if failures:
        sys.exit("\n".join(failures))
    print("init: owner-only files in a new directory; refusals write nothing; status on the day is healthy; "
          "each file names the schema, installed or a copy beside it")


if __name__ == "__main__":
    main()
