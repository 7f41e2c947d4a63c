#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus from the repository's data files into OUT_DIR.

Usage: seeds.py REPOSITORY OUT_DIR MAX_LEN

- every data file of examples/, tests/e2e/ and tests/fuzz/regressions/, as it is;
- the same without comment and blank lines, where that is shorter;
- each bundled example data set cut into small valid ones, of at most MAX_LEN bytes: the
  organisation, the roles, and two representatives with their events, as three files joined
  the way the fuzzers split an input (see fuzz/fuzz_input.hpp), so that mutations start
  from data that passes `check` and reaches the engine;
- the broken fixtures of tests/e2e/cases/check-broken joined three at a time.
"""
import hashlib
import pathlib
import re
import sys

SEPARATOR = "#=== file\n"  # fuzz/fuzz_input.hpp: file_separator
SECTIONS = ("organisation", "roles", "representatives", "events")


def compact(text):
    return "".join(line for line in text.splitlines(keepends=True)
                   if line.strip() and not line.lstrip().startswith("#"))


def sections(text):
    """{section: [item, ...]} for the list sections, {organisation: text} for the mapping."""
    found = {}
    current = None
    for line in compact(text).splitlines(keepends=True):
        key = re.match(r"([a-z_]+):", line)
        if key:
            current = key.group(1)
            if current == "organisation":
                found["organisation"] = line
            else:
                found.setdefault(current, [])
                rest = line[len(key.group(0)):].strip()
                if rest and rest != "[]":
                    current = None  # an inline list: not cut into items
            continue
        if current == "organisation":
            found["organisation"] += line
        elif current in found:
            items = found[current]
            if re.match(r"  - ", line) or not items:
                items.append(line)
            else:
                items[-1] += line
    return found


def data_set_seeds(files, max_len):
    merged = {"roles": [], "representatives": [], "events": []}
    organisation = ""
    for path in files:
        found = sections(path.read_text(encoding="utf-8"))
        organisation = found.get("organisation", organisation)
        for name in merged:
            merged[name] += found.get(name, [])
    if not organisation:
        return
    roles = "roles:\n" + "".join(merged["roles"])
    people = merged["representatives"]
    for i in range(0, len(people), 2):
        chosen = people[i:i + 2]
        ids = [re.search(r"id: *([^\s,}]+)", item).group(1) for item in chosen]
        events = [e for e in merged["events"] if re.search(r"rep: *(" + "|".join(map(re.escape, ids)) + r")[\s,}]", e)]
        third = "representatives:\n" + "".join(chosen)
        while events:
            with_events = third + "events:\n" + "".join(events)
            if len(organisation) + len(roles) + len(with_events) + 2 * len(SEPARATOR) <= max_len:
                third = with_events
                break
            events = events[len(events) // 2:]  # keep the later half: what happens near the day reported
        seed = SEPARATOR.join([organisation, roles, third])
        if len(seed.encode()) <= max_len:
            yield seed.encode()


def seeds(root, max_len):
    data_dirs = [root / "examples", root / "tests/e2e", root / "tests/fuzz/regressions"]
    for directory in data_dirs:
        for path in sorted(directory.rglob("*")):
            if path.is_file() and (path.suffix in (".yaml", ".yml") or
                                   (directory.name == "regressions" and path.suffix != ".note")):
                data = path.read_bytes()
                yield data
                try:
                    shorter = compact(data.decode("utf-8")).encode()
                except UnicodeDecodeError:
                    continue
                if shorter and len(shorter) < len(data):
                    yield shorter
    for example in sorted((root / "examples").iterdir()):
        if example.is_dir():
            yield from data_set_seeds(sorted(example.rglob("*.yaml")), max_len)
    yield from data_set_seeds([root / "tests/e2e/hand_worked/data.yaml"], max_len)
    broken = sorted((root / "tests/e2e/cases/check-broken/data").glob("[0-9]-*"))
    for i in range(len(broken)):
        yield SEPARATOR.encode().join(p.read_bytes() for p in broken[i:i + 3])


def main():
    root, out, max_len = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    written = set()
    for seed in seeds(root, max_len):
        name = hashlib.sha1(seed).hexdigest()
        if name not in written:
            written.add(name)
            (out / name).write_bytes(seed)
    print(f"fuzz: {len(written)} seeds")


if __name__ == "__main__":
    main()
