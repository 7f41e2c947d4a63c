#!/usr/bin/env python3
"""import checked against readers other than repjourney: Python's csv reads the sheet, PyYAML the data.

On a copy of examples/union-branch, examples/sheets/arsmote-2027.csv (Swedish Excel: Windows-1252,
';', CRLF; 10 people already in the data, found by e-mail, and 20 new ones):
- the 20 new people are in the new file with the sheet's name, e-mail, phone, branch, coordinator,
  year of birth and assignment, under ids made here from their names by SPEC's rule;
- the 10 known people have the sheet's phone, and the two with a role and start in the sheet have
  that assignment added; nobody else changed;
- importing the sheet again changes no byte, and says so;
- the same sheet saved as UTF-8 with a BOM and commas, and as UTF-8 with tabs, gives the very same
  files; check passes after each;
- a sheet with one of every kind of bad cell reports each at FILE.csv:ROW:COLUMN and writes nothing.

Usage: import_sheet.py BINARY
"""
import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, environment, failures  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "union-branch")
SHEET = os.path.join(ROOT, "examples", "sheets", "arsmote-2027.csv")
NEW_FILE = os.path.join("representatives", "nya-2027.yaml")
FIELDS = {"Namn": "name", "E-post": "email", "Mobil": "phone", "Avdelning": "branch", "Samordnare": "coordinator",
          "Född": "born"}


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, env=environment(), timeout=60,
                          stdin=subprocess.DEVNULL)


def id_from_name(name, taken):
    """SPEC: lower case, å/ä→a, ö→o, é→e, other letters without marks, spaces → '-', a number when taken."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "-".join("".join(c for c in word if c.isascii() and (c.isalnum() or c in "-_")) for word in text.split())
    while "--" in text:
        text = text.replace("--", "-")
    text = text.strip("-")
    candidate, n = text, 2
    while candidate in taken:
        candidate, n = f"{text}-{n}", n + 1
    taken.add(candidate)
    return candidate


def people(data_dir):
    """Every representative of the data, by id, as PyYAML reads the files (every scalar a string)."""
    found = {}
    for folder, _, files in os.walk(data_dir):
        for name in sorted(files):
            if name.endswith(".yaml"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    document = yaml.load(f, Loader=yaml.BaseLoader) or {}
                for person in document.get("representatives", []) or []:
                    found[person["id"]] = person
    return found


def digests(data_dir):
    out = {}
    for folder, _, files in os.walk(data_dir):
        for name in files:
            if name.endswith(".yaml"):
                path = os.path.join(folder, name)
                with open(path, "rb") as f:
                    out[os.path.relpath(path, data_dir)] = hashlib.sha256(f.read()).hexdigest()
    return out


def sheet_rows():
    with open(SHEET, encoding="cp1252", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def expected_after(before, rows):
    expected = {k: dict(v) for k, v in before.items()}
    by_email = {p.get("email", "").lower(): i for i, p in before.items()}
    taken = set(before)
    for row in rows:
        given = {FIELDS[k]: v for k, v in row.items() if k in FIELDS and v}
        assignment = None
        if row["Uppdrag"]:
            assignment = {"role": row["Uppdrag"], "start": row["Från"]}
            if row["Arbetsplats"]:
                assignment["workplace"] = row["Arbetsplats"]
        known = by_email.get(row["E-post"].lower())
        if known:
            expected[known].update(given)
            if assignment:
                expected[known]["assignments"] = expected[known]["assignments"] + [assignment]
        else:
            new_id = id_from_name(row["Namn"], taken)
            expected[new_id] = {"id": new_id, **given, **({"assignments": [assignment]} if assignment else {})}
    return expected


def imported(binary, sheet, copy):
    shutil.copytree(EXAMPLE, copy)
    result = run(binary, "import", sheet, "-d", copy, "--file", os.path.join(copy, NEW_FILE))
    check(result.returncode == 0, f"import of {os.path.basename(sheet)} exited {result.returncode}: "
                                  f"{result.stderr.decode()}")
    return result


def check_valid(binary, copy, what):
    result = run(binary, "check", "-d", copy)
    check(result.returncode == 0, f"check after {what}: {result.stdout.decode()}{result.stderr.decode()}")


def write_variant(path, rows, encoding, delimiter):
    header = list(rows[0].keys())
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row[h] for h in header])
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(buffer.getvalue())


BAD_SHEET = (
    "Namn;E-post;Uppdrag;Från;Samordnare;Född\n"
    "Eva Ek;eva@example.se;arbetsplatsombud;2027-02-30;jonas;1990\n"   # row 2: no such date (col 4)
    "Bo Ek;bo@example.se;arbetsplatsombd;2027-03-15;jonas;1990\n"      # row 3: unknown role (col 3)
    "Cia Ek;cia@example.se;skyddsombud;2027-03-15;jonsa;1990\n"        # row 4: unknown coordinator (col 5)
    "Dan Ek;dan@example.se;skyddsombud;2027-03-15;jonas;19x0\n"        # row 5: not a year (col 6)
    "Per Östlund;per.ostlund@example.se;;;karin;\n"                    # row 6: per-ostlund, first row
    "Per Östlund;PER.OSTLUND@example.se;;;karin;\n"                    # row 7: a second row for per-ostlund (col 2)
    "Fia Ek;fia(at)example.se;;;jonas;\n"                              # row 8: not an address (col 2)
)
# The example's organisation speaks Swedish: its problems say "fel" (error).
BAD_PLACES = ["bad.csv:2:4: fel:", "bad.csv:3:3: fel:", "bad.csv:4:5: fel:", "bad.csv:5:6: fel:",
              "bad.csv:7:2: fel:", "bad.csv:8:2: fel:"]


def main():
    binary = os.path.abspath(sys.argv[1])
    rows = sheet_rows()
    check(len(rows) == 30, f"the example sheet has {len(rows)} rows, not 30")
    before = people(EXAMPLE)
    with tempfile.TemporaryDirectory(prefix="repjourney-import-") as scratch:
        first = os.path.join(scratch, "cp1252")
        result = imported(binary, SHEET, first)
        summary = result.stdout.decode()
        # The example organisation speaks Swedish (language: sv): so does the summary.
        check("20 tillagda, 10 uppdaterade, 0 oförändrade" in summary, f"the summary says {summary!r}")
        check("Windows-1252" in summary and "';'" in summary, f"the summary does not name the encoding: {summary!r}")
        after = people(first)
        expected = expected_after(before, rows)
        check(set(after) == set(expected), f"ids: added {sorted(set(after) - set(expected))}, "
                                           f"missing {sorted(set(expected) - set(after))}")
        for rep_id in sorted(set(after) & set(expected)):
            check(after[rep_id] == expected[rep_id], f"{rep_id}: {after[rep_id]}\n  expected {expected[rep_id]}")
        check("asa-oberg-2" in after, "the second Åsa Öberg did not get asa-oberg-2")
        check_valid(binary, first, "the import")

        state = digests(first)
        again = run(binary, "import", SHEET, "-d", first, "--file", os.path.join(first, NEW_FILE))
        check(again.returncode == 0 and "0 tillagda, 0 uppdaterade, 30 oförändrade" in again.stdout.decode(),
              f"the second import: {again.returncode} {again.stdout.decode()} {again.stderr.decode()}")
        check(digests(first) == state, "importing the same sheet again changed a file")

        for name, encoding, delimiter in (("bom-comma.csv", "utf-8-sig", ","), ("utf8-tab.csv", "utf-8", "\t")):
            sheet = os.path.join(scratch, name)
            write_variant(sheet, rows, encoding, delimiter)
            copy = os.path.join(scratch, name + ".data")
            imported(binary, sheet, copy)
            check(digests(copy) == state, f"{name} did not give the same files as the Windows-1252 sheet")

        # A sheet from a CSV export guards cells that look like formulas ("'+46 …", OWASP): the guard comes off.
        international = [dict(row, Mobil="+46 " + row["Mobil"][1:]) if row["Mobil"] else row for row in rows]
        guarded = [dict(row, Mobil="'" + row["Mobil"]) if row["Mobil"] else row for row in international]
        sheet = os.path.join(scratch, "guarded.csv")
        write_variant(sheet, guarded, "utf-8", ",")
        copy = os.path.join(scratch, "guarded.data")
        imported(binary, sheet, copy)
        after, expected = people(copy), expected_after(before, international)
        check(any(p.get("phone", "").startswith("+46 ") for p in expected.values()), "no phone was guarded")
        for rep_id in sorted(expected):
            check(after.get(rep_id, {}).get("phone") == expected[rep_id].get("phone"),
                  f"{rep_id}: phone {after.get(rep_id, {}).get('phone')!r}, not {expected[rep_id].get('phone')!r}")

        bad = os.path.join(scratch, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write(BAD_SHEET)
        copy = os.path.join(scratch, "bad.data")
        shutil.copytree(EXAMPLE, copy)
        untouched = digests(copy)
        result = subprocess.run([binary, "import", "bad.csv", "-d", copy, "--file", os.path.join(copy, NEW_FILE)],
                                cwd=scratch, capture_output=True, env=environment(), timeout=60)
        errors = result.stderr.decode()
        check(result.returncode == 65, f"a bad sheet exited {result.returncode}")
        for place in BAD_PLACES:
            check(place in errors, f"no '{place}' in:\n{errors}")
        check(errors.count(": fel:") == len(BAD_PLACES) + 1, f"other errors than the bad cells':\n{errors}")
        check(digests(copy) == untouched, "a refused import wrote a file")

    for failure in failures:
        print("FAIL:", failure)
    if failures:
        sys.exit(1)
    print("ok: 30 rows read back by Python's csv and PyYAML; imported twice; three encodings; 6 bad cells")


if __name__ == "__main__":
    main()
