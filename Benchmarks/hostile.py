#!/usr/bin/env python3
"""Hostile inputs for Benchmarks/hostile.sh: writes each into a folder and prints one line per input,
`name<TAB>file<TAB>extra generator arguments`. Every input is small; what it stands for is not."""
import os
import sys

HEADER = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"
# The default of --max-alias-nodes: the bomb comes as close to it as it can without passing it.
ALIAS_BUDGET = 250_000


def alias_bomb_schemas(budget):
    """About 1 MB of aliases of object schemas, nine properties a level, sized to stay just under
    the alias budget: each alias becomes thousands of nested types."""
    sizes = [3]  # {type: string}: a mapping and two scalars
    lines = ["x-levels:\n  l0: &l0 {type: string}\n"]
    used = 0
    while True:
        size = 5 + 9 * (1 + sizes[-1])
        added = 9 * sizes[-1]
        if used + added + size > budget * 0.5:
            break
        level = len(sizes)
        properties = ", ".join("p%d: *l%d" % (i, level - 1) for i in range(9))
        lines.append("  l%d: &l%d {type: object, properties: {%s}}\n" % (level, level, properties))
        sizes.append(size)
        used += added
    top = len(sizes) - 1
    text = HEADER + "".join(lines) + "components:\n  schemas:\n"
    index = 0
    while used + sizes[top] < budget * 0.98 and len(text) < 1_000_000:
        text += "    S%d: *l%d\n" % (index, top)
        used += sizes[top]
        index += 1
    # Fill to 1 MB with aliases of small levels as long as the budget lasts, then with plain text.
    level = top
    while len(text) < 1_000_000 and level > 0:
        if used + sizes[level] < budget * 0.999:
            text += "    S%d: *l%d\n" % (index, level)
            used += sizes[level]
            index += 1
        else:
            level -= 1
    text += "x-padding:\n"
    while len(text) < 1_000_000:
        text += "  - '" + "x" * 70 + "'\n"
    return text


def billion_laughs():
    """The classic: each level nine aliases of the one before, padded to 1 MB."""
    text = HEADER + "x-laughs:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for name, previous in zip("bcdefghi", "abcdefgh"):
        text += "  %s: &%s [%s]\n" % (name, name, ", ".join(["*" + previous] * 9))
    text += "x-padding:\n"
    while len(text) < 1_000_000:
        text += "  - '" + "x" * 70 + "'\n"
    return text


def deep_flow(depth):
    return HEADER + "x-deep: " + "[" * depth + "]" * depth + "\n"


def deep_objects(depth):
    schema = "{type: string}"
    for index in range(depth):
        schema = "{type: object, properties: {p%d: %s}}" % (index, schema)
    return HEADER + "components:\n  schemas:\n    Deep: " + schema + "\n"


def all_of_chain(length):
    text = HEADER + "components:\n  schemas:\n"
    for index in range(length):
        text += "    S%d:\n      allOf:\n        - $ref: '#/components/schemas/S%d'\n" % (index, index + 1)
        text += "        - {type: object, properties: {p%d: {type: string}}}\n" % index
    return text + "    S%d: {type: object, properties: {last: {type: string}}}\n" % length


def property_chain(length):
    text = HEADER + "components:\n  schemas:\n"
    for index in range(length):
        text += "    P%d: {type: object, properties: {next: {$ref: '#/components/schemas/P%d'}}}\n" % (index, index + 1)
    return text + "    P%d: {type: string}\n" % length


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    inputs = [
        ("alias bomb of schemas, 1 MB", "alias-schemas.yaml", alias_bomb_schemas(ALIAS_BUDGET), ""),
        ("alias bomb of schemas, 1 MB, --max-alias-nodes 1000000", "alias-schemas-1m.yaml", alias_bomb_schemas(1_000_000),
         "--max-alias-nodes 1000000"),
        ("billion laughs, 1 MB", "laughs.yaml", billion_laughs(), ""),
        ("flow sequence 20,000 deep", "flow.yaml", deep_flow(20_000), ""),
        ("object schema 3,000 deep, --max-nesting 10000", "objects.yaml", deep_objects(3000), "--max-nesting 10000"),
        ("allOf chain 10,000 long", "allof.yaml", all_of_chain(10_000), ""),
        ("allOf chain 999 long, --max-ref-depth 1000", "allof-999.yaml", all_of_chain(999), "--max-ref-depth 1000"),
        ("property chain 10,000 long", "properties.yaml", property_chain(10_000), ""),
    ]
    for name, file, text, arguments in inputs:
        path = os.path.join(folder, file)
        with open(path, "w") as handle:
            handle.write(text)
        print("%s\t%s\t%s" % (name, path, arguments))


if __name__ == "__main__":
    main()
