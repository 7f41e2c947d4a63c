#!/usr/bin/env python3
"""`notice` against facts worked out by hand from SPEC.md "Mandates", and its printable page read back by
independent readers: Python's html.parser, and chromium printing it to PDF, read by poppler (one A4 page).

The data below, as_of 2026-11-23:
  steward (notify_employer: true, that is fml, term 2y) has a seat at Acme AB.
  older held it 2023-01-01..2024-12-31, old 2025-01-01..2026-12-31 (the last holder before new),
  new starts 2027-01-01: the next assignment, so the notice is for 2027-01-01 - 2028-12-31
  (start + 2y - 1 day) and new replaces old, "till och med 2026-12-31".
  two holds safety (aml, no seat, open-ended) and steward: without ROLE, a usage error naming both.
  board has no notify_employer: a usage error. gone left: no current or coming assignment.
Usage: notice_letter.py BINARY
"""
import html.parser
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import check, environment, failures  # noqa: E402
from export_html_print import page_sizes, print_to_pdf, run_tool, tool  # noqa: E402

AS_OF = "2026-11-23"
DATA = """
organisation:
  name: Klubben Acme
  email: klubben@example.org
  language: sv
  seats:
    - {role: steward, workplace: Acme AB}
roles:
  - {id: steward, title: Arbetsplatsombud, term: 2y, notify_employer: true}
  - {id: safety, title: Skyddsombud, notify_employer: aml}
  - {id: board, title: Styrelseledamot, term: 2y}
representatives:
  - {id: older, name: Olle Äldre, assignments: [{role: steward, start: 2023-01-01, workplace: Acme AB}]}
  - {id: old, name: Stina Gammal, assignments: [{role: steward, start: 2025-01-01, workplace: Acme AB}]}
  - {id: new, name: Nora Ny, assignments: [{role: steward, start: 2027-01-01, workplace: Acme AB}]}
  - id: two
    name: Tor Två
    assignments:
      - {role: safety, start: 2026-02-01, workplace: Lagret}
      - {role: steward, start: 2026-03-01}
      - {role: board, start: 2026-03-01}
  - {id: gone, name: Gun Borta, left: 2026-06-30, assignments: [{role: steward, start: 2026-01-01, end: 2026-06-30}]}
"""


def run(binary, data, *args):
    result = subprocess.run([binary, "-d", data, "--as-of", AS_OF, "notice", *args], capture_output=True,
                            env=environment(), timeout=60)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def flat(text):
    """The text with every run of white space one space: a phrase is found wherever the lines broke."""
    return " ".join(text.split())


def field(text, label):
    match = re.search(rf"^  {label}:\s+(.*)$", text, re.M)
    return match.group(1) if match else None


class Collect(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.open, self.text, self.errors = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def main():
    binary = sys.argv[1]
    scratch = tempfile.mkdtemp()
    data = os.path.join(scratch, "data.yaml")
    with open(data, "w", encoding="utf-8") as f:
        f.write(DATA)

    code, out, err = run(binary, data, "new")
    check(code == 0, f"notice new: exit {code}: {err}")
    check(out.startswith("Klubben Acme\nklubben@example.org\n"), "the letter starts with the organisation")
    check("Anmälan av facklig förtroendeman" in out, "the Swedish fml title")
    check("1 § lagen (1974:358) om facklig förtroendemans ställning på arbetsplatsen" in flat(out), "fml cites 1 §")
    check(field(out, "Namn") == "Nora Ny", f"name: {field(out, 'Namn')}")
    check(field(out, "Uppdrag") == "Arbetsplatsombud", f"role: {field(out, 'Uppdrag')}")
    check(field(out, "Arbetsplats") == "Acme AB", f"workplace: {field(out, 'Arbetsplats')}")
    check(field(out, "Mandatperiod") == "2027-01-01 – 2028-12-31", f"term: {field(out, 'Mandatperiod')}")
    check(field(out, "Ersätter") == "Stina Gammal (till och med 2026-12-31)", f"replaces: {field(out, 'Ersätter')}")
    check(f"Datum: {AS_OF}" in out, "the date is as_of")
    check("translation aid" not in out, "no translation note in Swedish")

    code, out, err = run(binary, data, "new", "--lang", "en")
    check(code == 0 and "Notice of a trade union representative" in out, "the English fml title")
    check(field(out, "Replaces") == "Stina Gammal (until 2026-12-31)", f"replaces (en): {field(out, 'Replaces')}")
    check("This English text is a translation aid" in flat(out), "English says it is a translation aid")

    code, out, err = run(binary, data, "two", "safety")
    check(code == 0 and "Anmälan av skyddsombud" in out, f"the aml title: {err}")
    check("6 kap. 2 § arbetsmiljölagen (1977:1160) och 10 § arbetsmiljöförordningen (1977:1166)" in flat(out),
          "aml cites AML 6:2 and AMF 10 §")
    check(field(out, "Arbetsplats") == "Lagret", "the safety assignment's workplace")
    check(field(out, "Mandatperiod") == "från 2026-02-01, tills vidare", f"open-ended: {field(out, 'Mandatperiod')}")
    check(field(out, "Ersätter") is None, "no seat: nobody replaced")

    for args, words in ((["two"], "safety, steward"), (["two", "board"], "board"), (["gone"], "gone"),
                        (["new", "safety"], "safety"), (["nobody"], "nobody")):
        code, out, err = run(binary, data, *args)
        check(code == 64 and out == "" and words in err, f"notice {' '.join(args)}: exit {code}, {err!r}")

    code, out, err = run(binary, data, "new", "--format", "markdown")
    check(code == 0 and "# Anmälan av facklig förtroendeman" in out and "- **Ersätter:** Stina Gammal" in out,
          "markdown: heading and fields")

    code, page, err = run(binary, data, "new", "--format", "html")
    check(code == 0, f"html: {err}")
    parser = Collect()
    parser.feed(page)
    words = " ".join(" ".join(parser.text).split())
    check(not parser.errors and parser.open == [], f"html: tags closed in order ({parser.errors}, {parser.open})")
    check("Nora Ny" in words and "Stina Gammal (till och med 2026-12-31)" in words, "html: the facts")
    page_path = os.path.join(scratch, "notice.html")
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)
    pdf = os.path.join(scratch, "notice.pdf")
    tool("pdfinfo")
    print_to_pdf(page_path, pdf, scratch)
    sizes = page_sizes(pdf)
    check(len(sizes) == 1, f"the printed notice is one page, not {len(sizes)}")
    check(all(abs(w - 595.3) < 2 and abs(h - 841.9) < 2 for w, h in sizes), f"A4: {sizes}")
    printed = " ".join(run_tool("pdftotext", pdf, "-").split())
    check("Nora Ny" in printed and "Mottaget av arbetsgivaren" in printed, "the PDF holds the name and receipt")

    if failures:
        sys.exit("\n".join(failures))
    print("notice: the facts worked out by hand, in both languages and three formats; printed on one A4 page")


if __name__ == "__main__":
    main()
