#!/usr/bin/env python3
"""`remind --format email` makes mail that an independent parser reads cleanly, with everyone in it.

On both examples, as of Monday 2026-11-23 (week 48), for one coordinator at a time, for all of them as an mbox
stream, and with --split into a directory, every message is parsed by Python's `email` package
(policy=email.policy.default) and checked: no defects; From, To, Subject, Date and Message-ID as documented;
multipart/alternative of text/plain and text/html (inline styles only: no scripts, images, links or style
sheets), each in UTF-8 with a transfer encoding that keeps lines short; CRLF line ends (LF in mbox). The decoded body
names every person who has an overdue item or one due this week, or a recognition suggestion; the expected names
come from the binary's own `status --format json` and `recognize --format json`, computed independently of the
digest's code. Swedish names must survive the round trip. Notes stay out unless --include-notes.

Usage: digest_email.py BINARY
"""
import datetime
import email
import html
import email.policy
import json
import mailbox
import os
import re
import stat
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AS_OF = "2026-11-23"
LAST = "2026-11-29"  # the week's Sunday
STOCKHOLM = datetime.timezone(datetime.timedelta(hours=1))  # CET in November

EXAMPLES = {
    "union-branch": {
        "name": "Fackförbundet Exempel, avdelning 12",
        "email": "avd12@fackforbundet-exempel.se",
        "week": "vecka 48",
        "notes": "Anteckningar",
        "coordinators": {
            "karin": ("Karin Håkansson", "karin.hakansson@fackforbundet-exempel.se"),
            "jonas": ("Jonas Åström", "jonas.astrom@fackforbundet-exempel.se"),
            "leila": ("Leila Öztürk", "leila.ozturk@fackforbundet-exempel.se"),
        },
        # Names with å, ä, ö that must come through as written.
        "swedish": ["Lars-Åke Nyström", "Åsa Öberg", "Märta Jönsson", "Göran Lindqvist", "Jenny Hägglund",
                    "Linnéa Ström", "Nils Ekström", "Anders Wåhlin", "Olle Bäckström", "Per Östlund"],
    },
    "outdoor-club": {
        "name": "Northside Hiking & Paddling Club",
        "email": "volunteers@northside-outdoors.example.org",
        "week": "week 48",
        "notes": "Notes",
        "coordinators": {
            "priya": ("Priya Shah", "priya@northside-outdoors.example.org"),
            "grace": ("Grace O'Neill", "grace@northside-outdoors.example.org"),
            "tom": ("Tom Fletcher", "tom@northside-outdoors.example.org"),
        },
        "swedish": ["Mia Johansson"],
    },
}

failures = []


def fail(message):
    failures.append(message)


def run(binary, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REPJOURNEY_", "LC_", "LANG"))}
    env.update({"TZ": "Europe/Stockholm", "LC_ALL": "C.UTF-8", "REPJOURNEY_CACHE": "off"})  # no ~/.cache written
    result = subprocess.run([binary, *args], capture_output=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        fail(f"{' '.join(args)}: exit {result.returncode}: {result.stderr.decode(errors='replace')}")
    return result.stdout


def expected_people(binary, data):
    """Names by coordinator id: everyone active and unpaused with an item overdue or due by LAST, and everyone
    with a recognition suggestion."""
    status = json.loads(run(binary, "-d", data, "--as-of", AS_OF, "status", "--all", "--format", "json"))
    people = {}
    coordinator_of = {}
    for rep in status["representatives"]:
        coordinator_of[rep["id"]] = rep.get("coordinator")
        if not rep["active"] or rep["paused"]:
            continue
        due = [m["due"] for a in rep["assignments"] if a["active"] for m in a["milestones"] if m["state"] != "done"]
        if rep.get("feedback"):
            due.append(rep["feedback"]["next_due"])
        due += [g["due"] for g in rep.get("goals") or [] if g["state"] != "done" and g.get("due")]
        if any(day <= LAST for day in due):
            people.setdefault(rep.get("coordinator"), {})[rep["id"]] = rep["name"]
    # The feedback report agrees on whose conversation falls due.
    feedback = json.loads(run(binary, "-d", data, "--as-of", AS_OF, "feedback", "--format", "json"))
    for item in feedback["items"]:
        if item["next_due"] <= LAST and item["rep"] not in people.get(coordinator_of[item["rep"]], {}):
            fail(f"{data}: feedback of {item['rep']} is due by {LAST} but status does not say so")
    suggestions = json.loads(run(binary, "-d", data, "--as-of", AS_OF, "recognize", "--format", "json"))
    for s in suggestions["suggestions"]:
        people.setdefault(coordinator_of[s["rep"]], {})[s["rep"]] = s["name"]
    return {c: set(names.values()) for c, names in people.items()}


def check_lines(raw, where, newline):
    text = raw.replace(b"\r\n", b"\n") if newline == b"\r\n" else raw
    if newline == b"\r\n" and b"\n" in raw.replace(b"\r\n", b""):
        fail(f"{where}: a line ends in a bare LF")
    if newline == b"\n" and b"\r" in raw:
        fail(f"{where}: a CR in an mbox stream")
    header, _, body = text.partition(b"\n\n")
    for line in header.split(b"\n"):
        if len(line) > 78:
            fail(f"{where}: header line longer than 78: {line!r}")
    for line in body.split(b"\n"):
        if len(line) > 76:
            fail(f"{where}: body line longer than 76: {line!r}")
        if line == b"." or line.startswith(b"From "):
            fail(f"{where}: body line that sendmail or mbox would take for its own: {line!r}")


def check_message(message, example, coordinator, names, where, to=None):
    """One parsed message; returns its decoded body."""
    if message.defects:
        fail(f"{where}: defects {message.defects}")
    for name, value in message.items():
        if getattr(value, "defects", None):
            fail(f"{where}: header {name} has defects {value.defects}")
    sender = message["From"].addresses
    if len(sender) != 1 or sender[0].addr_spec != example["email"] or sender[0].display_name != example["name"]:
        fail(f"{where}: From is {message['From']!r}")
    recipients = message["To"].addresses
    name, address = example["coordinators"][coordinator]
    if to:
        name, address = "", to
    if len(recipients) != 1 or recipients[0].addr_spec != address or recipients[0].display_name != name:
        fail(f"{where}: To is {message['To']!r}, expected {name} <{address}>")
    subject = str(message["Subject"])
    if (not subject.startswith(f"Repjourney {example['week']}: ") or not subject.endswith(" – " + example["name"])
            or len(subject) > 78):
        fail(f"{where}: Subject is {subject!r}")
    date = message["Date"].datetime
    if date != datetime.datetime(2026, 11, 23, 7, 0, tzinfo=STOCKHOLM):
        fail(f"{where}: Date is {message['Date']!r}")
    domain = re.escape(example["email"].split("@")[1])
    if not re.fullmatch(rf"<20261123\.{re.escape(coordinator)}\.[0-9a-f]{{16}}@{domain}>", str(message["Message-ID"])):
        fail(f"{where}: Message-ID is {message['Message-ID']!r}")
    if message["MIME-Version"] != "1.0":
        fail(f"{where}: MIME-Version is {message['MIME-Version']!r}")
    if message.get_content_type() != "multipart/alternative":
        fail(f"{where}: Content-Type is {message['Content-Type']!r}")
    parts = list(message.iter_parts())
    if [part.get_content_type() for part in parts] != ["text/plain", "text/html"]:
        fail(f"{where}: parts {[part.get_content_type() for part in parts]}, expected text/plain, text/html")
        return ""
    for part in parts:
        if part.get_content_charset() != "utf-8" or part["Content-Transfer-Encoding"] not in ("quoted-printable",
                                                                                              "base64"):
            fail(f"{where}: {part['Content-Type']!r} in {part['Content-Transfer-Encoding']!r}")
        if part.defects:
            fail(f"{where}: defects {part.defects}")
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # CRLF lines decode as CRLF
    page = html.unescape(message.get_body(("html",)).get_content())
    lowered = page.lower()
    for forbidden in ("<script", "<img", "<link", "<style", "src=", "href=", "<iframe", "<object"):
        if forbidden in lowered:
            fail(f"{where}: the HTML part has {forbidden}")
    for person in sorted(names):
        if person not in body:
            fail(f"{where}: {person} is missing from the body")
        if person not in page:
            fail(f"{where}: {person} is missing from the HTML part")
    if example["notes"] in body:
        fail(f"{where}: notes without --include-notes")
    return body


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def main():
    binary = os.path.abspath(sys.argv[1])
    messages = 0
    for directory, example in EXAMPLES.items():
        data = os.path.join(ROOT, "examples", directory)
        people = expected_people(binary, data)
        # The names with å, ä and ö are among those the bodies are checked for, so they must come through.
        expected = set().union(*people.values())
        for person in example["swedish"]:
            if person not in expected:
                fail(f"{directory}: {person} was expected to be due this week")
        if None in people:
            fail(f"{directory}: people without a coordinator; this test expects every one to have one")
        base = ["-d", data, "--as-of", AS_OF, "remind", "--format", "email"]
        bodies = {}

        # One coordinator: a message for sendmail -t.
        for coordinator in example["coordinators"]:
            raw = run(binary, *base, "--coordinator", coordinator)
            where = f"{directory} --coordinator {coordinator}"
            if not people.get(coordinator):
                if raw:
                    fail(f"{where}: output although nothing is due")
                continue
            check_lines(raw, where, b"\r\n")
            bodies[coordinator] = check_message(parse(raw), example, coordinator, people[coordinator], where)
            messages += 1
            with_notes = parse(run(binary, *base, "--coordinator", coordinator, "--include-notes")).get_body(
                ("plain",)).get_content()
            if example["notes"] not in with_notes:
                fail(f"{where} --include-notes: no notes")
            to = parse(run(binary, *base, "--coordinator", coordinator, "--to", "office@example.org"))
            check_message(to, example, coordinator, people[coordinator], where + " --to", to="office@example.org")
        if not bodies:
            fail(f"{directory}: no coordinator has anything to do")

        with tempfile.TemporaryDirectory(prefix="repjourney-mail-") as scratch:
            # Everyone: an mbox stream, one message per coordinator with something to do, in data order.
            path = os.path.join(scratch, "digest.mbox")
            raw = run(binary, *base)
            if not raw.startswith(b"From " + example["email"].encode() + b" Mon Nov 23 07:00:00 2026\n"):
                fail(f"{directory} mbox: starts with {raw[:80]!r}")
            with open(path, "wb") as f:
                f.write(raw)
            box = mailbox.mbox(path, create=False)
            keys = list(box.keys())
            if len(keys) != len(bodies):
                fail(f"{directory} mbox: {len(keys)} messages, expected {len(bodies)}")
            for key, coordinator in zip(keys, bodies):
                check_lines(box.get_bytes(key), f"{directory} mbox {coordinator}", b"\n")
                message = parse(box.get_bytes(key))
                body = check_message(message, example, coordinator, people[coordinator], f"{directory} mbox")
                if body != bodies[coordinator]:
                    fail(f"{directory} mbox: {coordinator}'s message differs from the one for --coordinator")
                messages += 1
            box.close()

            # --split: one file each, the owner's alone, in a directory made for them.
            split = os.path.join(scratch, "out", "digests")
            run(binary, *base, "--split", split)
            files = sorted(os.listdir(split)) if os.path.isdir(split) else []
            if files != sorted(f"{c}.eml" for c in bodies):
                fail(f"{directory} --split: files {files}")
            elif stat.S_IMODE(os.stat(split).st_mode) != 0o700:
                fail(f"{directory} --split: the directory is {oct(os.stat(split).st_mode)}")
            for name in files:
                file = os.path.join(split, name)
                if stat.S_IMODE(os.stat(file).st_mode) != 0o600:
                    fail(f"{directory} --split: {name} is {oct(os.stat(file).st_mode)}")
                with open(file, "rb") as f:
                    raw = f.read()
                coordinator = name[: -len(".eml")]
                check_lines(raw, f"{directory} {name}", b"\r\n")
                body = check_message(parse(raw), example, coordinator, people[coordinator], f"{directory} {name}")
                if body != bodies[coordinator]:
                    fail(f"{directory} --split: {name} differs from the message for --coordinator")
                messages += 1

            # A week with nothing to do: no output, no directory, exit 0.
            quiet = os.path.join(scratch, "quiet")
            early = ["-d", data, "--as-of", "1990-01-01", "remind", "--format", "email"]
            if run(binary, *early) or run(binary, *early, "--split", quiet) or os.path.exists(quiet):
                fail(f"{directory}: a week with nothing to do made output")

    if failures:
        sys.exit("\n".join(failures))
    print(f"{messages} messages parsed cleanly, with everyone due in them")


if __name__ == "__main__":
    main()
