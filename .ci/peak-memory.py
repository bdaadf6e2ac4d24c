#!/usr/bin/env python3
"""Run a command and sample the memory of its whole process tree.

    peak-memory.py OUT.json -- COMMAND [ARG...]

Why: `/usr/bin/time -v` reports the largest single process of the tree (wait4's ru_maxrss), but a
Swift build runs several swift-frontend processes at once, so the memory the machine needs is the
SUM over the tree. Every 0.2 s this adds up VmRSS of the command and all its descendants (only
ours: other builds on the machine are not counted) and keeps the peak, overall and for the
swift-frontend processes alone. Writes {"status", "seconds", "peak_tree_kib", "peak_frontend_kib",
"peak_frontends"} to OUT.json and exits with the command's status.
"""
import json
import os
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


def tree_usage(root):
    table = processes()
    children = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    total = frontend = frontends = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        if pid in table:
            _, name, rss = table[pid]
            total += rss
            if name == "swift-frontend":
                frontend += rss
                frontends += 1
        stack.extend(children.get(pid, []))
    return total, frontend, frontends


def main(argv):
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 64
    out, command = argv[1], argv[3:]
    start = time.monotonic()
    proc = subprocess.Popen(command)
    peak_tree = peak_frontend = peak_frontends = 0
    while proc.poll() is None:
        total, frontend, frontends = tree_usage(proc.pid)
        peak_tree = max(peak_tree, total)
        peak_frontend = max(peak_frontend, frontend)
        peak_frontends = max(peak_frontends, frontends)
        time.sleep(INTERVAL)
    seconds = time.monotonic() - start
    with open(out, "w") as f:
        json.dump({"status": proc.returncode, "seconds": seconds, "peak_tree_kib": peak_tree,
                   "peak_frontend_kib": peak_frontend, "peak_frontends": peak_frontends}, f)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
