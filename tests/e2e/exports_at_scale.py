#!/usr/bin/env python3
"""The exports of 2,100 people, whose text is made on every core a chunk of 512 people at a time (the small
examples make one run on one core), read back by independent parsers.

- export json: Python's json reads it; its representatives are the data's (read by Debian's python3-yaml), each
  once, in the data's order, with the fields `status --format json` gives them.
- export ics: python3-icalendar reads it; no UID appears twice, and every representative whose next step the
  JSON export gives has an item in the feed.
- export html: one card per representative, each once, in the order of `status --format json` (by urgency).

Usage: exports_at_scale.py BINARY
"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from debian_python import require  # noqa: E402
from e2e_common import ROOT, check, finish, run_ok as run  # noqa: E402

require("icalendar", "yaml")
import icalendar  # noqa: E402
import yaml  # noqa: E402

PEOPLE = 2100  # five chunks, the last a short one
AS_OF = "2026-11-23"


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        data = os.path.join(work, "data")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), "--people", str(PEOPLE),
                        "--layout", "single", "--out", data], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(data, "data.yaml"), encoding="utf-8") as f:
            # Only the representatives' section: the events would take Python's YAML most of a minute.
            section = next(s for s in re.split(r"(?m)^(?=\S)", f.read()) if s.startswith("representatives:"))
        data_ids = [rep["id"] for rep in yaml.safe_load(section)["representatives"]]
        check(len(data_ids) == PEOPLE, f"the generator wrote {len(data_ids)} people, not {PEOPLE}")

        def report(*args):
            return run(binary, "--as-of", AS_OF, "-d", data, *args)

        status = json.loads(report("status", "--format", "json", "--all"))["representatives"]
        exported = json.loads(report("export", "json", "--all"))["representatives"]
        exported_ids = [rep["id"] for rep in exported]
        check(exported_ids == data_ids, "export json: the representatives are not the data's, once each, in order")
        by_id = {rep["id"]: rep for rep in status}
        for rep in exported:
            fields = {key: rep[key] for key in by_id.get(rep["id"], {})}
            check(fields == by_id.get(rep["id"]), f"export json: {rep['id']} differs from status --format json")

        feed = icalendar.Calendar.from_ical(report("export", "ics", "--all"))
        uids = [str(c["UID"]) for c in feed.walk() if c.name in ("VEVENT", "VTODO")]
        check(len(uids) == len(set(uids)), "export ics: a UID appears twice")
        in_feed = {uid.split("@")[0].split(".")[1] for uid in uids}
        with_step = {rep["id"] for rep in exported if rep["next_step"]}
        check(with_step and with_step <= in_feed,
              f"export ics: {len(with_step - in_feed)} people with a next step have no item in the feed")

        page = report("export", "html", "--all").decode()
        cards = re.findall(r'<article class="card" id="rep-([^"]+)"', page)
        check(cards == [rep["id"] for rep in status],
              "export html: the cards are not status's people, once each, in its order")
    finish(f"exports at scale: {PEOPLE} people read back from json, ics and html")


main()
