#!/usr/bin/env python3
"""REPJOURNEY_TIMINGS: each step's time and the peak memory so far on standard error, in order, and nothing
else changes.

- With REPJOURNEY_TIMINGS=1, `check` and `status --format json` print one well-formed timing line per
  step, in the order the steps run, and exactly the standard output they print without it; the peak
  memory they show never falls.
- Unset, empty or "0": no timing lines.

Usage: timings.py BINARY
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, environment, failures  # noqa: E402

DATA = os.path.join(ROOT, "examples", "union-branch")
LINE = re.compile(r"^timing: (\S+) +\d+\.\d{3} s   cpu so far +\d+\.\d{3} s   peak so far +(\d+) MB$")
STEPS = {
    # The example has seats: check indexes the day's snapshot to find seats with more holders than places.
    "check": ["start", "listed", "parsed", "validated", "snapshot", "finished"],
    "status": ["start", "listed", "parsed", "validated", "snapshot", "ranked", "finished"],
}


def run(binary, args, timings):
    env = environment()
    if timings is not None:
        env["REPJOURNEY_TIMINGS"] = timings
    result = subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=60)
    check(result.returncode == 0, f"{args} with REPJOURNEY_TIMINGS={timings!r} exited {result.returncode}")
    return result.stdout, result.stderr.splitlines()


def main():
    binary = sys.argv[1]
    for command, steps in STEPS.items():
        args = [command, "-d", DATA, "--as-of", "2026-11-23"] + (["--format", "json"] if command == "status" else [])
        plain_out, plain_err = run(binary, args, None)
        check(not any(line.startswith("timing:") for line in plain_err), f"{command}: timing lines without asking")
        for off in ("", "0"):
            out, err = run(binary, args, off)
            check(out == plain_out and err == plain_err, f"{command}: REPJOURNEY_TIMINGS={off!r} changes the output")
        out, err = run(binary, args, "1")
        check(out == plain_out, f"{command}: timings change standard output")
        timing_lines = [line for line in err if line.startswith("timing:")]
        for line in timing_lines:
            check(LINE.match(line), f"{command}: malformed timing line {line!r}")
        names = [LINE.match(line).group(1) for line in timing_lines if LINE.match(line)]
        check(names == steps, f"{command}: steps {names}, expected {steps}")
        peaks = [int(LINE.match(line).group(2)) for line in timing_lines if LINE.match(line)]
        check(peaks == sorted(peaks) and peaks and peaks[0] > 0, f"{command}: peaks so far {peaks}")
        check([line for line in err if not line.startswith("timing:")] == plain_err,
              f"{command}: timings change the other error output")
    if failures:
        sys.exit("timings:\n  " + "\n  ".join(failures))


if __name__ == "__main__":
    main()
