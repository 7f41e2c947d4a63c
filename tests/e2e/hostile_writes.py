#!/usr/bin/env python3
"""What a hostile colleague with write access to a shared data folder can plant must not turn
repjourney's writes against the organiser who runs it, often as root from cron:

- a FIFO, socket, directory or device node where an output or the events file is expected is
  refused with 73 (and stays what it was); a null device and standard output are written through;
- a link to the events file or an output is written through: the link survives, the real file
  gets the contents; a link planted as the lock file is refused, nothing created where it points;
- a team sharing a group-writable folder can all record (two uids, as root only);
- the events file keeps its owner and group (as root) and a read-only one is refused;
- a temporary file of a writer that died is removed by the next writer;
- standard output that cannot be written (/dev/full, a closed pipe) is exit 73 for every command;
- record appends beside a byte order mark, a quoted key and a closing '...', and names what it cannot
  append to; an empty --note is a usage error.

Every device node and FIFO is made in a temporary directory, never in the real /dev.

Usage: hostile_writes.py BINARY
"""
import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile

from e2e_common import check, environment, failures

AS_OF = "2026-11-23"
# Sanitizer builds run several times slower; the limit is about hanging, not speed.
TIME_LIMIT_SECONDS = 30 * (5 if "ASAN_OPTIONS" in os.environ else 1)
DATA = """organisation: {name: Test, email: office@example.org, coordinators: [{id: maria, name: Maria, email: maria@example.org}]}
roles: [{id: steward, title: Steward}]
representatives: [{id: anna, name: Anna Öberg, coordinator: maria, assignments: [{role: steward, start: 2026-01-01}]}]
"""
EVENTS = "# log\nevents:\n  - {date: 2026-02-01, rep: anna, type: note, note: first}\n"
IS_ROOT = os.geteuid() == 0


def run(binary, *args, stdout=subprocess.PIPE, preexec_fn=None):
    """(exit status, standard output, standard error) of the command, which must end in time."""
    try:
        result = subprocess.run([binary, *args], stdout=stdout, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                env=environment(), timeout=TIME_LIMIT_SECONDS, preexec_fn=preexec_fn)
    except subprocess.TimeoutExpired:
        return None, "", f"no answer within {TIME_LIMIT_SECONDS} s"
    out = result.stdout.decode("utf-8", "replace") if result.stdout is not None else ""
    return result.returncode, out, result.stderr.decode("utf-8", "replace")


def expect(name, outcome, status, needle=""):
    code, out, err = outcome
    check(code == status and needle in out + err,
          f"{name}: expected exit {status} and {needle!r}, got {code}: {(out + err)[:400]}")


def data_dir(root, name, events=EVENTS):
    path = os.path.join(root, name)
    os.makedirs(path)
    write(os.path.join(path, "org.yaml"), DATA)
    if events is not None:
        write(os.path.join(path, "events.yaml"), events)
    return path


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def record(binary, data, note, *more, preexec_fn=None):
    return run(binary, "record", "note", "anna", "--note", note, "--as-of", AS_OF, "-d", data, *more,
               preexec_fn=preexec_fn)


def test_special_targets(binary, root):
    data = data_dir(root, "targets-data")
    export = ["export", "json", "--as-of", AS_OF, "-d", data, "-o"]
    fifo = os.path.join(root, "report.fifo")
    os.mkfifo(fifo)
    expect("export -o FIFO", run(binary, *export, fifo), 73, "is a FIFO")
    check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "export -o FIFO: the FIFO was replaced")
    directory = os.path.join(root, "report-dir")
    os.mkdir(directory)
    expect("export -o directory", run(binary, *export, directory), 73, "is a directory")
    sock_path = os.path.join(root, "report.sock")
    server = socket.socket(socket.AF_UNIX)
    server.bind(sock_path)
    expect("export -o socket", run(binary, *export, sock_path), 73, "is a socket")
    check(stat.S_ISSOCK(os.lstat(sock_path).st_mode), "export -o socket: the socket was replaced")
    server.close()

    split = os.path.join(root, "split")
    os.mkdir(split)
    os.mkfifo(os.path.join(split, "maria.eml"))
    expect("remind --split onto a FIFO", run(binary, "remind", "--as-of", AS_OF, "-d", data, "--format", "email",
                                             "--split", split), 73, "is a FIFO")
    events_fifo = os.path.join(root, "events.fifo")
    os.mkfifo(events_fifo)
    expect("record --file FIFO", record(binary, data, "to a fifo", "--file", events_fifo), 73, "is a FIFO")

    # A FIFO planted among the data files is skipped by record as by every command, with the same note.
    planted = data_dir(root, "planted-data")
    os.mkfifo(os.path.join(planted, "planted.yaml"))
    expect("record beside a planted FIFO", record(binary, planted, "beside a fifo"), 0, "note: skipped")

    # Standard output by name: written through, so the shell's redirection stays as it is.
    code, out, _ = run(binary, *export, "/proc/self/fd/1")
    check(code == 0 and out.startswith("{"), f"export -o /proc/self/fd/1: exit {code}, output {out[:80]!r}")

    if not IS_ROOT:
        print("skipped: device nodes as -o (mknod needs root)")
        return
    null = os.path.join(root, "null")
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    expect("export -o a null device", run(binary, *export, null), 0)
    check(stat.S_ISCHR(os.lstat(null).st_mode), "export -o a null device: the device node was replaced")
    zero = os.path.join(root, "zero")
    os.mknod(zero, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
    expect("export -o a character device", run(binary, *export, zero), 73, "is a character device")
    check(stat.S_ISCHR(os.lstat(zero).st_mode), "export -o a character device: the device node was replaced")


def test_links(binary, root):
    real = data_dir(root, "real")
    data = os.path.join(root, "linked")
    os.makedirs(data)
    os.symlink(os.path.join(real, "org.yaml"), os.path.join(data, "org.yaml"))
    link = os.path.join(data, "events.yaml")
    os.symlink(os.path.join("..", "real", "events.yaml"), link)
    expect("record through a link", record(binary, data, "through the link"), 0, "Recorded in")
    check(os.path.islink(link), "record through a link: the link was replaced")
    check("note: through the link" in read(os.path.join(real, "events.yaml")),
          "record through a link: the real file lacks the event")

    report = os.path.join(root, "report.json")
    write(report, "old\n")
    report_link = os.path.join(root, "report-link.json")
    os.symlink(report, report_link)
    expect("export -o a link", run(binary, "export", "json", "--as-of", AS_OF, "-d", real, "-o", report_link), 0)
    check(os.path.islink(report_link) and read(report).startswith("{"),
          "export -o a link: the link was replaced or the real file not written")

    dangling = os.path.join(root, "dangling.json")
    os.symlink(os.path.join(root, "nowhere", "x.json"), dangling)
    expect("export -o a link to nothing", run(binary, "export", "json", "--as-of", AS_OF, "-d", real, "-o", dangling),
           73, "link to nothing")

    for name, victim_exists in (("missing victim", False), ("existing victim", True)):
        data = data_dir(root, f"lock-{victim_exists}")
        victim = os.path.join(root, f"victim-{victim_exists}")
        if victim_exists:
            write(victim, "precious\n")
        os.symlink(victim, os.path.join(data, ".events.yaml.lock"))
        expect(f"a lock file planted as a link ({name})", record(binary, data, "locked"), 73, "symbolic link")
        if victim_exists:
            check(read(victim) == "precious\n", "a planted lock link: the file it names changed")
        else:
            check(not os.path.lexists(victim), "a planted lock link: the file it names was created")
        check(read(os.path.join(data, "events.yaml")) == EVENTS, "a planted lock link: the event was written anyway")


def test_permissions(binary, root):
    data = data_dir(root, "read-only")
    events = os.path.join(data, "events.yaml")
    os.chmod(events, 0o444)
    expect("record to a read-only file", record(binary, data, "read-only"), 73, "read-only")
    check(read(events) == EVENTS and stat.S_IMODE(os.stat(events).st_mode) == 0o444,
          "record to a read-only file: the file changed")

    # A writer killed between writing its temporary file and the rename left it behind.
    data = data_dir(root, "stale")
    dead = subprocess.Popen(["true"])
    dead.wait()
    host = socket.gethostname()
    stale = os.path.join(data, f".events.yaml.repjourney-tmp.{dead.pid}.{host}.AbC123")
    live = os.path.join(data, f".events.yaml.repjourney-tmp.{os.getpid()}.{host}.XyZ789")
    for path in (stale, live):
        write(path, "half an event")
    expect("record beside a dead writer's temporary file", record(binary, data, "after a crash"), 0)
    check(not os.path.exists(stale), "the temporary file of a dead writer is still there")
    check(os.path.exists(live), "the temporary file of a running writer was removed")
    check(not [n for n in os.listdir(data) if "repjourney-tmp" in n and n != os.path.basename(live)],
          "record left a temporary file of its own")

    if not IS_ROOT:
        print("skipped: owner and group kept, two users sharing a folder (need root to act as other users)")
        return
    data = data_dir(root, "owned")
    events = os.path.join(data, "events.yaml")
    os.chown(events, 4201, 4242)
    os.chmod(events, 0o640)
    expect("record as root on another's file", record(binary, data, "as root"), 0)
    info = os.stat(events)
    check((info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4201, 4242, 0o640),
          f"record as root: owner, group or mode changed to {info.st_uid}:{info.st_gid} {oct(info.st_mode)}")

    # Two members of group 4242 share a setgid folder; neither is root, each records in turn.
    os.chmod(root, 0o755)
    shared = data_dir(root, "shared")
    os.chown(shared, 0, 4242)
    os.chmod(shared, 0o2770)
    for name in os.listdir(shared):
        os.chown(os.path.join(shared, name), 4201, 4242)
        os.chmod(os.path.join(shared, name), 0o660)

    def as_user(uid):
        return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--groups=4242", "--"]

    for turn, uid in enumerate((4201, 4202, 4201, 4202)):
        code, out, err = run(as_user(uid)[0], *as_user(uid)[1:], binary, "record", "note", "anna", "--note",
                             f"turn {turn}", "--as-of", AS_OF, "-d", shared)
        check(code == 0, f"shared folder, uid {uid} turn {turn}: exit {code}: {err[:300]}")
    text = read(os.path.join(shared, "events.yaml"))
    check(all(f"note: turn {turn}}}" in text for turn in range(4)), f"shared folder: an event is missing:\n{text}")
    lock = os.stat(os.path.join(shared, ".events.yaml.lock"))
    check(lock.st_gid == 4242 and stat.S_IMODE(lock.st_mode) == 0o660,
          f"shared folder: the lock file is {lock.st_gid} {oct(lock.st_mode)}, not group 4242 mode 0660")


def test_standard_output(binary, root):
    data = data_dir(root, "stdout-data")
    commands = [["check"], ["status"], ["show", "anna"], ["feedback"], ["terms"], ["roles"], ["recognize"],
                ["remind"], ["export", "json"], ["export", "ics"], ["export", "html"], ["schema"], ["--help"],
                ["record", "note", "anna", "--note", "full", "--dry-run"]]
    for command in commands:
        args = [*command, "--as-of", AS_OF, "-d", data] if command[0] not in ("schema", "--help") else command
        with open("/dev/full", "wb") as full:
            expect(f"{' '.join(command)} > /dev/full", run(binary, *args, stdout=full), 73, "standard output")

    # A pipe whose reader is gone, with SIGPIPE ignored (as some schedulers start jobs).
    reader, writer = os.pipe()
    os.close(reader)
    try:
        code, _, err = run(binary, "status", "--as-of", AS_OF, "-d", data, stdout=writer,
                           preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN))
    finally:
        os.close(writer)
    check(code == 73 and "standard output" in err, f"status into a closed pipe: exit {code}: {err[:300]}")


def test_record_constructs(binary, root):
    for name, events in (("a byte order mark", "\ufeffevents:\n  - {date: 2026-02-01, rep: anna, type: note}\n"),
                         ("a quoted key", '"events": []\n'),
                         ("a closing '...'", "events:\n  - {date: 2026-02-01, rep: anna, type: note}\n...\n")):
        data = data_dir(root, f"construct-{len(events)}", events)
        expect(f"record beside {name}", record(binary, data, "kept"), 0)
        expect(f"record beside {name}: check after", run(binary, "check", "-d", data), 0)
        check("note: kept}" in read(os.path.join(data, "events.yaml")), f"record beside {name}: event missing")
    data = data_dir(root, "inline", "events: [{date: 2026-02-01, rep: anna, type: note}]\n")
    expect("record to an inline list", record(binary, data, "refused"), 65, "are an inline list ([...])")
    expect("record --note ''", record(binary, data, ""), 64, "is empty")


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="repjourney-writes-") as root:
        if IS_ROOT:
            os.chmod(root, 0o755)  # the other users of test_permissions reach their folder through it
        for test in (test_special_targets, test_links, test_permissions, test_standard_output, test_record_constructs):
            os.makedirs(os.path.join(root, test.__name__))
            test(binary, os.path.join(root, test.__name__))
    for failure in failures:
        print("FAIL", failure)
    print(f"{len(failures)} failed" if failures else "every hostile write refused or made safe")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
