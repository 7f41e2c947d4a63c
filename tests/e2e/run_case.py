#!/usr/bin/env python3
"""Runs one end-to-end case: the built binary on a case's data, compared with a transcript.

A case is a directory with
  cmd       one repjourney command line per line (shell words; blank lines and # comments skipped);
            $ROOT stands for the repository's root, $BIN for the binary; a line "@cat FILE"
            shows a file's bytes instead, to pin what a command wrote; a leading "COLUMNS=N "
            runs that line with the terminal width N instead of e2e_common's 100
  expected  the transcript: for each command "$ repjourney ARGS", its stdout, then
            "--- stderr" and its stderr when there is any, then "--- exit N" when N is not 0
  data/...  (optional) files the commands read; the case runs in a scratch copy of the
            directory, so commands that write (record, init) never touch the source tree.

Usage: run_case.py BINARY CASE_DIR [--update]
--update rewrites `expected` from what the binary prints: review the diff before committing.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, environment  # noqa: E402

TIMEOUT_SECONDS = 60


def transcript(binary, case_dir):
    steps = []
    with open(os.path.join(case_dir, "cmd"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                steps.append(line)
    out = []
    with tempfile.TemporaryDirectory(prefix="repjourney-e2e-") as scratch:
        work = os.path.join(scratch, "case")
        shutil.copytree(case_dir, work, symlinks=True)
        for step in steps:
            if step.startswith("@cat "):
                path = os.path.join(work, step[5:].strip())
                with open(path, "rb") as f:
                    content = f.read().decode("utf-8", "replace")
                out.append(f"$ cat {step[5:].strip()}\n{content}" + ("" if content.endswith("\n") else "\n--- no newline at end\n"))
                continue
            env = environment()
            shown = "repjourney " + step
            if step.startswith("COLUMNS="):
                width, step = step.split(None, 1)
                env["COLUMNS"] = width[len("COLUMNS="):]
                shown = f"{width} repjourney {step}"
            args = [a.replace("$ROOT", ROOT).replace("$BIN", binary) for a in shlex.split(step)]
            try:
                result = subprocess.run([binary] + args, cwd=work, env=env, capture_output=True,
                                        timeout=TIMEOUT_SECONDS, stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired:
                out.append(f"$ {shown}\n--- timed out after {TIMEOUT_SECONDS} s\n")
                continue
            stdout = result.stdout.decode("utf-8", "replace").replace(ROOT, "$ROOT")
            stderr = result.stderr.decode("utf-8", "replace").replace(ROOT, "$ROOT")
            block = f"$ {shown}\n{stdout}"
            if stdout and not stdout.endswith("\n"):
                block += "\n--- no newline at end\n"
            if stderr:
                block += "--- stderr\n" + stderr + ("" if stderr.endswith("\n") else "\n")
            if result.returncode != 0:
                block += f"--- exit {result.returncode}\n"
            out.append(block)
    return "".join(out)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, case_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    actual = transcript(binary, case_dir)
    expected_path = os.path.join(case_dir, "expected")
    if "--update" in sys.argv[3:]:
        with open(expected_path, "w", encoding="utf-8", newline="") as f:
            f.write(actual)
        print(f"updated {expected_path}")
        return 0
    with open(expected_path, encoding="utf-8", newline="") as f:
        expected = f.read()
    if actual == expected:
        return 0
    import difflib
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                               "expected", "actual"))
    return 1


if __name__ == "__main__":
    sys.exit(main())
