#!/usr/bin/env python3
"""`export ics`, read back by an independent parser (Debian's python3-icalendar).

- The union example's feed parses. By default everything is an all-day VEVENT (no VTODO, no METHOD): every open
  item the JSON export lists is there on its due date, marked overdue (in the feed's language) while it is, and
  done ones are not; with --todos, every item is a VTODO with the right dates and states, as before. The
  README's stories (examples/README.md) are in it on their days.
- No two items for the same thing, on a small data set worked out by hand (FEED_DATA): two terms of one role back
  to back give a shared milestone once, an ended assignment gives nothing, and a repeating milestone due after
  its assignment's end gives no item.
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


def expected_todos(state, after_end):
    """What the feed must hold, from the JSON export: milestones of counting assignments, feedback, goals; those
    that would repeat after their assignment's end go to after_end instead."""
    todos = {}
    for rep in state["representatives"]:
        counts = rep["active"] and not rep["paused"]
        for a in rep["assignments"]:
            if not (a["active"] and counts):
                continue
            for m in a["milestones"]:
                uid = f"milestone.{rep['id']}.{a['role']}.{a['start']}.{m['id']}@repjourney"
                if m["repeating"] and a["end"] and day(m["due"]) > day(a["end"]):
                    after_end.add(uid)  # next due after the assignment ends: no item
                    continue
                todos[uid] = (m["due"], m.get("done") if m["state"] == "done" else None, m["state"] == "overdue")
        if rep["feedback"]:
            feedback = rep["feedback"]
            todos[f"feedback.{rep['id']}@repjourney"] = (feedback["next_due"], None, feedback["state"] == "overdue")
        if counts:
            for g in rep["goals"]:
                done = g["done"] if g["state"] == "done" else None
                todos[f"goal.{rep['id']}.{g['id']}@repjourney"] = (g["due"], done, g["state"] == "overdue")
    return todos


def same_task_elsewhere(uid, items):
    """Another item of the same person, role and milestone in the feed: a task two assignments share."""
    kind, rep, role, _, milestone = uid.split("@")[0].split(".", 4)
    return kind == "milestone" and any(
        other != uid and other.startswith(f"milestone.{rep}.{role}.") and other.split("@")[0].endswith("." + milestone)
        for other in items)


def check_union(binary):
    feed = run(binary, "-d", UNION, "--as-of", AS_OF, "export", "ics")
    check(feed == run(binary, "-d", UNION, "--as-of", AS_OF, "export", "ics"), "two runs differ")
    check(b"METHOD:" not in feed, "the feed has a METHOD: a subscription feed is not an iTIP message")
    check_lines(feed)
    calendar, items = components(feed)
    check(str(calendar["VERSION"]) == "2.0", "VERSION is not 2.0")
    check("PRODID" in calendar, "no PRODID")
    check(all(item.name == "VEVENT" for item in items.values()), "the default feed has a to-do")

    todos_feed = run(binary, "-d", UNION, "--as-of", AS_OF, "export", "ics", "--todos")
    check(b"METHOD:" not in todos_feed, "the --todos feed has a METHOD")
    check_lines(todos_feed)
    _, todo_items = components(todos_feed)

    state = json.loads(run(binary, "-d", UNION, "--as-of", AS_OF, "export", "json"))
    after_end = set()
    todos = expected_todos(state, after_end)
    for uid in after_end:
        check(uid not in items and uid not in todo_items, f"{uid} falls due after its assignment ends, yet is there")
    check(after_end, "no milestone repeats after its assignment's end: is the example still the one we know?")
    for uid, (due, done, overdue) in todos.items():
        # The JSON lists each assignment's milestones; the feed gives a task two of them share once.
        item = todo_items.get(uid)
        check(item is not None or same_task_elsewhere(uid, todo_items), f"--todos: missing {uid}")
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

        # By default, the same item as an all-day event on its due date while it is open; done, it is gone.
        event = items.get(uid)
        if done or not due:
            check(event is None, f"{uid}: done or without a day, yet an event")
            continue
        check(event is not None, f"missing the event {uid}")
        if event is None:
            continue
        check(date_of(event, "DTSTART") == day(due), f"{uid}: DTSTART {date_of(event, 'DTSTART')}, expected {due}")
        check(date_of(event, "DTEND") == day(due) + datetime.timedelta(days=1), f"{uid}: not one whole day")
        summary = str(event["SUMMARY"])
        # The union branch writes Swedish.
        check(summary.startswith("Försenat: ") == overdue, f"{uid}: SUMMARY {summary!r}, overdue: {overdue}")
        check(summary.removeprefix("Försenat: ") == str(item["SUMMARY"]), f"{uid}: the event's SUMMARY {summary!r}")
    check(len(todos) > 100, f"only {len(todos)} to-dos expected: is the example still the one we know?")
    check(any(overdue for _, done, overdue in todos.values()), "nothing overdue: is the example still the one we know?")

    # The stories of examples/README.md, on their days.
    stories = {
        "milestone.jenny-hagglund.skyddsombud.2026-06-01.mentor@repjourney": ("DTSTART", "2026-06-15", "overdue"),
        "feedback.ali-hassan@repjourney": ("DTSTART", "2026-08-10", "overdue"),
        "goal.ali-hassan.osa-kurs@repjourney": ("DTSTART", "2026-10-31", "overdue"),
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
        check(item.name == "VEVENT", f"{uid} is a {item.name}")
        check(date_of(item, "DTEND") == day(date) + datetime.timedelta(days=1), f"{uid}: not one whole day")
        check(str(item["SUMMARY"]).startswith("Försenat: ") == (status == "overdue"), f"{uid}: {item['SUMMARY']}")
    # Johan is paused and Per has left: nothing of theirs is chased (Johan's term end and anniversary stay).
    for uid, item in list(items.items()) + list(todo_items.items()):
        if uid.split(".")[0] in ("milestone", "feedback", "goal"):
            check(rep_of(uid) not in ("johan-naslund", "per-ostlund"), f"{uid}: a paused or departed person's task")
        check(rep_of(uid) != "per-ostlund", f"{uid}: someone who left is in the feed")

    # A week later: what is still there keeps its UID, so a calendar updates it instead of adding it again.
    later = run(binary, "-d", UNION, "--as-of", "2026-11-30", "export", "ics", "--todos")
    _, later_items = components(later)
    kept = [uid for uid in todo_items if uid in later_items]
    check(len(kept) > 0.9 * len(todo_items), f"only {len(kept)} of {len(todo_items)} UIDs survive a week")

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
        feed = run(binary, "-d", scratch, "--as-of", "2026-11-23", "export", "ics", "--todos")
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


# Worked out by hand for 2026-11-23 (feedback every 8w = 56 days, from the latest feedback or the start):
# - ann holds the steward role twice back to back. The welcome call (scope: role) was done in the first term and
#   counts in both: one to-do, the first term's. The check-in, last done 2026-09-01, is next due 2026-12-01, after
#   the first term ends: only the second term's. The course is each term's own: the first's done, the second's
#   due 2027-01-01. Feedback 2026-11-01 + 56 days = 2026-12-27.
# - bo's first term ended in 2025: nothing of it. His second, open since 2026-03-01: the welcome call done in 2024
#   counts (scope: role); the check-in first due 2026-06-01 and the course 2026-04-01, both overdue. Feedback
#   2026-08-01 + 56 days = 2026-09-26, overdue.
# - cy's one term ends 2026-12-31: the check-in done 2026-10-10 is next due 2027-01-10, after it, so no item. The
#   welcome call is due 2026-06-08 and the course 2026-07-01, both overdue; feedback 2026-06-01 + 56 = 2026-07-27.
FEED_DATA = """\
organisation:
  name: Feed test
  feedback_every: 8w
roles:
  - id: steward
    title: Steward
    journey:
      - {id: welcome, title: Welcome call, due: 1w}
      - {id: checkin, title: Check-in, due: 3m, every: 3m}
      - {id: course, title: Course, due: 1m, scope: term}
representatives:
  - id: ann
    name: Ann
    assignments:
      - {role: steward, start: 2025-12-01, end: 2026-11-30}
      - {role: steward, start: 2026-12-01, end: 2028-11-30}
  - id: bo
    name: Bo
    assignments:
      - {role: steward, start: 2024-01-01, end: 2025-12-31}
      - {role: steward, start: 2026-03-01}
  - id: cy
    name: Cy
    assignments:
      - {role: steward, start: 2026-06-01, end: 2026-12-31}
events:
  - {date: 2024-01-03, rep: bo, type: milestone, milestone: welcome}
  - {date: 2025-12-05, rep: ann, type: milestone, milestone: welcome}
  - {date: 2025-12-20, rep: ann, type: milestone, milestone: course}
  - {date: 2026-08-01, rep: bo, type: feedback}
  - {date: 2026-09-01, rep: ann, type: milestone, milestone: checkin}
  - {date: 2026-10-10, rep: cy, type: milestone, milestone: checkin}
  - {date: 2026-11-01, rep: ann, type: feedback}
"""

# UID: (day, done, overdue): DUE or DTSTART; the day it was done, for a to-do; overdue on 2026-11-23.
FEED_TASKS = {
    "milestone.ann.steward.2025-12-01.welcome": ("2025-12-08", "2025-12-05", False),
    "milestone.ann.steward.2025-12-01.course": ("2026-01-01", "2025-12-20", False),
    "milestone.ann.steward.2026-12-01.checkin": ("2026-12-01", None, False),
    "milestone.ann.steward.2026-12-01.course": ("2027-01-01", None, False),
    "feedback.ann": ("2026-12-27", None, False),
    "milestone.bo.steward.2026-03-01.welcome": ("2026-03-08", "2024-01-03", False),
    "milestone.bo.steward.2026-03-01.checkin": ("2026-06-01", None, True),
    "milestone.bo.steward.2026-03-01.course": ("2026-04-01", None, True),
    "feedback.bo": ("2026-09-26", None, True),
    "milestone.cy.steward.2026-06-01.welcome": ("2026-06-08", None, True),
    "milestone.cy.steward.2026-06-01.course": ("2026-07-01", None, True),
    "feedback.cy": ("2026-07-27", None, True),
}


def check_one_item_per_task(binary):
    with tempfile.TemporaryDirectory() as scratch:
        with open(os.path.join(scratch, "data.yaml"), "w", encoding="utf-8") as f:
            f.write(FEED_DATA)
        events = run(binary, "-d", scratch, "--as-of", "2026-11-23", "export", "ics")
        todos = run(binary, "-d", scratch, "--as-of", "2026-11-23", "export", "ics", "--todos")
        swedish = run(binary, "-d", scratch, "--as-of", "2026-11-23", "--lang", "sv", "export", "ics")
    for name, feed in (("events", events), ("--todos", todos)):
        check(b"METHOD:" not in feed, f"{name}: the feed has a METHOD")
        check_lines(feed)
    tasks = lambda items: {uid.split("@")[0]: item for uid, item in items.items()  # noqa: E731
                           if uid.split(".")[0] in ("milestone", "feedback", "goal")}

    _, todo_items = components(todos)
    todo_tasks = tasks(todo_items)
    check(set(todo_tasks) == set(FEED_TASKS), f"--todos: tasks {sorted(todo_tasks)}, expected {sorted(FEED_TASKS)}")
    for uid, (due, done, _) in FEED_TASKS.items():
        item = todo_tasks.get(uid)
        if item is None:
            continue
        check(item.name == "VTODO", f"--todos: {uid} is a {item.name}")
        check(date_of(item, "DUE") == day(due), f"--todos: {uid}: DUE {date_of(item, 'DUE')}, expected {due}")
        check(str(item["STATUS"]) == ("COMPLETED" if done else "NEEDS-ACTION"), f"--todos: {uid}: {item['STATUS']}")
        if done:
            check(date_of(item, "COMPLETED") == day(done), f"--todos: {uid}: COMPLETED {date_of(item, 'COMPLETED')}")

    for language, feed, marker in (("en", events, "Overdue: "), ("sv", swedish, "Försenat: ")):
        _, items = components(feed)
        check(all(item.name == "VEVENT" for item in items.values()), f"{language}: the default feed has a to-do")
        event_tasks = tasks(items)
        open_tasks = {uid for uid, (_, done, _) in FEED_TASKS.items() if not done}
        check(set(event_tasks) == open_tasks, f"{language}: events {sorted(event_tasks)}, expected {sorted(open_tasks)}")
        for uid in open_tasks & set(event_tasks):
            due, _, overdue = FEED_TASKS[uid]
            event = event_tasks[uid]
            check(date_of(event, "DTSTART") == day(due), f"{language}: {uid}: DTSTART {date_of(event, 'DTSTART')}")
            check(date_of(event, "DTEND") == day(due) + datetime.timedelta(days=1), f"{language}: {uid}: not a day")
            summary = str(event["SUMMARY"])
            check(summary.startswith(marker) == overdue, f"{language}: {uid}: SUMMARY {summary!r}")
            if language == "en":
                check(summary.removeprefix(marker) == str(todo_tasks[uid]["SUMMARY"]), f"{uid}: {summary!r}")


def main():
    binary = os.path.abspath(sys.argv[1])
    check_union(binary)
    check_escaping(binary)
    check_one_item_per_task(binary)
    if failures:
        sys.exit("export ics:\n  " + "\n  ".join(failures))
    print("export ics: parsed by python3-icalendar; items, dates and states as expected; UIDs stable")


if __name__ == "__main__":
    main()
