#!/usr/bin/env python3
"""Writes a member-register sheet for a generated data set: ROWS rows, half of them people already
in the data (found by e-mail, each with a new phone number), half new people with an assignment.
Semicolons and Windows-1252, as Swedish Excel saves CSV.

Usage: import_sheet.py DATA_DIR ROWS OUT.csv
"""
import os
import re
import sys


def people(data_dir):
    """(id, email, role) of each representative, read with a regular expression: fast on 100 MB."""
    found = []
    for folder, _, files in os.walk(data_dir):
        for name in sorted(files):
            if name.endswith(".yaml"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    text = f.read()
                found += re.findall(r"- id: (\S+)\n\s+name: .*\n\s+email: (\S+)", text)
    return found


def main():
    data_dir, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    known = people(data_dir)[: rows // 2]
    with open(os.path.join(data_dir, os.listdir(data_dir)[0]), encoding="utf-8") as f:
        role = re.search(r"^roles:\n\s+- id: (\S+)", f.read(), re.M).group(1)
    lines = ["Namn;E-post;Mobil;Uppdrag;Från"]
    for i, (_, email) in enumerate(known):
        lines.append(f"Känd Person {i};{email};070-{i:07d};;")
    for i in range(rows - len(known)):
        lines.append(f"Ny Ödlund {i};ny{i}@example.org;073-{i:07d};{role};2027-03-15")
    with open(out, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
