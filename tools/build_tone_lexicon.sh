#!/bin/sh
# Rebuilds data/tone/lexicon.tsv (from the repository root or anywhere) from
# the VADER lexicon in the npm package vader-sentiment, pinned in
# tools/tone/package-lock.json, with tools/build_tone_lexicon.mjs.
#
# Needs nodejs and npm. The package is installed into tools/tone/node_modules
# (git-ignored); `npm ci` works offline when the npm cache has it. Nothing
# here runs at build or run time of newsgraph. data/tone/negators.tsv beside
# the lexicon is written by hand.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
npm ci --prefix tools/tone --no-audit --no-fund --loglevel=error
node tools/build_tone_lexicon.mjs
