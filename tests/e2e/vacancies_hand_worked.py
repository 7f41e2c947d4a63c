#!/usr/bin/env python3
"""`vacancies --format json` against seats worked out by hand from SPEC.md "Mandates", not from the code.

The data (vacancies/data.yaml, as_of 2026-11-23, annual meeting 2027-03-15, renewal window 3m):
Prospects on as_of (no assignment, neither left nor paused): hal (Norr), ida (Syd), jon (no branch);
kim is paused, gus has an assignment to come (incoming).
A holder is leaving when the term ends before the meeting (or, after it, within 3 months of the day),
unless the answer is yes (dated by as_of) or an assignment of the seat, anyone's, starts 1 to 31 days after
the end.

On 2026-11-23:
  steward/Norr, 3 places: dag (ends 2026-12-31; "no", but his next term starts 2027-01-20, 20 days
    on: stays), ben (2027-02-28, nobody follows: leaving), ada (2027-03-15, the meeting's day, not before it, and "yes":
    stays), cia (open-ended). eva left on 2026-10-01. 4 holders of 3: vacant 0 (over-filled).
    Candidates: the Norr prospect hal.
  safety/Sawmill, 1 place: lea (ends 2026-12-31; her yes of 2026-11-30 is after as_of: leaving).
    mo's workplace is Mill. Candidates: every prospect (no branch): hal, ida, jon.
  board, 3 places: ola (ends 2027-03-14, his own term from 2027-03-15), per (2027-03-14; ulf
    starts 2027-04-14, 31 days on: stays). Vacant 1. Candidates hal, ida, jon.
  steward/Syd, 1 place: fia (ends 2027-01-15, undecided; gus starts 2027-02-16, 32 days on: too
    late: leaving). Vacant 0. Candidates ida (kim is paused).
On 2027-01-10: dag between terms, lea's term over:
  steward/Norr: ben leaving, ada, cia; vacant 0; candidates hal. (dag's next term starts before
    ben's end, not after it: no successor of ben's.)
  safety/Sawmill: no holder, vacant 1, candidates hal, ida, jon.
  board: as on as_of. steward/Syd: fia leaving, candidates ida.
On 2027-06-01, after the meeting (horizon 2027-09-01):
  steward/Norr: dag (2029-01-19), cia; vacant 1; candidates hal.
  safety/Sawmill: vacant 1, candidates hal, ida, jon.
  board: ola, ulf (both open-ended, by id); vacant 1; candidates hal, ida, jon.
  steward/Syd: gus; vacant 0; nothing to fill, no candidates.
Usage: vacancies_hand_worked.py BINARY
"""
import json
import os
import subprocess
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vacancies")
AS_OF = "2026-11-23"
EVERYONE = ["hal", "ida", "jon"]


def seat(role, branch, workplace, count, vacant, holders, candidates):
    return {"role": role, "branch": branch, "workplace": workplace, "count": count, "vacant": vacant,
            "holders": [{"rep": rep, "end": end, "leaving": leaving} for rep, end, leaving in holders],
            "candidates": candidates}


WORKED = {
    "2026-11-23": [
        seat("steward", "Norr", None, 3, 0,
             [("dag", "2026-12-31", False), ("ben", "2027-02-28", True), ("ada", "2027-03-15", False),
              ("cia", None, False)], ["hal"]),
        seat("safety", None, "Sawmill", 1, 0, [("lea", "2026-12-31", True)], EVERYONE),
        seat("board", None, None, 3, 1, [("ola", "2027-03-14", False), ("per", "2027-03-14", False)], EVERYONE),
        seat("steward", "Syd", None, 1, 0, [("fia", "2027-01-15", True)], ["ida"]),
    ],
    "2027-01-10": [
        seat("steward", "Norr", None, 3, 0,
             [("ben", "2027-02-28", True), ("ada", "2027-03-15", False), ("cia", None, False)], ["hal"]),
        seat("safety", None, "Sawmill", 1, 1, [], EVERYONE),
        seat("board", None, None, 3, 1, [("ola", "2027-03-14", False), ("per", "2027-03-14", False)], EVERYONE),
        seat("steward", "Syd", None, 1, 0, [("fia", "2027-01-15", True)], ["ida"]),
    ],
    "2027-06-01": [
        seat("steward", "Norr", None, 3, 1, [("dag", "2029-01-19", False), ("cia", None, False)], ["hal"]),
        seat("safety", None, "Sawmill", 1, 1, [], EVERYONE),
        seat("board", None, None, 3, 1, [("ola", None, False), ("ulf", None, False)], EVERYONE),
        seat("steward", "Syd", None, 1, 0, [("gus", None, False)], []),
    ],
}


def run(binary, *args):
    result = subprocess.run([binary, "--data", DATA, "--as-of", AS_OF, "vacancies", "--format", "json", *args],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"vacancies {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return json.loads(result.stdout)


def main():
    binary = sys.argv[1]
    failures = []
    for day, seats in WORKED.items():
        got = run(binary, "--on", day) if day != AS_OF else run(binary)
        if got.get("on") != day:
            failures.append(f"on {day}: \"on\" is {got.get('on')!r}")
        for index, (got_seat, wanted) in enumerate(zip(got.get("seats", []), seats)):
            if got_seat != wanted:
                failures.append(f"on {day}, seat {index + 1}:\n  got    {got_seat}\n  worked {wanted}")
        if len(got.get("seats", [])) != len(seats):
            failures.append(f"on {day}: {len(got.get('seats', []))} seats, worked out {len(seats)}")
    if failures:
        sys.exit("vacancies differs from the hand-worked seats:\n" + "\n".join(failures))
    print(f"vacancies matches the seats worked out by hand on {len(WORKED)} days")


if __name__ == "__main__":
    main()
