#!/usr/bin/env python3
"""Every example command in README.md runs as written, on a scratch copy of the bundled examples.

The rule, so that a README line is either run or plainly not an example:

- Only ```sh blocks count, and of those only the ones with a line that starts with `repjourney`. The first
  block (set-up, build and the test suite) is skipped: CI runs it, and tests/docs/readme_commands.py checks it.
- Each such block runs as typed in a terminal: its lines in order, in a new bash shell, each line whole
  (`cp ... && export ...`, `cd`, `>` all do what they say). Comment lines are skipped.
- Every block starts in the same scratch directory, which holds a copy of the repository's examples/ (so
  `examples/union-branch` and `examples/sheets/...` are copies), with the built binary first on PATH, HOME
  in the scratch directory and REPJOURNEY_DATA naming the copy of examples/union-branch. Files a block
  writes stay for the blocks after it (`init branch12` once, then `-d branch12`); its exports and `cd` do not.
- `/tmp/` in a line means a folder of the scratch directory, so that `cp -r examples/union-branch /tmp/ub`
  neither touches nor depends on the real /tmp.
- A line must exit 0, unless it ends with a comment saying `exits N`: `repjourney check  # exits 65`.

Output shown in the README is real too: a plain ``` block whose first line is `$ repjourney ...` runs that
command in the repository itself (so it must only read), with the same PATH and exit rule, COLUMNS=100 and no
REPJOURNEY_DATA (so it names its data, and a fixed --as-of keeps its output the same every day), and every line
shown after it must be a line of its output (standard output and error together), in order; `...` stands
for lines left out, and a block without one must be the whole output.

Usage: readme_examples.py BINARY
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXPECTED_EXIT = re.compile(r"#.*\bexits (\d+)\b")


def fenced_blocks(readme):
    """(info string, lines) of each ``` block, in order: ("sh", [...]) or ("", [...])."""
    blocks, current, info = [], None, ""
    for line in readme.splitlines():
        if line.startswith("```"):
            if current is None:
                current, info = [], line[3:].strip()
            else:
                blocks.append((info, current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def example_blocks(readme):
    """The lines of each ```sh block that has a repjourney command, the first block left out."""
    blocks = [lines for info, lines in fenced_blocks(readme) if info == "sh"][1:]
    for block in blocks:
        lines = [line for line in block if line.strip() and not line.lstrip().startswith("#")]
        if any(line.startswith("repjourney") for line in lines):
            yield lines


def output_samples(readme):
    """(command, lines shown) of each plain ``` block that begins with `$ repjourney`."""
    for info, lines in fenced_blocks(readme):
        if not info and lines and lines[0].startswith("$ repjourney"):
            yield lines[0][2:], lines[1:]


def shown_in_order(shown, output):
    """Whether the shown lines are the output's, in order; `...` skips any number of lines."""
    if "..." not in shown:
        return shown == output
    position = 0
    for line in shown:
        if line == "...":
            continue
        try:
            position = output.index(line, position) + 1
        except ValueError:
            return False
    return True


def check_sample(command, shown, env):
    result = subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, timeout=300)
    expected = int(EXPECTED_EXIT.search(command).group(1)) if EXPECTED_EXIT.search(command) else 0
    failures = []
    if result.returncode != expected:
        failures.append(f"  $ {command}\n    exit {result.returncode}, README implies {expected}")
    if not shown_in_order(shown, result.stdout.splitlines()):
        failures.append(f"  $ {command}\n    prints something else than README shows:\n{result.stdout}")
    return failures


def block_script(lines, scratch, status_file):
    """Bash that runs the lines and appends each one's exit status to status_file."""
    script = []
    for line in lines:
        script.append(line.replace("/tmp/", f"{scratch}/tmp/"))
        script.append(f'echo $? >> "{status_file}"')
    return "\n".join(script) + "\n"


def run_block(lines, scratch, env):
    status_file = os.path.join(scratch, ".statuses")
    if os.path.exists(status_file):
        os.remove(status_file)
    result = subprocess.run(["bash", "-c", block_script(lines, scratch, status_file)], cwd=scratch, env=env,
                            capture_output=True, text=True, timeout=300)
    statuses = open(status_file).read().split() if os.path.exists(status_file) else []
    failures = []
    for index, line in enumerate(lines):
        expected = int(EXPECTED_EXIT.search(line).group(1)) if EXPECTED_EXIT.search(line) else 0
        actual = int(statuses[index]) if index < len(statuses) else None
        if actual != expected:
            failures.append(f"  {line}\n    exit {actual}, README implies {expected}")
    if failures:
        output = result.stdout + result.stderr
        failures.append(f"  the block's output (its end):\n{output[-3000:]}")
    return failures


def main():
    binary = os.path.abspath(sys.argv[1])
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    failures = []
    commands = 0
    with tempfile.TemporaryDirectory(prefix="repjourney-readme-") as scratch:
        shutil.copytree(os.path.join(ROOT, "examples"), os.path.join(scratch, "examples"))
        os.makedirs(os.path.join(scratch, "tmp"))
        os.makedirs(os.path.join(scratch, "home"))
        bin_dir = os.path.join(scratch, "bin")
        os.makedirs(bin_dir)
        os.symlink(binary, os.path.join(bin_dir, "repjourney"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""),
                   HOME=os.path.join(scratch, "home"),
                   REPJOURNEY_DATA=os.path.join(scratch, "examples", "union-branch"))
        for lines in example_blocks(readme):
            commands += sum(line.startswith("repjourney") for line in lines)
            failures += run_block(lines, scratch, env)
        sample_env = dict(env, COLUMNS="100")
        del sample_env["REPJOURNEY_DATA"]
        for command, shown in output_samples(readme):
            commands += 1
            failures += check_sample(command, shown, sample_env)
    if commands < 20:  # the README shows more; fewer found means the blocks were not recognised
        failures.append(f"only {commands} repjourney commands found in README.md")
    if failures:
        sys.exit("README commands that do not run as written:\n" + "\n".join(failures))
    print(f"README.md: {commands} repjourney commands run as written")


if __name__ == "__main__":
    main()
