#include "text/mojibake_line.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/badness.h"
#include "text/mojibake_sequence.h"

namespace newsgraph::text {
namespace {

constexpr int kMaxLayers = 4;  // the wild has triple mojibake; four is plenty
// Outside the common pages an island needs this many characters: a pair
// of characters fits some exotic page by chance far too often.
constexpr size_t kMinRareIsland = 4;

std::string PathOf(const std::string& page, bool cesu, bool lossy, bool space) {
  std::string path = (cesu ? "cesu-8 read as " : "utf-8 read as ") + page;
  if (lossy) path += " (lost bytes)";
  if (space) path += " (0xA0 became a space)";
  return path;
}

// `fixed` as the badness score should see it: U+FFFD that a lossy repair
// put there is a known loss, not a sign of mojibake.
void AppendForScoring(const std::u32string& fixed, bool lossy, std::vector<UChar32>* out) {
  for (char32_t c : fixed) out->push_back(lossy && c == 0xFFFD ? 0xFFFC : static_cast<UChar32>(c));
}

}  // namespace

std::string JoinLayers(const std::vector<std::string>& layers) {
  if (layers.size() == 1) return layers[0];
  std::string out = layers.size() == 2 ? "double: " : layers.size() == 3 ? "triple: " : "layers: ";
  for (size_t k = 0; k < layers.size(); ++k) out += (k ? ", then " : "") + layers[k];
  return out;
}

struct LineRepairer::Island {
  size_t begin = 0, end = 0;  // code point indices
  std::u32string out;
  bool cesu = false, lossy = false, space = false;
};

struct LineRepairer::Run {
  size_t page = 0;
  std::vector<Island> islands;
  size_t covered = 0;        // characters inside islands
  bool reached_end = false;  // no undecodable character stopped it
};

// Chains sequences of `page` from `start`, stepping over ASCII (the same in
// every page), until a non-ASCII character that starts no sequence.
LineRepairer::Run LineRepairer::BuildRun(size_t page, std::span<const UChar32> line,
                                         size_t start, Budget* budget) const {
  Run run;
  run.page = page;
  bool open = false;
  size_t i = start;
  while (i < line.size()) {
    if (line[i] < 0x80) {
      open = false;
      ++i;
      continue;
    }
    Sequence seq = MatchSequence(*pages_, page, line, i, /*allow_lossy=*/true);
    if (seq.chars == 0) break;
    if (!open) {
      run.islands.push_back({i, i, {}});
      open = true;
    }
    Island& island = run.islands.back();
    island.out.push_back(static_cast<char32_t>(seq.out));
    island.cesu |= seq.kind == SequenceKind::kCesu;
    island.lossy |= seq.kind == SequenceKind::kLossy;
    island.space |= seq.kind == SequenceKind::kSpaceA0 || seq.kind == SequenceKind::kAGrave;
    i += seq.chars;
    island.end = i;
  }
  run.reached_end = i >= line.size();
  budget->Spend(i - start + 1);
  for (const Island& is : run.islands) run.covered += is.end - is.begin;
  return run;
}

// Whole-line mode: every non-ASCII character of the line belongs to the
// run, so the line is judged as a whole (ftfy's fix_encoding on a text).
bool LineRepairer::TryWholeLine(std::span<const UChar32> line, const Run& run, int layer,
                                std::vector<LineEdit>* edits, Budget* budget) const {
  budget->Spend(line.size());
  std::u32string decoded;
  size_t k = 0;
  bool cesu = false, lossy = false, space = false;
  for (const Island& is : run.islands) {
    for (; k < is.begin; ++k) decoded.push_back(static_cast<char32_t>(line[k]));
    decoded += is.out;
    k = is.end;
    cesu |= is.cesu;
    lossy |= is.lossy;
    space |= is.space;
  }
  for (; k < line.size(); ++k) decoded.push_back(static_cast<char32_t>(line[k]));
  std::vector<std::string> layers{PathOf(pages_->page(run.page).name, cesu, lossy, space)};
  const std::u32string fixed = Relayer(std::move(decoded), layer, &layers, budget);
  const int before = Badness(line, true);
  std::vector<UChar32> scored;
  AppendForScoring(fixed, lossy, &scored);
  if (before == 0 || Badness(scored, true) >= before) return false;
  const std::vector<UChar32> after(fixed.begin(), fixed.end());
  // One edit per island when repairing the islands one by one gives the
  // same line (the usual case); else one edit spanning what changed.
  std::vector<LineEdit> pieces;
  std::u32string joined;
  size_t at = 0;
  for (const Island& is : run.islands) {
    for (; at < is.begin; ++at) joined.push_back(static_cast<char32_t>(line[at]));
    std::vector<std::string> piece_layers{
        PathOf(pages_->page(run.page).name, is.cesu, is.lossy, is.space)};
    std::u32string out = Relayer(is.out, layer, &piece_layers, budget);
    joined += out;
    pieces.push_back({is.begin, is.end, std::move(out), std::move(piece_layers)});
    at = is.end;
  }
  for (; at < line.size(); ++at) joined.push_back(static_cast<char32_t>(line[at]));
  if (joined == fixed) {
    edits->insert(edits->end(), pieces.begin(), pieces.end());
    return true;
  }
  size_t pre = 0;
  while (pre < line.size() && pre < after.size() && line[pre] == after[pre]) ++pre;
  size_t suf = 0;
  while (suf < line.size() - pre && suf < after.size() - pre &&
         line[line.size() - 1 - suf] == after[after.size() - 1 - suf]) {
    ++suf;
  }
  if (pre == line.size() && pre == after.size()) return false;
  edits->push_back({pre, line.size() - suf, fixed.substr(pre, after.size() - suf - pre),
                    std::move(layers)});
  return true;
}

// Island mode: each island is judged alone, as ftfy judges the pieces it
// finds inside otherwise good text. An island glued to a letter (or lead
// byte) that does not decode is a fragment of something this page cannot
// explain, and is left alone.
bool LineRepairer::TryIslands(std::span<const UChar32> line, const Run& run, size_t floor,
                              int layer, std::vector<LineEdit>* edits, Budget* budget) const {
  auto foreign = [&](size_t i) {
    const UChar32 c = line[i];
    return c >= 0x80 && (u_isalpha(c) || IsLeadChar(*pages_, run.page, c));
  };
  const bool rare = run.page >= CodePageSet::kCommonPages;
  bool any = false;
  for (const Island& is : run.islands) {
    if ((is.begin > floor && foreign(is.begin - 1)) || (is.end < line.size() && foreign(is.end))) {
      continue;
    }
    if (rare && is.end - is.begin < kMinRareIsland) continue;
    // Spaces restored to 0xA0 are judged with their ASCII neighbours
    // ("voilÃ le", "relatifs Ã l'"); anything else on its own.
    size_t wb = is.begin, we = is.end;
    if (is.space) {
      while (wb > floor && is.begin - wb < 2 && line[wb - 1] < 0x80) --wb;
      while (we < line.size() && we - is.end < 2 && line[we] < 0x80) ++we;
    }
    const bool at_start = wb == 0;
    budget->Spend(we - wb);
    const int before = Badness(line.subspan(wb, we - wb), at_start);
    if (before == 0) continue;
    std::vector<std::string> layers{
        PathOf(pages_->page(run.page).name, is.cesu, is.lossy, is.space)};
    const std::u32string fixed = Relayer(is.out, layer, &layers, budget);
    std::vector<UChar32> after(line.begin() + wb, line.begin() + is.begin);
    AppendForScoring(fixed, is.lossy, &after);
    after.insert(after.end(), line.begin() + is.end, line.begin() + we);
    if (Badness(after, at_start) >= before) continue;
    edits->push_back({is.begin, is.end, fixed, std::move(layers)});
    any = true;
  }
  return any;
}

std::vector<LineEdit> LineRepairer::RepairRuns(std::span<const UChar32> line, int layer,
                                               Budget* budget) const {
  std::vector<LineEdit> edits;
  if (layer > kMaxLayers) return edits;
  size_t first = 0;
  while (first < line.size() && line[first] < 0x80) ++first;
  size_t floor = 0;  // characters before this index are settled
  std::vector<Run> candidates;
  for (size_t s = first; s < line.size();) {
    if (line[s] < 0x80) {
      ++s;
      continue;
    }
    if (budget->spent()) break;  // see Repair(): the rest of the line stays
    candidates.clear();
    budget->Spend(pages_->size());
    for (size_t p = 0; p < pages_->size(); ++p) {
      if (MatchSequence(*pages_, p, line, s, /*allow_lossy=*/true).chars == 0) continue;
      candidates.push_back(BuildRun(p, line, s, budget));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Run& a, const Run& b) {
      const bool ca = a.page < CodePageSet::kCommonPages, cb = b.page < CodePageSet::kCommonPages;
      if (ca != cb) return ca;
      return a.covered > b.covered;
    });
    bool accepted = false;
    for (const Run& run : candidates) {
      if (s == first && run.reached_end && TryWholeLine(line, run, layer, &edits, budget)) {
        return edits;
      }
      const size_t before = edits.size();
      if (TryIslands(line, run, floor, layer, &edits, budget)) {
        s = floor = edits.back().end;
        accepted = edits.size() > before;
        break;
      }
    }
    if (!accepted) ++s;
  }
  return edits;
}

std::u32string LineRepairer::Relayer(std::u32string text, int layer,
                                     std::vector<std::string>* layers, Budget* budget) const {
  std::vector<UChar32> cps(text.begin(), text.end());
  std::vector<LineEdit> edits = RepairRuns(cps, layer + 1, budget);
  if (edits.empty()) return text;
  // One edit's layers explain the rest of the piece well enough.
  layers->insert(layers->end(), edits.front().layers.begin(), edits.front().layers.end());
  std::u32string next;
  size_t k = 0;
  for (const LineEdit& e : edits) {
    next.append(text, k, e.begin - k);
    next += e.replacement;
    k = e.end;
  }
  next.append(text, k, std::u32string::npos);
  return next;
}

std::vector<LineEdit> LineRepairer::Repair(std::span<const UChar32> line) const {
  Budget budget{kBaseSteps + kStepsPerChar * static_cast<int64_t>(line.size())};
  std::vector<LineEdit> edits = RepairRuns(line, 1, &budget);
  // Left-over C1 controls: Windows-1252 text read as Latin-1.
  const CodePage& cp1252 = pages_->page(0);
  std::vector<LineEdit> c1;
  size_t e = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    while (e < edits.size() && edits[e].end <= i) ++e;
    if (e < edits.size() && edits[e].begin <= i) continue;
    const UChar32 c = line[i];
    if (c < 0x80 || c > 0x9F || cp1252.to_unicode[c] == c || cp1252.to_unicode[c] < 0) continue;
    c1.push_back({i, i + 1, std::u32string(1, static_cast<char32_t>(cp1252.to_unicode[c])),
                  {"windows-1252 read as iso-8859-1"}});
  }
  if (!c1.empty()) {
    edits.insert(edits.end(), c1.begin(), c1.end());
    std::sort(edits.begin(), edits.end(),
              [](const LineEdit& a, const LineEdit& b) { return a.begin < b.begin; });
  }
  return edits;
}

}  // namespace newsgraph::text
