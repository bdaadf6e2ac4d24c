#!/usr/bin/env python3
"""Write an OpenAPI document with COUNT examples that all match their schemas.

    examples-spec.py COUNT > spec.yaml

Fifty component schemas of different shapes (strings, integers, numbers, dates with milliseconds,
an enum, an optional nested object, an array, a dictionary) each carry an `example`; the rest of the
examples are named response examples, spread over one operation per schema, so the document's size
grows with COUNT while the generated client stays the same. Used by Benchmarks/examples-compile.sh.
"""
import json
import sys

SCHEMAS = 50


def schema(k):
    """The k-th schema: its properties vary with k so that the examples decode into distinct shapes."""
    properties = {
        "id": {"type": "integer", "format": "int64"},
        "name": {"type": "string"},
    }
    if k % 2 == 0:
        properties["createdAt"] = {"type": "string", "format": "date-time"}
    if k % 3 == 0:
        properties["amount"] = {"type": "number", "format": "double"}
    if k % 4 == 0:
        properties["state"] = {"type": "string", "enum": ["ACTIVE", "PAUSED", "CLOSED"]}
    if k % 5 == 0:
        properties["tags"] = {"type": "array", "items": {"type": "string"}}
    if k % 6 == 0:
        properties["limits"] = {"type": "object", "additionalProperties": {"type": "integer"}}
    if k % 7 == 0:
        properties["owner"] = {
            "type": "object",
            "required": ["email"],
            "properties": {"email": {"type": "string"}, "verified": {"type": "boolean"}},
        }
    return {"type": "object", "required": ["id", "name"], "properties": properties}


def example(k, n):
    """An example of the k-th schema, different for every n."""
    value = {"id": n, "name": f"item {n} of schema {k}"}
    if k % 2 == 0:
        value["createdAt"] = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:07.{n % 1000:03d}Z"
    if k % 3 == 0:
        value["amount"] = n / 8
    if k % 4 == 0:
        value["state"] = ["ACTIVE", "PAUSED", "CLOSED"][n % 3]
    if k % 5 == 0:
        value["tags"] = [f"t{n}", "blue"]
    if k % 6 == 0:
        value["limits"] = {"daily": n, "monthly": 30 * n}
    if k % 7 == 0:
        value["owner"] = {"email": f"owner{n}@example.com", "verified": n % 2 == 0}
    return value


def main(argv):
    if len(argv) != 2 or not argv[1].isdigit() or int(argv[1]) < SCHEMAS:
        print(__doc__, file=sys.stderr)
        print(f"COUNT must be at least {SCHEMAS}", file=sys.stderr)
        return 64
    count = int(argv[1])
    responses = count - SCHEMAS
    schemas = {}
    for k in range(SCHEMAS):
        s = schema(k)
        s["example"] = example(k, k)
        schemas[f"Thing{k}"] = s
    paths = {}
    n = SCHEMAS
    for k in range(SCHEMAS):
        share = responses // SCHEMAS + (1 if k < responses % SCHEMAS else 0)
        named = {}
        for _ in range(share):
            named[f"example{n}"] = {"value": example(k, n)}
            n += 1
        media = {"schema": {"$ref": f"#/components/schemas/Thing{k}"}}
        if named:
            media["examples"] = named
        paths[f"/things{k}"] = {
            "get": {
                "operationId": f"getThing{k}",
                "responses": {"200": {"description": "OK", "content": {"application/json": media}}},
            }
        }
    document = {
        "openapi": "3.0.3",
        "info": {"title": f"{count} examples", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    # JSON is YAML: one line per document keeps the file small and quick to read.
    json.dump(document, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
