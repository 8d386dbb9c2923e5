#!/usr/bin/env bash
# End-to-end tests of `newsgraph repair`, `segment` and `tokenize` on the
# sample and on bad input: outputs, formats, offsets, messages, exit codes.
# Usage: text_commands_test.sh PATH/TO/newsgraph   (NEWSGRAPH_SOURCE_DIR = project root)
set -uo pipefail

source "$(dirname "$0")/expect.sh"
CHECK="$SRC/tests/cli/check_text_offsets.py"

# has NAME REGEX: the last command's stdout matches.
has() { grep -Eq -- "$2" "$TMP/out" && ok || bad "$1: stdout does not match /$2/"; }
hasnt() { grep -Eq -- "$2" "$TMP/out" && bad "$1: stdout matches /$2/" || ok; }

printf 'Good line.\nBad byte here: \xff\xfe end.\n' >"$TMP/latin.txt"
: >"$TMP/empty.txt"
printf 'Hello\0world\n' >"$TMP/binary.bin"

# --- repair ------------------------------------------------------------------
expect "repair sample" 0 "" -- "$NG" repair "$SAMPLE"
has "repair: the flag is whole" "🇮🇶"
hasnt "repair: no mojibake left" "đŸ"
hasnt "repair: no one-punctuation line left" "^[.,] *$"
expect "repair stdin" 0 "" -- bash -c "\"$NG\" repair - < \"$SAMPLE\""
has "repair stdin" "🇮🇶"
expect "repair --explain" 0 "" -- "$NG" repair --explain "$SAMPLE"
cp "$TMP/out" "$TMP/explain.json"
/usr/bin/python3 - "$TMP/explain.json" "$SAMPLE" <<'PY' && ok || bad "repair --explain content"
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
raw = open(sys.argv[2], "rb").read()
kinds = {r["kind"] for r in doc["repairs"]}
assert {"mojibake", "paragraph_join", "duplicate_paragraph", "boilerplate"} <= kinds, kinds
flag = [r for r in doc["repairs"] if r["kind"] == "mojibake"][0]
assert flag["after"] == "🇮🇶" and "iso-8859-16" in flag["note"], flag
text = doc["text"].encode()
for r in doc["repairs"]:
    assert raw[r["raw_start"]:r["raw_end"]].decode() == r["before"], r
    # A later stage may rewrite an earlier one's output (a whitespace fix
    # inside a joined paragraph break); these kinds are final.
    if r["kind"] in ("mojibake", "duplicate_paragraph", "boilerplate"):
        assert text[r["start"]:r["end"]].decode() == r["after"], r
assert {x["kind"] for x in doc["excluded"]} == {"duplicate_paragraph", "boilerplate"}, doc["excluded"]
PY
expect "repair --explain --pretty" 0 "" -- "$NG" repair --explain --pretty "$SAMPLE"
has "repair --pretty indents" '^  "repairs": \['

# --- segment -----------------------------------------------------------------
expect "segment sample" 0 "" -- "$NG" segment "$SAMPLE"
has "segment: shattered lines joined" "^Al-Kazemi added during .*, and had an influential role in this field, will be discussed\.$"
hasnt "segment: no one-punctuation sentence" "^[.,] *$"
grep -q "Commander-in-Chief of the Armed Forces emphasized" "$TMP/out" &&
  bad "segment: the repeated paragraph is segmented" || ok
hasnt "segment: the tweet credit is not a sentence" "@IraqiPMO"
lines=$(wc -l <"$TMP/out")
expect "segment --keep-excluded" 0 "" -- "$NG" segment --keep-excluded "$SAMPLE"
has "segment --keep-excluded keeps the credit" "@IraqiPMO"
[ "$(wc -l <"$TMP/out")" -gt "$lines" ] && ok || bad "segment --keep-excluded adds no sentence"
expect "segment --format jsonl" 0 "" -- "$NG" segment --format jsonl "$SAMPLE"
[ "$(wc -l <"$TMP/out")" -eq "$lines" ] && ok || bad "segment jsonl: not one line per sentence"
/usr/bin/python3 "$CHECK" sentences "$TMP/out" "$SAMPLE" && ok || bad "segment jsonl offsets"
expect "segment --format JSONL (any case)" 0 "" -- "$NG" segment --format JSONL "$SAMPLE"
expect "segment bad format" 2 "format" -- "$NG" segment --format xml "$SAMPLE"

# --- tokenize ----------------------------------------------------------------
expect "tokenize sample" 0 "" -- "$NG" tokenize "$SAMPLE"
has "tokenize: clitic split" "country 's keenness"
hasnt "tokenize: the inline agency credit is dropped" "\( French \)"
expect "tokenize --keep-excluded" 0 "" -- "$NG" tokenize --keep-excluded "$SAMPLE"
has "tokenize: the flag is one token" " 🇮🇶 \( @IraqiPMO \) "
expect "tokenize --format jsonl" 0 "" -- "$NG" tokenize --format jsonl "$SAMPLE"
has "tokenize jsonl: kinds" '"kind":"clitic".*"text":"'"'"'s"'
/usr/bin/python3 "$CHECK" tokens "$TMP/out" "$SAMPLE" && ok || bad "tokenize jsonl offsets"
expect "tokenize --format jsonl --keep-excluded" 0 "" -- "$NG" tokenize --format jsonl --keep-excluded "$SAMPLE"
has "tokenize jsonl: emoji and handle kinds" '"kind":"emoji".*"text":"🇮🇶"'
has "tokenize jsonl: handle kind" '"kind":"handle".*"text":"@IraqiPMO"'
/usr/bin/python3 "$CHECK" tokens "$TMP/out" "$SAMPLE" && ok || bad "tokenize jsonl --keep-excluded offsets"
expect "tokenize --format conllu" 0 "" -- "$NG" tokenize --format conllu "$SAMPLE"
has "conllu: sentence header" "^# sent_id = 1$"
has "conllu: ten columns" $'^1\tIraq\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:4$'
has "conllu: SpaceAfter" $'\tcountry\t.*SpaceAfter=No$'

# --- bad input, the same for all three ------------------------------------------
for sub in repair segment tokenize; do
  expect "$sub nonexistent" 1 "nope.txt: no such file" -- "$NG" "$sub" "$TMP/nope.txt"
  expect "$sub empty" 1 "empty.txt: empty input" -- "$NG" "$sub" "$TMP/empty.txt"
  expect "$sub binary" 1 "binary.bin: binary data" -- "$NG" "$sub" "$TMP/binary.bin"
  expect "$sub invalid UTF-8" 1 "latin.txt: invalid UTF-8 at byte 26 \(line 2, column 16\)" -- \
    "$NG" "$sub" "$TMP/latin.txt"
  expect "$sub empty stdin" 1 "<stdin>: empty input" -- bash -c "\"$NG\" $sub - < /dev/null"
  expect "$sub oversized stdin" 1 "<stdin>: article is [0-9]+ bytes, above the 16 MiB limit" -- \
    bash -c "head -c 17000000 /dev/zero | tr '\\0' 'a' | \"$NG\" $sub -"
  expect "$sub unknown flag" 2 "" -- "$NG" "$sub" "$SAMPLE" --frobnicate
done

finish
