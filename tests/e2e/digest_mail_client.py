#!/usr/bin/env python3
"""A real mail client reads the digest mail in batch mode: Debian's mblaze (issue 21).

On both examples, as of Monday 2026-12-14 (ISO week 51), `remind --format email --split DIR` writes one message
per coordinator. Each is delivered into a fresh maildir with `mdeliver`, as a mail server would, and read back with
mblaze's own tools, not with Python's email package (digest_email.py does that):
  - `mlist` finds every message in the maildir and `mhdr -d` decodes its Subject, which must be
    "Repjourney vecka 51: N ny, M öppna – ORG" (English: "week 51: N new, M open"), with N and M read from the
    summary line of the same coordinator's `remind --format text`;
  - `mshow -t` shows the MIME structure: multipart/alternative of text/plain, then text/html;
  - `mshow -O MSG 2`, the decoded plain part, holds the text digest word for word (only the wrapping may differ:
    the mail wraps at 72 columns);
  - `mshow -O MSG 3`, the decoded HTML part, read as text, names every person and offers every record line the
    text digest has.

Usage: digest_mail_client.py BINARY
"""
import datetime
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, finish  # noqa: E402

AS_OF = "2026-12-14"
WEEK = datetime.date.fromisoformat(AS_OF).isocalendar().week  # 51

EXAMPLES = {
    "union-branch": ("Fackförbundet Exempel, avdelning 12", "vecka", r"(\d+) nya?, (\d+) öppna"),
    "outdoor-club": ("Northside Hiking & Paddling Club", "week", r"(\d+) new, (\d+) (?:still )?open"),
}
SUBJECT_COUNTS = {"vecka": "{} {}, {} öppna", "week": "{} new, {} open"}

def run(command, env=None):
    out = subprocess.run(command, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"{' '.join(command)}: exit {out.returncode}\n{out.stderr}")
    return out.stdout


def words(text):
    """The text's words, whatever its wrapping (a command's continuation backslash is wrapping too)."""
    return " ".join(text.replace("\\\n", " ").split())


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(page):
    parser = TextOf()
    parser.feed(page)
    return words(" ".join(parser.parts))


def check_message(binary, example, coordinator, path, mblaze_env):
    org_name, week_word, counts_pattern = EXAMPLES[example]
    where = f"{example}/{coordinator}"
    text = run([binary, "remind", "--as-of", AS_OF, "-d", os.path.join(ROOT, "examples", example),
                "--coordinator", coordinator])
    counts = re.search(counts_pattern, text)
    check(counts is not None, f"{where}: no summary counts in the text digest:\n{text[:400]}")
    if not counts:
        return
    new, still_open = int(counts.group(1)), int(counts.group(2))
    if week_word == "vecka":
        summary = SUBJECT_COUNTS["vecka"].format(new, "ny" if new == 1 else "nya", still_open)
    else:
        summary = SUBJECT_COUNTS["week"].format(new, still_open)
    subject = run(["mhdr", "-d", "-h", "subject", path], mblaze_env).strip()
    expected = f"Repjourney {week_word} {WEEK}: {summary} – {org_name}"
    check(subject == expected, f"{where}: subject {subject!r}, not {expected!r}")

    structure = [line.split(":", 1)[1].split()[0] for line in run(["mshow", "-t", path], mblaze_env).splitlines()[1:]]
    check(structure == ["multipart/alternative", "text/plain", "text/html"], f"{where}: MIME parts {structure}")

    plain = run(["mshow", "-O", path, "2"], mblaze_env)
    check(words(plain) == words(text), f"{where}: the plain part is not the text digest")

    page = html_text(run(["mshow", "-O", path, "3"], mblaze_env))
    lines = [line.strip() for line in text.replace("\\\n", " ").splitlines()]
    for line in lines:
        if line.startswith("repjourney record "):
            check(words(line) in page, f"{where}: the HTML part lacks {words(line)!r}")
    people = [line.split(",")[0] for line in text.splitlines() if re.match(r"^\S.*, \S+@\S+$", line)]
    check(people, f"{where}: no person blocks in the text digest")
    for person in people:
        check(person in page, f"{where}: the HTML part does not name {person}")


def main():
    binary = os.path.abspath(sys.argv[1])
    for tool in ("mdeliver", "mlist", "mhdr", "mshow"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found: install Debian's mblaze (scripts/setup.sh does)")
    with tempfile.TemporaryDirectory() as tmp:
        # mblaze keeps its state in $MBLAZE (default ~/.mblaze): a fresh one, with an empty sequence.
        mblaze = os.path.join(tmp, "mblaze")
        os.mkdir(mblaze)
        open(os.path.join(mblaze, "seq"), "w").close()
        mblaze_env = dict(os.environ, MBLAZE=mblaze)
        for example in EXAMPLES:
            split = os.path.join(tmp, example)
            run([binary, "remind", "--as-of", AS_OF, "-d", os.path.join(ROOT, "examples", example), "--format",
                 "email", "--split", split])
            maildir = os.path.join(tmp, f"{example}.maildir")
            for sub in ("cur", "new", "tmp"):
                os.makedirs(os.path.join(maildir, sub))
            coordinators = sorted(name[:-len(".eml")] for name in os.listdir(split) if name.endswith(".eml"))
            check(coordinators, f"{example}: no messages written")
            delivered = {}
            for coordinator in coordinators:
                with open(os.path.join(split, coordinator + ".eml"), "rb") as message:
                    path = subprocess.run(["mdeliver", "-v", maildir], stdin=message, capture_output=True,
                                          text=True, env=mblaze_env, check=True).stdout.strip()
                delivered[coordinator] = path
            listed = sorted(run(["mlist", maildir], mblaze_env).split())
            check(listed == sorted(delivered.values()), f"{example}: mlist finds {listed}, not {delivered}")
            for coordinator, path in delivered.items():
                check_message(binary, example, coordinator, path, mblaze_env)

    finish("mblaze reads every digest: ok")


if __name__ == "__main__":
    main()
