#!/usr/bin/env python3
"""With --lang sv, no English leaks into what the user reads: every hostile input of
hostile_inputs.py, the planted errors of the check-broken case, usage errors and the refusals of
record and the change commands are run in Swedish, and their output (source excerpts aside: those
are the user's own lines) must hold none of the English words our messages are made of. The exit
status must be the one the same run has in English (some hostile inputs pass, with warnings): for a
hostile input, the status hostile_inputs.py expects of it (and checks in English), else the English run's.

Usage: swedish_messages.py BINARY
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_inputs  # noqa: E402
from e2e_common import ROOT, environment  # noqa: E402

# Words of our English messages that Swedish never uses (whole words, case-insensitive).
ENGLISH = ["expected", "unknown", "cannot", "must", "should", "invalid", "error", "warning",
           "did you mean", "is missing", "duplicate", "not a", "needs", "nothing", "written", "because",
           "the file", "the data", "line", "usage", "run", "write", "use", "already", "after", "before",
           "which", "only", "with"]
PATTERN = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH) + r")\b", re.IGNORECASE)
# A source excerpt (" 12 | ...", "    |   ^") quotes the user's file; a path names the user's file.
EXCERPT = re.compile(r"^ +\d* \| ")
UNION = os.path.join(ROOT, "examples", "union-branch")
BROKEN = os.path.join(ROOT, "tests", "e2e", "cases", "check-broken", "data")
CHANGES = os.path.join(ROOT, "tests", "e2e", "cases", "change-people", "data")


def leaks(text, quoted):
    """The English words in text, outside source excerpts and the file names and values in `quoted`."""
    found = []
    for line in text.splitlines():
        if EXCERPT.match(line):
            continue
        for q in quoted:
            line = line.replace(q, "")
        # Quoted values ('...') come from the user or the data, and so do paths.
        line = re.sub(r"'[^']*'", "", line)
        line = re.sub(r"\S*/\S*", "", line)
        found += [m.group(0) for m in PATTERN.finditer(line)]
        # "note" is also an event type and a command; the label is "note:".
        found += ["note:"] if "note:" in line else []
    return found


def commands(scratch):
    """Yields (name, arguments) or, for a hostile input, (name, arguments, its exit status in English):
    runs that fail, each to be said in Swedish. That status is the one hostile_inputs.py expects and
    checks, so the input is not run in English again (on the large ones, most of this test's time)."""
    for name, path_or_arguments, status, _ in hostile_inputs.cases(scratch):
        arguments = path_or_arguments if isinstance(path_or_arguments, list) else ["check", "-d", path_or_arguments]
        yield f"hostile: {name}", arguments, status
    yield "check-broken", ["check", "-d", BROKEN]
    yield "check-broken, a report", ["status", "-d", BROKEN, "--as-of", "2026-11-23"]
    yield "no command", ["--color", "never"]
    yield "mistyped option", ["feedback", "--coordnator", "karin", "-d", UNION]
    yield "mistyped command", ["statsu", "-d", UNION]
    yield "missing option", ["record", "note", "linnea-strom", "-d", UNION]
    yield "value out of range", ["remind", "--days", "400", "-d", UNION]
    yield "value not allowed", ["status", "--format", "xml", "-d", UNION]
    yield "options together", ["pause", "linnea-strom", "--clear", "--from", "2027-01-01", "-d", UNION]
    yield "not a date", ["status", "--as-of", "2026-02-30", "-d", UNION]
    yield "missing data path", ["status", "-d", os.path.join(scratch, "nowhere")]
    yield "unknown person", ["show", "nobody", "-d", UNION]
    yield "unknown branch", ["status", "--branch", "Boras", "-d", UNION, "--as-of", "2026-11-23"]
    yield "record: future", ["record", "note", "linnea-strom", "--note", "x", "--date", "2999-01-01", "-d", UNION]
    yield "record: bad key", ["record", "recognition", "linnea-strom", "--for", "aniversary:1y", "-d", UNION]
    yield "record: refused", ["record", "milestone", "linnea-strom", "welcom", "--dry-run", "-d", UNION]
    changes = os.path.join(scratch, "changes")
    shutil.copytree(CHANGES, changes)
    yield "elect: unknown role", ["elect", "anna", "stewart", "--start", "2027-03-01", "-d", changes]
    yield "leave: unknown reason", ["leave", "anna", "--date", "2027-06-30", "--reason", "movd", "-d", changes]
    yield "add: exists", ["add", "anna", "--name", "Anna", "-d", changes, "--file", os.path.join(changes, "people.yaml")]
    yield "add: several files", ["add", "fred", "--name", "Fred", "-d", changes]
    yield "add: invalid after", ["add", "fred", "--name", "Fred", "--coordinator", "nobody", "-d", changes, "--file",
                                 os.path.join(changes, "people.yaml")]
    yield "pause: neither", ["pause", "anna", "-d", changes]
    sheets = os.path.join(ROOT, "tests", "e2e", "cases", "import-sheet")
    yield "import: bad cells", ["import", os.path.join(sheets, "bad.csv"), "-d", changes, "--dry-run"]
    yield "import: bad --map", ["import", os.path.join(sheets, "members.csv"), "--map", "name=Nmn", "-d", changes]
    yield "import: bad --map field", ["import", os.path.join(sheets, "members.csv"), "--map", "nam=Namn", "-d",
                                      changes]
    unclosed = os.path.join(scratch, "unclosed.csv")
    with open(unclosed, "w", encoding="utf-8") as f:
        f.write('Namn;E-post\n"Anna;a@example.org\n')
    yield "import: unclosed quote", ["import", unclosed, "-d", changes]


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = 0
    runs = 0
    with tempfile.TemporaryDirectory(prefix="repjourney-sv-") as scratch:
        for name, arguments, *known in commands(scratch):
            env = {**environment(), "LC_ALL": "C.UTF-8"}
            if known:
                english_status = known[0]
            else:
                english_status = subprocess.run([binary, *arguments], capture_output=True, env=env, timeout=120,
                                                stdin=subprocess.DEVNULL).returncode
            swedish = subprocess.run([binary, "--lang", "sv", *arguments], capture_output=True, env=env,
                                     timeout=120, stdin=subprocess.DEVNULL)
            runs += 1
            output = swedish.stdout.decode("utf-8", "replace") + swedish.stderr.decode("utf-8", "replace")
            problems = []
            if swedish.returncode != english_status:
                problems.append(f"exit {swedish.returncode} in Swedish, {english_status} in English")
            found = leaks(output, [scratch, ROOT])
            # --help's command list may stay English (documented): only the no-command run shows it.
            if name == "no command":
                found = leaks(output.split("\n", 1)[0], [])
            if found:
                problems.append(f"English words {sorted(set(found))} in:\n{output}")
            for problem in problems:
                failures += 1
                print(f"FAIL {name}: {problem}")
    print(f"{runs} runs in Swedish, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
