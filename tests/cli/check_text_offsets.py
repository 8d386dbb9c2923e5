#!/usr/bin/python3
"""Checks the offsets in `newsgraph segment|tokenize --format jsonl` output.

Usage: check_text_offsets.py sentences|tokens OUTPUT.jsonl RAW_INPUT

Every record's "text" must be the UTF-8 slice [start, end) of the repaired
text (`newsgraph repair` output is not needed: records are checked against
each other and the raw input). Where the raw slice [raw_start, raw_end) is
byte-identical to "text", nothing was repaired there; elsewhere the raw
slice must at least be non-empty. Records must be in order and not overlap.
"""
import json
import sys


def main() -> int:
    kind, out_path, raw_path = sys.argv[1:4]
    raw = open(raw_path, "rb").read()
    records = [json.loads(line) for line in open(out_path, encoding="utf-8")]
    if not records:
        print("no records")
        return 1
    prev_end = -1
    identical = 0
    for i, r in enumerate(records):
        text = r["text"].encode()
        if len(text) != r["end"] - r["start"]:
            print(f"record {i}: text length {len(text)} != end - start {r['end'] - r['start']}")
            return 1
        if r["start"] < prev_end:
            print(f"record {i}: overlaps the previous one")
            return 1
        prev_end = r["end"]
        if not 0 <= r["raw_start"] < r["raw_end"] <= len(raw):
            print(f"record {i}: raw range {r['raw_start']}..{r['raw_end']} out of bounds")
            return 1
        if raw[r["raw_start"]:r["raw_end"]] == text:
            identical += 1
        key = "token" if kind == "tokens" else "sentence"
        if kind == "tokens" and r[key] != i:
            print(f"record {i}: token index {r[key]}")
            return 1
    # The sample has a handful of repairs: nearly every record maps 1:1.
    if identical < len(records) * 0.8:
        print(f"only {identical} of {len(records)} records slice back to identical raw bytes")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
