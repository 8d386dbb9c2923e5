#!/usr/bin/python3
"""Validates `newsgraph analyze` output against docs/analysis.schema.json.

Usage: validate_analysis.py NEWSGRAPH_BINARY SOURCE_DIR

Checks the demo sample always; also the first 200 BBC articles from
../shared when present (skipped with a message when absent, failed when
CI=true). Beyond the schema it checks the offset invariants that JSON Schema
cannot express: every span lies inside `text`, mention text equals its slice.
Prints "N passed, M failed".
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def check_offsets(doc, raw):
    text = doc["text"].encode("utf-8")
    problems = []

    def span(where, s):
        if not (0 <= s["start"] <= s["end"] <= len(text)):
            problems.append(f"{where}: text span {s['start']}..{s['end']} outside 0..{len(text)}")
        if not (0 <= s["raw_start"] <= s["raw_end"] <= len(raw)):
            problems.append(f"{where}: raw span outside input of {len(raw)} bytes")

    for i, s in enumerate(doc["sentences"]):
        span(f"sentences[{i}]", s)
    for e in doc["entities"]:
        for j, m in enumerate(e["mentions"]):
            span(f"{e['id']}.mentions[{j}]", m)
            if text[m["start"]:m["end"]].decode("utf-8") != m["text"]:
                problems.append(f"{e['id']}.mentions[{j}]: slice != text {m['text']!r}")
    for v in doc["events"]:
        span(f"{v['id']}.evidence", v["evidence"])
        span(f"{v['id']}.trigger", v["trigger"])
    for i, r in enumerate(doc["repairs"]):
        span(f"repairs[{i}]", r)
        if raw[r["raw_start"]:r["raw_end"]] != r["before"].encode("utf-8", "surrogatepass"):
            problems.append(f"repairs[{i}]: raw slice != before")
    return problems


def analyze(binary, raw, article_id):
    with tempfile.NamedTemporaryFile(suffix=".txt") as f:
        f.write(raw)
        f.flush()
        out = subprocess.run([binary, "analyze", f.name, "--id", article_id],
                             capture_output=True, check=False)
    if out.returncode != 0:
        return None, out.stderr.decode("utf-8", "replace")
    return json.loads(out.stdout), None


def main():
    binary, source_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(source_dir, "docs", "analysis.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    cases = []
    sample = os.path.join(source_dir, "samples", "iraq-us-strategic-dialogue.txt")
    with open(sample, "rb") as f:
        cases.append(("sample", f.read()))
    shared = os.environ.get("NEWSGRAPH_SHARED_DIR", os.path.join(source_dir, "..", "shared"))
    bbc = os.path.join(shared, "corpora", "bbc", "bbc.jsonl")
    if os.path.exists(bbc):
        with open(bbc, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= 200:
                    break
                rec = json.loads(line)
                cases.append((rec["id"], rec["text"].encode("utf-8")))
    elif os.environ.get("CI") == "true":
        print(f"FAIL: shared corpus missing in CI: {bbc}")
        print("0 passed, 1 failed")
        return 1
    else:
        print(f"note: {bbc} not found; validating the sample only")

    passed = failed = 0
    for name, raw in cases:
        doc, err = analyze(binary, raw, name)
        problems = [f"analyze failed: {err}"] if doc is None else []
        if doc is not None:
            problems += [f"schema: {e.message} at {list(e.absolute_path)}"
                         for e in validator.iter_errors(doc)]
            problems += check_offsets(doc, raw)
        if problems:
            failed += 1
            print(f"FAIL {name}:")
            for p in problems[:10]:
                print(f"  {p}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
