#!/usr/bin/env python3
"""The parse cache never changes an output. Random edits to random files of a data set (a value
changed, YAML broken, a key repeated, a file deleted or added, a file touched, an edit of the same
size with the modification time put back), then every report run with the cache and with --no-cache:
the same standard output, error output and exit status, byte for byte. A fixed seed, so a failure
can be run again.

    cache_property.py REPJOURNEY [ITERATIONS]
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

from e2e_common import ROOT, check, environment, failures

AS_OF = "2026-11-23"


def data_files(data):
    found = []
    for directory, _, names in os.walk(data):
        found += [os.path.join(directory, n) for n in names if n.endswith((".yaml", ".yml"))]
    return sorted(found)


def reports(rep):
    """Every report, as one command line each (after the data option)."""
    json = ["--format", "json"]
    # Completion first: it trusts an unchanged settled stamp (in the parse cache, and in its memo of what it
    # answered), and a report before it would cache the file anew.
    return [
        ["__complete", "reps"],
        ["check"],
        ["status", *json],
        ["show", rep, *json],
        ["feedback", *json],
        ["recognize", *json],
        ["terms", *json],
        ["export", "json"],
    ]


def keep_mtime(path, edit):
    """Makes an edit of the same size and puts the modification time back: only the bytes tell."""
    stat = os.stat(path)
    edit(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def change_bytes(rng, text):
    """One letter or digit changed to another of its kind: the same size, often still valid data."""
    places = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
    if not places:
        return text
    i = rng.choice(places)
    pool = "0123456789" if text[i].isdigit() else "abcdefghijklmnopqrstuvwxyz"
    return text[:i] + rng.choice([c for c in pool if c != text[i]]) + text[i + 1:]


def restore(data, originals):
    """The data set as it was: edits undone, added files removed (their modification times are new).
    Files never edited are left alone, so that their stamps stay settled (see the sleep below)."""
    for path in data_files(data):
        if os.path.relpath(path, data) not in originals:
            os.remove(path)
    for relative, text in originals.items():
        target = os.path.join(data, relative)
        if os.path.exists(target):
            with open(target, "rb") as f:
                if f.read() == text:
                    continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(text)


def edit(rng, data):
    """One random edit to a random data file; returns what it did."""
    files = data_files(data)
    if not files:
        return "nothing to edit"
    kind = rng.choice(["value", "same-size", "same-size", "same-size-name", "break", "duplicate-key", "delete", "add",
                       "touch"])
    path = rng.choice(files)
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    lines = text.split("\n")
    if kind == "value":
        text = change_bytes(rng, text) + rng.choice(["", "\n", "# edited\n"])
    elif kind == "same-size":
        changed = change_bytes(rng, text)

        def write(p):
            with open(p, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(changed)
        keep_mtime(path, write)
        return f"same-size {path}"
    elif kind == "same-size-name":
        # A name completion shows, changed in place: only the file's status change time tells.
        named = [i for i, line in enumerate(lines) if "name:" in line]
        if not named:
            return "no name to change"
        i = rng.choice(named)
        start = lines[i].index("name:") + len("name:")
        lines[i] = lines[i][:start] + change_bytes(rng, lines[i][start:])
        changed = "\n".join(lines)

        def write(p):
            with open(p, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(changed)
        keep_mtime(path, write)
        return f"same-size-name {path}"
    elif kind == "break":
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + rng.choice([": [", " \"unclosed", "\t- x", " {", ": :"])
        text = "\n".join(lines)
    elif kind == "duplicate-key":
        keyed = [i for i, line in enumerate(lines) if ":" in line and not line.lstrip().startswith("#")]
        if keyed:
            i = rng.choice(keyed)
            lines.insert(i + 1, lines[i].replace("- ", "  ", 1) if lines[i].lstrip().startswith("- ") else lines[i])
            text = "\n".join(lines)
    elif kind == "delete":
        os.remove(path)
        return f"delete {path}"
    elif kind == "add":
        new = os.path.join(os.path.dirname(path), f"copy-{rng.randrange(1000)}.yaml")
        shutil.copyfile(path, new)
        return f"add {new}"
    elif kind == "touch":
        os.utime(path)
        return f"touch {path}"
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
    return f"{kind} {path}"


def run(binary, data, args, env):
    result = subprocess.run([binary, "--data", data, "--as-of", AS_OF, *args], capture_output=True, env=env,
                            timeout=120)
    return result.returncode, result.stdout, result.stderr


def compare(binary, data, rep, env, history):
    for args in reports(rep):
        cached = run(binary, data, args, env)
        uncached = run(binary, data, ["--no-cache", *args], env)
        if cached != uncached:
            check(False, f"{' '.join(args)} differs with the cache after: {'; '.join(history)}\n"
                         f"  cached:   exit {cached[0]}\n{cached[2].decode()[:600]}\n"
                         f"  uncached: exit {uncached[0]}\n{uncached[2].decode()[:600]}")
            return False
    return True


def property_on(binary, source, rep, iterations, seed, scratch):
    data = os.path.join(scratch, os.path.basename(source))
    shutil.copytree(source, data)
    originals = {}
    for path in data_files(data):
        with open(path, "rb") as f:
            originals[os.path.relpath(path, data)] = f.read()
    env = environment()
    del env["REPJOURNEY_CACHE"]
    env["XDG_CACHE_HOME"] = os.path.join(scratch, "cache")
    rng = random.Random(seed)
    history = []
    # Files changed more than two seconds before a load get stamps that shell completion trusts without
    # reading them (ParseCache): let the copies settle, so that __complete reps takes that path.
    time.sleep(2.1)
    if not compare(binary, data, rep, env, ["(none)"]):
        return
    caches = sorted(os.listdir(os.path.join(scratch, "cache", "repjourney")))
    check(len(caches) == 2 and caches[0].endswith(".cache") and caches[1] == caches[0].replace(".cache", ".complete.cache"),
          f"one cache file and one completion memo for {source}, not {caches}")
    # Completion's memo, made from the settled files by the run above, now answers alone; after the edits
    # below it is stale, and must not be used.
    if not compare(binary, data, rep, env, ["(none), completion from its memo"]):
        return
    for _ in range(iterations):
        # Mostly one or two edits to valid data, where every change shows; sometimes edits on edits.
        if rng.random() < 0.6:
            restore(data, originals)
            history.append("restore")
        history.append(edit(rng, data))
        if rng.random() < 0.3:
            history.append(edit(rng, data))
        if not compare(binary, data, rep, env, history):
            return


def main():
    binary = sys.argv[1]
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    with tempfile.TemporaryDirectory() as scratch:
        generated = os.path.join(scratch, "generated", "per-person")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), "--people", "30", "--layout",
                        "per-person", "--out", generated], check=True, capture_output=True)
        people = sorted(os.listdir(os.path.join(generated, "people")))
        sets = [(os.path.join(ROOT, "examples", "union-branch"), "bengt-sjostrom", 1),
                (os.path.join(ROOT, "examples", "outdoor-club"), "emma-clarke", 2),
                (generated, people[0].removesuffix(".yaml"), 3)]
        for source, rep, seed in sets:
            property_on(binary, source, rep, iterations, seed, os.path.join(scratch, f"run-{seed}"))
    if failures:
        sys.exit("\n".join(failures))
    print(f"cache property: {iterations} rounds of edits on each of {len(sets)} data sets, every report the same")


if __name__ == "__main__":
    main()
