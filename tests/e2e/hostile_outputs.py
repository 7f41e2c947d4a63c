#!/usr/bin/env python3
"""Hostile data never acts on whoever reads a report. A data set whose names, notes, titles,
coordinators, recognition actions, exit reasons, phone numbers, workplaces and file names carry
escape sequences, BEL, DEL, C1 controls and bidi overrides goes through every text output: no raw
control reaches stdout or stderr, and the visible form (\\e, \\xNN, \\uNNNN) does. Then every CSV
output is read back with Python's csv module: cells that look like formulas come back with a
leading "'", numbers untouched, and with --csv-raw exactly as in the data.

Usage: hostile_outputs.py BINARY
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import check, environment, failures  # noqa: E402

AS_OF = "2026-11-23"
ESC_RED = "\x1b[31m"  # SGR: would turn the rest of the terminal red
OSC_TITLE = "\x1b]0;owned\x07"  # OSC: would retitle the terminal window; ends in BEL
CLEAR = "\x1b[2J\x1b[H"  # would clear the screen
CSI_8BIT = "\u009b"  # the one-byte CSI, UTF-8 C2 9B
RLO = "\u202e"  # right-to-left override
LRI = "\u2066"  # left-to-right isolate
ALM = "\u061c"  # Arabic letter mark

# Formula-looking names, each the name of one representative (id f1..f6), and plain numbers, which are exempt
# (^-?[0-9]+(\.[0-9]+)?$, the numbers repjourney computes; a leading '+' is guarded, as OWASP lists it).
FORMULAS = {
    "f1": '=HYPERLINK("http://x")',
    "f2": "+1",
    "f3": "-2+3",
    "f4": "@SUM(A1)",
    "f5": "\tTab",
    "f6": "\rCR",
}
NUMBERS = {"n1": "-12", "n2": "1.5"}

# No raw control may reach a reader: C0 but newline and tab, DEL, C1, bidi formatting characters.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f\u061c\u202a-\u202e\u2066-\u2069]")


def yaml_quoted(text):
    """A YAML double-quoted scalar: JSON's escapes are YAML's, and non-ASCII is escaped too."""
    return '"' + "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 or ord(c) > 0x7e
                         else "\\\\" if c == "\\" else '\\"' if c == '"' else c for c in text) + '"'


def write_data(directory):
    """The hostile data set, its people and its events in files whose names carry controls."""
    os.makedirs(directory)
    q = yaml_quoted
    organisation = f"""organisation:
  name: {q("Club" + OSC_TITLE)}
  email: office@example.org
  language: en
  feedback_every: 8w
  renewal_window: 3m
  coordinators:
    - {{id: maria, name: {q("Maria" + CLEAR + " Nilsson")}, email: maria@example.org}}
  recognition:
    anniversaries: [1y]
    quiet_after: 6m
    actions:
      - {{id: thanks, title: {q("Thanks" + CSI_8BIT + "31m card")}, for: [anniversary, milestone, goal, term, quiet]}}
  exit_reasons:
    - {{id: away, title: {q("Moved" + CLEAR + " away")}}}
roles:
  - id: steward
    title: {q("Stew" + RLO + "ard")}
    description: {q("Line one" + ESC_RED + chr(10) + "Line two" + LRI)}
    expectations: [{q("Expect" + chr(7) + " much")}]
    term: 1y
    journey:
      - {{id: welcome, title: {q("Welcome" + chr(0x7f) + " call")}, due: 1w}}
      - {{id: training, title: {q("Train" + ALM + "ing")}, due: 1m, recognize: thanks}}
      - {{id: renewal-talk, title: Renewal talk, due: end-2m, scope: term}}
"""
    people = ["representatives:"]
    people.append(f"""  - id: anna
    name: {q("Anna" + ESC_RED + "Red")}
    branch: {q("North" + RLO)}
    phone: {q("070" + ESC_RED + " 123")}
    coordinator: maria
    assignments: [{{role: steward, start: 2026-01-10, workplace: {q("Volvo" + RLO + " Torslanda")}}}]
    goals: [{{id: g1, title: {q("Goal" + CLEAR)}, due: 2026-11-30}}]
  - id: gone
    name: Gone
    coordinator: maria
    left: 2026-11-10
    left_reason: away
    assignments: [{{role: steward, start: 2026-01-10}}]""")
    for rep_id, name in list(FORMULAS.items()) + list(NUMBERS.items()):
        people.append(f"""  - id: {rep_id}
    name: {q(name)}
    coordinator: maria
    assignments: [{{role: steward, start: 2026-01-10}}]""")
    # A goal whose title looks like a formula, for show's CSV.
    people[2] += "\n    goals: [{id: g2, title: \"=1+1\", due: 2027-06-01}]"
    events = f"""events:
  - {{date: 2026-02-01, rep: anna, type: feedback, by: maria, note: {q("Fine" + ESC_RED + " talk" + LRI)}}}
  - {{date: 2026-03-01, rep: anna, type: note, note: {q("Watch" + OSC_TITLE + " this")}}}
  - {{date: 2026-03-02, rep: anna, type: milestone, milestone: training}}
"""
    for name, text in [("org.yaml", organisation), ("people" + ESC_RED + RLO + ".yaml", "\n".join(people) + "\n"),
                       ("events" + CSI_8BIT + ".yaml", events)]:
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write(text)


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, env=environment(), timeout=60,
                            stdin=subprocess.DEVNULL)
    return result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")


def check_text(binary, label, args, visible, status=0):
    """The command prints no raw control, and every string of visible appears in what it prints."""
    code, out, err = run(binary, *args)
    check(code == status, f"{label}: exit {code}, expected {status}: {err[:400]}")
    for stream, text in (("stdout", out), ("stderr", err)):
        raw = RAW_CONTROL.search(text)
        check(raw is None, f"{label}: a raw {raw.group()!r} in {stream}" if raw else "")
    for needle in visible:
        check(needle in out + err, f"{label}: {needle!r} is not shown; output began:\n{(out + err)[:800]}")


def check_texts(binary, data, broken):
    d = ["-d", data, "--as-of", AS_OF]
    red, osc, clear = "\\e[31m", "\\e]0;owned\\x07", "\\e[2J\\e[H"
    check_text(binary, "status", ["status", *d], ["Anna" + red + "Red", "Welcome\\x7f call"])
    check_text(binary, "status --all", ["status", "--all", *d], ["Anna" + red + "Red"])
    check_text(binary, "show", ["show", "anna", *d],
               ["Anna" + red + "Red", "North\\u202e", "Maria" + clear + " Nilsson", "Stew\\u202eard",
                "Welcome\\x7f call", "Fine" + red + " talk\\u2066", "Watch" + osc + " this", "Goal" + clear,
                # the action after its reason is inside a sentence, so its first letter is lower-cased
                "thanks\\x9b31m card", "070" + red + " 123", "Volvo\\u202e Torslanda"])
    # Why someone left, in the organisation's own (hostile) words.
    check_text(binary, "show (left)", ["show", "gone", *d], ["moved" + clear + " away"])
    check_text(binary, "feedback", ["feedback", *d], ["Anna" + red + "Red", "Maria\\e[2J"])  # the rest is cut
    check_text(binary, "recognize", ["recognize", *d],
               ["Anna" + red + "Red", "Thanks\\x9b31m card", "moved" + clear + " away"])
    check_text(binary, "terms", ["terms", *d], ["Anna" + red + "Red", "Stew\\u202eard"])
    check_text(binary, "roles", ["roles", *d],
               ["Stew\\u202eard", "Line one" + red, "Line two\\u2066", "Expect\\x07 much", "Welcome\\x7f call"])
    # Markdown then escapes the backslashes and brackets of the visible forms, as any text's.
    check_text(binary, "roles --format markdown", ["roles", "--format", "markdown", *d], [r"Stew\\u202eard"])
    check_text(binary, "remind --format text", ["remind", "--include-notes", *d],
               ["Club" + osc, "Maria" + clear + " Nilsson", "Train\\u061cing", "Watch" + osc + " this"])
    check_text(binary, "remind --format markdown", ["remind", "--format", "markdown", "--include-notes", *d],
               [r"Club\\e\]0;owned\\x07", r"Maria\\e\[2J\\e\[H Nilsson", r"Train\\u061cing",
                r"Watch\\e\]0;owned\\x07 this"])
    check_text(binary, "record --dry-run", ["record", "note", "anna", "--note", "x", "--dry-run", *d],
               ["Would append to", "events\\x9b.yaml"])
    check_text(binary, "__complete reps", ["__complete", "reps", *d], ["Anna" + red + "Red"])
    # check on valid data, then on data with an error in a hostile file name, on a line holding raw controls.
    check_text(binary, "check", ["check", *d], ["ok:"])
    check_text(binary, "check (broken)", ["check", "-d", broken, "--as-of", AS_OF],
               ["bad\\e[31m\\u202e.yaml:2:", "unknown key 'bogus'", "# \\e[31mred\\x07\\u202e", "invalid id 'z\\e[31m'"],
               status=65)
    check_text(binary, "status (broken)", ["status", "-d", broken, "--as-of", AS_OF], ["bad\\e[31m\\u202e.yaml"],
               status=65)
    # An error message that quotes a path.
    check_text(binary, "a missing path", ["check", "-d", os.path.join(data, "gone" + ESC_RED)], ["gone\\e[31m"],
               status=66)


def csv_rows(binary, args):
    code, out, err = run(binary, *args)
    check(code == 0, f"{' '.join(args[:3])}: exit {code}: {err[:400]}")
    # newline="" keeps a CR inside a quoted cell, as the csv module asks.
    return list(csv.DictReader(io.StringIO(out, newline="")))


def check_csv(binary, data):
    d = ["-d", data, "--as-of", AS_OF]
    number = re.compile(r"^(\d+)?$")  # our counts and days: plain, or empty
    for raw in (False, True):
        extra = ["--csv-raw"] if raw else []
        mode = "--csv-raw" if raw else "guarded"
        for command, id_field, numeric in (("status", "id", ["progress_done", "progress_total", "overdue_items",
                                                             "feedback_days_overdue"]),
                                           ("feedback", "rep", ["days_overdue", "every_days"]),
                                           ("recognize", "rep", []),
                                           ("terms", "rep", [])):
            rows = csv_rows(binary, [command, "--format", "csv", *extra, *d])
            names = {row[id_field]: row["name"] for row in rows}
            for rep_id, name in FORMULAS.items():
                expected = name if raw else "'" + name
                check(names.get(rep_id) == expected,
                      f"{command} csv ({mode}): {rep_id}'s name is {names.get(rep_id)!r}, expected {expected!r}")
            for rep_id, name in NUMBERS.items():
                check(names.get(rep_id) == name, f"{command} csv ({mode}): the plain number {name!r} came back "
                                                 f"as {names.get(rep_id)!r}")
            for row in rows:
                for field in numeric:
                    check(number.match(row[field]) is not None,
                          f"{command} csv ({mode}): {field} is {row[field]!r}, not a plain number")
        # show: the timeline's titles are data too; the goal's "=" title, the milestones' plain ones.
        rows = csv_rows(binary, ["show", "f1", "--format", "csv", *extra, *d])
        titles = {row["id"]: row["title"] for row in rows}
        check(titles.get("g2") == ("=1+1" if raw else "'=1+1"), f"show csv ({mode}): goal title {titles.get('g2')!r}")
        check(titles.get("welcome", "").startswith("Welcome"), f"show csv ({mode}): {titles}")


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="repjourney-hostile-out-") as root:
        data = os.path.join(root, "data")
        write_data(data)
        broken = os.path.join(root, "broken")
        shutil.copytree(data, broken)
        with open(os.path.join(broken, "bad" + ESC_RED + RLO + ".yaml"), "w", encoding="utf-8") as f:
            # Raw controls on the line with the error: the source line echoed under the diagnostic.
            f.write("representatives:\n  - {id: zed, name: Zed, bogus: 1}  # " + ESC_RED + "red\x07" + RLO + "\n")
            # Ids cannot hold controls, but the message that says so quotes the id.
            f.write("  - {id: " + yaml_quoted("z" + ESC_RED) + ", name: Z}\n")

        check_texts(binary, data, broken)
        check_csv(binary, data)
        # Last, as it changes the data: record's confirmation names the events file.
        check_text(binary, "record", ["record", "note", "anna", "--note", "x", "-d", data, "--as-of", AS_OF],
                   ["Recorded in", "events\\x9b.yaml"])
    for failure in failures:
        print("FAIL " + failure)
    print(f"{len(failures)} failed" if failures else "no raw control in any text output; CSV cells guarded")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
