#!/usr/bin/env python3
"""add, elect, leave and pause checked by readers other than repjourney.

For each change, on a copy of tests/e2e/cases/change-people/data:
- --dry-run writes nothing, and its diff, applied by patch(1) to another copy, gives exactly the
  bytes the real run writes;
- the changed file, read by PyYAML, is the old file read by PyYAML with just that change made
  (worked out here, from the spec's table), and every comment line of the old file is still there;
- check passes after it.
Then: a person written as one flow mapping over several lines is refused at file:line:col and the
file is left byte for byte; and `record` and `elect` run at once on one file lose nothing.

Usage: change_commands.py BINARY
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, environment, failures  # noqa: E402

DATA = os.path.join(ROOT, "tests", "e2e", "cases", "change-people", "data")
ROUNDS = 12


def run(binary, cwd, *args):
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, env=environment(), timeout=60,
                          stdin=subprocess.DEVNULL)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def loaded(path):
    # BaseLoader: every scalar a string, so a date is compared as it is written.
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def person(document, rep):
    return next(p for p in document["representatives"] if p["id"] == rep)


def comment_lines(data):
    return [line.strip() for line in data.decode().splitlines() if line.strip().startswith("#")]


# (arguments, the file it changes, the change made to PyYAML's reading of that file)
def set_fields(rep, **fields):
    def change(document):
        person(document, rep).update(fields)
    return change


def remove_field(rep, key):
    def change(document):
        person(document, rep).pop(key, None)
    return change


def add_assignment(rep, **assignment):
    def change(document):
        person(document, rep).setdefault("assignments", []).append(assignment)
    return change


def add_person(**fields):
    def change(document):
        document["representatives"].append(fields)
    return change


CHANGES = [
    (["elect", "anna", "steward", "--start", "2027-03-01"], "people.yaml",
     add_assignment("anna", role="steward", start="2027-03-01")),
    (["elect", "bo", "steward", "--start", "2026-12-01", "--end", "2027-11-30"], "people.yaml",
     add_assignment("bo", role="steward", start="2026-12-01", end="2027-11-30")),
    (["elect", "cem", "safety", "--start", "2026-12-01"], "people.yaml",
     add_assignment("cem", role="safety", start="2026-12-01")),
    (["elect", "dora", "safety", "--start", "2026-12-01"], "crlf.yaml",
     add_assignment("dora", role="safety", start="2026-12-01")),
    (["leave", "anna", "--date", "2027-06-30", "--reason", "moved"], "people.yaml",
     set_fields("anna", left="2027-06-30", left_reason="moved")),
    (["leave", "cem", "--date", "2027-06-30"], "people.yaml", set_fields("cem", left="2027-06-30")),
    (["pause", "anna", "--from", "2027-01-01", "--until", "2027-02-28"], "people.yaml",
     set_fields("anna", paused={"from": "2027-01-01", "until": "2027-02-28"})),
    (["pause", "bo", "--from", "2026-09-01", "--until", "2026-12-31"], "people.yaml",
     set_fields("bo", paused={"from": "2026-09-01", "until": "2026-12-31"})),
    (["pause", "cem", "--from", "2027-01-01"], "people.yaml", set_fields("cem", paused={"from": "2027-01-01"})),
    (["pause", "bo", "--clear"], "people.yaml", remove_field("bo", "paused")),
    (["add", "eva", "--name", "Eva Öst", "--email", "eva@example.org", "--phone", "+46 70 123 45 67", "--born",
      "1999", "--role", "steward", "--start", "2026-12-01", "--workplace", "Volvo, Hall 4", "--file",
      "data/people.yaml"], "people.yaml",
     add_person(id="eva", name="Eva Öst", email="eva@example.org", phone="+46 70 123 45 67", born="1999",
                assignments=[{"role": "steward", "start": "2026-12-01", "workplace": "Volvo, Hall 4"}])),
    (["add", "fia", "--name", "Fia: \"the boss\"", "--file", "data/crlf.yaml"], "crlf.yaml",
     add_person(id="fia", name="Fia: \"the boss\"")),
]


# A file of events alone (the last section's end is where the file ends: a multi-line note, a comment before it).
EVENTS_ONLY = {"events.yaml": "# the log\nevents:\n  # first\n  - {date: 2026-11-01, rep: anna, type: note, note: hej}\n"
                              "  - date: 2026-11-02\n    rep: bo\n    type: note\n    note: |\n      two\n      lines\n"}


def add_section(key, item):
    def change(document):
        document[key] = [item]
    return change


# Changes to files the data set gets for them only: (args, file, change, {file: text}).
CHANGES_WITH_FILES = [
    (["add", "gus", "--name", "Gus Berg", "--file", "data/events.yaml"], "events.yaml",
     add_section("representatives", {"id": "gus", "name": "Gus Berg"}), EVENTS_ONLY),
]


def check_change(binary, args, file_name, change, files=None):
    with tempfile.TemporaryDirectory(prefix="repjourney-change-") as scratch:
        real, patched = os.path.join(scratch, "real"), os.path.join(scratch, "patched")
        for copy in (real, patched):
            shutil.copytree(DATA, os.path.join(copy, "data"))
            for name, text in (files or {}).items():
                with open(os.path.join(copy, "data", name), "w", encoding="utf-8") as f:
                    f.write(text)
        target = os.path.join(real, "data", file_name)
        before = read(target)
        what = " ".join(args)

        dry = run(binary, real, *args, "--dry-run", "-d", "data")
        check(dry.returncode == 0, f"{what} --dry-run exited {dry.returncode}: {dry.stderr.decode()}")
        check(read(target) == before, f"{what} --dry-run changed {file_name}")
        applied = subprocess.run(["patch", "-p1", "--quiet", "--batch"], cwd=patched, input=dry.stdout,
                                 capture_output=True)
        check(applied.returncode == 0, f"patch could not apply {what}'s diff: {applied.stdout.decode()}")

        done = run(binary, real, *args, "-d", "data")
        check(done.returncode == 0, f"{what} exited {done.returncode}: {done.stderr.decode()}")
        check(len(done.stdout.decode().splitlines()) == 1, f"{what} printed not one line: {done.stdout!r}")
        after = read(target)
        check(after == read(os.path.join(patched, "data", file_name)),
              f"{what}: the --dry-run diff applied by patch is not what was written")

        if files:
            expected = yaml.load(files[file_name], Loader=yaml.BaseLoader)
        else:
            expected = loaded(os.path.join(DATA, file_name))
        change(expected)
        check(loaded(target) == expected, f"{what}: PyYAML reads {file_name} as\n{loaded(target)}\nnot\n{expected}")
        lost = [c for c in comment_lines(before) if c not in comment_lines(after)]
        if "--clear" not in args:  # the pause's own comment goes with it
            check(not lost, f"{what} lost comments: {lost}")
        check((b"\r\n" in before) == (b"\r\n" in after) and after.count(b"\n") == after.count(b"\r\n")
              if b"\r\n" in before else b"\r" not in after, f"{what} changed the line endings of {file_name}")
        checked = run(binary, real, "check", "-d", "data")
        check(checked.returncode == 0, f"check after {what}: {checked.stdout.decode()}{checked.stderr.decode()}")


def check_refusal(binary):
    with tempfile.TemporaryDirectory(prefix="repjourney-change-") as scratch:
        shutil.copytree(DATA, os.path.join(scratch, "data"))
        target = os.path.join(scratch, "data", "people.yaml")
        with open(target, encoding="utf-8") as f:
            text = f.read()
        cem = text.index("  - {id: cem")
        after_cem = text.index("\n", cem) + 1
        with open(target, "w", encoding="utf-8") as f:
            f.write(text[:after_cem] + "  - {id: gus,\n     name: Gus}\n" + text[after_cem:])
        before = read(target)
        result = run(binary, scratch, "leave", "gus", "--date", "2027-01-01", "-d", "data")
        check(result.returncode == 65, f"leave on a person over several flow lines exited {result.returncode}")
        check(b"data/people.yaml:22:5: error:" in result.stderr and b"by hand" in result.stderr,
              f"the refusal does not name the place and say what to do: {result.stderr.decode()}")
        check(read(target) == before, "a refused change wrote the file")


def check_concurrent_writers(binary):
    """record appends events while elect adds assignments, to one file: every one of both is there."""
    with tempfile.TemporaryDirectory(prefix="repjourney-change-") as data:
        with open(os.path.join(data, "all.yaml"), "w", encoding="utf-8") as f:
            f.write("organisation: {name: Test}\nroles: [{id: steward, title: Steward, term: 1y}]\n"
                    "representatives:\n  - id: anna\n    name: Anna\n    assignments:\n"
                    "      - {role: steward, start: 2000-01-01}\n"
                    "events:\n  - {date: 2000-01-02, rep: anna, type: note, note: first}\n")
        writers = []
        for i in range(ROUNDS):
            writers.append(subprocess.Popen(
                [binary, "elect", "anna", "steward", "--start", f"{2001 + i}-01-01", "-d", data, "--wait", "60"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment()))
            writers.append(subprocess.Popen(
                [binary, "record", "note", "anna", "--note", f"note {i}", "--date", "2000-02-01", "-d", data,
                 "--wait", "60"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment()))
        for w in writers:
            _, err = w.communicate(timeout=120)
            check(w.returncode == 0, f"a concurrent writer exited {w.returncode}: {err.decode()}")
        document = loaded(os.path.join(data, "all.yaml"))
        starts = sorted(a["start"] for a in document["representatives"][0]["assignments"])
        notes = sorted(e.get("note") for e in document["events"])
        check(starts == sorted(["2000-01-01"] + [f"{2001 + i}-01-01" for i in range(ROUNDS)]),
              f"elect lost or doubled an assignment: {starts}")
        check(notes == sorted(["first"] + [f"note {i}" for i in range(ROUNDS)]), f"record lost an event: {notes}")


def main():
    binary = os.path.abspath(sys.argv[1])
    if shutil.which("patch") is None:
        sys.exit("patch(1) is missing: scripts/setup.sh installs it")
    for args, file_name, change in CHANGES:
        check_change(binary, args, file_name, change)
    for args, file_name, change, files in CHANGES_WITH_FILES:
        check_change(binary, args, file_name, change, files)
    check_refusal(binary)
    check_concurrent_writers(binary)
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        sys.exit(1)
    print(f"ok: {len(CHANGES) + len(CHANGES_WITH_FILES)} changes read back by PyYAML and applied by patch; a refusal; "
          f"{2 * ROUNDS} concurrent writers")


if __name__ == "__main__":
    main()
