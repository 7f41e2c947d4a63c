#!/usr/bin/env python3
"""Where the parse cache goes and how it is kept: $XDG_CACHE_HOME/repjourney (else ~/.cache/repjourney),
mode 0600 in a 0700 directory, one file per set of data paths, none with --no-cache or REPJOURNEY_CACHE=off;
a corrupt, cut-short or foreign cache is ignored and written again; a cache that cannot be written
changes nothing; one in a directory, or a file, that another user may write is neither read nor written.

    cache_files.py REPJOURNEY
"""
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
import time

from e2e_common import ROOT, check, environment, failures

EXAMPLE = os.path.join(ROOT, "examples", "union-branch")


def run(binary, env, *args, data=EXAMPLE, user=None):
    """The example's status as JSON: exit status, output and errors. user: a user id to run it as (needs root)."""
    result = subprocess.run([binary, "--data", data, "--as-of", "2026-11-23", "status", "--format", "json", *args],
                            capture_output=True, env=env, timeout=60, user=user, group=user,
                            extra_groups=[] if user is not None else None)
    return result.returncode, result.stdout, result.stderr


def unwritable_cache_directory(scratch, binary):
    """A cache directory the program may read but not write, the user to run it as and the program to run: this
    user and program, or, for root (who writes anywhere), nobody, with the directory nobody's own and a copy of the
    program in the scratch directory, open to nobody wherever this checkout is."""
    readonly = os.path.join(scratch, "readonly")
    os.mkdir(readonly, 0o500)
    if os.geteuid() != 0:
        return readonly, None, binary
    nobody = pwd.getpwnam("nobody").pw_uid
    os.chown(readonly, nobody, nobody)
    os.chmod(scratch, 0o755)
    copied = os.path.join(scratch, "repjourney")
    shutil.copy(binary, copied)
    return readonly, nobody, copied


def cache_folder_files(directory, memos):
    folder = os.path.join(directory, "repjourney")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return [os.path.join(folder, n) for n in names if n.endswith(".complete.cache") == memos]


def caches(directory):
    """The parse caches in directory/repjourney, and anything else but completion's memos."""
    return cache_folder_files(directory, False)


def memos(directory):
    """Completion's memos: written with a cache whose data files' stamps had all settled."""
    return cache_folder_files(directory, True)


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as scratch:
        env = environment()
        del env["REPJOURNEY_CACHE"]
        env["HOME"] = os.path.join(scratch, "home")
        os.mkdir(env["HOME"])
        expected = run(binary, env, "--no-cache")
        check(expected[0] == 0, f"status on the example failed: {expected[2].decode()}")
        check(caches(os.path.join(env["HOME"], ".cache")) == [], "--no-cache wrote a cache")

        # Without XDG_CACHE_HOME: ~/.cache/repjourney, made 0700, its file 0600.
        check(run(binary, env) == expected, "the first cached run differs")
        home_caches = caches(os.path.join(env["HOME"], ".cache"))
        check(len(home_caches) == 1, f"one cache in ~/.cache/repjourney, not {home_caches}")
        folder = os.path.join(env["HOME"], ".cache", "repjourney")
        check(stat.S_IMODE(os.stat(folder).st_mode) == 0o700, "the cache directory is not 0700")
        # The example's files changed long ago: their stamps have settled, so a memo for completion comes too.
        home_memos = memos(os.path.join(env["HOME"], ".cache"))
        check(len(home_memos) == 1, f"one completion memo in ~/.cache/repjourney, not {home_memos}")
        for cache in home_caches + home_memos:
            check(stat.S_IMODE(os.stat(cache).st_mode) == 0o600, f"{cache} is not 0600")
        check(run(binary, env) == expected, "the warm run differs")

        # $XDG_CACHE_HOME wins; REPJOURNEY_CACHE=off writes nothing; another data path set has a cache of its own.
        env["XDG_CACHE_HOME"] = os.path.join(scratch, "xdg")
        off = dict(env, REPJOURNEY_CACHE="off")
        check(run(binary, off) == expected and caches(env["XDG_CACHE_HOME"]) == [], "REPJOURNEY_CACHE=off wrote a cache")
        check(run(binary, env) == expected, "the run with XDG_CACHE_HOME differs")
        check(len(caches(env["XDG_CACHE_HOME"])) == 1, "no cache in $XDG_CACHE_HOME/repjourney")
        copy = os.path.join(scratch, "copy")
        shutil.copytree(EXAMPLE, copy)
        run(binary, env, data=copy)
        check(len(caches(env["XDG_CACHE_HOME"])) == 2, "two data path sets share one cache file")
        # The copy's files are new: no memo can be trusted for them yet.
        check(len(memos(env["XDG_CACHE_HOME"])) == 1, "a completion memo for files not settled")

        # Corrupt, cut short, foreign or empty: ignored, then written again whole.
        cache = caches(env["XDG_CACHE_HOME"])[0]
        with open(cache, "rb") as f:
            good = f.read()
        for name, bad in [("cut short", good[: len(good) // 2]), ("empty", b""),
                          ("a byte changed", good[:100] + bytes([good[100] ^ 1]) + good[101:]),
                          ("foreign", b"not a cache at all\n" * 10)]:
            with open(cache, "wb") as f:
                f.write(bad)
            check(run(binary, env) == expected, f"a cache {name} changed the output")
            check(run(binary, env, data=copy)[0] == 0, "the other data set failed")
            with open(cache, "rb") as f:
                check(len(f.read()) == len(good), f"a cache {name} was not written again")

        # A cache directory others may write is not trusted: neither read nor written, and the same output.
        shared = os.path.join(scratch, "shared")
        os.makedirs(os.path.join(shared, "repjourney"))
        os.chmod(os.path.join(shared, "repjourney"), 0o777)
        check(run(binary, dict(env, XDG_CACHE_HOME=shared)) == expected, "a shared cache directory changed the output")
        check(caches(shared) == [], f"a cache was written where others may write: {caches(shared)}")
        os.chmod(os.path.join(shared, "repjourney"), 0o700)
        # The example's own cache, under its own name (the names of the two XDG caches sort either way).
        planted = os.path.join(shared, "repjourney", os.path.basename(home_caches[0]))
        shutil.copy(home_caches[0], planted)
        os.chmod(planted, 0o666)
        check(run(binary, dict(env, XDG_CACHE_HOME=shared)) == expected, "a cache file others may write changed output")
        check(stat.S_IMODE(os.stat(planted).st_mode) == 0o600, "a cache file others may write was not made anew")

        # A cache directory that cannot be written: the same output, and no error.
        # (The example's copy, as nobody may not reach this checkout.)
        readonly, user, program = unwritable_cache_directory(scratch, binary)
        check(run(program, dict(env, XDG_CACHE_HOME=readonly), data=copy, user=user) == expected,
              "an unwritable cache changed the output")
        check(os.listdir(readonly) == [], f"something was written in an unwritable cache directory: {os.listdir(readonly)}")
        unusable = os.path.join(scratch, "a-file")
        with open(unusable, "w") as f:
            f.write("not a directory")
        check(run(binary, dict(env, XDG_CACHE_HOME=unusable)) == expected, "a cache path under a file changed the output")
        # The new cache file of a run killed before it could commit: removed once an hour old, not before.
        folder = os.path.dirname(cache)
        for written in caches(env["XDG_CACHE_HOME"]):  # spoilt, so that the next run writes the cache again
            with open(written, "r+b") as f:
                f.write(b"x")
        abandoned, recent = os.path.join(folder, "0123456789abcdef.cache.Ab12Cd"), cache + ".Xy34Zw"
        for path, age in [(abandoned, 7200), (recent, 60)]:
            with open(path, "wb") as f:
                f.write(b"half a cache")
            os.utime(path, (time.time() - age, time.time() - age))
        check(run(binary, env) == expected, "abandoned cache files changed the output")
        check(not os.path.exists(abandoned), "a cache file abandoned two hours ago was not removed")
        check(os.path.exists(recent), "a new cache file of a minute ago (maybe a run still writing) was removed")
        os.remove(recent)

        # A load that fails after files were parsed (and written into a new cache): the new file is removed.
        dangling = os.path.join(scratch, "dangling")
        shutil.copytree(EXAMPLE, dangling)
        os.symlink(os.path.join(scratch, "nowhere.yaml"), os.path.join(dangling, "zz-gone.yaml"))
        failed = run(binary, env, data=dangling)
        check(failed[0] == 66, f"a data file that cannot be opened exits 66, not {failed[0]}: {failed[2].decode()}")
        left = [n for n in os.listdir(os.path.dirname(cache)) if not n.endswith(".cache")]
        check(left == [], f"temporary files left in the cache directory: {left}")
    if failures:
        sys.exit("\n".join(failures))
    print("cache files: placed, kept private, rebuilt when bad, never in the way")


if __name__ == "__main__":
    main()
