#!/usr/bin/env python3
"""Each completion script offers for `recognize --kind` exactly the program's kinds of suggestion, in its order.

The program lists the kinds once (the model's suggestion_kinds) and the schema's $defs/kind is made from that
list; the scripts are written by hand, so this is what keeps their copies in step. coverage.py only sees that
each kind appears somewhere in a script ("milestone" and "goal" do anyway), not that the list is the same.

Usage: kinds.py BINARY COMPLETIONS_DIR
"""
import json
import os
import re
import subprocess
import sys

# Where each script spells out the kinds, as a regular expression whose group is the list.
LISTS = {
    "repjourney.bash": r'--kind\)[^\n]*compgen -W "([^"]*)"',
    "_repjourney": r"'--kind=\[[^\]]*\]:kind:\(([^)]*)\)'",
    "repjourney.fish": r"-l kind -x -a '([^']*)'",
}


def program_kinds(binary):
    schema = subprocess.run([binary, "schema"], capture_output=True, text=True, check=True).stdout
    return json.loads(schema)["$defs"]["kind"]["enum"]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, directory = sys.argv[1], sys.argv[2]
    wanted = program_kinds(binary)
    if not wanted:
        sys.exit("`repjourney schema` lists no kinds in $defs/kind")
    problems = []
    for name, pattern in LISTS.items():
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            found = re.findall(pattern, f.read())
        if len(found) != 1:
            problems.append(f"{name}: found the list of kinds for --kind {len(found)} times, not once")
        elif found[0].split() != wanted:
            problems.append(f"{name}: offers {found[0].split()} for --kind, the program has {wanted}")
    if problems:
        sys.exit("the completion scripts' kinds differ from the program's:\n  " + "\n  ".join(problems))
    print(f"{len(LISTS)} completion scripts offer the program's {len(wanted)} kinds: {' '.join(wanted)}")


if __name__ == "__main__":
    main()
