#!/usr/bin/env python3
"""JavaScript's readers of the outputs, from the npm registry (issue 23): Mozilla's ical.js and ajv.

- ical.js (Thunderbird's calendar parser) reads `export ics` of both examples, as the default all-day VEVENT feed
  and with --todos: it must parse, the calendar has VERSION 2.0 and no METHOD, UIDs are unique, every default item
  is an all-day VEVENT one day long, and ical.js reads every item exactly as python-icalendar does (type, UID,
  summary, start, end, due, status): two independent parsers agree on the whole feed.
- ajv compiles `repjourney schema` in strict mode, every example file validates, and the calendar is known:
  2016-02-30, 2017-02-29 and 2026-04-31 are refused and 2016-02-29 is not, both with the date format checked
  (ajv-formats) and with it taken on trust, as yaml-language-server takes it: by the schema's pattern alone.

The readers are installed by scripts/setup.sh (`npm ci` in tests/node, with its package-lock.json).

Usage: node_readers.py BINARY
"""
import datetime
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from debian_python import require  # noqa: E402
from e2e_common import ROOT, check, finish, run_ok  # noqa: E402

require("icalendar", "yaml")
import icalendar  # noqa: E402
from schema_validates import load_yaml  # noqa: E402

NODE_DIR = os.path.join(ROOT, "tests", "node")
AS_OF = "2026-11-23"


def node(script, *args):
    result = subprocess.run(["node", os.path.join(NODE_DIR, script), *args], capture_output=True, text=True,
                            timeout=120)
    if result.returncode != 0:
        sys.exit(f"node {script}: exit {result.returncode}\n{result.stderr}")
    return json.loads(result.stdout)


def day(value):
    """What read_feed.mjs reports of a date property: its day and whether it is all-day (a DATE, not a time)."""
    if value is None:
        return None
    moment = value.dt
    all_day = not isinstance(moment, datetime.datetime)
    return {"date": moment.isoformat()[:10], "all_day": all_day}


def python_items(feed):
    calendar = icalendar.Calendar.from_ical(feed)
    items = []
    for item in calendar.subcomponents:
        status = item.get("status")
        items.append({"type": item.name, "uid": str(item.get("uid")), "summary": str(item.get("summary")),
                      "start": day(item.get("dtstart")), "end": day(item.get("dtend")),
                      "due": day(item.get("due")), "status": str(status) if status is not None else None})
    return items


def check_feed(binary, example, todos, tmp):
    where = f"{example}{' --todos' if todos else ''}"
    feed = run_ok(binary, "export", "ics", "--as-of", AS_OF, "-d", os.path.join(ROOT, "examples", example),
                  *(["--todos"] if todos else []))
    path = os.path.join(tmp, f"{example}{'-todos' if todos else ''}.ics")
    with open(path, "wb") as f:
        f.write(feed)
    read = node("read_feed.mjs", path)
    check(read["version"] == "2.0", f"{where}: VERSION {read['version']}")
    check(read["method"] is None, f"{where}: METHOD {read['method']} in a subscription feed")
    items = read["items"]
    check(items, f"{where}: ical.js reads no items")
    uids = [item["uid"] for item in items]
    check(len(uids) == len(set(uids)), f"{where}: UIDs repeat")
    if not todos:
        for item in items:
            check(item["type"] == "VEVENT", f"{where}: {item['uid']} is a {item['type']}, not a VEVENT")
            start, end = item["start"], item["end"]
            check(start and start["all_day"], f"{where}: {item['uid']} is not all-day: {start}")
            if start and end:
                next_day = (datetime.date.fromisoformat(start["date"]) + datetime.timedelta(days=1)).isoformat()
                check(end["date"] == next_day, f"{where}: {item['uid']} lasts until {end['date']}")
    expected = python_items(feed)
    check(len(items) == len(expected), f"{where}: ical.js reads {len(items)} items, python-icalendar {len(expected)}")
    for ours, theirs in zip(items, expected):
        check(ours == theirs, f"{where}: ical.js reads {ours}\n  python-icalendar reads {theirs}")
    return len(items)


def check_schema(binary, tmp):
    schema = os.path.join(tmp, "schema.json")
    with open(schema, "wb") as f:
        f.write(run_ok(binary, "schema"))
    documents = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "**", "*.yaml"), recursive=True)):
        documents[os.path.relpath(path, ROOT)] = load_yaml(path)
    note = {"rep": "a", "type": "note", "note": "x"}
    calendar = {"2016-02-29": True, "2016-02-30": False, "2017-02-29": False, "2026-04-31": False}
    for date in calendar:
        documents[date] = {"events": [dict(note, date=date)]}
    with open(os.path.join(tmp, "documents.json"), "w", encoding="utf-8") as f:
        json.dump(documents, f)
    results = node("compile_schema.mjs", schema, os.path.join(tmp, "documents.json"))
    for name, found in results.items():
        for how, errors in found.items():  # with the date format checked, and without (the pattern alone)
            if name in calendar:
                check((not errors) == calendar[name], f"ajv ({how}): {name}: {errors or 'accepted'}")
            else:
                check(not errors, f"ajv ({how}): {name}: {errors}")
    return len(results)


def main():
    binary = sys.argv[1]
    if not shutil.which("node"):
        sys.exit("node not found: scripts/setup.sh installs Debian's nodejs")
    if not os.path.isdir(os.path.join(NODE_DIR, "node_modules", "ical.js")):
        sys.exit(f"{NODE_DIR}/node_modules is missing: scripts/setup.sh installs it (npm ci)")
    with tempfile.TemporaryDirectory() as tmp:
        counted = [check_feed(binary, example, todos, tmp)
                   for example in ("union-branch", "outdoor-club") for todos in (False, True)]
        documents = check_schema(binary, tmp)
    finish(f"ical.js reads {sum(counted)} items as python-icalendar does; ajv (strict) checks {documents} documents")


if __name__ == "__main__":
    main()
