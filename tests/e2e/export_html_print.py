#!/usr/bin/env python3
"""`export html` on paper: each report printed to PDF by Debian's headless Chromium, the PDF read by poppler.

For the two examples (Swedish and English, --as-of fixed) and a data set of long names, titles and addresses:
- every page is A4 (pdfinfo: 595 x 842 pt, to a point);
- nothing is lost at the edges: every word pdftotext finds lies inside the page and outside its outer 10 mm,
  where printers do not print, and those strips are blank in the page rendered to grey pixels (pdftoppm), so no
  bar, border or line of text runs towards the page box;
- nothing was shrunk to fit: Chromium scales a document wider than the paper down, so its text would print
  smaller than the same report's on other data; the commonest height of a word is the same in every PDF;
- nothing is lost at all: every word of every representative's name (from `export json`) is in the text, as are
  those of the long titles (text past the page box, or clipped by its box, is not in the text poppler
  reads, so a name or title cut off at the right edge is missing here);
- each printed page of timelines can be read alone: the legend (the glyph of each mark's shape and its words, as
  written out below, not taken from the program) is on every one of those pages.

A missing chromium, pdfinfo, pdftotext or pdftoppm fails the test (scripts/setup.sh installs them); it never skips.
Usage: export_html_print.py BINARY
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, failures, run_ok  # noqa: E402

AS_OF = "2026-11-23"
A4 = (595.28, 841.89)  # 210 x 297 mm in points
MM = 72 / 25.4
UNPRINTABLE = 10 * MM

# The legend a printed page of timelines must carry: the shape of each mark as a glyph, and its words.
LEGEND = {
    "en": ["assignment", "done", "overdue", "due soon", "upcoming", "not chased now", "feedback conversation",
           "recognition", "today"],
    "sv": ["uppdrag", "klart", "försenat", "snart", "kommande", "följs inte upp nu", "återkopplingssamtal",
           "uppmärksammande", "i dag"],
}
GLYPHS = ["\u25AD", "\u25CF", "\u25C6", "\u25B2", "\u25CB", "\u25A1", "\u25AA", "\u2605", "\u2506"]
PEOPLE_HEADING = {"en": "Representatives", "sv": "Förtroendevalda"}

LONG_ROLE = ("Health, safety and working-environment representative for the north-western distribution centre "
             "and its satellite depots in three municipalities")
LONG_MILESTONE = "Arbetsmiljöutbildningsgrundkursavslutningsceremonideltagandebekräftelseblankettsinlämning"
LONG_NAME = "Maximiliane-Charlotte Wilhelmina Adelheid von Hohenzollern-Sigmaringen-Habsburg-Lothringen"
UNBROKEN_NAME = "Bartholomew" + "x" * 60 + "son"  # in a card's heading and the table of suggestions (quiet)
LONG_COORDINATOR = "Coordinatorwithanunbreakablylongsurnameofmorethansixtycharacters"  # in the coordinators' table
LONG_FIXTURE = f"""\
organisation:
  name: The Exceptionally Long-Named Federation of Health, Safety and Working-Environment Representatives
  language: en
  coordinators:
    - {{id: c, name: {LONG_COORDINATOR}, email: c@example.org}}
roles:
  - id: rep
    title: {LONG_ROLE}
    term: 2y
    journey:
      - {{id: welcome, title: "Welcome conversation with the branch chair, the regional ombudsman and the previous holder of the assignment", due: 1w}}
      - {{id: course, title: {LONG_MILESTONE}, due: 3m}}
      - {{id: network, title: Network, due: 2m, every: 6m}}
representatives:
  - id: long
    name: {LONG_NAME}
    email: maximiliane.charlotte.wilhelmina.von.hohenzollern.sigmaringen@very-long-subdomain.example.org
    branch: Northern-Western-Distribution-Centre-And-Satellite-Depots-In-Three-Municipalities
    coordinator: c
    assignments:
      - {{role: rep, start: 2025-02-01}}
      - {{role: rep, start: 2027-02-01}}
    goals:
      - {{id: g, title: "Lead the working-environment inspection of every satellite depot, with the employer, the regional safety representative and the municipal inspector", due: 2027-03-31}}
  - id: unbroken
    name: {UNBROKEN_NAME}
    coordinator: c
    assignments:
      - {{role: rep, start: 2025-05-10}}
events:
  - {{date: 2025-02-05, rep: long, type: milestone, milestone: welcome}}
  - {{date: 2025-04-20, rep: long, type: milestone, milestone: course}}
  - {{date: 2025-05-01, rep: long, type: feedback}}
  - {{date: 2025-06-01, rep: long, type: recognition}}
"""


def tool(name):
    path = shutil.which(name)
    if not path:
        sys.exit(f"{name} is not installed: scripts/setup.sh installs it (chromium, poppler-utils)")
    return path


def print_to_pdf(page_path, pdf_path, scratch):
    command = [tool("chromium"), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--mute-audio", "--host-resolver-rules=MAP * ~NOTFOUND",
               f"--user-data-dir={tempfile.mkdtemp(dir=scratch)}",
               # The browser's own header and footer (date, address) are not the page's: left out, as a user may.
               "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", f"file://{page_path}"]
    result = subprocess.run(command, capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    check(result.returncode == 0 and os.path.exists(pdf_path),
          f"chromium did not print {page_path}: {result.stderr.decode('utf-8', 'replace')[-2000:]}")


def page_sizes(pdf_path):
    """Each page's size in points, as pdfinfo reads it."""
    pages = int(re.search(r"^Pages:\s+(\d+)$", run_tool("pdfinfo", pdf_path), re.M).group(1))
    info = run_tool("pdfinfo", "-f", "1", "-l", str(pages), pdf_path)
    sizes = [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)]
    check(len(sizes) == pages, f"pdfinfo gave {len(sizes)} page sizes for {pages} pages")
    return sizes


def run_tool(*command):
    result = subprocess.run([tool(command[0]), *command[1:]], capture_output=True, timeout=60)
    check(result.returncode == 0, f"{command[0]} failed: {result.stderr.decode('utf-8', 'replace')}")
    return result.stdout.decode("utf-8", "replace")


def words_by_page(pdf_path):
    """Each page's size and its words with their boxes, from pdftotext -bbox-layout."""
    xhtml = run_tool("pdftotext", "-bbox-layout", pdf_path, "-")
    xhtml = xhtml[xhtml.index("<html"):]
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in ElementTree.fromstring(xhtml).iterfind(".//x:page", namespace):
        words = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")),
                  w.text or "") for w in page.iterfind(".//x:word", namespace)]
        pages.append((float(page.get("width")), float(page.get("height")), words))
    return pages


DPI = 50


def ink(pdf_path, scratch):
    """Each page rendered to grey pixels at DPI: its width, and the leftmost and rightmost column with anything but
    white."""
    prefix = os.path.join(scratch, "ink")
    run_tool("pdftoppm", "-gray", "-r", str(DPI), pdf_path, prefix)
    pages = []
    for name in sorted((f for f in os.listdir(scratch) if f.startswith("ink") and f.endswith(".pgm")),
                       key=lambda f: int(re.search(r"-(\d+)\.pgm$", f).group(1))):
        with open(os.path.join(scratch, name), "rb") as f:
            data = f.read()
        os.remove(os.path.join(scratch, name))
        # P5: magic, width, height, maximum value, each followed by one white space; then a byte a pixel.
        width, height, pixels = re.match(rb"P5\s+(\d+)\s+(\d+)\s+\d+\s(.*)", data, re.S).groups()
        width, height = int(width), int(height)
        page = [width, 0]
        for y in range(height):
            row = pixels[y * width:(y + 1) * width]
            inked = [x for x in (next((x for x in range(width) if row[x] < 250), None),
                                 next((x for x in reversed(range(width)) if row[x] < 250), None)) if x is not None]
            if not inked:
                continue
            page = [min(page[0], inked[0]), max(page[1], inked[-1])]
        pages.append((width, page))
    return pages


def mm(pixels):
    return pixels * 25.4 / DPI


def squeezed(text):
    """Text without any white space: a name wrapped at a line's end, or broken inside a word, still matches."""
    return re.sub(r"\s+", "", text)


def check_printed(what, binary, data, language, names, scratch, must_read=()):
    page = os.path.join(scratch, f"{what}.html")
    pdf = os.path.join(scratch, f"{what}.pdf")
    run_ok(binary, "-d", data, "--as-of", AS_OF, "export", "html", "-o", page)
    print_to_pdf(page, pdf, scratch)
    if not os.path.exists(pdf):
        return
    sizes = page_sizes(pdf)
    check(len(sizes) >= 2, f"{what}: {len(sizes)} pages; the people start on a page of their own")
    for number, (width, height) in enumerate(sizes, 1):
        check(abs(width - A4[0]) <= 1 and abs(height - A4[1]) <= 1,
              f"{what}: page {number} is {width} x {height} pt, not A4 ({A4[0]} x {A4[1]})")

    pages = words_by_page(pdf)
    check(len(pages) == len(sizes), f"{what}: pdftotext read {len(pages)} pages, pdfinfo {len(sizes)}")
    for number, (width, height, words) in enumerate(pages, 1):
        for x_min, y_min, x_max, y_max, word in words:
            inside = 0 <= x_min and x_max <= width and 0 <= y_min and y_max <= height
            check(inside, f"{what}: page {number}: {word!r} at x {x_min:.1f}–{x_max:.1f}, y {y_min:.1f}–{y_max:.1f} "
                          f"is outside the page ({width:.1f} x {height:.1f})")
            printable = UNPRINTABLE <= x_min and x_max <= width - UNPRINTABLE
            check(not inside or printable, f"{what}: page {number}: {word!r} at x {x_min:.1f}–{x_max:.1f} is in the "
                                           f"outer 10 mm of a page {width:.1f} pt wide")

    strip = UNPRINTABLE / 72 * DPI
    for number, (width, page) in enumerate(ink(pdf, scratch), 1):
        check(page[0] >= strip and page[1] < width - strip,
              f"{what}: page {number} has ink from {mm(page[0]):.0f} mm to {mm(page[1]):.0f} mm of {mm(width):.0f} mm: "
              "in the outer 10 mm")

    heights = collections.Counter(round(y_max - y_min, 1) for _, _, words in pages for _, y_min, _, y_max, _ in words)
    TEXT_HEIGHTS[what] = heights.most_common(1)[0][0]

    text = [" ".join(word for *_, word in words) for _, _, words in pages]
    # Word by word: poppler may read a wrapped heading's next line after what follows it on the first (a chip), and
    # drops a hyphen that ends a line; a word broken across lines comes back whole, as nothing lies between.
    everything = squeezed(" ".join(text)).replace("-", "")
    for name in [*names, *must_read]:
        missing = [word for word in re.split(r"[\s-]+", name) if word and word not in everything]
        check(not missing, f"{what}: {missing} of {name!r} not in the printed text")

    # The people begin a page with their heading; from there on, every page shows timelines and carries the legend.
    heading = PEOPLE_HEADING[language]
    first = next((i for i, page_text in enumerate(text) if i > 0 and page_text.startswith(heading + " ")), None)
    check(first is not None, f"{what}: no page has the heading {heading!r}")
    for number in range(first or 0, len(text)):
        page_text = squeezed(text[number])
        missing = [w for w in LEGEND[language] + GLYPHS if squeezed(w) not in page_text]
        check(not missing, f"{what}: page {number + 1} has timelines but its legend lacks {missing}")


# The commonest height of a word in each PDF, in points.
TEXT_HEIGHTS = {}


def names_in(binary, data):
    state = json.loads(run_ok(binary, "-d", data, "--as-of", AS_OF, "export", "json"))
    return [rep["name"] for rep in state["representatives"]]


def main():
    binary = os.path.abspath(sys.argv[1])
    for name in ("chromium", "pdfinfo", "pdftotext", "pdftoppm"):
        tool(name)
    with tempfile.TemporaryDirectory(prefix="repjourney-print-") as scratch:
        union = os.path.join(ROOT, "examples", "union-branch")
        club = os.path.join(ROOT, "examples", "outdoor-club")
        check_printed("union", binary, union, "sv", names_in(binary, union), scratch)
        check_printed("club", binary, club, "en", names_in(binary, club), scratch)
        long_data = os.path.join(scratch, "long")
        os.makedirs(long_data)
        with open(os.path.join(long_data, "data.yaml"), "w", encoding="utf-8") as f:
            f.write(LONG_FIXTURE)
        names = names_in(binary, long_data)
        check(sorted(names) == sorted([LONG_NAME, UNBROKEN_NAME]), f"long names: export json has {names}")
        check_printed("long", binary, long_data, "en", names, scratch, (LONG_ROLE, LONG_MILESTONE, LONG_COORDINATOR))
        reference = TEXT_HEIGHTS.get("union")
        for what, height in TEXT_HEIGHTS.items():
            check(reference and abs(height - reference) <= 0.02 * reference,
                  f"{what}: the commonest word is {height} pt high, the union's {reference} pt: shrunk to fit")
        keep = os.environ.get("REPJOURNEY_SCREENSHOT_DIR")
        if keep:
            os.makedirs(keep, exist_ok=True)
            for what in ("union", "club", "long"):
                if os.path.exists(os.path.join(scratch, f"{what}.pdf")):
                    shutil.copy(os.path.join(scratch, f"{what}.pdf"), keep)
    if failures:
        sys.exit("export html, printed:\n  " + "\n  ".join(failures[:40]) +
                 (f"\n  ... and {len(failures) - 40} more" if len(failures) > 40 else ""))
    print("export html, printed by chromium: every page A4; every word inside the page and its printable area; "
          "every name, the long titles and, on each page of timelines, the legend in the text")


if __name__ == "__main__":
    main()
