"""What the end-to-end scripts share: the repository's root, the failures they collect, and
running the binary in an environment that cannot change its output."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def finish(summary):
    """Ends the script: each failure on a line of its own and exit status 1, else the summary."""
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        sys.exit(1)
    print(summary)


def environment():
    """The caller's environment without repjourney's own variables, NO_COLOR or a locale; Stockholm time, UTF-8;
    no parse cache, so that no test writes into the real ~/.cache (the cache's own tests take this out)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REPJOURNEY_", "NO_COLOR", "LC_", "LANG"))}
    env.update({"TZ": "Europe/Stockholm", "LC_ALL": "C.UTF-8", "COLUMNS": "100", "TERM": "dumb",
                "REPJOURNEY_CACHE": "off"})
    return env


def run_ok(binary, *args):
    """The command's standard output, as bytes; the script ends with its error output when it fails."""
    result = subprocess.run([binary, *args], capture_output=True, env=environment(), timeout=60)
    if result.returncode != 0:
        sys.exit(f"repjourney {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout
