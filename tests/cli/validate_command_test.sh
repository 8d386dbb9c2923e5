#!/usr/bin/env bash
# End-to-end tests of `newsgraph validate`: a small hand-written suite with
# its own dictionaries (always), bad inputs (exit codes, FILE:LINE), and
# PETRARCH's unit-test records from ../shared with the committed threshold
# (skipped with a message when ../shared is absent; a failure under CI=true).
# Usage: validate_command_test.sh PATH/TO/newsgraph
#   NEWSGRAPH_SOURCE_DIR = project root, NEWSGRAPH_SHARED_DIR = ../shared
set -uo pipefail

source "$(dirname "$0")/expect.sh"

# The number of PETR.UnitTest.records.xml records we pass today. Raise it
# as the coder improves; never lower it to make a change pass.
PETRARCH_THRESHOLD=250

mkdir -p "$TMP/suite"
cat >"$TMP/suite/tiny.verbs" <<'DICT'
&TIES_
+DIPLOMATIC_TIES
--- RESTORE [064] ---
RESTORE
- * &TIES [064]
--- ATTACK [190] ---
ATTACK
- + WAS * BY $ [190]
--- MEET [040] ---
MEET {MET MEETS MEETING}
- % * [040]
--- VISIT [042:043] ---
VISIT
DICT
cat >"$TMP/suite/tiny.actors" <<'DICT'
ARNOR_ [ARN]
GONDOR_ [GON]
MORDOR_ [MOR]
DICT
cat >"$TMP/suite/tiny.agents" <<'DICT'
POLICE [~COP]
DICT
cat >"$TMP/suite/tiny.xml" <<'XML'
<Validation>
<Environment>
  <Verbfile>tiny.verbs</Verbfile>
  <Actorfile>tiny.actors</Actorfile>
  <Agentfile>tiny.agents</Agentfile>
</Environment>
<Sentences>
<Sentence date="20000101" id="T-01" category="BASIC" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor has restored diplomatic ties with Gondor.</Text>
</Sentence>
<Sentence date="20000101" id="T-02" category="PASSIVE" sentence="true">
<EventCoding sourcecode="MOR" targetcode="GON" eventcode="190"></EventCoding>
<Text>Gondor was attacked by Mordor on Sunday.</Text>
</Sentence>
<Sentence date="20000101" id="T-03" category="PAIRED" sentence="true">
<EventCoding sourcecode="ARNCOP" targetcode="GON" eventcode="042"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARNCOP" eventcode="043"></EventCoding>
<Text>Arnor police visited Gondor.</Text>
</Sentence>
<Sentence date="20000101" id="T-04" category="BASIC" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>The weather was fine in the morning.</Text>
</Sentence>
<Sentence date="20000101" id="T-05" category="COMPOUND" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="040"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="040"></EventCoding>
<Text>Arnor and Gondor met in the capital.</Text>
</Sentence>
</Sentences>
</Validation>
XML

expect "tiny suite" 0 "" -- "$NG" validate "$TMP/suite/tiny.xml" --show-failures
grep -q "^5 passed, 0 failed$" "$TMP/out" && ok || bad "tiny suite: $(cat "$TMP/out")"
grep -Eq "^BASIC +2 +0 +2$" "$TMP/out" && ok || bad "tiny suite: BASIC row: $(cat "$TMP/out")"
expect "tiny suite above its count" 1 "below the threshold 6" -- \
  "$NG" validate "$TMP/suite/tiny.xml" --min-passed 6
expect "--dictionaries elsewhere" 0 "" -- \
  "$NG" validate "$TMP/suite/tiny.xml" --dictionaries "$TMP/suite"

# Bad inputs: exit 1 with FILE:LINE, never a crash.
expect "missing records file" 1 "nope.xml" -- "$NG" validate "$TMP/nope.xml"
printf '<Validation>\n<Sentences>\n</Sentences>\n' >"$TMP/suite/empty.xml"
expect "no records" 1 "empty.xml" -- "$NG" validate "$TMP/suite/empty.xml"
sed 's/tiny.verbs/missing.verbs/' "$TMP/suite/tiny.xml" >"$TMP/suite/missing.xml"
expect "missing verb dictionary" 1 "missing.verbs" -- "$NG" validate "$TMP/suite/missing.xml"
cp "$TMP/suite/tiny.xml" "$TMP/suite/badverbs.xml"
sed -i 's/tiny.verbs/bad.verbs/' "$TMP/suite/badverbs.xml"
printf -- '--- X [010] ---\nX\n- NO VERB MARK [010]\n' >"$TMP/suite/bad.verbs"
expect "malformed verb pattern" 1 "bad.verbs:3" -- "$NG" validate "$TMP/suite/badverbs.xml"
printf '\xff\xfe<Validation>' >"$TMP/suite/binary.xml"
expect "binary records" 1 "binary.xml" -- "$NG" validate "$TMP/suite/binary.xml"
expect "usage" 2 "" -- "$NG" validate

# PETRARCH's unit-test records.
RECORDS="${NEWSGRAPH_SHARED_DIR:-$SRC/../shared}/suites/petrarch/PETR.UnitTest.records.xml"
if [ -f "$RECORDS" ]; then
  expect "petrarch records" 0 "" -- "$NG" validate "$RECORDS" --min-passed "$PETRARCH_THRESHOLD"
  tail -1 "$TMP/out" | grep -Eq "^[0-9]+ passed, [0-9]+ failed$" && ok || bad "petrarch: last line"
  total=$(tail -1 "$TMP/out" | awk '{print $1 + $3}')
  [ "$total" = 279 ] && ok || bad "petrarch: $total records scored, want 279"
  echo "petrarch: $(tail -1 "$TMP/out") (threshold $PETRARCH_THRESHOLD)"
elif [ "${CI:-}" = "true" ]; then
  bad "CI=true but $RECORDS is missing"
else
  echo "SKIP petrarch records: $RECORDS not found (../shared absent)"
fi

finish
