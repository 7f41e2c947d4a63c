#!/usr/bin/env python3
"""`export html`: a self-contained page that renders in a real browser (Debian's chromium, headless).

- The page is written with -o as a file readable by its owner only, parses strictly (as XML, and with every
  HTML tag balanced), and asks for nothing: no scripts, links, images or URLs, and a Content-Security-Policy
  that would make the browser refuse and log any request.
- Chromium renders it with no console message at all (CSP violations and script errors are logged there), its
  DOM holds one timeline SVG per representative, and a screenshot is taken (copied to $REPJOURNEY_SCREENSHOT_DIR
  when set, to look at).
- Text is escaped; notes and birth years are left out unless asked for; --redact leaves no name or e-mail address.
- Each completion is drawn once, on the row of the assignment it belongs to, and an ended assignment shows nothing
  after its end: the marks of every row of a small data set, worked out by hand from the spec (see TERMS below).

Usage: export_html.py BINARY
"""
import html.parser
import json
import os
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, failures, run_ok  # noqa: E402

UNION = os.path.join(ROOT, "examples", "union-branch")
CLUB = os.path.join(ROOT, "examples", "outdoor-club")
AS_OF = "2026-11-23"
SVG_NS = "http://www.w3.org/2000/svg"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def run(binary, *args):
    return run_ok(binary, *args).decode("utf-8")


class Page(html.parser.HTMLParser):
    """Balanced tags, the timelines' data-rep, and everything that could reach outside the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []
        self.problems = []
        self.timelines = []
        self.text = []
        self.style = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "link", "img", "iframe", "object", "embed", "audio", "video", "base", "form"):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "xlink:href") or name.startswith("on"):
                self.problems.append(f"{tag} {name}={value!r}")
            if value and "://" in value and value != SVG_NS:
                self.problems.append(f"{tag} {name}={value!r}")
        if tag == "svg" and "timeline" in attributes.get("class", "").split():
            self.timelines.append(attributes.get("data-rep"))
        if tag not in VOID:
            self.open.append((tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.open.pop()

    def handle_endtag(self, tag):
        if not self.open or self.open[-1][0] != tag:
            self.problems.append(f"</{tag}> at {self.getpos()} closes {self.open[-1] if self.open else 'nothing'}")
            return
        self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1][0] == "style":
            self.style += data
        else:
            self.text.append(data)


def parse(document, what):
    """The strict parse: well-formed XML, balanced HTML, nothing that leaves the page."""
    try:
        ElementTree.fromstring(document.split("\n", 1)[1] if document.startswith("<!DOCTYPE html>") else document)
    except ElementTree.ParseError as e:
        failures.append(f"{what}: not well-formed: {e}")
    page = Page()
    page.feed(document)
    page.close()
    check(not page.open, f"{what}: unclosed {page.open}")
    for problem in page.problems:
        failures.append(f"{what}: {problem}")
    for word in ("url(", "@import", "://"):
        check(word not in page.style, f"{what}: the stylesheet has {word}")
    check("Content-Security-Policy" in document and "default-src 'none'" in document, f"{what}: no CSP")
    check(document.startswith("<!DOCTYPE html>\n"), f"{what}: no doctype")
    return page


def chromium_binary():
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("chromium is not installed: install Debian's chromium (scripts/setup.sh)")


def chromium(page_path, profile, *args):
    """Runs headless Chromium once; returns its stdout and the console messages it logged."""
    command = [chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--hide-scrollbars", "--mute-audio",
               # Nothing may resolve: a request that slipped past the CSP would fail, and be logged.
               "--host-resolver-rules=MAP * ~NOTFOUND",
               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args, f"file://{page_path}"]
    result = subprocess.run(command, capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    stderr = result.stderr.decode("utf-8", "replace")
    # Every console message (log, warning, error, CSP violation, uncaught exception) is a line with CONSOLE; a
    # page without scripts logs none, so any is a failure.
    console = [line for line in stderr.splitlines() if ":CONSOLE" in line]
    check(result.returncode == 0, f"chromium exited {result.returncode}: {stderr[-2000:]}")
    return result.stdout.decode("utf-8", "replace"), console


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def check_in_browser(page_path, expected_reps, scratch):
    profile = tempfile.mkdtemp(dir=scratch)
    dom, console = chromium(page_path, profile, "--dump-dom", "--virtual-time-budget=2000")
    check(not console, "console messages while rendering:\n    " + "\n    ".join(console))
    rendered = Page()
    rendered.feed(dom)
    check(sorted(rendered.timelines) == sorted(expected_reps),
          f"the rendered DOM has timelines for {rendered.timelines}, expected one for each of {expected_reps}")

    screenshot = os.path.join(scratch, "export-html.png")
    _, console = chromium(page_path, tempfile.mkdtemp(dir=scratch), f"--screenshot={screenshot}",
                          "--window-size=1100,2400")
    check(not console, "console messages while taking the screenshot:\n    " + "\n    ".join(console))
    size = png_size(screenshot) if os.path.exists(screenshot) else None
    check(size == (1100, 2400), f"no screenshot of 1100x2400 (got {size})")
    check(size and os.path.getsize(screenshot) > 100_000, "the screenshot is nearly empty")
    keep = os.environ.get("REPJOURNEY_SCREENSHOT_DIR")
    if keep and size:
        os.makedirs(keep, exist_ok=True)
        shutil.copy(screenshot, os.path.join(keep, "export-html.png"))


FIXTURE = """\
organisation:
  name: "Tom & Jerry's <Club>"
  email: office@club.example.org
  coordinators:
    - {id: tom, name: "Tom <b>Bold</b>", email: tom@club.example.org}
roles:
  - id: leader
    title: "Leader </svg><script>alert(1)</script>"
    journey:
      - {id: welcome, title: "Welcome & \\"hello\\"", due: 1w}
representatives:
  - id: eve
    name: "Eve <img src=x onerror=alert(1)> O'Hara"
    email: eve@club.example.org
    coordinator: tom
    born: 1987
    assignments:
      - {role: leader, start: 2026-01-10}
    goals:
      - {id: goal, title: "Goal ]]> & <!-- not a comment -->", due: 2026-12-01}
events:
  - {date: 2026-01-12, rep: eve, type: milestone, milestone: welcome}
  - {date: 2026-02-01, rep: eve, type: note, note: "Private note about health"}
  - {date: 2026-03-01, rep: eve, type: feedback, by: tom, note: "Private feedback note"}
"""


def check_privacy_and_escaping(binary, scratch):
    data = os.path.join(scratch, "fixture")
    os.makedirs(data)
    with open(os.path.join(data, "club.yaml"), "w", encoding="utf-8") as f:
        f.write(FIXTURE)
    base = ("-d", data, "--as-of", AS_OF, "export", "html")
    plain = run(binary, *base)
    page = parse(plain, "fixture")
    text = "".join(page.text)
    check("Eve <img src=x onerror=alert(1)> O'Hara" in text, "the hostile name does not come back as text")
    check("Leader </svg><script>alert(1)</script>" in text, "the hostile role title does not come back as text")
    for secret in ("Private note about health", "Private feedback note", "1987"):
        check(secret not in plain, f"{secret!r} is in the page without being asked for")
    with_private = run(binary, *base, "--include-notes", "--include-born")
    parse(with_private, "fixture with notes")
    check("Private note about health" in with_private, "--include-notes leaves the note out")
    check("born 1987" in with_private, "--include-born leaves the birth year out")
    redacted = run(binary, *base, "--redact", "--include-notes")
    parse(redacted, "redacted fixture")
    for secret in ("Eve", "O&#39;Hara", "Bold", "@club.example.org"):
        check(secret not in redacted, f"{secret!r} is in the page with --redact")
    check('data-rep="eve"' in redacted and ">eve</h3>" in redacted, "--redact does not show the id")


# Worked by hand for 2026-11-23 (the timelines span 23 Nov 2024 to 23 Nov 2027). A completion belongs to the
# assignment held on its date, else to the next one to start; after every assignment ended, to none (SPEC "Milestones"
# counts a scope: role completion in every term of the role: the timeline draws it once).
TERMS = """\
organisation:
  name: Terms
roles:
  - id: steward
    title: Steward
    journey:
      - {id: training, title: Training, due: 1m}
      - {id: network, title: Network, due: 2m, every: 3m}
      - {id: renewal, title: Renewal talk, due: end-1m, scope: term}
representatives:
  - id: anna
    name: Anna
    assignments:
      - {role: steward, start: 2025-01-01, end: 2025-12-31}
      - {role: steward, start: 2026-01-01, end: 2026-12-31}
  - id: bo
    name: Bo
    assignments:
      - {role: steward, start: 2025-01-01, end: 2025-06-30}
events:
  - {date: 2024-12-20, rep: anna, type: milestone, milestone: training}
  - {date: 2025-03-01, rep: anna, type: milestone, milestone: network}
  - {date: 2025-06-01, rep: anna, type: milestone, milestone: network}
  - {date: 2025-11-15, rep: anna, type: milestone, milestone: renewal}
  - {date: 2026-02-01, rep: anna, type: milestone, milestone: network}
  - {date: 2026-11-10, rep: anna, type: milestone, milestone: renewal}
  - {date: 2025-03-01, rep: bo, type: milestone, milestone: network}
  - {date: 2025-09-01, rep: bo, type: milestone, milestone: network}
"""
TERMS_ROWS = {
    "anna": [
        # Training ahead of the first term belongs to it; the 2026 term counts it done and draws nothing for it.
        ("Steward · 1 Jan 2025 – 31 Dec 2025",
         ["done: Training — done 20 Dec 2024", "done: Network — done 1 Mar 2025",
          "done: Network — done 1 Jun 2025", "done: Renewal talk — done 15 Nov 2025"]),
        # Network next due 2026-02-01 + 3m = 2026-05-01: overdue; the renewal talk is done in this term.
        ("Steward · 1 Jan 2026 – 31 Dec 2026",
         ["done: Network — done 1 Feb 2026", "done: Renewal talk — done 10 Nov 2026",
          "overdue: Network — due 1 May 2026 (206 days overdue)"]),
    ],
    # Bo's term ended on 30 Jun 2025: the network meeting of 1 Sep 2025 is on no row, nor is anything open.
    "bo": [("Steward · 1 Jan 2025 – 30 Jun 2025", ["done: Network — done 1 Mar 2025"])],
}


def timeline_rows(document, rep):
    """The timeline's assignment rows of rep: each label with its marks, as "state: title"."""
    start = document.index(f'data-rep="{rep}"')
    start = document.rindex("<svg", 0, start)
    svg = ElementTree.fromstring(document[start:document.index("</svg>", start) + len("</svg>")])
    rows = []
    for element in svg:
        tag = element.tag.split("}")[-1]
        classes = element.get("class", "")
        if tag == "text" and classes == "tl-label":
            rows.append(("".join(element.itertext()), []))
        elif classes.startswith("mk-") and rows:
            title = element.find(f"{{{SVG_NS}}}title")
            rows[-1][1].append(f"{classes[3:]}: {title.text if title is not None else ''}")
    return rows


def check_completions_drawn_once(binary, scratch):
    data = os.path.join(scratch, "terms")
    os.makedirs(data)
    with open(os.path.join(data, "terms.yaml"), "w", encoding="utf-8") as f:
        f.write(TERMS)
    document = run(binary, "-d", data, "--as-of", AS_OF, "export", "html")
    parse(document, "terms")
    for rep, expected in TERMS_ROWS.items():
        rows = [(label, sorted(marks)) for label, marks in timeline_rows(document, rep) if label.startswith("Steward")]
        expected = [(label, sorted(marks)) for label, marks in expected]
        check(rows == expected, f"terms: {rep}'s rows are\n    {rows}\n  not\n    {expected}")


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="repjourney-html-") as scratch:
        for name, data in (("union", UNION), ("club", CLUB)):
            path = os.path.join(scratch, f"{name}.html")
            run(binary, "-d", data, "--as-of", AS_OF, "export", "html", "-o", path)
            mode = stat.S_IMODE(os.stat(path).st_mode)
            check(mode == 0o600, f"{name}.html has mode {oct(mode)}, not 0600")
            with open(path, encoding="utf-8") as f:
                document = f.read()
            page = parse(document, f"{name}.html")
            state = json.loads(run(binary, "-d", data, "--as-of", AS_OF, "export", "json"))
            reps = [rep["id"] for rep in state["representatives"]]
            check(sorted(page.timelines) == sorted(reps), f"{name}.html: timelines {page.timelines}, people {reps}")
            check(len(reps) >= 14, f"{name}: only {len(reps)} people; is the example still the one we know?")
            if name == "union":
                check('<html lang="sv">' in document, "the union's report is not in Swedish")
                check_in_browser(path, reps, scratch)
        check_privacy_and_escaping(binary, scratch)
        check_completions_drawn_once(binary, scratch)
    if failures:
        sys.exit("export html:\n  " + "\n  ".join(failures))
    print("export html: strict parse; self-contained; rendered by chromium with no console messages and one "
          "timeline per representative; escaped; private data only on request; each completion on its own term's row")


if __name__ == "__main__":
    main()
