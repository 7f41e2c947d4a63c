#!/usr/bin/env python3
"""Every command, subcommand, option and option value in the binary's --help appears in each completion script.

The scripts are written by hand (CLI11 has no generator), so this is what keeps them in step with the
commands: add an option, and this test names the scripts that do not offer it yet.

Usage: coverage.py BINARY COMPLETIONS_DIR
"""
import os
import re
import subprocess
import sys

SCRIPTS = ["repjourney.bash", "_repjourney", "repjourney.fish"]


def help_text(binary, *args):
    return subprocess.run([binary, *args, "--help"], capture_output=True, text=True, check=True).stdout


def section(text, heading):
    match = re.search(rf"^{heading}:\n(.*?)(?:\n\n|\Z)", text, re.S | re.M)
    return match.group(1) if match else ""


def subcommands(text):
    return re.findall(r"^  (\S+)", section(text, "Subcommands"), re.M)


def options(text):
    """The options of a help text, and the values of those that take one of a set ({a,b,c})."""
    found, values = set(), set()
    for line in section(text, "Options").splitlines():
        if not line.startswith("  -"):
            continue  # a description wrapped onto its own line
        head = re.split(r"\s{2,}", line.strip())[0]  # "--lang TEXT:{en,sv}", before the description
        found.update(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", head))
        for choice in re.findall(r":\{([^}]*)\}", head):
            values.update(choice.split(","))
    return found - {"-h", "--help"}, values


def offered(script_name, text, word):
    """Whether the script offers word: as a word, or, in fish, as `-l long` / `-s x`."""
    if script_name.endswith(".fish") and word.startswith("-"):
        flag = f"-l {word[2:]}" if word.startswith("--") else f"-s {word[1:]}"
        return re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", text) is not None
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, directory = sys.argv[1], sys.argv[2]
    top = help_text(binary)
    commands = subcommands(top)
    if not commands:
        sys.exit("no commands found in --help")
    wanted = []  # (what, word)
    top_options, top_values = options(top)
    wanted += [("global option", o) for o in sorted(top_options)]
    wanted += [("value of a global option", v) for v in sorted(top_values)]
    for command in commands:
        wanted.append(("command", command))
        nested = [[command]] + [[command, sub] for sub in subcommands(help_text(binary, command))]
        for words in nested:
            if len(words) == 2:
                wanted.append(("command", words[1]))
            opts, values = options(help_text(binary, *words))
            wanted += [(f"option of {' '.join(words)}", o) for o in sorted(opts)]
            wanted += [(f"option value of {' '.join(words)}", v) for v in sorted(values)]
    # The ids come from the hidden helper: every script must use it.
    wanted.append(("the id helper", "__complete"))

    missing = []
    for name in SCRIPTS:
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            text = f.read()
        missing += [f"{name}: {what} {word}" for what, word in wanted if not offered(name, text, word)]
    if missing:
        sys.exit("the completion scripts do not offer:\n  " + "\n  ".join(missing))
    print(f"{len(SCRIPTS)} completion scripts offer all {len(commands)} commands, "
          f"{len(wanted)} commands, options and values")


if __name__ == "__main__":
    main()
