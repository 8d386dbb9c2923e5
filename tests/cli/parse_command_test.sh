#!/usr/bin/env bash
# End-to-end tests of `newsgraph parse`: text and CoNLL-U input, the CoNLL-U
# it prints (one tree per sentence, offsets back to the input), and bad
# input (empty, binary, invalid UTF-8, a malformed CoNLL-U line with its line
# number, unknown format); and of `train-tagger` / `train-parser` on a tiny
# treebank (same seed, same bytes; bad treebanks and unwritable models).
# Usage: parse_command_test.sh PATH/TO/newsgraph   (NEWSGRAPH_SOURCE_DIR = project root)
set -uo pipefail

source "$(dirname "$0")/expect.sh"

has() { grep -Eq -- "$2" "$TMP/out" && ok || bad "$1: stdout does not match /$2/"; }

# check_conllu NAME: every sentence of the last stdout has # sent_id and
# # text, ten columns, one root, heads in range, and no "_" LEMMA, UPOS or
# DEPREL.
check_conllu() {
  /usr/bin/python3 - "$TMP/out" <<'PY' && ok || bad "$1: CoNLL-U structure"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = [b for b in text.split("\n\n") if b.strip()]
assert blocks, "no sentences"
for b in blocks:
    lines = b.strip("\n").split("\n")
    comments = [l for l in lines if l.startswith("#")]
    words = [l.split("\t") for l in lines if not l.startswith("#")]
    assert any(c.startswith("# sent_id = ") for c in comments), b
    assert any(c.startswith("# text = ") for c in comments), b
    ids = [w for w in words if w[0].isdigit()]
    assert all(len(w) == 10 for w in words), b
    heads = [int(w[6]) for w in ids]
    assert heads.count(0) == 1, ("roots", heads)
    assert all(0 <= h <= len(ids) for h in heads), heads
    assert all(w[3] != "_" and w[2] != "_" and w[7] != "_" for w in ids), b
PY
}

# --- text input ----------------------------------------------------------------
expect "parse sample" 0 "" -- "$NG" parse "$SAMPLE"
check_conllu "parse sample"
has "parse sample: a verb" $'\tVERB\tVB[DZPNG]?\t'
has "parse sample: nsubj" $'\tnsubj\t'
has "parse sample: token ranges" "TokenRange=[0-9]+:[0-9]+"
has "parse sample: sentence text" "^# text = .*Iraq"
expect "parse stdin" 0 "" -- bash -c "\"$NG\" parse - < \"$SAMPLE\""
check_conllu "parse stdin"
printf 'Iraq and the United States agreed on Thursday to continue talks.\n' >"$TMP/one.txt"
expect "parse one sentence" 0 "" -- "$NG" parse "$TMP/one.txt"
has "parse one sentence: agreed is the root" $'^6\tagreed\tagree\tVERB\tVBD\t[^\t]*\t0\troot\t'
has "parse one sentence: Iraq is the subject" $'^1\tIraq\tIraq\tPROPN\tNNP\t[^\t]*\t6\tnsubj\t'

# --- CoNLL-U input (gold tokenization) ------------------------------------------
printf '# sent_id = a\n# text = Talks resumed.\n1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n2\tresumed\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >"$TMP/in.conllu"
expect "conllu input" 0 "" -- "$NG" parse --input-format conllu "$TMP/in.conllu"
check_conllu "conllu input"
has "conllu input keeps comments" "^# sent_id = a$"
has "conllu input keeps MISC" $'\tSpaceAfter=No$'
has "conllu input lemma" $'^2\tresumed\tresume\tVERB\t'
# Multiword tokens survive.
printf '# sent_id = m\n# text = I cannot go.\n1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tcannot\t_\t_\t_\t_\t_\t_\t_\t_\n2\tcan\t_\t_\t_\t_\t_\t_\t_\t_\n3\tnot\t_\t_\t_\t_\t_\t_\t_\t_\n4\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >"$TMP/mwt.conllu"
expect "multiword token" 0 "" -- "$NG" parse --input-format conllu "$TMP/mwt.conllu"
has "multiword token kept" $'^2-3\tcannot\t'
# A sentence of only punctuation and a long one.
/usr/bin/python3 - "$TMP/odd.conllu" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("# sent_id = p\n")
    for i, p in enumerate([".", ",", "!", "?", ")"], 1):
        f.write(f"{i}\t{p}\t_\t_\t_\t_\t_\t_\t_\t_\n")
    f.write("\n# sent_id = long\n")
    words = ["Iraq", "and", "the", "US", "agreed", ",", "1,200", "troops", ";", "talks"]
    for i in range(1, 20001):
        f.write(f"{i}\t{words[i % len(words)]}\t_\t_\t_\t_\t_\t_\t_\t_\n")
    f.write("\n")
PY
expect "punctuation-only and 20,000-word sentences" 0 "" -- \
  "$NG" parse --input-format conllu "$TMP/odd.conllu"
/usr/bin/python3 - "$TMP/out" <<'PY' && ok || bad "odd sentences: one root each"
import sys
blocks = [b for b in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if b.strip()]
assert len(blocks) == 2, len(blocks)
for b in blocks:
    heads = [int(l.split("\t")[6]) for l in b.split("\n") if l and not l.startswith("#")]
    assert heads.count(0) == 1
assert len(blocks[1].split("\n")) == 20001
PY

# --- bad input ---------------------------------------------------------------------
printf '1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n2\tresumed\t_\t_\n\n' >"$TMP/short.conllu"
expect "malformed CoNLL-U line" 1 "short.conllu:2: expected 10 tab-separated columns, found 4" -- \
  "$NG" parse --input-format conllu "$TMP/short.conllu"
printf '1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n3\tB\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >"$TMP/gap.conllu"
expect "word ids out of order" 1 "gap.conllu:4:" -- \
  "$NG" parse --input-format conllu "$TMP/gap.conllu"
: >"$TMP/empty.txt"
expect "empty text" 1 "empty" -- "$NG" parse "$TMP/empty.txt"
expect "empty conllu" 1 "empty" -- "$NG" parse --input-format conllu "$TMP/empty.txt"
printf 'Hello\0world\n' >"$TMP/binary.bin"
expect "binary" 1 "binary" -- "$NG" parse "$TMP/binary.bin"
printf '1\tBad\xff\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >"$TMP/latin.conllu"
expect "invalid UTF-8 conllu" 1 "latin.conllu.*line 1" -- \
  "$NG" parse --input-format conllu "$TMP/latin.conllu"
expect "missing file" 1 "nope.txt" -- "$NG" parse "$TMP/nope.txt"
expect "unknown format" 2 "input-format" -- "$NG" parse --input-format xml "$SAMPLE"
expect "folder" 2 "" -- "$NG" parse "$TMP/"

# --- train-tagger / train-parser on a tiny treebank ------------------------------
printf '# sent_id = 1\n1\tTalks\ttalk\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n2\tresumed\tresume\tVERB\tVBD\tTense=Past\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n# sent_id = 2\n1\tIraq\tIraq\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\tTense=Past\t0\troot\t_\t_\n3\tIran\tIran\tPROPN\tNNP\tNumber=Sing\t2\tobj\t_\t_\n\n' >"$TMP/tiny.conllu"
for kind in tagger parser; do
  expect "train-$kind" 0 "" -- "$NG" train-$kind --train "$TMP/tiny.conllu" --dev "$TMP/tiny.conllu" \
    --out "$TMP/$kind.1.bin" --epochs 2 --seed 7
  expect "train-$kind again" 0 "" -- "$NG" train-$kind --train "$TMP/tiny.conllu" \
    --dev "$TMP/tiny.conllu" --out "$TMP/$kind.2.bin" --epochs 2 --seed 7
  cmp -s "$TMP/$kind.1.bin" "$TMP/$kind.2.bin" && ok || bad "train-$kind: same seed, different bytes"
  expect "train-$kind missing treebank" 1 "nope.conllu" -- \
    "$NG" train-$kind --train "$TMP/nope.conllu" --out "$TMP/x.bin"
  expect "train-$kind malformed treebank" 1 "short.conllu:2:" -- \
    "$NG" train-$kind --train "$TMP/short.conllu" --out "$TMP/x.bin"
  expect "train-$kind unwritable model" 3 "cannot write" -- \
    "$NG" train-$kind --train "$TMP/tiny.conllu" --out "$TMP/no/such/dir/x.bin" --epochs 1
  expect "train-$kind without --out" 2 "" -- "$NG" train-$kind --train "$TMP/tiny.conllu"
done

# --- train-clusters, and models trained with clusters ---------------------------
printf 'Talks resumed in Paris. Talks resumed in Cairo.\n\nTalks ended in Paris.\n' >"$TMP/raw.txt"
expect "train-clusters" 0 "words clustered" -- "$NG" train-clusters --raw "$TMP/raw.txt" \
  --conllu "$TMP/tiny.conllu" --classes 2,3 --min-count 1 --out "$TMP/c1.txt"
expect "train-clusters again" 0 "" -- "$NG" train-clusters --raw "$TMP/raw.txt" \
  --conllu "$TMP/tiny.conllu" --classes 2,3 --min-count 1 --out "$TMP/c2.txt"
cmp -s "$TMP/c1.txt" "$TMP/c2.txt" && ok || bad "train-clusters: same input, different bytes"
grep -q '^# Generated by `newsgraph train-clusters`; do not edit' "$TMP/c1.txt" && ok ||
  bad "train-clusters: no generated-by header"
grep -Pq '^paris\t[12]\t[123]\t2$' "$TMP/c1.txt" && ok || bad "train-clusters: paris line"
expect "train-clusters without inputs" 2 "give --raw" -- "$NG" train-clusters --out "$TMP/c.txt"
expect "train-clusters too many classes" 1 "fewer than the 4000 classes" -- \
  "$NG" train-clusters --raw "$TMP/raw.txt" --classes 4000 --out "$TMP/c.txt"
expect "train-clusters one class" 2 "" -- \
  "$NG" train-clusters --raw "$TMP/raw.txt" --classes 1 --out "$TMP/c.txt"
expect "train-clusters missing raw" 1 "nope.txt" -- \
  "$NG" train-clusters --raw "$TMP/nope.txt" --out "$TMP/c.txt"
expect "train-clusters malformed conllu" 1 "short.conllu:2:" -- \
  "$NG" train-clusters --conllu "$TMP/short.conllu" --out "$TMP/c.txt"
expect "train-clusters unwritable" 3 "cannot write" -- "$NG" train-clusters --raw "$TMP/raw.txt" \
  --classes 2 --min-count 1 --out "$TMP/no/such/dir/c.txt"
expect "train-tagger --clusters" 0 "" -- "$NG" train-tagger --train "$TMP/tiny.conllu" \
  --clusters "$TMP/c1.txt" --out "$TMP/tc.bin" --epochs 2
printf '# header\nTalks\t1\t1\t3\n' >"$TMP/badc.txt"
expect "train-tagger malformed clusters" 1 "badc.txt:2: the word must be" -- \
  "$NG" train-tagger --train "$TMP/tiny.conllu" --clusters "$TMP/badc.txt" --out "$TMP/x.bin"
printf 'talks\t300\t2\t5\n' >"$TMP/wide.txt"
expect "train-tagger clusters too wide" 1 "wide.txt: .talks. is in clusters 300 / 2; at most 255 coarse" -- \
  "$NG" train-tagger --train "$TMP/tiny.conllu" --clusters "$TMP/wide.txt" --out "$TMP/x.bin"
expect "train-parser --clusters" 0 "" -- "$NG" train-parser --train "$TMP/tiny.conllu" \
  --clusters "$TMP/wide.txt" --out "$TMP/pc.bin" --epochs 2 --move-rows 64 --label-rows 16
expect "train-parser clusters too wide for jackknife" 1 "at most 255 coarse" -- \
  "$NG" train-parser --train "$TMP/tiny.conllu" --clusters "$TMP/wide.txt" --jackknife 2 \
  --out "$TMP/x.bin"
printf '1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n2\tresumed\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >"$TMP/words.conllu"
expect "parse --tagger-model" 0 "" -- \
  "$NG" parse --input-format conllu --tagger-model "$TMP/tc.bin" "$TMP/words.conllu"
[ "$(grep -c . "$TMP/out")" -eq 2 ] && ok || bad "parse --tagger-model: $(cat "$TMP/out")"
expect "parse --parser-model" 0 "" -- \
  "$NG" parse --input-format conllu --parser-model "$TMP/pc.bin" "$TMP/words.conllu"
expect "parse --parser-model missing" 1 "nope.bin" -- \
  "$NG" parse --input-format conllu --parser-model "$TMP/nope.bin" "$TMP/words.conllu"
expect "parse --tagger-model corrupt" 1 "raw.txt" -- \
  "$NG" parse --input-format conllu --tagger-model "$TMP/raw.txt" "$TMP/words.conllu"

finish
