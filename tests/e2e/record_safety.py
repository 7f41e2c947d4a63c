#!/usr/bin/env python3
"""record never loses, duplicates or half-writes an event.

- 20 record processes at once against one events file: all 20 events are there, once each,
  and the file still passes check;
- a refused event leaves the file byte-identical;
- a writer that cannot get the lock in time exits 75 and writes nothing;
- the file keeps its permissions.

Usage: record_safety.py BINARY
"""
import fcntl
import hashlib
import os
import subprocess
import sys
import tempfile

WRITERS = 20
DATA = """organisation: {name: Test}
roles: [{id: steward, title: Steward}]
representatives: [{id: anna, name: Anna Öberg, assignments: [{role: steward, start: 2026-01-01}]}]
"""
EVENTS = "# log\nevents:\n  - {date: 2026-02-01, rep: anna, type: note, note: first}\n"


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory(prefix="repjourney-record-") as data:
        events = os.path.join(data, "events.yaml")
        with open(os.path.join(data, "org.yaml"), "w") as f:
            f.write(DATA)
        with open(events, "w") as f:
            f.write(EVENTS)
        os.chmod(events, 0o640)

        writers = [subprocess.Popen([binary, "record", "note", "anna", "--note", f"writer {i}", "--as-of", "2026-11-23",
                                     "-d", data, "--wait", "60"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                   for i in range(WRITERS)]
        for i, w in enumerate(writers):
            _, err = w.communicate(timeout=120)
            if w.returncode != 0:
                failures.append(f"writer {i} exited {w.returncode}: {err.decode()}")
        with open(events, encoding="utf-8") as f:
            text = f.read()
        for i in range(WRITERS):
            count = text.count(f"note: writer {i}}}")
            if count != 1:
                failures.append(f"writer {i}'s event appears {count} times")
        if not text.startswith(EVENTS):
            failures.append("the original bytes were not kept")
        check = run(binary, "check", "-d", data)
        if check.returncode != 0:
            failures.append("check fails after concurrent writes:\n" + check.stderr)
        if os.stat(events).st_mode & 0o777 != 0o640:
            failures.append(f"permissions changed to {oct(os.stat(events).st_mode & 0o777)}")
        print(f"{WRITERS} concurrent writers: {WRITERS - len(failures)} events once each")

        before = digest(events)
        # An unknown person is a usage error (64) as in every command; what the data lacks is a data error (65).
        for args, status in ((["note", "nobody", "--note", "x"], 64), (["milestone", "anna", "no-such-milestone"], 65),
                             (["recognition", "anna", "--action", "no-such-action"], 65)):
            result = run(binary, "record", *args, "--as-of", "2026-11-23", "-d", data)
            if result.returncode != status:
                failures.append(f"refused event {args} exited {result.returncode}, not {status}")
        if digest(events) != before:
            failures.append("a refused event changed the file")
        print("refused events leave the file byte-identical")

        with open(os.path.join(data, ".events.yaml.lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            result = run(binary, "record", "note", "anna", "--note", "late", "--as-of", "2026-11-23", "-d", data,
                         "--wait", "0.3")
        if result.returncode != 75 or "locked by another writer" not in result.stderr:
            failures.append(f"a locked file gave exit {result.returncode}: {result.stderr}")
        if digest(events) != before:
            failures.append("a writer that did not get the lock changed the file")
        print("a held lock gives exit 75 and writes nothing")

        leftovers = [n for n in os.listdir(data) if n not in ("org.yaml", "events.yaml", ".events.yaml.lock")]
        if leftovers:
            failures.append(f"temporary files left behind: {leftovers}")

    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
