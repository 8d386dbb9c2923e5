#!/usr/bin/env bash
# The README's first command (also `make run`): install packages, build, ingest INPUT into DB, serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BUILD:-build}"
INPUT="${INPUT:-samples}"
DB="${DB:-$BUILD/newsgraph.db}"
HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8080}"

scripts/install-deps.sh
scripts/build.sh "$BUILD" Release
echo "newsgraph: ingesting $INPUT into $DB"
set +e
"$BUILD/newsgraph" ingest "$INPUT" --db "$DB"
status=$?
set -e
# 1 = some records were skipped (reported above): still serve the rest.
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "newsgraph: ingest failed (exit $status); not serving" >&2
  exit "$status"
fi
exec "$BUILD/newsgraph" serve --db "$DB" --host "$HOST" --port "$PORT"
