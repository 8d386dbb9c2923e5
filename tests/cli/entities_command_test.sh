#!/usr/bin/env bash
# End-to-end tests of `newsgraph entities` and of the dictionary options of
# `analyze`/`entities`: the sample's people, roles and codes; dated roles
# switching with --date; user PETRARCH dictionaries (--actors, --agents,
# --no-default-actors); malformed and missing dictionaries (exit 1 with
# FILE:LINE, or a warning with --skip-malformed); bad input.
# Usage: entities_command_test.sh PATH/TO/newsgraph   (NEWSGRAPH_SOURCE_DIR = project root)
set -uo pipefail

source "$(dirname "$0")/expect.sh"

# py NAME CODE: runs Python CODE with `e` = the parsed stdout JSON.
py() {
  /usr/bin/python3 - "$TMP/out" "$2" <<'PY' && ok || bad "$1"
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
by = {x["name"]: x for x in e["entities"]}
exec(sys.argv[2])
PY
}

expect "entities sample" 0 "" -- "$NG" entities --date 2021-04-07 "$SAMPLE"
py "sample: top-level fields" 'assert set(e) == {"id", "date", "focus_country", "entities"}, e.keys(); assert e["focus_country"] == "IRQ"'
py "sample: Hussein" 'h = by["Fuad Hussein"]; assert h["type"] == "PERSON" and h["actor"]["code"] == "IRQGOV", h; assert [m["text"] for m in h["mentions"]] == ["Hussein", "Fuad Hussein", "Hussein"], h["mentions"]; assert h["roles"][0]["title"] == "Foreign Minister" and h["roles"][0]["country"] == "IRQ"'
py "sample: Kadhimi" 'k = by["Mustafa al-Kadhimi"]; assert k["actor"]["code"] == "IRQGOV" and k["actor"]["other_sectors"] == ["MIL"], k["actor"]; assert all("Kazemi" in m["text"] for m in k["mentions"]) and len(k["mentions"]) == 4; assert "people.tsv" in k["actor"]["reason"]'
py "sample: Blinken" 'b = by["Antony Blinken"]; assert b["actor"]["code"] == "USAGOV" and b["mentions"][0]["text"] == "Anthony Blinken"'
py "sample: metonyms" 'assert by["Washington"]["actor"]["code"] == "USAGOV" and by["Baghdad"]["actor"]["code"] == "IRQGOV"; assert by["Baghdad"]["place"]["city"] == "Baghdad" and by["Baghdad"]["place"]["latitude"] is not None'
py "sample: groups" 'assert by["Islamic State"]["actor"]["code"] == "IMGMUSISI"; assert by["Global Coalition against Daesh"]["actor"]["code"] == "IGOMIL"; assert by["Iraqi political parties"]["actor"]["code"] == "IRQPTY"'

# Dated roles: Blinken in 2016 (Deputy Secretary), 2025 (former official).
echo "Antony Blinken met Joe Biden." >"$TMP/a.txt"
expect "dated 2016" 0 "" -- "$NG" entities --date 2016-01-01 "$TMP/a.txt"
py "dated 2016 codes" 'assert by["Antony Blinken"]["actor"]["code"] == "USAGOV" and by["Joe Biden"]["actor"]["description"] == "Vice President of the United States"'
expect "dated 2025" 0 "" -- "$NG" entities --date 2025-03-01 "$TMP/a.txt"
py "dated 2025 codes" 'assert by["Antony Blinken"]["actor"]["code"] == "USAELI", by'

printf 'GOOD_ [USA]\nBAD_ [USA 9008223]\n' >"$TMP/bad.actors"

# User dictionaries in PETRARCH format, on top of ours and instead of ours.
cat >"$TMP/my.actors" <<'DICT'
# a user's actors
JANE_ROE_  [FRAGOV 200101-301231]
+J._ROE_
ACME_CORP_ [USABUS]
DICT
printf 'AMBASSADOR [~GOV]\n' >"$TMP/my.agents"
printf 'Jane Roe met Antony Blinken at Acme Corp.\n' >"$TMP/b.txt"
expect "user actors" 0 "" -- "$NG" entities --date 2021-04-07 --actors "$TMP/my.actors" --agents "$TMP/my.agents" "$TMP/b.txt"
py "user actors coded" 'assert by["Jane Roe"]["actor"]["code"] == "FRAGOV" and "my.actors:2" in by["Jane Roe"]["actor"]["reason"], by["Jane Roe"]; assert by["Acme Corp"]["actor"]["code"] == "USABUS"; assert by["Antony Blinken"]["actor"]["code"] == "USAGOV"'
expect "no default actors" 0 "" -- "$NG" entities --date 2021-04-07 --no-default-actors --actors "$TMP/my.actors" "$TMP/b.txt"
py "no default actors: Blinken uncoded" 'assert by["Antony Blinken"]["actor"]["code"] is None, by["Antony Blinken"]'
cp "$TMP/my.actors" "$TMP/second.actors"
expect "several actors files" 0 "" -- "$NG" entities --actors "$TMP/bad.actors,$TMP/second.actors" --actors "$TMP/my.actors" --skip-malformed "$TMP/b.txt"
py "several actors files" 'assert by["Jane Roe"]["actor"]["code"] == "FRAGOV"'

# Malformed and missing dictionaries.
expect "malformed actors" 1 "bad.actors:2: bad date" -- "$NG" entities --actors "$TMP/bad.actors" "$TMP/b.txt"
expect "malformed actors skipped" 0 "warning: skipped bad.actors:2: bad date" -- "$NG" entities --skip-malformed --actors "$TMP/bad.actors" "$TMP/b.txt"
expect "missing actors" 1 "nope.actors" -- "$NG" analyze --actors "$TMP/nope.actors" "$TMP/b.txt"
printf 'MINISTER\n' >"$TMP/bad.agents"
expect "malformed agents" 1 "bad.agents:1" -- "$NG" analyze --agents "$TMP/bad.agents" "$TMP/b.txt"

# Bad article input.
: >"$TMP/empty.txt"
expect "empty" 1 "empty" -- "$NG" entities "$TMP/empty.txt"
printf '\xff\xfe\x00binary' >"$TMP/bin.txt"
expect "binary" 1 "" -- "$NG" entities "$TMP/bin.txt"
expect "bad date" 2 "date" -- "$NG" entities --date 2021-13-40 "$SAMPLE"

finish
