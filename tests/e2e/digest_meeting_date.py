#!/usr/bin/env python3
"""A recognition action done at the annual meeting is for the meeting's day (issue 21), worked out by hand.

The data below: window 30d, anniversaries [1y], quiet after 6 months; the action `mention` (at_annual_meeting)
is the catalogue's for anniversaries, `card` (not at the meeting) for quiet spells.

  ann  starts 2025-11-20: 1 year on 2026-11-20, in [as_of - 30d, as_of + 14d] on 2026-11-23 -> `mention`.
  bo   starts 2025-01-10, never recognised: quiet since 2025-01-10 (more than 6 months) -> `card`, no deadline.

With annual_meeting 2027-03-15 (ahead of 2026-11-23): ann's line says "at the annual meeting on 15 Mar 2027"
and no "by" date; `recognize --format json` gives "annual_meeting": "2027-03-15" for ann's suggestion only, and
the CSV's annual_meeting column holds it for ann and is empty for bo.
With annual_meeting 2026-11-01 (already held): ann's line says "by 20 Dec" (2026-11-20 + 30 days), as any
achievement's, and the JSON has no annual_meeting field.

Usage: digest_meeting_date.py BINARY
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import check, finish  # noqa: E402

DATA = """organisation:
  name: Meeting Branch
  language: en
  feedback_every: 5y
  annual_meeting: {meeting}
  coordinators:
    - {{id: cora, name: Cora Chair, email: cora@example.org}}
  recognition:
    anniversaries: [1y]
    actions:
      - {{id: mention, title: Mention at the meeting, for: [anniversary], at_annual_meeting: true}}
      - {{id: card, title: Thank-you card, for: [quiet]}}
roles:
  - {{id: steward, title: Steward}}
representatives:
  - {{id: ann, name: Ann Ek, coordinator: cora, assignments: [{{role: steward, start: 2025-11-20}}]}}
  - {{id: bo, name: Bo Alm, coordinator: cora, assignments: [{{role: steward, start: 2025-01-10}}]}}
"""

def run(binary, data_dir, *args):
    env = dict(os.environ)
    env.pop("REPJOURNEY_DATA", None)
    out = subprocess.run([binary, *args, "--as-of", "2026-11-23", "-d", data_dir], capture_output=True, text=True,
                         env=env)
    if out.returncode != 0:
        sys.exit(f"{args}: exit {out.returncode}\n{out.stderr}")
    return out.stdout


def line_of(digest, title):
    """The suggestion's line, joined where the text wrapped it."""
    flat = " ".join(digest.split())
    start = flat.find(title)
    check(start >= 0, f"no line for {title!r} in:\n{digest}")
    return flat[start:flat.find(";", start)]


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "data.yaml")
        with open(data, "w", encoding="utf-8") as f:
            f.write(DATA.format(meeting="2027-03-15"))
        digest = run(binary, data, "remind")
        ann = line_of(digest, "Mention at the meeting")
        check(ann == "Mention at the meeting, at the annual meeting on 15 Mar 2027", f"ahead: {ann!r}")
        check(line_of(digest, "Thank-you card") == "Thank-you card", "quiet: no date at all")

        suggestions = {s["rep"]: s for s in json.loads(run(binary, data, "recognize", "--format", "json"))["suggestions"]}
        check(suggestions["ann"].get("annual_meeting") == "2027-03-15", f"json ann: {suggestions['ann']}")
        check("annual_meeting" not in suggestions["bo"], f"json bo: {suggestions['bo']}")
        rows = {r["rep"]: r for r in csv.DictReader(io.StringIO(run(binary, data, "recognize", "--format", "csv")))}
        check(rows["ann"]["annual_meeting"] == "2027-03-15" and rows["bo"]["annual_meeting"] == "",
              f"csv: {rows}")

        with open(data, "w", encoding="utf-8") as f:
            f.write(DATA.format(meeting="2026-11-01"))
        ann = line_of(run(binary, data, "remind"), "Mention at the meeting")
        check(ann == "Mention at the meeting, by 20 Dec", f"held: {ann!r}")
        suggestions = {s["rep"]: s for s in json.loads(run(binary, data, "recognize", "--format", "json"))["suggestions"]}
        check("annual_meeting" not in suggestions["ann"], f"json ann, meeting held: {suggestions['ann']}")

    finish("the annual meeting's day: ok")


if __name__ == "__main__":
    main()
