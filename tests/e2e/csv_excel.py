#!/usr/bin/env python3
"""--excel: every report's CSV in Excel's dialect for locales with a decimal comma (Swedish), read back by
Python's csv module: a UTF-8 byte order mark first, ';' between cells, CRLF, and the same cells as the
RFC 4180 output, which keeps ',' and no BOM, except that a decimal number has a decimal comma (0,875), as
Excel reads numbers in those locales. --excel without --format csv is a usage error (64).

Usage: csv_excel.py BINARY
"""
import csv
import io
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, environment, failures, run_ok as run  # noqa: E402

UNION = os.path.join(ROOT, "examples", "union-branch")
AS_OF = "2026-11-23"
BOM = b"\xef\xbb\xbf"
DECIMAL = re.compile(r"^(-?[0-9]+)\.([0-9]+)$")
decimal_count = [0]

COMMANDS = [["status", "--all"], ["show", "bengt-sjostrom"], ["feedback"], ["recognize"], ["terms"],
            ["retention", "--by", "branch"]]


def records(data, delimiter):
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=delimiter))


def main():
    binary = os.path.abspath(sys.argv[1])
    for command in COMMANDS:
        name = " ".join(command)
        base = [binary, "-d", UNION, "--as-of", AS_OF, *command, "--format", "csv"]
        plain = run(binary, *base[1:])
        excel = run(binary, *base[1:], "--excel")
        check(not plain.startswith(BOM) and excel.startswith(BOM), f"{name}: the BOM is where it should not be")
        body = excel[len(BOM):]
        check(body.count(b"\r\n") == body.count(b"\n") and body.endswith(b"\r\n"), f"{name}: lines not CRLF")
        rfc = records(plain, ",")
        semicolons = records(body, ";")
        check(len(rfc) > 1, f"{name}: nothing to compare ({len(rfc)} records)")
        # The same cells, but for the decimal sign of numbers: a comma, as Excel reads them where ';' separates.
        decimals = [[DECIMAL.sub(r"\1,\2", cell) for cell in row] for row in rfc]
        decimal_count[0] += sum(cell != original for row, rfc_row in zip(decimals, rfc)
                                for cell, original in zip(row, rfc_row))
        check(semicolons == decimals, f"{name}: the Excel dialect's cells differ from RFC 4180's")
        check(all(len(row) == len(rfc[0]) for row in semicolons), f"{name}: a row with another number of cells")
        # Excel splits at every ';' outside quotes: a cell that holds one must be quoted.
        check(b";" in body.split(b"\r\n")[0], f"{name}: the header is not split by ';'")
    for wrong in (["feedback", "--excel"], ["status", "--format", "json", "--excel"]):
        result = subprocess.run([binary, "-d", UNION, "--as-of", AS_OF, *wrong], capture_output=True,
                                env=environment(), timeout=60)
        check(result.returncode == 64 and b"--excel" in result.stderr and b"--format csv" in result.stderr
              and not result.stdout, f"{' '.join(wrong)}: exit {result.returncode}, {result.stderr!r}")
    check(decimal_count[0] > 0, "no decimal number was compared (retention's shares should be)")
    if failures:
        sys.exit("\n".join(failures))
    print(f"--excel: {len(COMMANDS)} reports with a BOM, ';' and CRLF, the same cells as RFC 4180; "
          "without --format csv a usage error")


if __name__ == "__main__":
    main()
