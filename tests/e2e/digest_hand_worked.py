#!/usr/bin/env python3
"""`remind` against figures worked out by hand from SPEC.md and issue 21, not from the code.

The data (digest_hand_worked/data.yaml): a steward's welcome call is due 1 week after the start, the basic course
3 months after it; feedback every year, so none falls due; no recognition suggestions (no anniversaries, quiet
after 5 years). Last week's digest is the one of as_of - 7 days, over as many days.

  ada (max)  starts 2026-08-02: welcome due 08-09, course due 11-02; neither done.
  ben (max)  starts 2026-09-01, welcome done 09-02: course due 12-01.
  cid (cora) starts 2026-11-20: welcome due 11-27.
  dot (max)  starts 2026-11-25: welcome due 12-02.
  eve (cora) starts 2026-06-01, welcome done 06-03: course due 09-01, done 11-24.

As of Monday 2026-11-23 (week 48, 23-29 Nov; last week 16-22 Nov, when cid and dot had not started):
  max:  ada welcome (overdue, overdue last week too), ada course (the same)         0 new, 2 open
  cora: eve course (overdue, the same), cid welcome (due 11-27; not started then)  1 new, 1 open
  all:  1 new, 3 still open
As of Monday 2026-11-30 (week 49, 30 Nov-6 Dec; last week 23-29 Nov):
  max:  ada welcome, ada course (both open last week); ben course (12-01) and dot welcome (12-02), new
                                                                                    2 new, 2 open
  cora: cid welcome (overdue since 11-27; due last week), eve's course done 11-24  0 new, 1 open
  all:  2 new, 3 still open
Escalation (4 weeks, to cora): overdue longer than 28 days, so due + 28 days before as_of; cora's own people
stay in her own sections. On 2026-11-23 and 2026-11-30: ada's welcome call (due 08-09; 08-09 + 28 = 09-06) under
"Open for more than 4 weeks: Max Berg"; ada's course (due 11-02) is 21 and then exactly 28 days overdue: not
escalated. max's digest has no such section; cora's summary ends "1 open for more than 4 weeks with others".
Subjects on 2026-11-30: "Repjourney week 49: 2 new, 2 open – Hand Worked Branch" (max) and
"Repjourney week 49: 0 new, 1 open – Hand Worked Branch" (cora).
With the name "Hand Worked Branch of the Federation of Independent Trail Maintenance Volunteers" (80 characters)
max's subject has 78 - 36 ("Repjourney week 49: 2 new, 2 open – ") - 1 ("…") = 41 characters for it: "Hand Worked
Branch of the Federation of I" ends inside a word, so it is cut at the space before: 36 + 39 + 1 = 76 characters.
As of Monday 2026-05-04 nobody has started: nothing is printed, and with --always each coordinator's part says
"nothing to do this week".

Usage: digest_hand_worked.py BINARY
"""
import email
import email.policy
import os
import re
import subprocess
import sys
import tempfile

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "digest_hand_worked")
LONG_NAME = "Hand Worked Branch of the Federation of Independent Trail Maintenance Volunteers"

failures = []


def fail(message):
    failures.append(message)


def remind(binary, data, as_of, *args):
    env = dict(os.environ, TZ="Europe/Stockholm")
    env.pop("REPJOURNEY_DATA", None)
    out = subprocess.run([binary, "remind", "--as-of", as_of, "-d", data, *args], capture_output=True, text=True,
                         env=env)
    if out.returncode != 0:
        fail(f"remind --as-of {as_of} {' '.join(args)}: exit {out.returncode}: {out.stderr}")
    return out.stdout


def parts(text):
    """The summary of a text digest, and {coordinator heading: ["NEW Person: text" or "Person: text"]} from the
    people's blocks, leaving out the sections after them ("Open for more than …", which hold other coordinators'
    items, and notes)."""
    groups = {}
    current = None
    person = None
    lines = text.splitlines()
    summary = []
    for line in lines[3:]:
        if not line:
            break
        summary.append(line)
    summary = " ".join(summary)
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and re.fullmatch(r"-+", lines[i + 1]) and line:
            current = groups.setdefault(line, [])
            person = None
        elif current is not None and line and not line.startswith(" ") and not re.fullmatch(r"-+", line):
            section = line.startswith("Open for more than") or line == "Notes"
            person = None if section else line.split(",")[0]
        elif person is not None and line.startswith("  - "):
            text = line[4:]
            current.append("NEW " + person + ": " + text[4:] if text.startswith("NEW ") else person + ": " + text)
        elif person is not None and line.startswith("    ") and not line.startswith("      ") and current:
            current[-1] += " " + line.strip()
    return summary, groups


def names(lines, new):
    """The people of the lines marked NEW (new=True) or not."""
    found = []
    for line in lines:
        is_new = line.startswith("NEW ")
        if is_new == new:
            found.append(line[4 if is_new else 0:].split(":")[0])
    return sorted(found)


def check_week(binary, as_of, summary_start, expected):
    summary, groups = parts(remind(binary, DATA, as_of))
    if not summary.startswith(summary_start):
        fail(f"{as_of}: summary {summary!r}, expected it to start with {summary_start!r}")
    for heading, (new, old) in expected.items():
        lines = groups.get(heading, [])
        if names(lines, True) != sorted(new) or names(lines, False) != sorted(old):
            fail(f"{as_of}: {heading}: new {names(lines, True)}, open {names(lines, False)}; "
                 f"expected {sorted(new)}, {sorted(old)}")


def subjects(binary, data, as_of):
    with tempfile.TemporaryDirectory() as directory:
        remind(binary, data, as_of, "--format", "email", "--split", directory)
        found = {}
        for name in sorted(os.listdir(directory)):
            with open(os.path.join(directory, name), "rb") as f:
                message = email.message_from_binary_file(f, policy=email.policy.default)
            found[name.removesuffix(".eml")] = str(message["Subject"])
        return found


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = sys.argv[1]

    check_week(binary, "2026-11-23", "1 new, 3 still open:",
               {"Max Berg": ([], ["Ada Ek", "Ada Ek"]), "Cora Chair": (["Cid Berg"], ["Eve Holm"])})
    check_week(binary, "2026-11-30", "2 new, 3 still open:",
               {"Max Berg": (["Ben Alm", "Dot Lund"], ["Ada Ek", "Ada Ek"]), "Cora Chair": ([], ["Cid Berg"])})

    for as_of in ("2026-11-23", "2026-11-30"):
        summary, groups = parts(remind(binary, DATA, as_of))
        section = remind(binary, DATA, as_of, "--coordinator", "cora")
        if "Open for more than 4 weeks: Max Berg" not in section or "Open for more than" in remind(
                binary, DATA, as_of, "--coordinator", "max"):
            fail(f"{as_of}: the escalation section is not in cora's digest alone")
        tail = section.split("Open for more than 4 weeks: Max Berg", 1)[-1]
        if [line[4:].split(":")[0] for line in tail.splitlines() if line.startswith("  - ")] != ["Ada Ek"] or \
                "Welcome call" not in tail:
            fail(f"{as_of}: escalated {tail!r}, expected ada's welcome call alone")
        if not summary.endswith("1 open for more than 4 weeks with others"):
            fail(f"{as_of}: summary {summary!r}")

    with tempfile.TemporaryDirectory() as directory:  # --split: cora's message has the section, max's not
        remind(binary, DATA, "2026-11-30", "--format", "email", "--split", directory)
        bodies = {}
        for name in ("cora", "max"):
            with open(os.path.join(directory, name + ".eml"), "rb") as f:
                message = email.message_from_binary_file(f, policy=email.policy.default)
            bodies[name] = message.get_body(("plain",)).get_content()
        if "Open for more than 4 weeks: Max Berg" not in bodies["cora"] or "Open for more than" in bodies["max"]:
            fail("--split: the escalation section is not in cora's message alone")

    found = subjects(binary, DATA, "2026-11-30")
    expected = {"max": "Repjourney week 49: 2 new, 2 open – Hand Worked Branch",
                "cora": "Repjourney week 49: 0 new, 1 open – Hand Worked Branch"}
    if found != expected:
        fail(f"subjects {found}, expected {expected}")

    with tempfile.TemporaryDirectory() as scratch:
        data = os.path.join(scratch, "data.yaml")
        with open(os.path.join(DATA, "data.yaml"), encoding="utf-8") as f:
            text = f.read().replace("name: Hand Worked Branch", f"name: {LONG_NAME}", 1)
        with open(data, "w", encoding="utf-8") as f:
            f.write(text)
        subject = subjects(binary, data, "2026-11-30").get("max", "")
        want = "Repjourney week 49: 2 new, 2 open – Hand Worked Branch of the Federation of…"
        if subject != want or len(subject) != 76:
            fail(f"long name: subject {subject!r} ({len(subject)} characters), expected {want!r} (76)")

    if remind(binary, DATA, "2026-05-04") != "":
        fail("2026-05-04: a week with nothing to do printed something")
    summary, groups = parts(remind(binary, DATA, "2026-05-04", "--always"))
    if summary != "nothing to do this week" or sorted(groups) != ["Cora Chair", "Max Berg"]:
        fail(f"2026-05-04 --always: summary {summary!r}, parts {sorted(groups)}")
    if subjects(binary, DATA, "2026-05-04") != {}:
        fail("2026-05-04: mail in a week with nothing to do")
    with tempfile.TemporaryDirectory() as directory:
        remind(binary, DATA, "2026-05-04", "--format", "email", "--split", directory, "--always")
        always = sorted(os.listdir(directory))
    if always != ["cora.eml", "max.eml"]:
        fail(f"2026-05-04 --always: messages {always}")

    for message in failures:
        print(f"FAIL: {message}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
