#!/usr/bin/env python3
"""Tables and text that fit: status, feedback, terms, recognize and show at 60, 80 and 100 columns, in
English and Swedish, measured independently of the program's own width code.

- No line is wider than COLUMNS (one column a character, two for East Asian wide ones, none for
  combining marks; å, ä and ö are one).
- No word of the data is split across two lines: the words of every representative's name and of
  every recognition action's title (read from the YAML with PyYAML, not from the program).
- Every name is shown whole in the tables, and every suggested action's title whole on one line of
  `recognize`: the thing to act on is never what gets cut.

Usage: tables_fit.py BINARY
"""
import glob
import json
import os
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from debian_python import require  # noqa: E402
from e2e_common import ROOT, check, environment, failures  # noqa: E402

require("yaml")
import yaml  # noqa: E402

UNION = os.path.join(ROOT, "examples", "union-branch")
AS_OF = "2026-11-23"
WIDTHS = (60, 80, 100)
REPORTS = (["status"], ["feedback"], ["terms"], ["recognize"], ["show", "ali-hassan"], ["show", "anders-wahlin"])


def columns(text):
    """Terminal columns of a line of text."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def run(binary, width, *args):
    env = environment()
    env["COLUMNS"] = str(width)
    result = subprocess.run([binary, *args, "-d", UNION, "--as-of", AS_OF], capture_output=True, env=env,
                            timeout=60)
    if result.returncode not in (0, 1):
        sys.exit(f"repjourney {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout.decode("utf-8")


def data_words():
    """The representatives' names and the recognition actions' titles, from the YAML."""
    names = []
    for path in sorted(glob.glob(os.path.join(UNION, "representatives", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            names += [rep["name"] for rep in yaml.safe_load(f)["representatives"]]
    with open(os.path.join(UNION, "organisation.yaml"), encoding="utf-8") as f:
        organisation = yaml.safe_load(f)["organisation"]
    titles = [action["title"] for action in organisation["recognition"]["actions"]]
    return names, titles


def split_word(lines, words):
    """The first word found split across two lines: a line ending in the word's start, the next beginning with
    its rest."""
    for first, second in zip(lines, lines[1:]):
        head, tail = first.rstrip(), second.lstrip()
        for word in words:
            for cut in range(1, len(word)):
                if head.endswith(word[:cut]) and tail.startswith(word[cut:]):
                    before = head[: len(head) - cut]
                    if not before or not before[-1].isalnum():  # the start of the word, not of another one
                        return word, first, second
    return None


def cut_name(text, name):
    """Whether the name is shown cut: its first word, then the start of the rest but not all of it (two
    people may share a first name, so a first name alone says nothing)."""
    first, rest = name.split(" ", 1) if " " in name else (name, "")
    at = text.find(first + " ")
    while at >= 0:
        after = text[at + len(first) + 1:]
        shown = after[: len(rest)]
        if rest and not after.startswith(rest) and shown[:1] == rest[:1]:
            return True
        at = text.find(first + " ", at + 1)
    return False


def check_the_checks():
    """The measures themselves, on text worked out by hand, so that a pass means something."""
    check(columns("Åsa Öberg") == 9 and columns("日本") == 4 and columns("e\u0301") == 1, "columns() miscounts")
    check(split_word(["Märta Jöns", "  son"], ["Jönsson"]) == ("Jönsson", "Märta Jöns", "  son"),
          "split_word() misses a split name")
    check(split_word(["Anna", "Jönsson"], ["Jönsson"]) is None, "split_word() sees a split between two words")
    check(split_word(["Mentor bland…", "ok"], ["bland"]) is None, "split_word() sees a split in a whole word")
    check(cut_name("Johan Sv…  avslut", "Johan Svensson"), "cut_name() misses a cut name")
    check(not cut_name("Johan Näslund  uppehåll", "Johan Svensson"), "cut_name() takes a namesake for a cut")
    check(not cut_name("x Johan Svensson y", "Johan Svensson"), "cut_name() takes a whole name for a cut")


def main():
    binary = sys.argv[1]
    check_the_checks()
    names, titles = data_words()
    words = sorted({w for text in names + titles for w in text.split() if len(w) > 1})
    for lang in ("en", "sv"):
        suggestions = json.loads(run(binary, 100, "recognize", "--format", "json", "--lang", lang))["suggestions"]
        check(suggestions, f"{lang}: the example has suggestions to check")
        for width in WIDTHS:
            for report in REPORTS:
                what = f"COLUMNS={width} {' '.join(report)} --lang {lang}"
                lines = run(binary, width, *report, "--lang", lang).split("\n")
                for line in lines:
                    check(columns(line) <= width, f"{what}: {columns(line)} columns: {line!r}")
                found = split_word(lines, words)
                check(found is None, f"{what}: a word split across lines: {found}")
                if report[0] in ("status", "feedback", "terms", "recognize"):
                    text = "\n".join(lines)
                    shown = [n for n in names if n in text]
                    check(shown, f"{what}: some names shown")
                    for name in names:
                        if cut_name(text, name):
                            check(False, f"{what}: {name!r} is not shown whole")
                if report[0] == "recognize":
                    for s in suggestions:
                        check(any(s["action_title"] in line for line in lines),
                              f"{what}: the action {s['action_title']!r} is not whole on one line")
    if failures:
        print("\n".join(failures))
        return 1
    print(f"ok: {len(REPORTS)} reports at {len(WIDTHS)} widths in 2 languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
