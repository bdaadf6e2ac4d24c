#!/usr/bin/env python3
"""Driver of Benchmarks/run.sh: times the generators and the libyaml floor, prints the report.

    bench.py --gen BIN --floor BIN --measure BIN [--apple BIN | --apple-unavailable REASON] [--apple-version V] --seed FILE
             [--specs DIR] --work DIR [--runs N] [--apple-scope all|core|none] [--tags 1,10,25,50]

For each input, every contender runs once as a warm-up, then RUNS times, interleaved (A B C A B C
...). Each run goes through Benchmarks/measure.c, which spawns the command and reaps it with wait4:
the wall time is CLOCK_MONOTONIC around the two (microseconds), the peak RSS the child's own
ru_maxrss (spawning from Python would add Python's memory to it). Our generator and Apple's
write into a fresh, empty folder each run, so every file is written; the folder is deleted after
the run, outside the timing.

Prints progress to standard error and the Markdown report to standard output. Exit status 1 when
our generator failed on the seed spec (the one input that must always work), 0 otherwise.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MIB = 1024.0  # ru_maxrss is in KiB on Linux

# The targets.
TARGET_FLOOR_RATIO = 4.5  # whole Fireblocks: ours <= 4.5x the libyaml floor (3x is the goal)
GOAL_FLOOR_RATIO = 3.0
TARGET_RSS_MIB = 60.0  # ours <= 60 MiB peak RSS
TARGET_APPLE_RATIO = 50.0  # ours >= 50x faster than Apple's generator
TARGET_SEED_SECONDS = 0.020  # seed spec <= 20 ms wall


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Running one command


class Runner:
    """Runs commands with their output folders under WORK and keeps a counter for folder names."""

    def __init__(self, measure, work):
        self.measure = measure
        self.work = work
        self.count = 0
        os.makedirs(work, exist_ok=True)

    def run(self, argv_for_output):
        """argv_for_output(outdir) -> argv. Returns (seconds, peak KiB, exit code, stderr, bytes written,
        CPU seconds)."""
        self.count += 1
        outdir = os.path.join(self.work, f"out-{self.count}")
        shutil.rmtree(outdir, ignore_errors=True)
        os.makedirs(outdir)
        errpath = os.path.join(self.work, "stderr.txt")
        done = subprocess.run([self.measure, errpath] + argv_for_output(outdir),
                              stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"error: {self.measure} failed: {done.stderr.strip()}")
        seconds, kib, code, cpu = done.stdout.split()
        with open(errpath, errors="replace") as f:
            stderr = f.read()
        written = 0
        for root, _, files in os.walk(outdir):
            written += sum(os.path.getsize(os.path.join(root, name)) for name in files if not name.startswith("."))
        shutil.rmtree(outdir, ignore_errors=True)
        return float(seconds), int(kib), int(code), stderr, written, float(cpu)


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(no output)"


def error_line(text, limit=240):
    """The first error message (from "error:" on), else the last line; at most LIMIT characters."""
    match = re.search(r"error:.*", text, re.IGNORECASE)
    line = match.group(0).strip() if match else last_line(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Inputs


def load_document(path):
    """The parsed document (JSON, or YAML with PyYAML), or None when PyYAML is missing."""
    if path.endswith(".json"):
        with open(path, "rb") as f:
            return json.load(f)
    try:
        import yaml
    except ImportError:
        return None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, "rb") as f:
        return yaml.load(f, Loader=loader)


def operations(document):
    """[(method, path, tags)] in document order."""
    result = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                result.append((method, path, [str(t) for t in operation.get("tags") or []]))
    return result


def tags_in_order(ops, document):
    """Tag names in document order: the top-level `tags:` list, then tags first used by operations."""
    names = []
    for tag in document.get("tags") or []:
        if isinstance(tag, dict) and "name" in tag and str(tag["name"]) not in names:
            names.append(str(tag["name"]))
    for _, _, tags in ops:
        for tag in tags:
            if tag not in names:
                names.append(tag)
    return names


def is_openapi3(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    if path.endswith(".json"):
        return re.search(r'"openapi"\s*:\s*"3\.', text) is not None
    return re.search(r"^openapi:\s*['\"]?3\.", text, re.MULTILINE) is not None


class Input:
    def __init__(self, label, path, extra=(), ops=None, apple=False, floor=True, series=None):
        self.label = label
        self.path = path
        self.extra = list(extra)  # more arguments for our generator (--tag ...)
        self.ops = ops  # operation count, or None when unknown
        self.apple = apple
        self.floor = floor
        self.series = series  # size-series label, or None
        self.results = {}  # contender -> {"times", "rss", "written"} or {"error"}


def build_inputs(args):
    inputs = []
    fireblocks = os.path.join(args.specs, "fireblocks", "swagger.yaml") if args.specs else None
    realworld = os.path.join(args.specs, "realworld") if args.specs else None
    apple_more = args.apple_scope == "all"
    apple_core = args.apple_scope in ("all", "core")

    if fireblocks and os.path.isfile(fireblocks):
        document = load_document(fireblocks)
        ops = operations(document) if document is not None else None
        inputs.append(Input("Fireblocks, whole", fireblocks, ops=len(ops) if ops else None,
                            apple=apple_core, series="whole"))
        if ops is None:
            log("notice: PyYAML (python3-yaml) is missing: no Fireblocks tag series")
        else:
            names = tags_in_order(ops, document)
            for n in args.tags:
                chosen = names[:n]
                count = sum(1 for _, _, tags in ops if set(tags) & set(chosen))
                extra = [a for tag in chosen for a in ("--tag", tag)]
                label = f"Fireblocks, first {n} tag{'s' if n != 1 else ''}"
                if n >= len(names):
                    label += f" (all {len(names)})"
                inputs.append(Input(label, fireblocks, extra, ops=count, floor=False, series=f"{n} tag{'s' if n != 1 else ''}"))
    else:
        log("notice: ../shared/specs not found (or no fireblocks/swagger.yaml): Fireblocks inputs skipped")

    seed_doc = load_document(args.seed)
    inputs.append(Input("seed spec/swagger.yaml", args.seed,
                        ops=len(operations(seed_doc)) if seed_doc is not None else None, apple=apple_core))

    if realworld and os.path.isdir(realworld):
        candidates = sorted(
            (os.path.join(realworld, name) for name in os.listdir(realworld)
             if name.endswith((".yaml", ".yml", ".json")) and not name.startswith(".")),
            key=os.path.getsize, reverse=True)
        runner = Runner(args.measure, os.path.join(args.work, "probe"))
        chosen = 0
        for path in candidates:
            if chosen == args.realworld:
                break
            name = os.path.basename(path)
            if not is_openapi3(path):
                log(f"   realworld: skipping {name} (not OpenAPI 3)")
                continue
            log(f"   realworld: does our generator accept {name}?")
            _, _, code, stderr, _, _ = runner.run(lambda out, p=path: [args.gen, "generate", p, "--output", out])
            if code != 0:
                log(f"   realworld: skipping {name}: our generator rejects it: {error_line(stderr)}")
                continue
            document = load_document(path)
            inputs.append(Input(name, path, ops=len(operations(document)) if document is not None else None,
                                apple=apple_more))
            chosen += 1
    else:
        log("notice: ../shared/specs/realworld not found: real-world inputs skipped")
    return inputs


# ---------------------------------------------------------------------------------------------
# Measuring


def contenders(args, item):
    """[(name, argv_for_output)] for one input."""
    result = [("ours", lambda out: [args.gen, "generate", item.path, "--output", out] + item.extra)]
    if item.floor:
        result.append(("libyaml floor", lambda out: [args.floor, item.path]))
    if item.apple and args.apple:
        result.append(("apple", lambda out: [args.apple, "generate", item.path, "--mode", "types",
                                                     "--mode", "client", "--output-directory", out]))
    return result


def measure(args, item, runner):
    active = contenders(args, item)
    for name, _ in active:
        item.results[name] = {"times": [], "rss": [], "cpu": [], "written": 0}
    log(f"== {item.label} ({os.path.getsize(item.path) / 1e6:.2f} MB): "
        f"{', '.join(n for n, _ in active)}, 1 warm-up + {args.runs} runs each")
    for round_ in range(args.runs + 1):
        for name, argv in active:
            result = item.results[name]
            if "error" in result:
                continue
            seconds, kib, code, stderr, written, cpu = runner.run(argv)
            if code != 0:
                result["error"] = f"exit {code}: {error_line(stderr)}"
                log(f"   {name}: failed, {result['error']}")
                continue
            if name == "libyaml floor":
                result["events"] = last_line(stderr)
            if round_ == 0:
                continue  # the warm-up
            result["times"].append(seconds)
            result["rss"].append(kib)
            result["cpu"].append(cpu)
            result["written"] = written
    for name, _ in active:
        result = item.results[name]
        if result.get("times"):
            log(f"   {name}: median {statistics.median(result['times']):.4f} s, "
                f"peak {max(result['rss']) / MIB:.1f} MiB")


# ---------------------------------------------------------------------------------------------
# Report


def median(item, name):
    result = item.results.get(name) or {}
    return statistics.median(result["times"]) if result.get("times") else None


def peak_mib(item, name):
    result = item.results.get(name) or {}
    return max(result["rss"]) / MIB if result.get("rss") else None


def floor_of(inputs, item):
    """The libyaml floor measured on the same file (the tag-filtered inputs parse the whole file)."""
    for other in inputs:
        if other.path == item.path and median(other, "libyaml floor") is not None:
            return median(other, "libyaml floor")
    return None


def verdict(ok):
    return "PASS" if ok else "MISS"


def report(args, inputs):
    out = []
    p = out.append
    load = os.getloadavg()
    p("## Benchmark: generation time and peak memory")
    p("")
    p(f"{args.runs} measured runs per contender after 1 warm-up, interleaved; {os.cpu_count()} cores; "
      f"load average at the end {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1 / 5 / 15 min; "
      "other work on the machine inflates wall times).")
    p("")
    p("Contenders: ours (`openapi-swift-gen generate`); the libyaml floor (`Benchmarks/libyaml-floor.c`); "
      f"apple: apple/swift-openapi-generator {args.apple_version} (`--mode types --mode client`"
      + (f"; unavailable: {args.apple_unavailable}). " if args.apple_unavailable else "). ")
      + f"Both Swift generators are built with `swift build {args.build_flags.strip()}`.")
    p("")
    p("| input | MB | operations | contender | median s | min s | max s | CPU s | peak RSS MiB | ÷ floor | ÷ ours |")
    p("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for item in inputs:
        floor = floor_of(inputs, item)
        ours = median(item, "ours")
        for name, result in item.results.items():
            size = f"{os.path.getsize(item.path) / 1e6:.2f}"
            ops = "" if item.ops is None else str(item.ops)
            if "error" in result and not result.get("times"):
                p(f"| {item.label} | {size} | {ops} | {name} | failed: {result['error'].replace('|', '/')} | | | | | | |")
                continue
            m = median(item, name)
            vs_floor = f"{m / floor:.1f}" if floor and name != "libyaml floor" else ""
            vs_ours = f"{m / ours:.1f}" if ours and name == "apple" else ""
            p(f"| {item.label} | {size} | {ops} | {name} | {m:.4f} | {min(result['times']):.4f} | "
              f"{max(result['times']):.4f} | {statistics.median(result['cpu']):.4f} | {peak_mib(item, name):.1f} "
              f"| {vs_floor} | {vs_ours} |")
    p("")
    p("÷ floor: median over the libyaml floor's median on the same file (the tag-filtered inputs read "
      "and parse the whole file, so their floor is the whole file's). ÷ ours: Apple's median over ours. "
      "CPU s: median user + system time of all threads, less sensitive to other load than wall time. "
      "Peak RSS: the largest of the measured runs.")
    floors = [(item.label, item.results["libyaml floor"].get("events")) for item in inputs
              if item.results.get("libyaml floor", {}).get("events")]
    if floors:
        p("libyaml events: " + "; ".join(f"{label}: {events}" for label, events in floors) + ".")

    p("")
    p("### Targets")
    p("")
    whole = next((item for item in inputs if item.series == "whole"), None)
    seed = next((item for item in inputs if item.path == args.seed), None)
    if whole is not None and median(whole, "ours") is not None:
        ours, floor = median(whole, "ours"), median(whole, "libyaml floor")
        rss = peak_mib(whole, "ours")
        if floor:
            p(f"- whole Fireblocks, ours ≤ {TARGET_FLOOR_RATIO:g}× the libyaml floor: {ours:.3f} s / "
              f"{floor:.4f} s = {ours / floor:.1f}× — {verdict(ours <= TARGET_FLOOR_RATIO * floor)} "
              f"(goal {GOAL_FLOOR_RATIO:g}×: {verdict(ours <= GOAL_FLOOR_RATIO * floor)})")
        else:
            p(f"- whole Fireblocks, ours ≤ {TARGET_FLOOR_RATIO:g}× the libyaml floor: floor not measured — MISS")
        p(f"- whole Fireblocks, ours ≤ {TARGET_RSS_MIB:g} MiB peak RSS: {rss:.1f} MiB — {verdict(rss <= TARGET_RSS_MIB)}")
        apple = median(whole, "apple")
        if apple:
            p(f"- whole Fireblocks, ours ≥ {TARGET_APPLE_RATIO:g}× faster than Apple's generator: "
              f"{apple:.3f} s / {ours:.3f} s = {apple / ours:.1f}× — {verdict(apple >= TARGET_APPLE_RATIO * ours)}")
        else:
            why = (whole.results.get("apple") or {}).get("error") or args.apple_unavailable or "not run"
            p(f"- whole Fireblocks, ours ≥ {TARGET_APPLE_RATIO:g}× faster than Apple's generator: not measured ({why})")
    else:
        p("- the Fireblocks targets: not measured (no ../shared/specs, or our generator failed on it)")
    if seed is not None and median(seed, "ours") is not None:
        s = median(seed, "ours")
        p(f"- seed spec, ours ≤ {TARGET_SEED_SECONDS * 1000:g} ms wall: {s * 1000:.1f} ms — {verdict(s <= TARGET_SEED_SECONDS)}")
    else:
        p("- seed spec, ours ≤ 20 ms wall: our generator failed — MISS")

    series = [item for item in inputs if item.series and median(item, "ours") is not None]
    if series:
        p("")
        p("### Size series: Fireblocks filtered by tag (our generator)")
        p("")
        rows = sorted(series, key=lambda i: i.ops or 0)
        base = rows[0]
        p(f"Linear growth shows as a steady cost per operation and per generated KB beyond the smallest run "
          f"({base.series}), which pays the fixed cost: reading and resolving the whole document.")
        p("")
        p("| tags | operations | generated KB | median s | ms per operation | ms per generated KB | "
          f"beyond {base.series}: ms per added operation | ms per added generated KB |")
        p("|---|---:|---:|---:|---:|---:|---:|---:|")
        base_m, base_kb = median(base, "ours"), base.results["ours"]["written"] / 1000
        for item in rows:
            m = median(item, "ours")
            kb = item.results["ours"]["written"] / 1000
            per_op = f"{m * 1000 / item.ops:.2f}" if item.ops else ""
            per_kb = f"{m * 1000 / kb:.3f}" if kb else ""
            added_op = f"{(m - base_m) * 1000 / (item.ops - base.ops):.2f}" if item.ops and base.ops and item.ops > base.ops else ""
            added_kb = f"{(m - base_m) * 1000 / (kb - base_kb):.3f}" if kb > base_kb else ""
            p(f"| {item.series} | {'' if item.ops is None else item.ops} | {kb:.0f} | {m:.4f} | {per_op} | {per_kb} "
              f"| {added_op} | {added_kb} |")
        if whole is not None and median(whole, "ours") is not None and median(whole, "libyaml floor") is not None:
            mb = os.path.getsize(whole.path) / 1e6
            p("")
            p(f"Whole file: {median(whole, 'ours') * 1000 / mb:.0f} ms per input MB (ours); "
              f"libyaml floor {median(whole, 'libyaml floor') * 1000 / mb:.1f} ms per MB.")
    return "\n".join(out) + "\n", seed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gen", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--measure", required=True)
    parser.add_argument("--apple")
    parser.add_argument("--apple-version", default="1.14.3")
    parser.add_argument("--build-flags", default="-c release")
    parser.add_argument("--apple-unavailable", default="")
    parser.add_argument("--apple-scope", choices=("all", "core", "none"), default="all")
    parser.add_argument("--seed", required=True)
    parser.add_argument("--specs")
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tags", default="1,10,25,50")
    parser.add_argument("--realworld", type=int, default=3)
    parser.add_argument("--report")
    args = parser.parse_args()
    args.tags = [int(n) for n in args.tags.split(",") if n.strip()]
    for name in ("gen", "floor", "measure", "apple", "seed", "specs", "work", "report"):
        if getattr(args, name):
            setattr(args, name, os.path.abspath(getattr(args, name)))
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.apple_scope == "none":
        args.apple = None

    # Our generator reads openapi-swift-gen.yaml from the working directory: run where there is none.
    os.makedirs(args.work, exist_ok=True)
    os.chdir(args.work)

    inputs = build_inputs(args)
    runner = Runner(args.measure, os.path.join(args.work, "runs"))
    for item in inputs:
        measure(args, item, runner)
    text, seed = report(args, inputs)
    sys.stdout.write(text)
    if args.report:
        with open(args.report, "w") as f:
            f.write(text)
    if seed is None or median(seed, "ours") is None:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
