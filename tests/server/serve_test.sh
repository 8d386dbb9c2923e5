#!/usr/bin/env bash
# End-to-end: ingest the sample into a fresh database, serve it on a free
# loopback port and query the API and the page with curl.
# Usage: serve_test.sh <path-to-newsgraph>; needs NEWSGRAPH_SOURCE_DIR.
set -euo pipefail

bin=${1:?usage: serve_test.sh <path-to-newsgraph>}
src=${NEWSGRAPH_SOURCE_DIR:?NEWSGRAPH_SOURCE_DIR must name the source tree}
id=iraq-us-strategic-dialogue

tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  if [[ -f $tmp/serve.log ]]; then
    echo "--- server output ---" >&2
    cat "$tmp/serve.log" >&2
  fi
  exit 1
}

# A port nobody listens on right now (the kernel picks it; we release it).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

"$bin" ingest "$src/samples" --db "$tmp/db.sqlite" >"$tmp/ingest.log" 2>&1 ||
  { cat "$tmp/ingest.log" >&2; fail "ingest failed"; }

# Another process may grab the port between free_port and bind: retry.
port=
for attempt in 1 2 3; do
  candidate=$(free_port)
  "$bin" serve --db "$tmp/db.sqlite" --port "$candidate" >"$tmp/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do  # up to ~10 s
    if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
    if grep -q "Serving on http://127.0.0.1:$candidate" "$tmp/serve.log" &&
      curl -fsS "http://127.0.0.1:$candidate/api/health" >/dev/null 2>&1; then
      port=$candidate
      break 2
    fi
    sleep 0.1
  done
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=
  echo "attempt $attempt: server did not come up on port $candidate" >&2
done
[[ -n $port ]] || fail "server never answered"
base=http://127.0.0.1:$port

list=$(curl -fsS "$base/api/articles") || fail "GET /api/articles"
python3 - "$list" "$id" <<'PY' || fail "/api/articles does not list $id: $list"
import json, sys
body = json.loads(sys.argv[1])
ids = [a["id"] for a in body["articles"]]
assert sys.argv[2] in ids, ids
assert body["total"] == len(ids), body["total"]
PY

# Through a file: the analysis JSON outgrows one command-line argument
# (128 KiB on Linux).
article_file=$(mktemp)
curl -fsS "$base/api/articles/$id" >"$article_file" || fail "GET /api/articles/$id"
python3 - "$article_file" "$id" <<'PY' || fail "/api/articles/$id is not the analysis JSON"
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
assert a["id"] == sys.argv[2], a["id"]
assert isinstance(a["sentences"], list) and a["sentences"], "no sentences"
PY
rm -f "$article_file"

status=$(curl -sS -o /dev/null -w '%{http_code}' "$base/api/articles/no-such-article")
[[ $status == 404 ]] || fail "missing article gave HTTP $status, want 404"

headers=$(curl -fsS -D - -o "$tmp/page.html" "$base/") || fail "GET /"
grep -qi '^content-type: text/html' <<<"$headers" || fail "/ is not text/html: $headers"
grep -qi '<!doctype html>' "$tmp/page.html" || fail "/ is not an HTML page"

# Ctrl-C / SIGTERM stops the server cleanly.
kill -TERM "$server_pid"
for _ in $(seq 1 50); do
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$server_pid" 2>/dev/null; then fail "server ignored SIGTERM"; fi
wait "$server_pid" || fail "server exited with status $? after SIGTERM"
server_pid=

echo "PASS: server end-to-end on port $port"
