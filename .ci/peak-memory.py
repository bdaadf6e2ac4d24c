#!/usr/bin/env python3
"""Run a command and sample the memory of its whole process tree.

    peak-memory.py OUT.json [--kill-above-mib N] -- COMMAND [ARG...]

Why: `/usr/bin/time -v` reports the largest single process of the tree (wait4's ru_maxrss), but a
Swift build runs several swift-frontend processes at once, so the memory the machine needs is the
SUM over the tree. Every 0.2 s this adds up VmRSS of the command and all its descendants (only
ours: other builds on the machine are not counted) and keeps the peak, overall and for the
swift-frontend processes alone. Writes {"status", "seconds", "peak_tree_kib", "peak_frontend_kib",
"peak_frontends", "killed"} to OUT.json and exits with the command's status.

With --kill-above-mib N, the whole tree is killed (SIGKILL) as soon as its sum passes N MiB, and
"killed" is true: a build whose memory grows without bound is stopped before it takes the memory
other processes on the machine need.
"""
import json
import os
import signal
import subprocess
import sys
import time

INTERVAL = 0.2


def processes():
    """pid -> (ppid, name, rss KiB) for every process we can read."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except (OSError, ValueError):
            continue  # the process ended while we looked
        rss = fields.get("VmRSS", "0 kB").split()[0]
        table[int(entry)] = (int(fields.get("PPid", "0")), fields.get("Name", "").strip(), int(rss))
    return table


def tree(root, table):
    """The pids of root and all its descendants."""
    children = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    pids, stack = [], [root]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        stack.extend(children.get(pid, []))
    return pids


def tree_usage(root):
    table = processes()
    total = frontend = frontends = 0
    for pid in tree(root, table):
        if pid in table:
            _, name, rss = table[pid]
            total += rss
            if name == "swift-frontend":
                frontend += rss
                frontends += 1
    return total, frontend, frontends


def kill_tree(root):
    """SIGKILL to root and every descendant (the compiler processes have process groups of their
    own, so a signal to root's group would not reach them)."""
    for pid in tree(root, processes()):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass  # already gone


def main(argv):
    limit_kib = None
    if len(argv) >= 4 and argv[2] == "--kill-above-mib":
        limit_kib = int(argv[3]) * 1024
        argv = argv[:2] + argv[4:]
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 64
    out, command = argv[1], argv[3:]
    start = time.monotonic()
    proc = subprocess.Popen(command)
    peak_tree = peak_frontend = peak_frontends = 0
    killed = False
    while proc.poll() is None:
        total, frontend, frontends = tree_usage(proc.pid)
        peak_tree = max(peak_tree, total)
        peak_frontend = max(peak_frontend, frontend)
        peak_frontends = max(peak_frontends, frontends)
        if limit_kib is not None and total > limit_kib and not killed:
            killed = True
            kill_tree(proc.pid)
        time.sleep(INTERVAL)
    seconds = time.monotonic() - start
    with open(out, "w") as f:
        json.dump({"status": proc.returncode, "seconds": seconds, "peak_tree_kib": peak_tree,
                   "peak_frontend_kib": peak_frontend, "peak_frontends": peak_frontends,
                   "killed": killed}, f)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
