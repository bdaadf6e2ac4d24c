#!/usr/bin/env python3
"""Helper of .ci/corpus.sh: names targets, writes the corpus package, reads the logs, prints the report.

Kept apart from the shell script because parsing specs, logs and tables is clearer in Python. Each
subcommand reads and writes plain files in the work folder, so a step can be re-run by hand:

    corpus.py names DOC...                  print "<Target>\t<doc>" per document
    corpus.py package WORK TARGET...        write WORK/Package.swift with one library target each
    corpus.py failed WORK LOG               print the targets that LOG shows errors in
    corpus.py report WORK                   print the table and summaries; exit status = verdict
"""
import collections
import json
import os
import re
import sys

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The Swagger 2.0 document that must be rejected (it is in the corpus as a rejection test).
NEGATIVE = "oai-swagger2-petstore-NEGATIVE.yaml"
NEGATIVE_MESSAGE = "Swagger 2.0 is not supported"
# How many OpenAPI 3.x documents may be rejected before the run fails: flaws with a safe reading
# are warnings, so every one of them must generate.
MAX_REJECTED = 0


# ---------------------------------------------------------------------------------------------
# names


def camel(words):
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def target_names(docs):
    """Swift-identifier-safe, unique target names: '<Folder>_<CamelCaseFileStem>'.

    The folder prefix keeps names apart from the dependencies' modules and makes names that start
    with a digit (2ch.yaml) valid. Documents that differ only by extension (oai-petstore.yaml and
    .json) get the extension appended.
    """
    def base(doc, with_ext):
        folder = os.path.basename(os.path.dirname(os.path.abspath(doc)))
        name = os.path.basename(doc)
        stem, ext = os.path.splitext(name)
        words = re.split(r"[^A-Za-z0-9]+", stem) + ([ext.lstrip(".")] if with_ext else [])
        return camel(re.split(r"[^A-Za-z0-9]+", folder)) + "_" + camel(words)

    plain = [base(d, False) for d in docs]
    counts = collections.Counter(plain)
    return [base(d, True) if counts[p] > 1 else p for d, p in zip(docs, plain)]


def cmd_names(docs):
    for name, doc in zip(target_names(docs), docs):
        print(f"{name}\t{doc}")


# ---------------------------------------------------------------------------------------------
# package


PACKAGE_HEAD = """// swift-tools-version: 6.1
// Written by .ci/corpus.sh: one library target per generated real-world document.
import PackageDescription

let deps: [Target.Dependency] = [
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
]

let package = Package(
    name: "corpus",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
"""


def cmd_package(work, targets):
    lines = [PACKAGE_HEAD]
    for t in targets:
        lines.append(f'        .target(name: "{t}", dependencies: deps, path: "{t}"),\n')
    lines.append("    ],\n    swiftLanguageModes: [.v6]\n)\n")
    with open(os.path.join(work, "Package.swift"), "w") as f:
        f.write("".join(lines))


# ---------------------------------------------------------------------------------------------
# report


def load_spec(path):
    """The parsed document, or None. libyaml's loader when present: same rules, much faster."""
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".json"):
        return json.loads(data)
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data, Loader=loader)


def spec_counts(path):
    """(operations, schemas, is_swagger2). Swagger 2.0 keeps its schemas under 'definitions'."""
    try:
        doc = load_spec(path)
    except Exception as e:  # a document PyYAML cannot read still gets a row
        print(f"note: cannot count {path}: {e}", file=sys.stderr)
        return None, None, False
    if not isinstance(doc, dict):
        return None, None, False
    ops = 0
    for item in (doc.get("paths") or {}).values():
        if isinstance(item, dict):
            ops += sum(1 for k in item if isinstance(k, str) and k.lower() in METHODS)
    swagger2 = "swagger" in doc and "openapi" not in doc
    if swagger2:
        schemas = len(doc.get("definitions") or {})
    else:
        schemas = len(((doc.get("components") or {}).get("schemas")) or {})
    return ops, schemas, swagger2


def read_lines(path):
    try:
        with open(path, errors="replace") as f:
            return f.read().splitlines()
    except FileNotFoundError:
        return []


DIAG = re.compile(r"^(?P<file>/[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<kind>error|warning): (?P<msg>.*)$")


def compile_diagnostics(build_log, work):
    """Per target: distinct (file, line, col, message) errors and warnings from the build log.

    Diagnostics are deduplicated because the driver may report one problem from both the
    emit-module job and the compile job of the same file.
    """
    per = collections.defaultdict(lambda: {"error": set(), "warning": set()})
    prefix = os.path.realpath(work) + "/"
    for line in read_lines(build_log):
        m = DIAG.match(line)
        if not m:
            continue
        path = os.path.realpath(m["file"])
        if not path.startswith(prefix):
            continue  # a dependency's diagnostic is not ours
        target = path[len(prefix):].split("/", 1)[0]
        per[target][m["kind"]].add((path, int(m["line"]), int(m["col"]), m["msg"]))
    return per


def normalize(msg):
    """Group messages that differ only by the names they quote."""
    return re.sub(r"'[^']*'", "'…'", msg)


def built_module(work, target):
    """True when the target's module was emitted (the target compiled)."""
    for cfg in ("debug",):
        for rel in (f"Modules/{target}.swiftmodule", f"{target}.swiftmodule"):
            if os.path.exists(os.path.join(work, ".build", cfg, rel)):
                return True
    return False


def fmt(v, spec="{}"):
    return "?" if v is None else spec.format(v)


def cmd_report(work):
    rows = []
    for line in read_lines(os.path.join(work, "results", "generate.tsv")):
        target, doc, status, secs, kib, strict = line.split("\t")
        rows.append({"target": target, "doc": doc, "status": int(status),
                     "secs": float(secs) if secs else None, "kib": int(kib) if kib else None,
                     "strict": int(strict) if strict else None})

    build_meta = {}
    for line in read_lines(os.path.join(work, "results", "build.tsv")):
        k, v = line.split("\t", 1)
        build_meta[k] = v
    compiled = "status" in build_meta
    build_status = int(build_meta.get("status", "0"))
    timed_out = build_status == 124
    diags = compile_diagnostics(os.path.join(work, "results", "build.log"), work) if compiled else {}

    out = []
    out.append("| document | operations | schemas | generated lines | generate time (s) | peak MiB "
               "| generator warnings | result | strict | compile |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---|---|---|")
    n_ok = n_rejected = n_fail = n_strict_refused = 0
    rejected_3x = []
    problems = []
    for r in rows:
        doc_name = os.path.relpath(r["doc"], os.path.dirname(os.path.dirname(r["doc"])))
        ops, schemas, swagger2 = spec_counts(r["doc"])
        stderr = read_lines(os.path.join(work, "results", r["target"] + ".stderr"))
        warnings = sum(1 for l in stderr if ": warning:" in l)
        gen_dir = os.path.join(work, r["target"])
        swift_files = sorted(f for f in os.listdir(gen_dir) if f.endswith(".swift")) if os.path.isdir(gen_dir) else []
        gen_lines = sum(len(read_lines(os.path.join(gen_dir, f))) for f in swift_files) if r["status"] == 0 else None

        if r["status"] == 0:
            result = "generated"
        else:
            first = next((l for l in stderr if ": error:" in l), None) or next((l for l in stderr if l.strip()), "")
            first = first.split(": error: ", 1)[-1] if ": error: " in first else first
            exit_note = "" if r["status"] == 1 else f" (exit {r['status']})"
            result = f"rejected{exit_note}: {first}"
            n_rejected += 1
            if os.path.basename(r["doc"]) == NEGATIVE:
                if NEGATIVE_MESSAGE not in first:
                    problems.append(f"{NEGATIVE} was rejected without '{NEGATIVE_MESSAGE}': {first}")
            elif not swagger2:
                rejected_3x.append(doc_name)
        if os.path.basename(r["doc"]) == NEGATIVE and r["status"] == 0:
            problems.append(f"{NEGATIVE} (Swagger 2.0) was accepted; it must be rejected")

        # What --strict would do: pass, or refuse with so many errors (the flaws read leniently).
        if r["strict"] is None:
            strict_cell = "—"
        elif r["strict"] == 0:
            strict_cell = "pass"
        else:
            strict_errors = sum(1 for l in read_lines(os.path.join(work, "results", r["target"] + ".strict.stderr"))
                                if ": error:" in l)
            strict_cell = f"refused ({strict_errors} errors)"
            n_strict_refused += 1

        if r["status"] != 0:
            comp = "—"
        elif not compiled:
            comp = "skipped"
        else:
            d = diags.get(r["target"], {"error": set(), "warning": set()})
            ne, nw = len(d["error"]), len(d["warning"])
            if ne:
                comp = f"{ne} errors" + (f", {nw} warnings" if nw else "")
                n_fail += 1
            elif build_status != 0 and not built_module(work, r["target"]):
                comp = "timed out" if timed_out else "not built (build stopped)"
                n_fail += 1
            elif nw:
                comp = f"{nw} warnings"
                n_fail += 1
            else:
                comp = "ok, 0 warnings"
                n_ok += 1
        res_cell = result.replace("|", "\\|")
        lines_cell = fmt(gen_lines) if r["status"] == 0 else "—"
        out.append(f"| {doc_name} | {fmt(ops)} | {fmt(schemas)} | {lines_cell} | {fmt(r['secs'], '{:.2f}')} "
                   f"| {fmt(None if r['kib'] is None else r['kib'] / 1024, '{:.0f}')} | {warnings} | {res_cell} "
                   f"| {strict_cell} | {comp} |")

    print("\n".join(out))
    print()
    if compiled:
        print(f"{len(rows)} documents: {n_ok} compile with 0 warnings, {n_rejected} rejected, {n_fail} fail to compile; "
              f"--strict would refuse {n_strict_refused} more")
        print(f"corpus build: {float(build_meta.get('seconds', 0)):.0f} s wall in {build_meta.get('rounds', '?')} "
              f"round(s), last round exit {build_status}{' (timed out)' if timed_out else ''}")
    else:
        n_gen = len(rows) - n_rejected
        print(f"{len(rows)} documents: {n_gen} generated (compile skipped), {n_rejected} rejected; "
              f"--strict would refuse {n_strict_refused} of the generated")

    # Distinct compile errors, most frequent first: what the generator's developers should fix.
    if compiled:
        groups = collections.Counter()
        example = {}
        where = collections.defaultdict(set)
        for target, d in diags.items():
            for (path, line, col, msg) in d["error"]:
                key = normalize(msg)
                groups[key] += 1
                example.setdefault(key, f"{os.path.relpath(path, work)}:{line}:{col}: {msg}")
                where[key].add(target)
        if groups:
            print()
            print(f"Distinct compile errors ({len(groups)} kinds, {sum(groups.values())} errors; first 30):")
            for key, n in groups.most_common(30):
                print(f"  {n:6d}  {key}")
                print(f"          in {len(where[key])} target(s); e.g. {example[key]}")
        other = [l for l in read_lines(os.path.join(work, "results", "build-last.log"))
                 if l.startswith("error:") or ": error: " in l and not DIAG.match(l)]
        if other and build_status != 0:
            print()
            print("Errors of the last build round not located in generated code (first 10):")
            for l in list(dict.fromkeys(other))[:10]:
                print("  " + l)

    # Verdict.
    if len(rejected_3x) > MAX_REJECTED:
        problems.append(f"{len(rejected_3x)} OpenAPI 3.x documents rejected ({MAX_REJECTED} allowed): "
                        + ", ".join(rejected_3x))
    if compiled and n_fail:
        problems.append(f"{n_fail} generated targets fail to compile or have warnings")
    if compiled and build_status != 0 and n_fail == 0:
        problems.append(f"the corpus build failed (exit {build_status}); see {work}/results/build.log")
    print()
    if problems:
        for p in problems:
            print("FAIL: " + p)
        return 1
    print("PASS")
    return 0


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    cmd, args = argv[1], argv[2:]
    if cmd == "names":
        cmd_names(args)
    elif cmd == "package":
        cmd_package(args[0], args[1:])
    elif cmd == "failed":
        for target, d in sorted(compile_diagnostics(args[1], args[0]).items()):
            if d["error"]:
                print(target)
    elif cmd == "report":
        return cmd_report(args[0])
    else:
        print(__doc__, file=sys.stderr)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
