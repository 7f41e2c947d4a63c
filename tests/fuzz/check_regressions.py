#!/usr/bin/env python3
"""Every input the fuzzers once crashed on (tests/fuzz/regressions/) runs through the built
binary as the fuzzers ran it: split into data files at each line '#=== file' (as
fuzz/fuzz_input.cpp splits it), then `repjourney check`, and when that passes, the reports
the engine fuzzer drives, and `record note` (whose file must then pass `check`). Each must end
with a documented status (check: 0 or 65; reports: 0 or 1; record: 0, or 65 for a file it does
not append to) within the time limit, with no sanitizer report and no internal error.

A FILE.note is instead the text of `record note --note` on a small valid data set: record must
write an event that reads back, or refuse it (65) and leave the file as it was.

Usage: check_regressions.py BINARY [INPUT...]   (default: every file in regressions/)
"""
import os
import pathlib
import subprocess
import sys
import tempfile

TIME_LIMIT_SECONDS = 20
SEPARATOR = b"#=== file\n"
MAX_FILES = 3
AS_OF = "2026-11-23"  # the day the engine fuzzer reports on
REPORTS = [
    ["status", "--format", "json"], ["status"], ["show"], ["feedback"], ["terms"], ["recognize"], ["roles"],
    ["remind", "--include-notes"], ["export", "json"], ["export", "ics"], ["export", "html"],
]
NOTE_DATA = (b"organisation: {name: Test}\nroles: [{id: r, title: R}]\n"
             b"representatives: [{id: a, name: A, assignments: [{role: r, start: 2025-01-01}]}]\n"
             b"events:\n  - {date: 2025-02-01, rep: a, type: note}\n")
SANITIZER_WORDS = (b"ERROR: AddressSanitizer", b"ERROR: LeakSanitizer", b"runtime error:", b"internal error")


def split_files(data):
    """The files of one fuzzer input; fuzz/fuzz_input.cpp's split_files, byte for byte."""
    files, start, search = [], 0, 0
    while len(files) + 1 < MAX_FILES:
        at = data.find(SEPARATOR, search)
        if at < 0:
            break
        search = at + 1
        if at > 0 and data[at - 1:at] != b"\n":
            continue
        files.append(data[start:at])
        start = search = at + len(SEPARATOR)
    files.append(data[start:])
    return files


def run(binary, args, env):
    """(exit status or a description of what went wrong, output)"""
    try:
        done = subprocess.run([binary] + args, capture_output=True, timeout=TIME_LIMIT_SECONDS, env=env)
    except subprocess.TimeoutExpired:
        return f"no answer within {TIME_LIMIT_SECONDS} s", b""
    output = done.stdout + done.stderr
    if done.returncode < 0:
        return f"killed by signal {-done.returncode}", output
    if any(word in output for word in SANITIZER_WORDS):
        return f"a sanitizer report or internal error (exit {done.returncode})", output
    return done.returncode, output


def check_note(binary, path, env):
    """A FILE.note is the text of `record note --note`: on valid data, record either writes an event
    that reads back, or refuses it (65) and leaves the file as it was."""
    with tempfile.TemporaryDirectory(prefix="repjourney-fuzz-") as directory:
        data = os.path.join(directory, "data.yaml")
        with open(data, "wb") as f:
            f.write(NOTE_DATA)
        note = path.read_bytes().split(b"\0")[0]  # an argument ends at a NUL
        status, output = run(binary, ["-d", data, "--as-of", AS_OF, "record", "note", "a", "--note", note], env)
        if status == 65:
            with open(data, "rb") as f:
                return [] if f.read() == NOTE_DATA else ["record refused the note but changed the file"]
        if status != 0:
            return [f"record: {status}\n{output.decode(errors='replace')[-3000:]}"]
        status, output = run(binary, ["-d", data, "--as-of", AS_OF, "check"], env)
        if status != 0:
            return [f"check after record: {status}\n{output.decode(errors='replace')[-3000:]}"]
        return []


def check_input(binary, path, env):
    """A list of problems with one regression input; empty when it passes."""
    if path.suffix == ".note":
        return check_note(binary, path, env)
    with tempfile.TemporaryDirectory(prefix="repjourney-fuzz-") as directory:
        data_args = []
        for i, data in enumerate(split_files(path.read_bytes())):
            file = os.path.join(directory, f"{chr(ord('a') + i)}.yaml")
            with open(file, "wb") as f:
                f.write(data)
            data_args += ["-d", file]
        status, output = run(binary, data_args + ["--as-of", AS_OF, "check"], env)
        if status not in (0, 65):
            return [f"check: {status}\n{output.decode(errors='replace')[-3000:]}"]
        if status != 0:
            return []
        problems = []
        rep = first_representative(binary, data_args, env)
        for report in REPORTS:
            args = data_args + ["--as-of", AS_OF, "--lang", "sv"] + report
            if report == ["show"]:
                args.append(rep or "nobody")
            status, output = run(binary, args, env)
            if status not in (0, 1) and not (report == ["show"] and status == 64):
                problems.append(f"{' '.join(report)}: {status}\n{output.decode(errors='replace')[-3000:]}")
        if rep:
            problems += record_round_trip(binary, data_args, rep, env)
        return problems


def record_round_trip(binary, data_args, rep, env):
    """record's promise, as the load fuzzer checks it: the event it appends reads back without an error."""
    record = data_args + ["--as-of", AS_OF, "record", "note", rep, "--note", "appended: by the fuzzer"]
    status, output = run(binary, record, env)
    if status == 64:  # no data file, or several, with an events section: name the first file, as the fuzzer does
        status, output = run(binary, record + ["--file", data_args[1]], env)
    if status == 65:  # a file record does not append to (its events are an inline list): refused, nothing written
        return []
    if status != 0:
        return [f"record: {status}\n{output.decode(errors='replace')[-3000:]}"]
    status, output = run(binary, data_args + ["--as-of", AS_OF, "check"], env)
    if status != 0:
        return [f"check after record: {status}\n{output.decode(errors='replace')[-3000:]}"]
    return []


def first_representative(binary, data_args, env):
    status, output = run(binary, data_args + ["--as-of", AS_OF, "status", "--format", "csv", "--all"], env)
    lines = output.decode(errors="replace").splitlines()
    return lines[1].split(",")[0] if status in (0, 1) and len(lines) > 1 else None


def main():
    binary = os.path.abspath(sys.argv[1])
    inputs = [pathlib.Path(p) for p in sys.argv[2:]]
    if not inputs:
        inputs = sorted(p for p in (pathlib.Path(__file__).parent / "regressions").iterdir() if p.is_file())
    env = dict(os.environ, TZ="Europe/Stockholm", NO_COLOR="1", LC_ALL="C.UTF-8")
    env.pop("REPJOURNEY_DATA", None)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1")
    failures = 0
    for path in inputs:
        problems = check_input(binary, path, env)
        print(f"{'FAIL' if problems else 'ok  '} {path.name}")
        for problem in problems:
            print("    " + problem.replace("\n", "\n    "))
        failures += bool(problems)
    print(f"{len(inputs) - failures} of {len(inputs)} regression inputs pass")
    return 1 if failures or not inputs else 0


if __name__ == "__main__":
    sys.exit(main())
