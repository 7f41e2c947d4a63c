#!/usr/bin/env python3
"""The nominating committee's calendar against values worked out by hand from SPEC.md "Mandates", not from the code.

The data (nominations/data.yaml): the annual meeting is on 2027-03-20 and nominations_due is 4w, so every nomination
question is due 2027-03-20 - 28 days = 2027-02-20. due_soon is the default 14 days, so on
  2027-01-15 it is upcoming (36 days ahead), on 2027-02-10 due-soon (10 days ahead), on 2027-02-25 overdue by 5 days,
  on 2027-03-20 (the meeting's own day: as_of <= annual_meeting still holds) overdue by 28 days (but jon's
  term ended on 2027-03-01: no longer active, no question),
  and on 2027-03-21 the meeting has passed: no question at all.
Who is asked (an active assignment ending on or before the meeting): ada, ben, cia, dag, fia, gus, ivy (her second
term), jon (steward, ends 2027-03-01). Not eva (ends 2028), hal (open-ended: no role has a term), kim (ends 2027-04-30, after it), nor
ivy's first term (ended 2025-03-19, not active).
The answer is the latest nomination event for the assignment's role dated in [start, as_of]:
  ben yes from 2027-01-10 (done), cia undecided from 2027-01-20 (still open), dag no from 2027-02-01 (done);
  ivy's yes of 2024-12-01 is before her current term's start and jon's yes is for the board, not his steward
  role, so both have none.
status --format json shows the question on each such assignment in every state (fia's while paused, gus's after he
left: as milestones are), but only people who count (active, unpaused) have it as an open item: the next step (with
feedback every 5 years nothing else is open) and the overdue count.
terms lists up to the annual meeting when it lies ahead (2027-03-20), else as_of + the 3m renewal window; gus has
left and is not listed; the answer is shown whether or not the meeting lies ahead.
Usage: nominations_hand_worked.py BINARY
"""
import csv
import io
import json
import os
import subprocess
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nominations")
DUE = "2027-02-20"
ASKED = ["ada", "ben", "cia", "dag", "fia", "gus", "ivy", "jon"]


def open_state(state, days=None, answer=None, answered=None):
    worked = {"due": DUE, "state": state, "answer": answer}
    if days is not None:
        worked["days_overdue"] = days
    if answered:
        worked["answered"] = answered
    return worked


def done(answer, answered):
    return {"due": DUE, "state": "done", "answer": answer, "answered": answered}


# By day: each person asked, the nomination object of their assignment ending at the meeting.
NOMINATIONS = {
    "2027-01-15": {
        "ada": open_state("upcoming"), "ben": done("yes", "2027-01-10"), "cia": open_state("upcoming"),
        "dag": open_state("upcoming"), "fia": open_state("upcoming"), "gus": open_state("upcoming"),
        "ivy": open_state("upcoming"), "jon": open_state("upcoming"),
    },
    "2027-02-10": {
        "ada": open_state("due-soon"), "ben": done("yes", "2027-01-10"),
        "cia": open_state("due-soon", answer="undecided", answered="2027-01-20"), "dag": done("no", "2027-02-01"),
        "fia": open_state("due-soon"), "gus": open_state("due-soon"), "ivy": open_state("due-soon"),
        "jon": open_state("due-soon"),
    },
    "2027-02-25": {
        "ada": open_state("overdue", 5), "ben": done("yes", "2027-01-10"),
        "cia": open_state("overdue", 5, "undecided", "2027-01-20"), "dag": done("no", "2027-02-01"),
        "fia": open_state("overdue", 5), "gus": open_state("overdue", 5), "ivy": open_state("overdue", 5),
        "jon": open_state("overdue", 5),
    },
    "2027-03-20": {
        "ada": open_state("overdue", 28), "ben": done("yes", "2027-01-10"),
        "cia": open_state("overdue", 28, "undecided", "2027-01-20"), "dag": done("no", "2027-02-01"),
        "fia": open_state("overdue", 28), "gus": open_state("overdue", 28), "ivy": open_state("overdue", 28),
    },  # jon's term ended on 2027-03-01: no longer active, so no question
    "2027-03-21": {},
}

# Who counts on the day (active, not paused, not left): fia is paused from 2027-02-01, gus left on 2027-02-01.
COUNTS = {
    "2027-01-15": {"ada", "ben", "cia", "dag", "eva", "fia", "gus", "hal", "ivy", "jon", "kim"},
}
for day in ["2027-02-10", "2027-02-25"]:
    COUNTS[day] = COUNTS["2027-01-15"] - {"fia", "gus"}
COUNTS["2027-03-20"] = COUNTS["2027-02-25"] - {"jon"}  # his term has ended
COUNTS["2027-03-21"] = {"eva", "hal", "kim"}  # the terms ending at the meeting have ended

# terms --format json by day: (rep, end, nomination) in the report's order (end date, then id).
TERMS = {
    # until the meeting: cia's undecided is still to come, and dag's no; gus has not left yet
    "2027-01-15": ("2027-03-20", [("jon", "2027-03-01", None), ("ada", "2027-03-20", None),
                                  ("ben", "2027-03-20", "yes"), ("cia", "2027-03-20", None),
                                  ("dag", "2027-03-20", None), ("fia", "2027-03-20", None),
                                  ("gus", "2027-03-20", None), ("ivy", "2027-03-20", None)]),
    "2027-02-25": ("2027-03-20", [("jon", "2027-03-01", None), ("ada", "2027-03-20", None),
                                  ("ben", "2027-03-20", "yes"), ("cia", "2027-03-20", "undecided"),
                                  ("dag", "2027-03-20", "no"), ("fia", "2027-03-20", None),
                                  ("ivy", "2027-03-20", None)]),
    # after the meeting: as_of + 3m; only kim's term ends in [2027-03-21, 2027-06-21]
    "2027-03-21": ("2027-06-21", [("kim", "2027-04-30", None)]),
}


def run_text(binary, as_of, *args):
    result = subprocess.run([binary, "--data", DATA, "--as-of", as_of, *args], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} --as-of {as_of} exited {result.returncode}: {result.stderr}")
    return result.stdout


def run(binary, as_of, *args):
    return json.loads(run_text(binary, as_of, *args))


def main():
    binary = sys.argv[1]
    failures = []

    def expect(what, got, wanted):
        if got != wanted:
            failures.append(f"{what}: got {got!r}, worked out {wanted!r}")

    for day, worked in NOMINATIONS.items():
        status = run(binary, day, "status", "--format", "json", "--all", "--sort", "name")
        for person in status["representatives"]:
            rep = person["id"]
            for assignment in person["assignments"]:
                ends_at_meeting = assignment["end"] in ("2027-03-20", "2027-03-01") and assignment["start"] >= "2025"
                wanted = worked.get(rep) if ends_at_meeting else None
                expect(f"{day} {rep} {assignment['role']} {assignment['start']} nomination",
                       assignment.get("nomination"), wanted)
            # The open item: the next step of those who count, when their question is open.
            question = worked.get(rep)
            counts = rep in COUNTS.get(day, set())
            step = person["next_step"]
            if question and question["state"] != "done" and counts:
                wanted_step = {"kind": "nomination", "role": "steward" if rep == "jon" else "board", "due": DUE,
                               "state": question["state"]}
                if "days_overdue" in question:
                    wanted_step["days_overdue"] = question["days_overdue"]
                expect(f"{day} {rep} next_step", step, wanted_step)
            else:
                expect(f"{day} {rep} next_step kind", step and step["kind"], "feedback" if counts else None)

        # The overdue count of the exports' summary: only those who count.
        export = run(binary, day, "export", "json")
        overdue = sum(1 for rep, question in worked.items()
                      if question["state"] == "overdue" and rep in COUNTS.get(day, set()))
        expect(f"{day} export summary overdue nominations", export["summary"]["overdue"]["nominations"], overdue)

    for day, (until, rows) in TERMS.items():
        terms = run(binary, day, "terms", "--format", "json")
        expect(f"{day} terms until", terms["until"], until)
        expect(f"{day} terms", [(t["rep"], t["end"], t["nomination"]) for t in terms["terms"]], rows)
    # An explicit --until still wins, and the answer is there after the meeting too.
    terms = run(binary, "2027-02-25", "terms", "--format", "json", "--until", "2027-05-01")
    expect("terms --until 2027-05-01 kim", [(t["rep"], t["nomination"]) for t in terms["terms"]][-1], ("kim", None))

    # show --format csv: the nomination row carries the answer so far (none: an empty cell).
    for rep, question in NOMINATIONS["2027-02-25"].items():
        if rep in COUNTS["2027-02-25"]:
            rows = [row for row in csv.DictReader(io.StringIO(run_text(binary, "2027-02-25", "show", rep, "--format",
                                                                       "csv"))) if row["kind"] == "nomination"]
            expect(f"show {rep} csv nomination", [(r["state"], r["date"], r["answer"]) for r in rows],
                   [(question["state"], question.get("answered", ""), question["answer"] or "")])

    for failure in failures:
        print(failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
