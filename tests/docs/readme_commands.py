#!/usr/bin/env python3
"""README.md opens with two commands, and .ci/run runs the second one, word for word; README's
Tests table names the stages scripts/test.sh runs, in its order."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read(*path):
    with open(os.path.join(ROOT, *path), encoding="utf-8") as f:
        return f.read()


readme = read("README.md")
first_block = re.search(r"```sh\n(.*?)```", readme, re.S)
if not first_block:
    sys.exit("README.md has no ```sh block")
commands = [line for line in first_block.group(1).splitlines() if line.strip() and not line.startswith("#")]
if len(commands) != 2:
    sys.exit(f"README.md's first block should hold exactly two commands, found {len(commands)}")
ci = [line.strip() for line in read(".ci", "run").splitlines() if line.strip() and not line.startswith("#")]
if commands[1].strip() not in ci:
    sys.exit(f".ci/run does not run README's test command:\n  {commands[1]}")

script_stages = re.search(r"^all_stages=\(([^)]*)\)", read("scripts", "test.sh"), re.M)
tests_section = re.search(r"^### Tests\n(.*?)(?=^#)", readme, re.S | re.M)
if not script_stages or not tests_section:
    sys.exit("scripts/test.sh has no all_stages=(...) or README.md no ### Tests section")
readme_stages = re.findall(r"^\| `(\w+)` \|", tests_section.group(1), re.M)
if readme_stages != script_stages.group(1).split():
    sys.exit(f"README's Tests table lists {readme_stages}, scripts/test.sh runs {script_stages.group(1).split()}")
print("README's test command is what .ci/run runs; its Tests table names the stages of scripts/test.sh")
