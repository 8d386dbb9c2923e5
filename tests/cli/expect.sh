# Shared by the CLI test scripts (source it): pass/fail counting and
# `expect NAME EXIT_CODE STDERR_REGEX -- command...`, which runs a command
# with stdout in $TMP/out and stderr in $TMP/err and checks exit code and
# stderr. Sets NG (the binary, $1 of the script), SRC, SAMPLE and TMP.
NG="$1"
SRC="${NEWSGRAPH_SOURCE_DIR:?}"
SAMPLE="$SRC/samples/iraq-us-strategic-dialogue.txt"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

expect() {
  local name="$1" want_exit="$2" want_err="$3"
  shift 4
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -ne "$want_exit" ]; then
    bad "$name: exit $got, want $want_exit; stderr: $(head -c 400 "$TMP/err")"
  elif [ -n "$want_err" ] && ! grep -Eq -- "$want_err" "$TMP/err"; then
    bad "$name: stderr does not match /$want_err/: $(head -c 400 "$TMP/err")"
  else
    ok
  fi
}

# Prints the tally; the script's exit status is whether nothing failed.
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
