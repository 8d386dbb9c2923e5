#!/usr/bin/env bash
# End-to-end CLI tests: every bad input gets a clear message naming the input
# (and line / byte where there is one) and a non-zero exit; good input works.
# Usage: cli_test.sh PATH/TO/newsgraph   (NEWSGRAPH_SOURCE_DIR = project root)
set -uo pipefail

source "$(dirname "$0")/expect.sh"

# --- inputs ------------------------------------------------------------------
: >"$TMP/empty.txt"
printf 'Hello\0world\n' >"$TMP/binary.bin"
head -c 3000 /dev/urandom >"$TMP/random.bin"
printf 'Good line.\nBad byte here: \xff\xfe end.\n' >"$TMP/latin.txt"
printf 'caf\xc3\n' >"$TMP/truncated.txt"
mkdir -p "$TMP/folder"
cp "$SAMPLE" "$TMP/folder/a.txt"
{
  echo '{"id": "one", "date": "2021-04-07", "text": "Iraq agreed with the United States."}'
  echo '{"id": "two", "text": '
  echo ''
  echo '{"id": "three", "text": "Iran accused Israel of the attack."}'
  echo '["not", "an", "object"]'
  echo '{"id": "four"}'
  echo '{"id": "five", "date": "2021-02-30", "text": "x"}'
  echo '{"id": "six", "text": ""}'
} >"$TMP/feed.jsonl"

# --- analyze -----------------------------------------------------------------
expect "analyze sample" 0 "" -- "$NG" analyze "$SAMPLE"
grep -q '"id":"iraq-us-strategic-dialogue"' "$TMP/out" && ok || bad "analyze sample: id missing"
expect "analyze stdin" 0 "" -- bash -c "\"$NG\" analyze - --id piped < \"$SAMPLE\""
grep -q '"id":"piped"' "$TMP/out" && ok || bad "analyze stdin: --id not used"
expect "analyze --date" 0 "" -- "$NG" analyze "$SAMPLE" --date 2021-04-07 --pretty
grep -q '"date": "2021-04-07"' "$TMP/out" && ok || bad "analyze --date not in output"
expect "nonexistent file" 1 "nope.txt: no such file" -- "$NG" analyze "$TMP/nope.txt"
expect "folder as file" 2 "is a folder, expected a file" -- "$NG" analyze "$TMP/folder"
expect "empty file" 1 "empty.txt: empty input" -- "$NG" analyze "$TMP/empty.txt"
expect "binary file" 1 "binary.bin: binary data.*NUL byte at byte 5" -- "$NG" analyze "$TMP/binary.bin"
expect "random bytes" 1 "random.bin: (binary data|invalid UTF-8)" -- "$NG" analyze "$TMP/random.bin"
expect "invalid UTF-8" 1 "latin.txt: invalid UTF-8 at byte 26 \(line 2, column 16\)" -- "$NG" analyze "$TMP/latin.txt"
expect "truncated UTF-8" 1 "truncated.txt: invalid UTF-8 at byte 3" -- "$NG" analyze "$TMP/truncated.txt"
expect "bad --date" 2 "invalid date \"2021-13-01\"" -- "$NG" analyze "$SAMPLE" --date 2021-13-01
expect "empty stdin" 1 "<stdin>: empty input" -- bash -c "\"$NG\" analyze - < /dev/null"
expect "unknown flag" 2 "" -- "$NG" analyze "$SAMPLE" --frobnicate
expect "no subcommand" 2 "" -- "$NG"

# --- help and version ----------------------------------------------------------
for sub in analyze repair segment tokenize ingest serve version; do
  expect "$sub --help" 0 "" -- "$NG" "$sub" --help
  grep -qi "usage" "$TMP/out" && ok || bad "$sub --help prints no usage"
done
expect "version" 0 "" -- "$NG" version
grep -Eq '^newsgraph [0-9]+\.[0-9]+\.[0-9]+' "$TMP/out" && ok || bad "version output"

# --- ingest --------------------------------------------------------------------
DB="$TMP/db.sqlite"
expect "ingest feed with bad records" 1 "skipped 5 record" -- "$NG" ingest "$TMP/feed.jsonl" --db "$DB"
for pattern in "feed.jsonl:2: invalid JSON" "feed.jsonl:5: a record must be a JSON object" \
               "feed.jsonl:6: missing string field \"text\"" "feed.jsonl:7: invalid date" \
               "feed.jsonl:8: empty input"; do
  grep -q -- "$pattern" "$TMP/err" && ok || bad "ingest report lacks '$pattern': $(cat "$TMP/err")"
done
grep -q "2 new" "$TMP/err" && ok || bad "ingest did not keep the 2 good records: $(cat "$TMP/err")"
expect "ingest again is idempotent" 1 "0 new, 0 replaced, 2 unchanged" -- "$NG" ingest "$TMP/feed.jsonl" --db "$DB"
expect "ingest folder + missing path" 1 "missing: no such file or directory" -- \
  "$NG" ingest "$TMP/folder" "$TMP/missing" --db "$DB"
grep -q "1 new" "$TMP/err" && ok || bad "ingest folder: sample not stored: $(cat "$TMP/err")"
printf '%s\n' '{"id":"x","text":"Iraq agreed."}' '{"id":"y","text":"Iraq agreed."}' >"$TMP/dups.jsonl"
expect "ingest duplicate text under two ids" 0 "1 new, 0 replaced, 0 unchanged, 1 duplicate" -- \
  "$NG" ingest "$TMP/dups.jsonl" --db "$TMP/dups.sqlite"
grep -q "dups.jsonl:2 (id y) has the same text as stored article x" "$TMP/err" && ok || bad "duplicate not named: $(cat "$TMP/err")"
expect "ingest sample folder" 0 "" -- "$NG" ingest "$SRC/samples" --db "$TMP/clean.sqlite"
expect "ingest needs --db" 2 "" -- "$NG" ingest "$SAMPLE"
printf 'this is not a database, just text padded out to look like a file....%.0s' {1..40} >"$TMP/notdb.sqlite"
expect "ingest into non-database" 3 "notdb.sqlite" -- "$NG" ingest "$SAMPLE" --db "$TMP/notdb.sqlite"
expect "serve missing db" 1 "nodb.sqlite" -- "$NG" serve --db "$TMP/nodb.sqlite"
expect "serve bad port" 2 "" -- "$NG" serve --db "$DB" --port 70000

finish
