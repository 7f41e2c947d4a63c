#!/usr/bin/env python3
"""`export ics`, read back by an independent parser (Debian's python3-icalendar).

- The union example's feed parses; every item the JSON export says is there is there, with the right dates
  and states; the README's stories (examples/README.md) are in it on their days.
- UIDs are stable: two runs give the same bytes, and a run a week later keeps the UIDs of what is still there.
- Lines end in CRLF and hold at most 75 octets; commas, semicolons, backslashes and newlines survive the trip.

Usage: export_ics.py BINARY
"""
import datetime
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from debian_python import require  # noqa: E402
from e2e_common import ROOT, check, failures, run_ok as run  # noqa: E402

require("icalendar")
import icalendar  # noqa: E402

UNION = os.path.join(ROOT, "examples", "union-branch")
AS_OF = "2026-11-23"


def day(text):
    return datetime.date.fromisoformat(text)


def components(feed):
    calendar = icalendar.Calendar.from_ical(feed)
    items = {}
    for component in calendar.walk():
        if component.name in ("VTODO", "VEVENT"):
            uid = str(component["UID"])
            check(uid not in items, f"UID {uid} appears twice")
            items[uid] = component
    return calendar, items


def rep_of(uid):
    """The representative a UID is about: KIND.REP[.MORE]@repjourney."""
    return uid.split("@")[0].split(".")[1]


def date_of(component, name):
    value = component.decoded(name)
    return value.date() if isinstance(value, datetime.datetime) else value


def check_lines(feed):
    check(feed.endswith(b"\r\n"), "the feed does not end in CRLF")
    for number, line in enumerate(feed.split(b"\r\n")[:-1], 1):
        check(b"\n" not in line and b"\r" not in line, f"line {number} has a bare line break")
        check(len(line) <= 75, f"line {number} has {len(line)} octets")


def expected_todos(state):
    """What the feed must hold, from the JSON export: milestones of counting assignments, feedback, goals."""
    todos = {}
    for rep in state["representatives"]:
        counts = rep["active"] and not rep["paused"]
        for a in rep["assignments"]:
            if not (a["active"] and counts):
                continue
            for m in a["milestones"]:
                uid = f"milestone.{rep['id']}.{a['role']}.{a['start']}.{m['id']}@repjourney"
                todos[uid] = (m["due"], m.get("done") if m["state"] == "done" else None)
        if rep["feedback"]:
            todos[f"feedback.{rep['id']}@repjourney"] = (rep["feedback"]["next_due"], None)
        if counts:
            for g in rep["goals"]:
                done = g["done"] if g["state"] == "done" else None
                todos[f"goal.{rep['id']}.{g['id']}@repjourney"] = (g["due"], done)
    return todos


def check_union(binary):
    feed = run(binary, "-d", UNION, "--as-of", AS_OF, "export", "ics")
    check(feed == run(binary, "-d", UNION, "--as-of", AS_OF, "export", "ics"), "two runs differ")
    check_lines(feed)
    calendar, items = components(feed)
    check(str(calendar["VERSION"]) == "2.0", "VERSION is not 2.0")
    check("PRODID" in calendar, "no PRODID")

    state = json.loads(run(binary, "-d", UNION, "--as-of", AS_OF, "export", "json"))
    todos = expected_todos(state)
    for uid, (due, done) in todos.items():
        item = items.get(uid)
        check(item is not None, f"missing {uid}")
        if item is None:
            continue
        check(item.name == "VTODO", f"{uid} is a {item.name}")
        if due:
            check(date_of(item, "DUE") == day(due), f"{uid}: DUE {date_of(item, 'DUE')}, expected {due}")
        status = str(item["STATUS"])
        if done:
            check(status == "COMPLETED", f"{uid}: STATUS {status}, expected COMPLETED")
            check(date_of(item, "COMPLETED") == day(done), f"{uid}: COMPLETED {date_of(item, 'COMPLETED')}")
        else:
            check(status == "NEEDS-ACTION", f"{uid}: STATUS {status}, expected NEEDS-ACTION")
        check(str(item["DTSTAMP"].dt.date()) == AS_OF, f"{uid}: DTSTAMP is not as_of")
        check(str(item["SUMMARY"]).strip(), f"{uid}: no SUMMARY")
        check(str(item["DESCRIPTION"]).strip(), f"{uid}: no DESCRIPTION")
    check(len(todos) > 100, f"only {len(todos)} to-dos expected: is the example still the one we know?")

    # The stories of examples/README.md, on their days.
    stories = {
        "milestone.jenny-hagglund.skyddsombud.2026-06-01.mentor@repjourney": ("DUE", "2026-06-15", "NEEDS-ACTION"),
        "feedback.ali-hassan@repjourney": ("DUE", "2026-08-10", "NEEDS-ACTION"),
        "goal.ali-hassan.osa-kurs@repjourney": ("DUE", "2026-10-31", "NEEDS-ACTION"),
        "anniversary.asa-oberg.10y@repjourney": ("DTSTART", "2026-12-05", None),
        "anniversary.marta-jonsson.2y@repjourney": ("DTSTART", "2026-12-01", None),
        "term.marta-jonsson.arbetsplatsombud.2024-12-01@repjourney": ("DTSTART", "2026-11-30", None),
    }
    for uid, (field, date, status) in stories.items():
        item = items.get(uid)
        check(item is not None, f"missing {uid} (examples/README.md)")
        if item is None:
            continue
        check(date_of(item, field) == day(date), f"{uid}: {field} {date_of(item, field)}, expected {date}")
        if status:
            check(str(item["STATUS"]) == status, f"{uid}: STATUS {item['STATUS']}")
        else:
            check(item.name == "VEVENT", f"{uid} is a {item.name}")
            check(date_of(item, "DTEND") == day(date) + datetime.timedelta(days=1), f"{uid}: not one whole day")
    # Johan is paused and Per has left: nothing of theirs is chased (Johan's term end and anniversary stay).
    for uid, item in items.items():
        if item.name == "VTODO":
            check(rep_of(uid) not in ("johan-naslund", "per-ostlund"), f"{uid}: a paused or departed person's to-do")
        check(rep_of(uid) != "per-ostlund", f"{uid}: someone who left is in the feed")

    # A week later: what is still there keeps its UID, so a calendar updates it instead of adding it again.
    later = run(binary, "-d", UNION, "--as-of", "2026-11-30", "export", "ics")
    _, later_items = components(later)
    kept = [uid for uid in todos if uid in later_items]
    check(len(kept) > 0.9 * len(todos), f"only {len(kept)} of {len(todos)} UIDs survive a week")

    # One coordinator's feed holds only her people.
    leila = run(binary, "-d", UNION, "--as-of", AS_OF, "export", "ics", "--coordinator", "leila")
    _, leila_items = components(leila)
    leila_people = {rep["id"] for rep in state["representatives"] if rep["coordinator"] == "leila"}
    check(leila_items and all(rep_of(uid) in leila_people for uid in leila_items),
          "--coordinator leila lists someone else's items")


DATA = """\
organisation:
  name: "Club; with, punctuation \\\\ and more"
  feedback_every: 4w
roles:
  - id: steward
    title: "Safety, first; always \\\\ a very long role title with åäö characters that is there to need folding"
    journey:
      - {id: welcome, title: "Welcome call, part one; with a backslash \\\\", due: 1w}
representatives:
  - id: asa
    name: "Åsa Öberg, Jr.; \\\\ the second"
    assignments:
      - {role: steward, start: 2026-11-01}
events:
  - {date: 2026-11-03, rep: asa, type: milestone, milestone: welcome}
"""


def check_escaping(binary):
    with tempfile.TemporaryDirectory() as scratch:
        with open(os.path.join(scratch, "data.yaml"), "w", encoding="utf-8") as f:
            f.write(DATA)
        feed = run(binary, "-d", scratch, "--as-of", "2026-11-23", "export", "ics")
    check_lines(feed)
    _, items = components(feed)
    welcome = items.get("milestone.asa.steward.2026-11-01.welcome@repjourney")
    check(welcome is not None, "the escaping fixture's milestone is missing")
    if welcome is None:
        return
    name = "Åsa Öberg, Jr.; \\ the second"
    check(str(welcome["SUMMARY"]) == f"{name}: Welcome call, part one; with a backslash \\",
          f"SUMMARY came back as {welcome['SUMMARY']!r}")
    description = str(welcome["DESCRIPTION"])
    check(description.split("\n")[0] == f"{name} (asa)", f"DESCRIPTION came back as {description!r}")
    check(len(description.split("\n")) == 4, f"DESCRIPTION lost its lines: {description!r}")
    check(str(welcome["STATUS"]) == "COMPLETED", "the done milestone is not COMPLETED")


def main():
    binary = os.path.abspath(sys.argv[1])
    check_union(binary)
    check_escaping(binary)
    if failures:
        sys.exit("export ics:\n  " + "\n  ".join(failures))
    print("export ics: parsed by python3-icalendar; items, dates and states as expected; UIDs stable")


if __name__ == "__main__":
    main()
