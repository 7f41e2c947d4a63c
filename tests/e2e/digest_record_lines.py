#!/usr/bin/env python3
"""Every `repjourney record …` line that `remind` offers runs as printed and takes its item out of the next digest.

On a scratch copy of examples/union-branch, the digest of Monday 2026-11-23 (Swedish and English, every
coordinator, with the escalation section) offers one line under each item it can record. Each is run as printed,
through `sh -c`, with the data's `-d` and the day it was done (`--as-of 2026-11-24`) put before `record`; each
must exit 0. The digest of the next Monday, 2026-11-30, then offers none of those lines again. --no-commands
offers none.

Usage: digest_record_lines.py BINARY
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PREFIX = "repjourney record "

failures = []


def run(args, env):
    return subprocess.run(args, capture_output=True, text=True, env=env)


def offered(binary, data, as_of, env, *extra):
    out = run([binary, "-d", data, "remind", "--as-of", as_of, *extra], env)
    if out.returncode != 0:
        failures.append(f"remind --as-of {as_of}: exit {out.returncode}: {out.stderr}")
    # A long line goes on after a backslash: the shell joins them, and so does this.
    joined = re.sub(r" \\\n *", " ", out.stdout)
    return [line.strip() for line in joined.splitlines() if line.strip().startswith(PREFIX)]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    env = dict(os.environ, TZ="Europe/Stockholm")
    env.pop("REPJOURNEY_DATA", None)
    with tempfile.TemporaryDirectory() as scratch:
        data = os.path.join(scratch, "union-branch")
        shutil.copytree(os.path.join(ROOT, "examples", "union-branch"), data)
        # Once each: an escalated item is offered in its coordinator's part and in the escalation section.
        lines = list(dict.fromkeys(offered(binary, data, "2026-11-23", env) +
                                   offered(binary, data, "2026-11-23", env, "--lang", "en")))
        kinds = {line.split()[2] for line in lines}
        if not {"milestone", "feedback", "recognition"} <= kinds:
            failures.append(f"offered record types {sorted(kinds)}, expected milestone, feedback and recognition")
        if offered(binary, data, "2026-11-23", env, "--no-commands"):
            failures.append("--no-commands still offers record lines")
        for line in lines:
            # As printed, through the shell, with the program's path for "repjourney" and the data and day after it.
            command = " ".join(shlex.quote(w) for w in [binary, "-d", data, "--as-of", "2026-11-24"])
            command += " " + line[len("repjourney "):]
            out = run(["sh", "-c", command], env)
            if out.returncode != 0:
                failures.append(f"{line}: exit {out.returncode}: {out.stderr.strip()}")
        again = set(offered(binary, data, "2026-11-30", env)) | set(
            offered(binary, data, "2026-11-30", env, "--lang", "en"))
        for line in lines:
            if line in again:
                failures.append(f"{line}: still offered on 2026-11-30")
        print(f"{len(lines)} record lines run")
    for message in failures:
        print(f"FAIL: {message}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
