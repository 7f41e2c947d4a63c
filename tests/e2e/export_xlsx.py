#!/usr/bin/env python3
"""`export xlsx`, read back by an independent reader (Debian's python3-openpyxl).

- The union example's workbook (as_of 2026-11-23) has a sheet per report, named in the organisation's language
  (Swedish) or in --lang's, each with its header row in that language, frozen, and filtered over the whole table.
- Dates are date cells (datetime, with a date format), counts are integers, and columns are wide enough for
  their content.
- A few values worked out by hand from examples/union-branch (the reasoning is in the comments).
- -o - writes the workbook to standard output when that is not a terminal; without -o, or to a path that
  cannot be written, nothing is written and the exit status says why (64, 73).

Usage: export_xlsx.py BINARY
"""
import datetime
import io
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from debian_python import require  # noqa: E402
from e2e_common import ROOT, check, environment, failures, run_ok as run  # noqa: E402

require("openpyxl")
import openpyxl  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

UNION = os.path.join(ROOT, "examples", "union-branch")
AS_OF = "2026-11-23"

SHEETS = {
    "sv": ["Status", "Återkoppling", "Mandatperioder", "Förslag på uppmärksamhet", "Kvarstannande", "Platser"],
    "en": ["Status", "Feedback", "Terms", "Recognition suggestions", "Retention", "Seats"],
}
# The first headings of each sheet, in each language.
HEADINGS = {
    "sv": [["Id", "Namn", "Fas"], ["Id", "Namn", "Samordnare", "Senast"], ["Id", "Namn", "Roll", "Början", "Slutar"],
           ["Id", "Namn", "Nyckel", "Slag", "Datum"], ["Grupp", "Gruppens värde", "Personer", "Avgångar"],
           ["Roll", "Ort", "Arbetsplats", "Platser", "Vakanta"]],
    "en": [["Id", "Name", "Stage"], ["Id", "Name", "Coordinator", "Due"], ["Id", "Name", "Role", "Start", "Ends"],
           ["Id", "Name", "Key", "Kind", "Date"], ["Group", "Group value", "People", "Exits"],
           ["Role", "Branch", "Workplace", "Places", "Vacant"]],
}


def workbook(*args):
    with tempfile.TemporaryDirectory(prefix="repjourney-xlsx-") as scratch:
        path = os.path.join(scratch, "rapport.xlsx")
        run(binary, "-d", UNION, "--as-of", AS_OF, *args, "export", "xlsx", "-o", path)
        check(sorted(os.listdir(scratch)) == ["rapport.xlsx"], f"export xlsx left {os.listdir(scratch)}")
        return openpyxl.load_workbook(path)


def table(sheet):
    """The header and the rows as dicts by heading."""
    rows = list(sheet.iter_rows(values_only=True))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def shown_length(value):
    """How many characters a cell shows: a date shows as 10 whatever its value."""
    if isinstance(value, datetime.datetime):
        return 10
    return len(str(value or ""))


def check_structure(book, lang):
    check(book.sheetnames == SHEETS[lang], f"{lang}: sheets {book.sheetnames}")
    for sheet, first in zip(book.worksheets, HEADINGS[lang]):
        header, rows = table(sheet)
        where = f"{lang}: sheet {sheet.title!r}"
        check(list(header[:len(first)]) == first, f"{where}: header {header}")
        check(all(sheet.cell(1, c).font.b for c in range(1, len(header) + 1)), f"{where}: header not bold")
        check(sheet.freeze_panes == "A2", f"{where}: frozen at {sheet.freeze_panes}, not below the header")
        whole = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
        check(sheet.auto_filter.ref == whole, f"{where}: filter {sheet.auto_filter.ref}, not {whole}")
        for c in range(1, len(header) + 1):
            letter = get_column_letter(c)
            width = sheet.column_dimensions[letter].width
            longest = max((shown_length(sheet.cell(r, c).value) for r in range(2, len(rows) + 2)), default=0)
            check(width >= min(longest, 60) and width >= len(header[c - 1]),
                  f"{where}: column {header[c - 1]!r} is {width} wide for {longest} characters")


def check_types(book):
    status = book.worksheets[0]
    header, rows = table(status)
    for row in rows:
        check(isinstance(row["Klara steg"], int) and isinstance(row["Steg totalt"], int),
              f"status: progress of {row['Id']} is not integers: {row['Klara steg']!r}, {row['Steg totalt']!r}")
        check(isinstance(row["Försenade punkter"], int), f"status: overdue items of {row['Id']} not an int")
        due = row["Nästa samtal"]
        check(due is None or isinstance(due, datetime.datetime), f"status: next feedback {due!r} is not a date")
    column = header.index("Nästa samtal") + 1
    dated = [status.cell(r, column) for r in range(2, len(rows) + 2) if status.cell(r, column).value]
    check(dated and all(cell.is_date and "yy" in cell.number_format for cell in dated),
          f"status: next feedback cells are not date cells: {[c.number_format for c in dated[:2]]}")


def check_values(book):
    # Bengt Sjöström (Borås): feedback every 10w = 70 days (his own), last held 2026-10-08, so the next is due
    # 2026-10-08 + 70 days = 2026-12-17: 24 days after as_of, beyond due_soon's 14 days, so "ok" and not in the
    # feedback sheet. Two terms of skyddsombud (3y): the second 2026-04-01..2029-03-31, beyond a year on: no term.
    _, status = table(book["Status"])
    bengt = [row for row in status if row["Id"] == "bengt-sjostrom"]
    check(len(bengt) == 1, "status: Bengt Sjöström is not there once")
    if bengt:
        check(bengt[0]["Namn"] == "Bengt Sjöström", f"status: {bengt[0]['Namn']!r}")
        check(bengt[0]["Nästa samtal"] == datetime.datetime(2026, 12, 17), f"status: {bengt[0]['Nästa samtal']!r}")
        check(bengt[0]["Samtalets läge"] == "ok", f"status: Bengt's feedback is {bengt[0]['Samtalets läge']!r}")
    _, feedback = table(book["Återkoppling"])
    check("bengt-sjostrom" not in [row["Id"] for row in feedback], "feedback: Bengt is listed, though ok")
    for row in feedback:
        check(isinstance(row["Intervall (dagar)"], int), f"feedback: interval of {row['Id']} not an int")
        check(row["Senast"] <= datetime.datetime(2026, 12, 7), f"feedback: {row['Id']} due {row['Senast']}, "
              "after as_of + 14 days")
    _, terms = table(book["Mandatperioder"])
    # Mikael Ångström: arbetsplatsombud (2y) from 2025-11-15, so it ends 2027-11-14, within a year of as_of.
    mikael = [row for row in terms if row["Id"] == "mikael-angstrom"]
    check(len(mikael) == 1, f"terms: Mikael Ångström {len(mikael)} times")
    if mikael:
        check(mikael[0]["Början"] == datetime.datetime(2025, 11, 15), f"terms: start {mikael[0]['Början']!r}")
        check(mikael[0]["Slutar"] == datetime.datetime(2027, 11, 14), f"terms: end {mikael[0]['Slutar']!r}")
        check(mikael[0]["Roll"] == "arbetsplatsombud", f"terms: role {mikael[0]['Roll']!r}")
    check("bengt-sjostrom" not in [row["Id"] for row in terms], "terms: Bengt's term ends 2029")
    header, retention = table(book["Kvarstannande"])
    # Everyone in the five files (5 + 6 + 8 + 6 + 5 = 30) who has started serving counts, those who left too; the
    # one in Mölndal whose first assignment starts 2026-12-01 has not: 29. Six have left: the four of
    # tidigare.yaml who have a `left` (workload, moved, job-change, not-re-elected), the one in Kungälv who retired
    # 2026-11-10, and sara-nilsson, whose term ended 2025-08-31 with nothing after it: a reason column each.
    check(retention and retention[0]["Grupp"] == "all", f"retention: first row {retention[:1]}")
    if retention:
        check(retention[0]["Personer"] == 29, f"retention: {retention[0]['Personer']!r} people, not 29")
        check(retention[0]["Avgångar"] == 6, f"retention: {retention[0]['Avgångar']!r} exits, not 6")
    reasons = [h for h in header if h.startswith("Avgångsskäl: ")]
    check(len(reasons) == 6 and "Avgångsskäl: flyttat" in reasons, f"retention: exit reason columns {reasons}")
    if retention:
        check(sum(retention[0][h] for h in reasons) == 6, "retention: the exit reasons do not add up to 6")
    shares = [h for h in header if h.startswith("Kvar efter ")]
    check(len(shares) == 5, f"retention: share columns {shares}")
    _, seats = table(book["Platser"])
    # organisation.yaml's seats, in its order. Skyddsombud at Volvo Torslanda, 2 places: only Olle Bäckström
    # holds one (skyddsombud there since 2026-03-01), so 1 is vacant. Skyddsombud in Kungälv, 2 places: Per
    # Östlund left on 2026-11-10, so Jenny Hägglund alone: 1 vacant. Both have a place to fill, so the prospect
    # Maja Karlsson (Kungälv) is a candidate for both: the Volvo seat names no branch.
    check(len(seats) == 6, f"seats: {len(seats)} rows, not the 6 seats of organisation.yaml")
    volvo = [row for row in seats if row["Arbetsplats"] == "Volvo Torslanda"]
    kungalv = [row for row in seats if row["Ort"] == "Kungälv"]
    check(len(volvo) == 1 and len(kungalv) == 1, "seats: the Volvo Torslanda and Kungälv seats")
    if volvo and kungalv:
        check((volvo[0]["Platser"], volvo[0]["Vakanta"]) == (2, 1), f"seats: Volvo {volvo[0]}")
        check(volvo[0]["Innehavare"] == "olle-backstrom", f"seats: Volvo's holders {volvo[0]['Innehavare']!r}")
        check((kungalv[0]["Platser"], kungalv[0]["Vakanta"]) == (2, 1), f"seats: Kungälv {kungalv[0]}")
        check(kungalv[0]["Innehavare"] == "jenny-hagglund", f"seats: Kungälv's holders {kungalv[0]['Innehavare']!r}")
        check(volvo[0]["Kandidater"] == kungalv[0]["Kandidater"] == "maja-karlsson", "seats: the candidates")


def check_refusals():
    with tempfile.TemporaryDirectory(prefix="repjourney-xlsx-") as scratch:
        env = environment()
        base = [binary, "-d", UNION, "--as-of", AS_OF, "export", "xlsx"]
        result = subprocess.run(base, capture_output=True, env=env, timeout=60, cwd=scratch)
        check(result.returncode == 64 and b" -o " in result.stderr and b".xlsx" in result.stderr and not result.stdout,
              f"without -o: exit {result.returncode}, {result.stderr!r}, {len(result.stdout)} bytes out")
        result = subprocess.run(base + ["-o", "/nonexistent/x.xlsx"], capture_output=True, env=env, timeout=60)
        check(result.returncode == 73 and b"/nonexistent" in result.stderr,
              f"-o /nonexistent/x.xlsx: exit {result.returncode}, {result.stderr!r}")
        check(not os.path.exists("/nonexistent/x.xlsx"), "a file under /nonexistent")
        # Into a directory that is read-only: refused, and nothing left behind (no temporary, no scratch file).
        locked = os.path.join(scratch, "locked")
        os.mkdir(locked, 0o555)
        if os.geteuid() != 0:
            result = subprocess.run(base + ["-o", os.path.join(locked, "x.xlsx")], capture_output=True, env=env)
            check(result.returncode == 73, f"into a read-only directory: exit {result.returncode}")
            check(os.listdir(locked) == [], f"a refused export left {os.listdir(locked)}")
        # Standard output that is not a terminal: the same workbook.
        result = subprocess.run(base + ["-o", "-"], capture_output=True, env=env, timeout=60)
        check(result.returncode == 0 and result.stdout.startswith(b"PK"), f"-o -: exit {result.returncode}")
        if result.returncode == 0:
            piped = openpyxl.load_workbook(io.BytesIO(result.stdout))
            check(piped.sheetnames == SHEETS["sv"], f"-o -: sheets {piped.sheetnames}")
        check(os.listdir(scratch) == ["locked"], f"the exports left {os.listdir(scratch)}")


def main():
    global binary
    binary = os.path.abspath(sys.argv[1])
    swedish = workbook()
    check_structure(swedish, "sv")
    check_types(swedish)
    check_values(swedish)
    check_structure(workbook("--lang", "en"), "en")
    check_refusals()
    if failures:
        sys.exit("\n".join(failures))
    print("export xlsx: six sheets in the organisation's language, frozen and filtered headers, typed cells, "
          "hand-worked values; refusals write nothing")


if __name__ == "__main__":
    main()
