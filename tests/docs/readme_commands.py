#!/usr/bin/env python3
"""README.md opens with two commands, and .ci/run runs the second one, word for word."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
    readme = f.read()
first_block = re.search(r"```sh\n(.*?)```", readme, re.S)
if not first_block:
    sys.exit("README.md has no ```sh block")
commands = [line for line in first_block.group(1).splitlines() if line.strip() and not line.startswith("#")]
if len(commands) != 2:
    sys.exit(f"README.md's first block should hold exactly two commands, found {len(commands)}")
with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as f:
    ci = [line.strip() for line in f if line.strip() and not line.startswith("#")]
if commands[1].strip() not in ci:
    sys.exit(f".ci/run does not run README's test command:\n  {commands[1]}")
print("README's test command is what .ci/run runs")
