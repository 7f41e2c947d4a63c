#!/usr/bin/env python3
"""The engine against values worked out by hand from SPEC.md, not from the code.

Every expected value below was computed on paper for as_of 2026-11-23 (the
reasoning is in the comments), then compared with `status --all`, `feedback`
and `recognize` as JSON, and with `show`'s words for why someone left, in
English and Swedish. Usage: hand_worked.py BINARY
"""
import json
import os
import subprocess
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand_worked", "data.yaml")
AS_OF = "2026-11-23"

# stage, active, paused; then per assignment (role, start, end, active, {milestone: (due, state, done|last, days_overdue)})
STATUS = {
    # Adaptation 4w beats steward's 6w. End 2025-01-31 + 2y - 1d = 2027-01-30, within 3m: renewal.
    "alva": ("renewal", True, False, [("steward", "2025-01-31", "2027-01-30", True, {
        "welcome": ("2025-02-07", "done", "2025-02-05", None),
        "training": ("2025-04-30", "done", "2025-05-10", None),      # Jan 31 + 3m clamps to Apr 30
        "network": ("2026-10-15", "overdue", "2026-04-15", 39),      # last + 6m
        "renewal": ("2026-10-30", "overdue", None, 24),              # end - 3m
    })]),
    # Re-elected: scope role counts the first term's welcome/training, scope term does not count its renewal talk.
    "bo": ("established", True, False, [
        ("steward", "2024-03-01", "2026-02-28", False, {
            "welcome": ("2024-03-08", "done", "2024-03-05", None),
            "training": ("2024-06-01", "done", "2024-05-20", None),
            "network": ("2027-03-01", "upcoming", "2026-09-01", None),
            "renewal": ("2025-11-28", "done", "2025-12-10", None),
        }),
        ("steward", "2026-03-01", "2028-02-29", True, {           # leap day end
            "welcome": ("2026-03-08", "done", "2024-03-05", None),
            "training": ("2026-06-01", "done", "2024-05-20", None),
            "network": ("2027-03-01", "upcoming", "2026-09-01", None),
            "renewal": ("2027-11-29", "upcoming", None, None),
        })]),
    # Paused: states are still computed, but no feedback.
    "cleo": ("paused", True, True, [("steward", "2026-06-01", "2028-05-31", True, {
        "welcome": ("2026-06-08", "done", "2026-06-05", None),
        "training": ("2026-09-01", "overdue", None, 83),
        "network": ("2026-08-01", "overdue", None, 114),
        "renewal": ("2028-02-29", "upcoming", None, None),
    })]),
    "dan": ("incoming", False, False, [("board", "2026-12-01", "2027-11-30", False, {
        "intro": ("2027-01-01", "upcoming", None, None),
        "renewal": ("2027-10-30", "upcoming", None, None),
    })]),
    "eva": ("left", False, False, [("steward", "2024-11-01", "2026-10-31", False, None)]),
    # Open-ended: the end-relative review is skipped, and there is no renewal stage.
    "finn": ("established", True, False, [("mentor", "2025-11-20", None, True, {
        "kickoff": ("2025-12-04", "done", "2025-11-25", None),
    })]),
    "gus": ("renewal", True, False, [("board", "2026-01-10", "2027-01-09", True, {
        "intro": ("2026-02-10", "done", "2026-02-01", None),
        "renewal": ("2026-12-09", "upcoming", None, None),          # Dec 9 is after as_of + 14d
    })]),
}

# every_days, last, next_due, state, days_overdue; None: no feedback (not active, or paused)
FEEDBACK = {
    "alva": (28, "2026-10-01", "2026-10-29", "overdue", 25),   # the event after as_of is ignored
    "bo": (42, "2026-11-01", "2026-12-13", "ok", None),
    "cleo": None,
    "dan": None,
    "eva": None,
    "finn": (10, "2026-11-20", "2026-11-30", "due-soon", None),  # personal cadence
    "gus": (28, None, "2026-10-29", "overdue", 25),             # base: the day after the pause, 2026-10-01
}

# Overdue first, most days first, ties by id; then due soon.
FEEDBACK_LIST = [("alva", "overdue"), ("gus", "overdue"), ("finn", "due-soon")]

# Text as the data writes it: 0701234567 unquoted keeps its leading 0 (no number, no octal).
DATA_FIELDS = {
    "alva": {"phone": "0701234567", "workplace": "Volvo Torslanda"},
    "eva": {"left": "2026-11-10", "left_reason": "moved"},
}

# Why eva left, in words: the organisation lists no exit_reasons, so the built-in "moved" applies, titled
# "Moved away" / "Flyttat" (SPEC "More data": built-in reasons with English and Swedish titles), inside the
# sentence with a small first letter (man page, WORDS IN REPORTS).
# recognize's farewell reason: "left on DATE", the date without its year in as_of's year, then the reason.
FAREWELL_REASON = {"en": "left on 10 Nov (moved away)", "sv": "avgick den 10 nov (flyttat)"}
# show's details: "left DATE" with the full date, then the reason.
SHOW_LEFT = {"en": "left 10 Nov 2026 (moved away)", "sv": "avgick 10 nov 2026 (flyttat)"}

# rep, key, kind, date, action. Window: 2026-10-24..2026-11-23; coming: to 2026-12-07.
SUGGESTIONS = {
    ("alva", "quiet", "quiet", "2025-01-31", "personal-thanks"),
    ("alva", "goal:g1", "goal", "2026-11-01", "card"),
    ("bo", "quiet", "quiet", "2024-03-01", "personal-thanks"),
    ("eva", "farewell", "farewell", "2026-11-10", "small-gift"),
    ("gus", "quiet", "quiet", "2026-01-10", "personal-thanks"),
    # finn's anniversary:1y (2026-11-20) is answered, and that recognition ends his quiet spell.
}


def run(binary, *args):
    result = subprocess.run([binary, *args, "-d", DATA, "--as-of", AS_OF], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"{args} exited {result.returncode}: {result.stderr}")
    return result.stdout


def run_json(binary, *args):
    return json.loads(run(binary, *args, "--format", "json"))


def main():
    binary = sys.argv[1]
    failures = []

    def expect(what, actual, expected):
        if actual != expected:
            failures.append(f"{what}: got {actual!r}, worked out {expected!r}")

    status = {r["id"]: r for r in run_json(binary, "status", "--all")["representatives"]}
    expect("people", sorted(status), sorted(STATUS))
    for rep, (stage, active, paused, assignments) in STATUS.items():
        r = status.get(rep, {})
        expect(f"{rep} stage", r.get("stage"), stage)
        expect(f"{rep} active", r.get("active"), active)
        expect(f"{rep} paused", r.get("paused"), paused)
        got = r.get("assignments", [])
        expect(f"{rep} assignments", len(got), len(assignments))
        for a, (role, start, end, a_active, milestones) in zip(got, assignments):
            expect(f"{rep} {role} dates", (a["role"], a["start"], a["end"], a["active"]), (role, start, end, a_active))
            if milestones is None:
                continue
            expect(f"{rep} {role} milestone ids", [m["id"] for m in a["milestones"]], list(milestones))
            for m in a["milestones"]:
                due, state, date, days = milestones.get(m["id"], (None,) * 4)
                expect(f"{rep} {role}/{m['id']}", (m["due"], m["state"], m.get("done") or m.get("last"),
                                                   m.get("days_overdue")), (due, state, date, days))
        f = r.get("feedback")
        want = FEEDBACK[rep]
        got_feedback = None if f is None else (f["every_days"], f["last"], f["next_due"], f["state"], f.get("days_overdue"))
        expect(f"{rep} feedback", got_feedback, want)

    items = run_json(binary, "feedback")["items"]
    expect("feedback list", [(i["rep"], i["state"]) for i in items], FEEDBACK_LIST)
    for i in items:
        want = FEEDBACK[i["rep"]]
        expect(f"feedback item {i['rep']}", (i["next_due"], i.get("days_overdue"), i["last"]), (want[2], want[4], want[1]))

    suggestions = run_json(binary, "recognize", "--all")["suggestions"]
    expect("suggestions", {(s["rep"], s["key"], s["kind"], s["date"], s["action"]) for s in suggestions}, SUGGESTIONS)

    for rep, fields in DATA_FIELDS.items():
        r = status.get(rep, {})
        got = {key: r.get(key, r.get("assignments", [{}])[0].get(key)) for key in fields}
        expect(f"{rep} data fields", got, fields)
    for lang in ("en", "sv"):
        farewell = [s["reason"] for s in run_json(binary, "recognize", "eva", "--lang", lang)["suggestions"]
                    if s["kind"] == "farewell"]
        expect(f"eva's farewell reason ({lang})", farewell, [FAREWELL_REASON[lang]])
        shown = run(binary, "show", "eva", "--lang", lang, "--color", "never")
        expect(f"show eva ({lang}) says why she left", SHOW_LEFT[lang] in shown, True)

    for failure in failures:
        print("FAIL", failure)
    print(f"{len(failures)} disagreements with the hand-worked values" if failures else
          "status, feedback, recognize and show agree with every hand-worked value")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
