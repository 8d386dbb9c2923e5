#!/usr/bin/env bash
# End-to-end tests of `newsgraph events`: the sample's events (JSON and
# TSV), a user's PETRARCH verb file with --verbs, malformed verb files
# (exit 1 with FILE:LINE, or a warning with --skip-malformed), bad input.
# Usage: events_command_test.sh PATH/TO/newsgraph   (NEWSGRAPH_SOURCE_DIR = project root)
set -uo pipefail

source "$(dirname "$0")/expect.sh"

# py NAME CODE: runs Python CODE with `e` = the parsed stdout JSON and
# `ev` = its events as "CAMEO SOURCE TARGET trigger" strings.
py() {
  /usr/bin/python3 - "$TMP/out" "$2" <<'PY' && ok || bad "$1"
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
def code(a):
    return (a or {}).get("code") or "-"
ev = [f'{x["cameo"]} {code(x["source"])} {code(x["target"])}' for x in e["events"]]
exec(sys.argv[2])
PY
}

expect "events sample" 0 "" -- "$NG" events --date 2021-04-07 "$SAMPLE"
py "sample: top-level fields" 'assert set(e) == {"id", "date", "events"}, e.keys()'
py "sample: agreement" 'assert "030 IRQ USA" in ev, ev'
py "sample: withdrawal of combat forces" 'assert "0874 IRQ USAMIL" in ev, ev'
py "sample: request for training and arms" 'assert "0212 IRQMIL USA" in ev, ev'
py "sample: consultation" 'assert "040 IRQGOV USAGOV" in ev and "040 USAGOV IRQGOV" in ev, ev'
py "sample: coalition drawdown" 'assert "0874 - IGOMIL" in ev, ev'
py "sample: coalition fights ISIS" 'assert "190 IGOMIL IMGMUSISI" in ev, ev'
py "sample: reported speech" 'assert any(x["attributed_to"] for x in e["events"]), e["events"]'
py "sample: rules and PLOVER" 'assert all(x["rule"].startswith("verbs.tsv:") for x in e["events"]); assert all(x["plover"]["type"] for x in e["events"] if not x["cameo"].startswith("01")); assert any(x["plover"]["type"] == "REQUEST" for x in e["events"])'

expect "events tsv" 0 "" -- "$NG" events --format tsv --date 2021-04-07 "$SAMPLE"
head -1 "$TMP/out" | grep -q $'^date\tsource\ttarget\tcameo\t' && ok || bad "tsv header: $(head -1 "$TMP/out")"
grep -q $'^20210407\tIRQ\tUSA\t030\t' "$TMP/out" && ok || bad "tsv: agreement row"
awk -F'\t' 'NR > 1 && NF != 20 { exit 1 }' "$TMP/out" && ok || bad "tsv: every row has 20 fields"
expect "events bad format" 2 "" -- "$NG" events --format xml "$SAMPLE"

# A user's PETRARCH verb file instead of ours.
cat >"$TMP/my.verbs" <<'DICT'
--- AGREE [057] ---
AGREE
DICT
expect "--verbs" 0 "" -- "$NG" events --verbs "$TMP/my.verbs" --date 2021-04-07 "$SAMPLE"
py "--verbs codes with the user file" 'assert ev == ["057 IRQ USA"], ev; assert e["events"][0]["rule"] == "my.verbs:2"'
printf -- '--- X [010] ---\nX\n- NO VERB MARK [010]\n' >"$TMP/bad.verbs"
expect "malformed --verbs" 1 "bad.verbs:3" -- "$NG" events --verbs "$TMP/bad.verbs" "$SAMPLE"
expect "malformed --verbs skipped" 0 "warning: skipped bad.verbs:3" -- \
  "$NG" events --verbs "$TMP/bad.verbs" --skip-malformed "$SAMPLE"
expect "missing --verbs" 1 "nope.verbs" -- "$NG" events --verbs "$TMP/nope.verbs" "$SAMPLE"

# Bad input.
printf '\xff\xfe\x00binary' >"$TMP/bin.txt"
expect "binary article" 1 "bin.txt" -- "$NG" events "$TMP/bin.txt"
expect "missing article" 1 "missing.txt" -- "$NG" events "$TMP/missing.txt"
: >"$TMP/empty.txt"
expect "empty article" 1 "empty.txt" -- "$NG" events "$TMP/empty.txt"

finish
