#!/usr/bin/env python3
"""`repjourney schema` against the data it describes, with an independent validator (Debian's
python3-jsonschema) and YAML reader (python3-yaml).

- The schema is a valid draft 2020-12 schema, and schema/repjourney.schema.json is exactly what the command prints.
- Every example file validates, and names the schema on its first line for yaml-language-server.
- The broken fixtures' type errors (tests/e2e/cases/check-broken/data) are rejected, each where it is.
- The schema knows exactly the keys the loader knows: the key lists of src/load/read_*.cpp and the
  section names of src/load/loader.cpp.

Usage: schema_validates.py BINARY
"""
import glob
import datetime
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from debian_python import require  # noqa: E402
from e2e_common import ROOT, check, failures  # noqa: E402

require("jsonschema", "yaml")
import jsonschema  # noqa: E402
import yaml  # noqa: E402

COMMITTED = os.path.join(ROOT, "schema", "repjourney.schema.json")
BROKEN = os.path.join(ROOT, "tests", "e2e", "cases", "check-broken", "data")


class DataLoader(yaml.SafeLoader):
    """YAML as the loader and yaml-language-server read it: 2026-03-01 is text, not a date object."""


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=DataLoader)


def leaves(error):
    """The innermost errors under an anyOf (a section is a list or empty; an id is text or a number):
    where an editor would underline."""
    if not error.context:
        yield error
    for inner in error.context:
        yield from leaves(inner)


def errors(validator, data):
    found = {}
    for error in validator.iter_errors(data):
        for leaf in leaves(error):
            found.setdefault(tuple(leaf.absolute_path), []).append(leaf.message)
    return {where: " | ".join(messages) for where, messages in found.items()}


def check_examples(validator):
    files = sorted(glob.glob(os.path.join(ROOT, "examples", "**", "*.yaml"), recursive=True))
    check(len(files) >= 8, f"only {len(files)} example files found")
    for path in files:
        name = os.path.relpath(path, ROOT)
        for where, message in errors(validator, load_yaml(path)).items():
            failures.append(f"{name}: {'/'.join(map(str, where))}: {message}")
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)\n", first)
        check(match is not None, f"{name}: the first line does not name the schema")
        if match:
            target = os.path.normpath(os.path.join(os.path.dirname(path), match.group(1)))
            check(target == COMMITTED, f"{name}: the schema comment points at {target}")


# Each planted type error, and where the validator must find it.
BROKEN_TYPES = {
    "1-organisation.yaml": [
        (("organisation",), "feedback_evry"),
        (("organisation", "language"), "'fi'"),
        (("organisation", "due_soon"), "two weeks"),
        (("organisation", "recognition", "actions", 0, "for", 1), "aniversary"),
        (("organisation", "adaptations", 0, "born_from"), "97"),
    ],
    "2-roles.yaml": [
        (("roles", 0, "journey", 2, "due"), "end-3mo"),
        (("roles", 2, "id"), "Safety"),
        (("roles", 2, "term"), "['2y']"),
    ],
    "3-people.yaml": [
        (("representatives", 0, "assignments", 1, "start"), "2026-02-30"),
        (("representatives", 2), "'left'"),  # left_reason without left
        (("representatives", 2, "assignments", 0, "workplace"), "Volvo"),
    ],
    "4-events.yaml": [(("events", 2, "type"), "feedbak"), (("events", 5), "'date'")],
}


def check_broken(validator):
    for file, expected in BROKEN_TYPES.items():
        found = errors(validator, load_yaml(os.path.join(BROKEN, file)))
        for where, word in expected:
            message = found.get(where, "")
            check(word in message, f"{file}: {'/'.join(map(str, where))} with {word} is not rejected ({found})")


def check_keys(schema):
    """Both ways: a key the loader reads and the schema lacks, or one the schema invents, fails."""
    defs = schema["$defs"]
    lists = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "load", "read_*.cpp"))):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        for name, body in re.findall(r"std::vector<std::string_view> (\w+)_keys = \{(.*?)\};", source, re.S):
            lists += 1
            keys = set(re.findall(r'"([^"]+)"', body))
            check(name in defs, f"$defs/{name} is missing ({os.path.basename(path)}: {name}_keys)")
            if name in defs:
                known = set(defs[name].get("properties", {}))
                check(known == keys, f"$defs/{name}: schema has {sorted(known)}, the loader {sorted(keys)}")
    check(lists >= 12, f"only {lists} key lists found in src/load/read_*.cpp: has the loader changed shape?")
    with open(os.path.join(ROOT, "src", "load", "loader.cpp"), encoding="utf-8") as f:
        sections = re.search(r"section_names = \{(.*?)\};", f.read(), re.S)
    check(sections is not None, "section_names not found in src/load/loader.cpp")
    if sections:
        names = set(re.findall(r'"([^"]+)"', sections.group(1)))
        check(set(schema["properties"]) == names, f"top level: schema {sorted(schema['properties'])}, loader {names}")


def check_date_pattern(schema):
    """The date pattern knows the calendar (editors such as yaml-language-server check no "format": "date"):
    every day from 1899 to 2200, and the 29th to 31st of every month, against Python's calendar."""
    pattern = re.compile(schema["$defs"]["date"]["pattern"])
    day, last = datetime.date(1899, 12, 20), datetime.date(2200, 1, 10)
    while day <= last:
        text = day.isoformat()
        check(bool(pattern.fullmatch(text)) == (1900 <= day.year <= 2199), f"date pattern on {text}")
        day += datetime.timedelta(days=1)
    for year in range(1899, 2201):
        for month in range(1, 13):
            for number in (29, 30, 31, 32):
                text = f"{year:04}-{month:02}-{number:02}"
                try:
                    real = 1900 <= datetime.date(year, month, number).year <= 2199
                except ValueError:
                    real = False
                check(bool(pattern.fullmatch(text)) == real, f"date pattern on {text}")
    # Without a format checker, as yaml-language-server reads it: 2016-02-30 is refused by the pattern.
    plain = jsonschema.Draft202012Validator(schema)
    check(not plain.is_valid({"events": [{"date": "2016-02-30", "rep": "a", "type": "note"}]}),
          "2016-02-30 passes without a format checker")
    check(plain.is_valid({"events": [{"date": "2016-02-29", "rep": "a", "type": "note"}]}), "2016-02-29 refused")


def main():
    binary = os.path.abspath(sys.argv[1])
    printed = subprocess.run([binary, "schema"], capture_output=True, check=True, timeout=60).stdout
    schema = json.loads(printed)
    with open(COMMITTED, "rb") as f:
        check(f.read() == printed, "schema/repjourney.schema.json differs from `repjourney schema`: "
                                   "run `repjourney schema > schema/repjourney.schema.json`")
    check(schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema", "not a draft 2020-12 schema")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    check_examples(validator)
    check_broken(validator)
    check_keys(schema)
    check_date_pattern(schema)
    if failures:
        sys.exit("schema:\n  " + "\n  ".join(failures))
    print("schema: valid draft 2020-12; the examples validate; the broken fixtures' type errors are rejected; "
          "keys match the loader's")


if __name__ == "__main__":
    main()
