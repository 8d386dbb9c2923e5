#!/usr/bin/env bash
# The README's second command (also `make test`): install packages, build, run every test with ctest.
# With CI=true it first builds and runs the whole suite under ASan+UBSan, and
# missing ../shared data fails tests instead of skipping them. The output ends
# with ctest's summary of the Release run.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BUILD:-build}"
JOBS="$(nproc)"

scripts/install-deps.sh

if [ "${CI:-}" = "true" ]; then
  echo "== sanitizer build (ASan + UBSan) =="
  scripts/build.sh build-asan Debug -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_BUILD_BENCH=OFF
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$JOBS" --timeout 900
  echo "== release build =="
fi

scripts/build.sh "$BUILD" Release
ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" --timeout 600
