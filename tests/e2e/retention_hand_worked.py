#!/usr/bin/env python3
"""`retention` against figures worked out by hand from SPEC.md "Retention", not from the code.

The data (retention/data.yaml, as_of 2026-11-23) counts six people: fia starts after as_of and
gus has no assignment. Their tenures, in days from the service start:
  ben 30 (left), eva 181 (left), cia 365 (term ended 2025-12-31: exit 2026-01-01),
  dag 632 (serving), hal 744 (left), ada 1057 (serving).
Kaplan-Meier: at 30 six at risk, S = 5/6; at 181 five, S = 4/6; at 365 four, S = 3/6;
at 744 two, S = 3/12. So S(91) = .833, S(182) = .667, S(365) = .5 (the exit at 365 counts),
S(730) = .5, S(1826) = null (the longest tenure is 1057); the median is 365, the first S <= .5.
Renewal (terms ended by as_of): ada's first steward term (renewed the next day, welcome done:
complete), cia's (left; safety has no onboarding: complete), dag's steward term (moved: safety
the next day; welcome done), hal's (left; no welcome: incomplete).
Usage: retention_hand_worked.py BINARY
"""
import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "retention")
AS_OF = "2026-11-23"


def renewal(ended, renewed, moved, left, rate):
    return {"ended": ended, "renewed": renewed, "moved": moved, "left": left, "rate": rate}


def curve(*shares):
    return [{"days": days, "share": share} for days, share in zip([91, 182, 365, 730, 1826], shares)]


WHOLE = {
    "people": 6,
    "exits": 4,
    "retention": curve(0.833, 0.667, 0.5, 0.5, None),
    "median_tenure_days": 365,
    "early_exits": {"91": 1, "182": 2, "365": 2},  # cia's 365 is not below 365
    "exit_reasons": {"moved": 1, "none": 1, "term-ended": 1, "workload": 1},
    "renewal": renewal(4, 1, 1, 2, 0.25),
    "onboarding": {"complete": renewal(3, 1, 1, 1, 0.333), "incomplete": renewal(1, 0, 0, 1, 0.0)},
}

# By the role of the first assignment: cia alone in safety; the rest stewards. Stewards' tenures
# 30, 181 (exits), 632 (serving), 744 (exit), 1057: S = 4/5, then 3/5, then 3/10 at 744.
BY_ROLE = [
    {"by": "role", "key": "safety", "people": 1, "exits": 1,
     "retention": curve(1.0, 1.0, 0.0, None, None), "median_tenure_days": 365,
     "early_exits": {"91": 0, "182": 0, "365": 0}, "exit_reasons": {"term-ended": 1},
     "renewal": renewal(1, 0, 0, 1, 0.0),
     "onboarding": {"complete": renewal(1, 0, 0, 1, 0.0), "incomplete": renewal(0, 0, 0, 0, None)}},
    {"by": "role", "key": "steward", "people": 5, "exits": 3,
     "retention": curve(0.8, 0.6, 0.6, 0.6, None), "median_tenure_days": 744,
     "early_exits": {"91": 1, "182": 2, "365": 2}, "exit_reasons": {"moved": 1, "none": 1, "workload": 1},
     "renewal": renewal(3, 1, 1, 1, 0.333),
     "onboarding": {"complete": renewal(2, 1, 1, 0, 0.5), "incomplete": renewal(1, 0, 0, 1, 0.0)}},
]


def run(binary, *args, command="retention"):
    result = subprocess.run([binary, "--data", DATA, "--as-of", AS_OF, *command.split(), *args],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"retention {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def main():
    binary = sys.argv[1]
    failures = []

    def expect(what, got, wanted):
        if got != wanted:
            failures.append(f"{what}: got {got!r}, worked out {wanted!r}")

    whole = json.loads(run(binary, "--format", "json"))
    expect("as_of", whole.pop("as_of"), AS_OF)
    expect("groups without --by", whole.pop("groups"), [])
    expect("the whole", whole, WHOLE)

    by_role = json.loads(run(binary, "--format", "json", "--by", "role"))
    expect("by role", by_role["groups"], BY_ROLE)
    cohorts = json.loads(run(binary, "--format", "json", "--by", "cohort"))["groups"]
    # ada and hal started in 2024, cia and dag in 2025, ben and eva in 2026.
    expect("cohorts", [(g["key"], g["people"]) for g in cohorts], [("2024", 2), ("2025", 2), ("2026", 2)])

    # --from 2026-01-01: only dag's term (moved) and hal's (left) end on or after it.
    since = json.loads(run(binary, "--format", "json", "--from", "2026-01-01"))
    expect("--from", since["from"], "2026-01-01")
    expect("--from renewal", since["renewal"], renewal(2, 0, 1, 1, 0.0))
    expect("--from leaves the curve", since["retention"], WHOLE["retention"])

    # The filters: --branch none here, so --role: stewards and those who ever were (dag).
    stewards = json.loads(run(binary, "--format", "json", "--role", "safety"))
    expect("--role safety: cia and dag", stewards["people"], 2)

    # CSV: the same figures, read by Python's csv module.
    rows = list(csv.DictReader(io.StringIO(run(binary, "--format", "csv", "--by", "role"), newline="")))
    expect("csv groups", [(r["group"], r["key"]) for r in rows], [("all", ""), ("role", "safety"), ("role", "steward")])
    expect("csv shares", [rows[0][f"share_{d}"] for d in (91, 182, 365, 730, 1826)], ["0.833", "0.667", "0.5", "0.5", ""])
    expect("csv renewal", [rows[2][k] for k in ("ended", "renewed", "moved", "left", "renewal_rate")],
           ["3", "1", "1", "1", "0.333"])
    expect("csv reasons", rows[0]["exit_reason_workload"], "1")

    # The board's sentences, in both languages.
    table = run(binary)
    for line in ["Retention on 23 Nov 2026: 6 people counted, 4 of them left",
                 "Still serving after 3 months 83 %, 6 months 67 %, 1 year 50 %, 2 years 50 %, 5 years –",
                 "Half had left after 365 days",
                 "Early exits: 1 within 3 months, 2 within 6 months, 2 within a year",
                 "At term end: 1 of 4 renewed (25 %), 1 moved to another role, 2 left"]:
        if line not in table:
            failures.append(f"the table lacks {line!r}:\n{table}")
    svenska = run(binary, "--lang", "sv", "--by", "role")
    for line in ["Kvar efter 3 mån 83 %, 6 mån 67 %, 1 år 50 %, 2 år 50 %, 5 år –",
                 "Vid mandatperiodens slut: 1 av 4 omvalda (25 %), 1 bytte uppdrag, 2 slutade",
                 "* färre än 5 personer"]:
        if line not in svenska:
            failures.append(f"the Swedish table lacks {line!r}:\n{svenska}")

    # The exports carry the same figures: export json's "retention", and export html's section, whose
    # drawings parse as XML (the page is XHTML-clean) with a line per group and a bar per reason.
    exported = json.loads(run(binary, "--by", "role", command="export json"))["retention"]
    expect("export json: as_of", exported.pop("as_of"), AS_OF)
    expect("export json: groups", exported.pop("groups"), BY_ROLE)
    expect("export json: the whole", exported, WHOLE)
    page = run(binary, "--by", "role", command="export html")
    root = ET.fromstring(page[page.index("<svg class=\"retention-curve\""):page.index("</svg>", page.index(
        "<svg class=\"retention-curve\"")) + 6])
    paths = [e for e in root.iter("{http://www.w3.org/2000/svg}path")] + [e for e in root.iter("path")]
    expect("export html: a line for the whole and each group", len(paths), 3)
    # The whole's line, worked out from the steps above on an axis to 1826 days over x 44..600 and
    # shares over y 230 (0 %) .. 10 (100 %): 30 days at 53.1, 181 at 99.1, 365 at 155.1, 744 at 270.5,
    # the longest (1057) at 365.8; 5/6 at 46.7, 2/3 at 83.3 (667 thousandths: 83.26), 1/2 at 120.0, 1/4 at 175.0.
    expect("export html: the whole's step line", paths[0].get("d"),
           "M44.0 10.0H53.1V46.7H99.1V83.3H155.1V120.0H270.5V175.0H365.8")
    reasons = page[page.index("<svg class=\"exit-reasons\""):]
    expect("export html: a bar per exit reason", reasons[:reasons.index("</svg>")].count("<rect class=\"bar\""), 4)
    if "Still serving after 3 months 83 %" not in page:
        failures.append("export html lacks the retention sentences")

    for failure in failures:
        print(failure)
    print(f"retention_hand_worked: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
