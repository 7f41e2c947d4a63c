#!/usr/bin/env python3
"""The progress display (issue 22): a line on standard error only when it is a terminal, erased when the load is
done, never with --quiet or in a pipe, and timings still printed beside it. REPJOURNEY_PROGRESS_AFTER=0 shows it at
once, so that the small example data set is enough; the terminal is a pseudo-terminal from Python's pty module.

Usage: progress_display.py BINARY
"""
import os
import pty
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, environment, failures  # noqa: E402

ERASE = b"\r\x1b[K"


def run(binary, *args, terminal, extra_env=None):
    """(exit status, stdout, stderr) of `status` on the union branch, stderr a pseudo-terminal or a pipe."""
    env = environment()
    env["REPJOURNEY_PROGRESS_AFTER"] = "0"
    env.update(extra_env or {})
    command = [binary, "-d", os.path.join(ROOT, "examples", "union-branch"), "--as-of", "2026-11-23",
               "--lang", "en", *args, "status", "--format", "json"]
    if not terminal:
        result = subprocess.run(command, capture_output=True, env=env, timeout=60)
        return result.returncode, result.stdout, result.stderr
    controller, device = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=device, env=env)
    os.close(device)
    stdout = process.stdout.read()
    process.wait(timeout=60)
    stderr = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the other end is closed: all of it has been read
            break
        if not chunk:
            break
        stderr += chunk
    os.close(controller)
    return process.returncode, stdout, stderr


def main():
    binary = sys.argv[1]
    code, plain, stderr = run(binary, terminal=False)
    check(code == 0 and stderr == b"", f"a pipe: exit {code}, nothing on stderr, got {stderr!r}")

    code, out, stderr = run(binary, terminal=True)
    check(code == 0 and out == plain, "a terminal: the same report on standard output")
    check(b"repjourney: reading the data files:" in stderr, f"a terminal: the files read are shown: {stderr!r}")
    check(stderr.endswith(ERASE), f"a terminal: the line is erased when the load is done: {stderr[-40:]!r}")
    check(b"\n" not in stderr, f"a terminal: one line, redrawn in place: {stderr!r}")

    code, out, stderr = run(binary, "--quiet", terminal=True)
    check(code == 0 and out == plain and stderr == b"", f"--quiet: nothing on the terminal, got {stderr!r}")

    code, out, stderr = run(binary, terminal=True, extra_env={"REPJOURNEY_TIMINGS": "1"})
    check(b"timing: parsed" in stderr and b"timing: validated" in stderr, "REPJOURNEY_TIMINGS still prints timings")

    if failures:
        sys.exit("progress display:\n  " + "\n  ".join(failures))
    print("progress display: on a terminal only, erased when done; none in a pipe or with --quiet")


if __name__ == "__main__":
    main()
