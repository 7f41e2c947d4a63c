#!/usr/bin/env python3
"""The man page mentions every command and every option the binary has, and mandoc finds nothing to complain about.

Usage: man_page.py BINARY MAN_PAGE
"""
import re
import shutil
import subprocess
import sys


def help_text(binary, *args):
    return subprocess.run([binary, *args, "--help"], capture_output=True, text=True, check=True).stdout


def section(text, heading):
    match = re.search(rf"^{heading}:\n(.*?)(?:\n\n|\Z)", text, re.S | re.M)
    return match.group(1) if match else ""


def options(text):
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", section(text, "Options")))


def main():
    binary, man_path = sys.argv[1], sys.argv[2]
    with open(man_path, encoding="utf-8") as f:
        man = f.read().replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")
    top = help_text(binary)
    commands = re.findall(r"^  (\S+)", section(top, "Subcommands"), re.M)
    if not commands:
        sys.exit("no commands found in --help")
    missing = []
    for option in sorted(options(top) - {"-h"}):
        if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", man):
            missing.append(f"global option {option}")
    for command in commands:
        if not re.search(rf"^\.SS {re.escape(command)}\b", man, re.M):
            missing.append(f"command {command} (a .SS heading)")
        text = help_text(binary, command)
        nested = [[command]] + [[command, sub] for sub in re.findall(r"^  (\S+)", section(text, "Subcommands"), re.M)]
        for words in nested:
            if len(words) == 2 and not re.search(rf"\b{re.escape(' '.join(words))}\b", man):
                missing.append(f"command {' '.join(words)}")
            for option in sorted(options(help_text(binary, *words)) - {"-h", "--help"}):
                if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", man):
                    missing.append(f"option {option} of {' '.join(words)}")
    if missing:
        sys.exit("the man page does not mention:\n  " + "\n  ".join(missing))
    if shutil.which("mandoc"):
        lint = subprocess.run(["mandoc", "-Tlint", "-Wstyle", man_path], capture_output=True, text=True)
        if lint.returncode != 0 or lint.stdout.strip() or lint.stderr.strip():
            sys.exit("mandoc -Tlint:\n" + lint.stdout + lint.stderr)
    print(f"man page covers {len(commands)} commands and their options; mandoc -Tlint is clean")


if __name__ == "__main__":
    main()
