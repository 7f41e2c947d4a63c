#!/usr/bin/env python3
"""Every list of the suggestion kinds written by hand in the docs, the init scaffolds and the examples' comments
names the kinds `repjourney schema` gives (the model's list), in the same order: a kind added, removed or renamed
in the model fails here until each list says so too.

Usage: suggestion_kinds.py BINARY SOURCE_DIR
"""
import json
import re
import subprocess
import sys
from pathlib import Path


def words(text):
    """anniversary, milestone ... or quiet; also space-separated or in comment lines."""
    return [w for w in re.findall(r"[a-z]+", text.replace("#", " ")) if w not in ("or", "and")]


def before(separator):
    """"anniversary:5y, milestone:ROLE/MILESTONE" or "anniversary = årsdag, ...": the words before the separator."""
    return lambda text: [item.split(separator)[0].replace("#", " ").strip() for item in text.split(",")]


def plural(kind):
    """How README names a kind in its list of what `recognize` suggests."""
    return {"quiet": "quiet spells"}.get(kind) or (kind[:-1] + "ies" if kind.endswith("y") else kind + "s")


# (file, the list's text as a regex's first group, how to read the kinds from it)
LISTS = [
    ("man/repjourney.1", r"Only suggestions of this kind: (.*?)\.\n", words),
    ("man/repjourney.1", r"shows its key \((.*?)\);", before(":")),
    ("man/repjourney.1", r"a list of the kinds (.*?)\}", words),
    ("README.md", r"recognition suggestions \((.*?)\) with", None),  # plural, below
    ("src/render/scaffold_texts_en.cpp", r"an action suits \((.*?)\);", words),
    ("src/render/scaffold_texts_sv.cpp", r"ett sätt passar \((.*?)\);", before("=")),
    ("examples/union-branch/organisation.yaml", r"an action suits: (.*?)\. For", words),
    ("examples/outdoor-club/club.yaml", r"`for:` kinds: (.*?)\n", words),
]


def main():
    binary, source = sys.argv[1], Path(sys.argv[2])
    schema = json.loads(subprocess.run([binary, "schema"], capture_output=True, text=True, check=True).stdout)
    kinds = schema["$defs"]["kind"]["enum"] if "$defs" in schema else schema["definitions"]["kind"]["enum"]
    if len(kinds) < 2:
        sys.exit(f"no kinds in the schema: {kinds}")
    failures = []
    for path, pattern, read in LISTS:
        text = (source / path).read_text(encoding="utf-8")
        match = re.search(pattern, text, re.S)
        if not match:
            failures.append(f"{path}: the list /{pattern}/ is gone; update LISTS in {Path(__file__).name}")
            continue
        listed = read(match.group(1)) if read else [w.strip() for w in match.group(1).split(",")]
        expected = kinds if read else [plural(k) for k in kinds]
        if listed != expected:
            failures.append(f"{path}: lists {listed}, the schema has {expected}")
    for failure in failures:
        print(failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
