#!/usr/bin/env python3
"""No renderer derives a fact: no file of src/render/ calls a free function the engine declares (src/engine/*.hpp),
except the few that only name or map a value the findings hold (ALLOWED). Including engine headers for their types,
and calling member accessors (status.counts(), snapshot.role(id)), is fine. A renderer that needs a fact asks the
engine to add it to the status or the findings (ARCHITECTURE.md).

Usage: render_derives_nothing.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

# Not rules, only names for values the findings already hold.
ALLOWED = {
    "to_string": "an enum's id as the data and JSON write it (overdue, milestone)",
    "due_state_of": "a feedback state as the due state it shows as (overdue, due soon, upcoming)",
    "index_of": "an open-item kind's place in a table of counts",
}

# A declaration at namespace level, up to its name and "(": `std::vector<TermEnding> terms_ending(`.
DECLARATION = re.compile(r"^(?![ \t}#/])(?!(?:struct|enum|class|namespace|using|template|inline constexpr)\b)"
                         r"[^;{}()=]*?\b([a-z_][a-z0-9_]*)\(", re.M)


def without_comments(text):
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)


def main():
    source = Path(sys.argv[1])
    engine = {}
    for header in sorted((source / "src/engine").glob("*.hpp")):
        for name in DECLARATION.findall(without_comments(header.read_text(encoding="utf-8"))):
            engine.setdefault(name, header.name)
    if len(engine) < 20:
        sys.exit(f"found only {len(engine)} engine functions: is the pattern still right?")
    failures = []
    for path in sorted((source / "src/render").glob("*.[ch]pp")):
        text = without_comments(path.read_text(encoding="utf-8"))
        for name, header in sorted(engine.items()):
            if name in ALLOWED:
                continue
            # A call, not a member's (.name(, ->name() nor a qualified one of another namespace.
            for match in re.finditer(rf"(?<![\w.>:]){name}\(", text):
                line = text.count("\n", 0, match.start()) + 1
                failures.append(f"{path.relative_to(source)}:{line}: calls {name} (engine/{header})")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print("a renderer only formats: move the fact into the status or the findings", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
