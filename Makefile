# Conveniences for the README's two commands (scripts/run.sh, scripts/test.sh):
#   make run    install missing Debian packages, build (Release), ingest the
#               demo article(s) in samples/ (or INPUT=path) into SQLite and
#               serve them on http://127.0.0.1:8080
#   make test   install missing Debian packages, build, run every test
# Variables: INPUT (file, folder or JSONL), DB, HOST, PORT, BUILD.
BUILD ?= build
INPUT ?= samples
DB ?= $(BUILD)/newsgraph.db
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: run test build deps bench clean

run:
	@INPUT="$(INPUT)" DB="$(DB)" HOST="$(HOST)" PORT="$(PORT)" BUILD="$(BUILD)" scripts/run.sh

test:
	@BUILD="$(BUILD)" scripts/test.sh

build: deps
	@scripts/build.sh "$(BUILD)" Release

deps:
	@scripts/install-deps.sh

bench: build
	./$(BUILD)/bench/analyze_bench

clean:
	rm -rf "$(BUILD)" build-asan
