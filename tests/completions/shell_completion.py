#!/usr/bin/env python3
"""What the zsh or fish completion offers for a few command lines, asked of the real shell.

fish answers `complete -C LINE`; zsh is driven in a pseudo-terminal by zsh_capture.zsh, which types the
line and TAB and records the words completion adds. The ids come from data directories made by `init`.
Exits 77 (skipped, for ctest) when the shell is not installed.

Usage: shell_completion.py zsh|fish BINARY COMPLETIONS_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

FIELDS = ["id", "name", "email", "phone", "branch", "coordinator", "born", "role", "start", "end", "workplace"]

# (line before the cursor, the words offered); the order does not matter. Where the shells differ, the words
# are {shell: words}: zsh adds --map's '=' as a suffix, which the capture does not see; fish offers it in the word.
CASES = [
    ("repjourney st", {"status"}),
    ("repjourney record ", {"feedback", "milestone", "recognition", "note", "nomination"}),
    ("repjourney export ", {"ics", "json", "html", "xlsx"}),
    ("repjourney show ", {"sam-example", "robin-example", "alex-example"}),
    ("repjourney -d ../sv show ", {"sara-exempel", "erik-exempel", "maja-exempel"}),
    ("repjourney --data=../sv status ", {"sara-exempel", "erik-exempel", "maja-exempel"}),
    ("repjourney record milestone sam-example ", {"welcome-call", "mentor", "basic-training", "network",
                                                  "reflection", "renewal-talk", "board-introduction",
                                                  "board-training"}),
    ("repjourney roles ", {"representative", "board-member"}),
    ("repjourney status --role b", {"board-member"}),
    ("repjourney record recognition sam-example --action th", {"thank-you-card"}),
    ("repjourney status --format ", {"table", "json", "csv"}),
    ("repjourney remind --format ", {"text", "markdown", "email"}),
    ("repjourney remind --al", {"--always"}),
    ("repjourney remind --no-co", {"--no-commands"}),
    ("repjourney --lang ", {"en", "sv"}),
    ("repjourney check --s", {"--strict"}),
    ("repjourney export ics --u", {"--until"}),
    ("repjourney export xlsx --u", {"--until"}),
    ("repjourney feedback --e", {"--excel"}),
    ("repjourney el", {"elect"}),
    ("repjourney p", {"pause"}),
    ("repjourney add ", set()),
    ("repjourney add anna --role ", {"representative", "board-member"}),
    ("repjourney add anna --coordinator ", {"alex"}),
    ("repjourney add anna --b", {"--born", "--branch"}),
    ("repjourney elect ", {"sam-example", "robin-example", "alex-example"}),
    ("repjourney elect sam-example ", {"representative", "board-member"}),
    ("repjourney -d ../sv elect sara-exempel --start 2026-12-01 ", {"ombud", "styrelseledamot"}),
    ("repjourney leave ", {"sam-example", "robin-example", "alex-example"}),
    ("repjourney leave sam-example --reason ", {"moved", "workload", "job-change", "health", "not-re-elected",
                                              "conflict", "retired", "other"}),
    ("repjourney pause r", {"robin-example"}),
    ("repjourney pause sam-example --cl", {"--clear"}),
    ("repjourney pause sam-example --from 2026-12-01 --cl", set()),
    ("repjourney pause sam-example --until=2026-12-31 --cl", set()),
    ("repjourney pause sam-example --clear --f", set()),
    ("repjourney import ", {"people.csv"}),
    ("repjourney import people.csv --map ", {"zsh": set(FIELDS), "fish": {f + "=" for f in FIELDS}}),
    ("repjourney import people.csv --map=co", {"zsh": {"coordinator"}, "fish": {"coordinator="}}),
    ("repjourney import people.csv --map name=", set()),
    ("repjourney import --map name=Namn p", {"people.csv"}),
    ("repjourney import people.csv --role ", {"representative", "board-member"}),
]


def fish_offers(completions, line, env, cwd):
    script = f"source {completions}/repjourney.fish; complete -C {line!r}"
    out = subprocess.run(["fish", "--no-config", "-c", script], capture_output=True, text=True, env=env, cwd=cwd,
                         timeout=30)
    if out.stderr:
        raise RuntimeError(out.stderr)
    words = {entry.split("\t")[0] for entry in out.stdout.splitlines()}
    # `--data=../sv` style lines come back with the option in front.
    return {w.split("=", 1)[1] if w.startswith("--") and "=" in w else w for w in words}


def zsh_offers(completions, line, env, cwd):
    dump = os.path.join(env["HOME"], ".zcompdump")
    out = subprocess.run(["zsh", "-f", os.path.join(HERE, "zsh_capture.zsh"), completions, line, dump],
                         capture_output=True, text=True, env=env, cwd=cwd, timeout=60)
    return set(out.stdout.split())


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("zsh", "fish"):
        sys.exit(__doc__)
    shell, binary, completions = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    if not shutil.which(shell):
        print(f"{shell} is not installed: skipped")
        return 77
    offers = zsh_offers if shell == "zsh" else fish_offers
    failures = 0
    with tempfile.TemporaryDirectory(prefix="repjourney-completion-") as scratch:
        bin_dir = os.path.join(scratch, "bin")
        os.mkdir(bin_dir)
        os.symlink(binary, os.path.join(bin_dir, "repjourney"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""), HOME=scratch)
        for lang, name in (("en", "en"), ("sv", "sv")):
            subprocess.run(["repjourney", "init", name, "--lang", lang, "--as-of", "2026-11-23"], cwd=scratch,
                           env=env, check=True, capture_output=True)
        cwd = os.path.join(scratch, "en")
        open(os.path.join(cwd, "people.csv"), "w", encoding="utf-8").close()  # for import, beside the YAML
        for line, expected in CASES:
            if isinstance(expected, dict):
                expected = expected[shell]
            actual = offers(completions, line, env, cwd)
            if actual != expected:
                failures += 1
                print(f"FAIL: {line!r}<TAB>\n  expected: {sorted(expected)}\n  actual:   {sorted(actual)}")
    print(f"{shell}: {len(CASES) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
