#!/usr/bin/env python3
"""Hostile input never crashes or hangs repjourney: each file below is checked with a
time limit, and must end in a documented exit status (0, 64, 65 or 66) with a diagnostic,
never a signal, an internal error (70) or a time-out.

Usage: hostile_inputs.py BINARY
"""
import os
import socket
import stat
import subprocess
import sys
import tempfile
import time

# A sanitizer build (scripts/test.sh asan sets ASAN_OPTIONS) runs several times slower: the limit is
# about hanging, not speed.
TIME_LIMIT_SECONDS = 30 * (5 if "ASAN_OPTIONS" in os.environ else 1)
ORG = "organisation: {name: Test}\n"


def status(path, *options):
    """The arguments of `status` on path at a fixed day, with options."""
    return ["status", "-d", path, "--as-of", "2026-01-15", *options]


def cases(root):
    """Yields (name, data path or the command's arguments, expected exit status, text the output must
    contain, or a list of them: an empty list when it must print nothing). A data path alone is run as
    `check -d PATH`."""
    def write(name, content, mode="w"):
        path = os.path.join(root, name)
        with open(path, mode) as f:
            f.write(content)
        return path

    yield "empty file", write("empty.yaml", ""), 65, "no data file has an 'organisation' section"
    yield "comments only", write("comments.yaml", "# nothing here\n"), 65, "holds no data"
    yield "not a mapping", write("list.yaml", "- a\n- b\n"), 65, "should be a mapping"
    yield "a bare scalar", write("scalar.yaml", "hello\n"), 65, "should be a mapping"
    yield "binary garbage", write("garbage.yaml", bytes(range(256)) * 64, "wb"), 65, "not a text file"
    yield "invalid UTF-8", write("latin1.yaml", ORG.encode() + b"roles: [{id: a, title: \xe5sa}]\n", "wb"), 65, \
        "invalid UTF-8"
    yield "lone CR line endings", write("cr.yaml", ORG.replace("\n", "\r") + "roles: []\r"), 65, "carriage return"
    yield "CRLF line endings", write("crlf.yaml", (ORG + "roles: []\n").replace("\n", "\r\n")), 0, "ok:"
    yield "UTF-8 BOM", write("bom.yaml", "\ufeff" + ORG + "roles: []\n"), 0, "ok:"
    yield "tab indentation", write("tabs.yaml", "organisation:\n\tname: Test\n"), 65, "error"
    yield "a 10 MB single line", write("long.yaml", ORG + "events: [" + "{date: 2025-01-01, rep: x, type: note}," * 260000 + "]\n"), \
        65, "longer than 1048576 bytes"
    yield "a 10 MB scalar", write("scalar10.yaml", ORG + "roles: [{id: a, title: " + "x" * 10_000_000 + "}]\n"), 65, \
        "longer than 1048576 bytes"
    yield "a 1 MB scalar, just under the line limit", write("scalar1.yaml", ORG + "roles: [{id: a, title: " + "x" * 1_000_000 + "}]\n"), \
        0, "ok:"
    yield "260,000 bad events", write("bad-events.yaml", ORG + "events: [\n" + "{date: 2025-01-01, rep: x, type: note},\n" * 260000 + "]\n"), \
        65, "too many problems"
    yield "deeply nested flow lists", write("deep.yaml", ORG + "roles: " + "[" * 100000 + "]" * 100000 + "\n"), \
        65, "too deep"
    yield "deeply nested flow maps", write("deepmap.yaml", ORG + "x: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n"), \
        65, "too deep"
    laughs = ORG + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        laughs += f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]\n"
    yield "billion laughs", write("laughs.yaml", laughs), 65, "aliases"
    yield "many keys in one mapping", write("keys.yaml", ORG + "roles:\n  - " + "\n    ".join(f"k{i}: v" for i in range(200000)) + "\n"), \
        65, "unknown key"
    big = write("big.yaml", "")
    with open(big, "r+b") as f:
        f.truncate((1 << 30) + 1)  # sparse: costs no disk, and must not be read
    yield "a file over 1 GiB", big, 65, "larger than 1024 MiB"
    yield "two documents", write("two.yaml", ORG + "---\nroles: []\n"), 65, "one YAML document"

    loop = os.path.join(root, "loop")
    os.makedirs(os.path.join(loop, "sub"))
    with open(os.path.join(loop, "org.yaml"), "w") as f:
        f.write(ORG)
    os.symlink("..", os.path.join(loop, "sub", "back"))
    os.symlink(loop, os.path.join(loop, "self"))
    yield "directory symlink loop", loop, 0, "ok: 1 file"
    yield "missing path", os.path.join(root, "does-not-exist"), 66, "does not exist"
    person = ORG + "roles: [{id: r, title: R}]\nrepresentatives:\n  - {id: a, name: A, assignments: [{role: r, start: %s}]}\n"
    for date in ["0000-01-01", "1899-12-31", "2200-01-01"]:
        yield f"year of {date} in data", write(f"year-{date}.yaml", person % date), 65, \
            f"invalid date '{date}' for 'start': the year must be from 1900 to 2199"
    yield "year 10000 in data", write("year-10000.yaml", person % "10000-01-01"), 65, \
        "invalid date '10000-01-01' for 'start': write a real calendar date"
    good = write("good.yaml", person % "2025-01-01")
    for date in ["0000-01-01", "1899-12-31", "2200-01-01"]:
        yield f"--as-of {date}", ["status", "-d", good, "--as-of", date], 64, \
            f"--as-of '{date}' is not a date: the year must be from 1900 to 2199"
    yield "--as-of 10000-01-01", ["status", "-d", good, "--as-of", "10000-01-01"], 64, \
        "--as-of '10000-01-01' is not a date: write YYYY-MM-DD"
    yield "terms --until 2200-01-01", ["terms", "-d", good, "--as-of", "2026-01-15", "--until", "2200-01-01"], 64, \
        "--until '2200-01-01' is not a date: the year must be from 1900 to 2199"
    yield "record --date 0000-01-01", ["record", "note", "a", "--note", "x", "-d", good, "--date", "0000-01-01", "--dry-run"], 64, \
        "--date '0000-01-01' is not a date: the year must be from 1900 to 2199"
    yield "export --until 1899-12-31", ["export", "ics", "-d", good, "--as-of", "2026-01-15", "--until", "1899-12-31"], \
        64, "--until '1899-12-31' is not a date: the year must be from 1900 to 2199"

    early = person % "2025-01-01" + "events:\n" + "  - {date: 2024-12-01, rep: a, type: note}\n" * 3345
    yield "3345 warnings: check", write("warnings.yaml", early), 0, ["note: 2345 more warnings not shown", "ok: 1 file, 1 role, 1 representative, 3345 events; 0 errors, 3345 warnings"]
    yield "3345 warnings: status", status(os.path.join(root, "warnings.yaml")), 0, "note: 2345 more warnings not shown"

    yield "feedback_every: 0d", write("zero-cadence.yaml", "organisation: {name: Test, feedback_every: 0d}\n"), 65, \
        "zero-cadence.yaml:1:44: error: 'feedback_every' must be longer than zero"
    yield "a role's feedback_every: 0w", write("zero-role-cadence.yaml", ORG + "roles: [{id: r, title: R, feedback_every: 0w}]\n"), \
        65, "zero-role-cadence.yaml:2:43: error: 'feedback_every' must be longer than zero"

    yield "the organisation's email not an address", write("org-email.yaml", "organisation: {name: Test, email: office}\n"), \
        65, "org-email.yaml:1:35: error: invalid e-mail address 'office' for 'email'"
    yield "a coordinator's email not an address", write(
        "coordinator-email.yaml", "organisation:\n  name: Test\n  coordinators:\n    - {id: m, name: M, email: m@example..org}\n"), \
        65, "coordinator-email.yaml:4:31: error: invalid e-mail address 'm@example..org' for 'email'"

    # Special files: reading one could wait (a FIFO or socket without a writer) or never end (a device).
    special = os.path.join(root, "special")
    os.makedirs(special)
    with open(os.path.join(special, "org.yaml"), "w") as f:
        f.write(ORG)
    os.mkfifo(os.path.join(special, "planted.yaml"))
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(os.path.join(special, "socket.yaml"))
    if os.geteuid() == 0:
        # A null device of its own, in the temporary directory: the real /dev is never touched.
        os.mknod(os.path.join(special, "device.yaml"), 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        device_note = "note: skipped '%s': it is a character device" % os.path.join(special, "device.yaml")
    else:
        print("skip a character device in a data directory: making one needs root")
        device_note = "note: skipped"
    yield "a FIFO, a socket and a device in a data directory", special, 0, [
        "note: skipped '%s': it is a FIFO (named pipe)" % os.path.join(special, "planted.yaml"),
        "note: skipped '%s': it is a socket" % os.path.join(special, "socket.yaml"), device_note, "ok: 1 file"]
    yield "the same, for status", status(special), 0, "note: skipped"
    yield "a FIFO named as the data path", os.path.join(special, "planted.yaml"), 66, "is a FIFO (named pipe), not a file or directory"
    yield "/dev/zero as the data path", status("/dev/zero"), 66, "data path '/dev/zero' is a character device"
    yield "/proc/self/mem as the data path (stats as a file, fails to read)", "/proc/self/mem", 66, \
        "cannot read '/proc/self/mem': Input/output error"
    failing = os.path.join(root, "failing")
    os.makedirs(failing)
    with open(os.path.join(failing, "org.yaml"), "w") as f:
        f.write(ORG)
    os.symlink("/proc/self/mem", os.path.join(failing, "mem.yaml"))
    yield "a file in a data directory that fails to read", failing, 66, \
        "cannot read '%s': Input/output error" % os.path.join(failing, "mem.yaml")

    empty = os.path.join(root, "empty-dir")
    os.makedirs(empty)
    yield "an empty directory", empty, 66, "no *.yaml files in '%s'" % empty
    yield "an empty directory, for status", status(empty), 66, "no *.yaml files in '%s'" % empty
    yield "an empty directory, for shell completion (silent)", ["__complete", "reps", "-d", empty], 0, []
    not_data = os.path.join(root, "not-data")
    os.makedirs(os.path.join(not_data, "sub"))
    for name in ["notes.txt", "sub/people.csv", "org.yaml.bak"]:
        with open(os.path.join(not_data, name), "w") as f:
            f.write(ORG)
    yield "a directory with no data file", status(not_data), 66, "no *.yaml files in '%s'" % not_data
    yield "a data file and an empty directory", status(good, "-d", empty), 66, "no *.yaml files"

    unreadable = write("unreadable.yaml", ORG)
    os.chmod(unreadable, 0)
    if os.geteuid() != 0:  # root reads anything
        yield "unreadable file", unreadable, 66, "cannot read"


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = 0
    with tempfile.TemporaryDirectory(prefix="repjourney-hostile-") as root:
        for name, path_or_arguments, status, needle in cases(root):
            arguments = path_or_arguments if isinstance(path_or_arguments, list) else ["check", "-d", path_or_arguments]
            start = time.monotonic()
            try:
                result = subprocess.run([binary, *arguments], capture_output=True, timeout=TIME_LIMIT_SECONDS,
                                        stdin=subprocess.DEVNULL, env={**os.environ, "LC_ALL": "C.UTF-8"})
            except subprocess.TimeoutExpired:
                print(f"FAIL {name}: no answer within {TIME_LIMIT_SECONDS} s")
                failures += 1
                continue
            elapsed = time.monotonic() - start
            output = (result.stdout + result.stderr).decode("utf-8", "replace")
            needles = needle if isinstance(needle, list) else [needle]
            # No text at all to look for: the output must be empty.
            printed = all(n in output for n in needles) if needles else output == ""
            ok = result.returncode == status and printed
            print(f"{'ok  ' if ok else 'FAIL'} {name}: exit {result.returncode} in {elapsed:.2f} s")
            if not ok:
                failures += 1
                print(f"     expected exit {status} and {needle!r}; output began:\n{output[:600]}")
    print(f"{failures} failed" if failures else "all hostile inputs handled")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
