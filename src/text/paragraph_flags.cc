#include "text/paragraph_flags.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <unordered_set>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::text {
namespace {

constexpr std::string_view kAgencyFile = "text/agency_credits.tsv";
constexpr size_t kMinWordsForNearDuplicate = 8;
constexpr double kNearDuplicateJaccard = 0.6;
// Above this many paragraphs only exact duplicates are looked for: the
// pairwise comparison is quadratic.
constexpr size_t kMaxParagraphsForNearDuplicates = 400;

constexpr size_t kSketch = 8;  // bottom-k MinHash sketch size

struct Paragraph {
  uint32_t start;
  uint32_t end;
  std::vector<uint64_t> bigrams;  // hashes of word bigrams; sorted+unique once `sorted`
  bool sorted = false;
  std::array<uint64_t, kSketch> sketch;  // the kSketch smallest bigram hashes, ascending
  size_t sketch_size = 0;
  uint64_t exact = 0;  // hash of the lower-cased word sequence
  size_t words = 0;
};

void AddToSketch(uint64_t h, Paragraph* p) {
  size_t n = p->sketch_size;
  if (n == kSketch && h >= p->sketch[n - 1]) return;
  size_t i = n < kSketch ? n++ : n - 1;
  while (i > 0 && p->sketch[i - 1] > h) {
    p->sketch[i] = p->sketch[i - 1];
    --i;
  }
  if (i > 0 && p->sketch[i - 1] == h) {  // already present: undo the shift
    for (size_t j = i; j + 1 < n; ++j) p->sketch[j] = p->sketch[j + 1];
    if (n > p->sketch_size) --n;
  } else {
    p->sketch[i] = h;
  }
  p->sketch_size = n;
}

// Whether two sketches share any of the kSketch smallest hashes of the
// union: the bottom-k MinHash test. A pair with Jaccard >= 0.6 fails it with
// probability about 0.4^8 (0.07%); most unrelated pairs fail it at once.
bool SketchesOverlap(const Paragraph& a, const Paragraph& b) {
  size_t i = 0, j = 0, taken = 0;
  while (taken < kSketch && i < a.sketch_size && j < b.sketch_size) {
    if (a.sketch[i] == b.sketch[j]) return true;
    if (a.sketch[i] < b.sketch[j]) ++i;
    else ++j;
    ++taken;
  }
  return false;
}

void SortOnce(Paragraph* p) {
  if (p->sorted) return;
  std::sort(p->bigrams.begin(), p->bigrams.end());
  p->bigrams.erase(std::unique(p->bigrams.begin(), p->bigrams.end()), p->bigrams.end());
  p->sorted = true;
}

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Hashes words as it scans (no copies): a word's hash folds its lower-cased
// bytes; a bigram's hash combines two word hashes.
Paragraph Describe(std::string_view text, uint32_t start, uint32_t end) {
  Paragraph p;
  p.start = start;
  p.end = end;
  p.bigrams.reserve((end - start) / 5);
  uint64_t exact = 0x9E3779B97F4A7C15ull, prev = 0;
  for (uint32_t i = start; i < end;) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a
    while (i < end && IsWordByte(static_cast<unsigned char>(text[i]))) {
      char c = text[i++];
      h = (h ^ static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)) *
          0x100000001B3ull;
    }
    if (p.words > 0) {
      uint64_t bigram = (prev * 0x9E3779B97F4A7C15ull) ^ h;
      p.bigrams.push_back(bigram);
      AddToSketch(bigram, &p);
    }
    exact = (exact ^ h) * 0x100000001B3ull;
    prev = h;
    ++p.words;
  }
  p.exact = exact;
  return p;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  size_t all = a.size() + b.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

}  // namespace

Result<ParagraphFlagger> ParagraphFlagger::LoadDefault() {
  auto data = EmbeddedData(kAgencyFile);
  if (!data.ok()) return data.status();
  return Parse(kAgencyFile, *data);
}

Result<ParagraphFlagger> ParagraphFlagger::Parse(std::string_view name,
                                                 std::string_view agency_tsv) {
  ParagraphFlagger f;
  Status s = ReadTsv(name, agency_tsv, {"form", "agency", "note"},
                              [&](const TsvRecord& r) {
                                if (r.fields[0].empty() || r.fields[1].empty()) {
                                  return TsvError(name, r.line, "empty form or agency");
                                }
                                f.agencies_[std::string(r.fields[0])] = {
                                    std::string(r.fields[1]), std::string(r.fields[2])};
                                return Status::Ok();
                              });
  if (!s.ok()) return s;
  return f;
}

bool ParagraphFlagger::FindAgencyCredit(std::string_view p, uint32_t offset,
                                        std::vector<ParagraphFlag>* out) const {
  std::string_view body = p;
  if (body.ends_with('.')) body.remove_suffix(1);
  if (!body.ends_with(')')) return false;
  size_t open = body.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view form = body.substr(open + 1, body.size() - open - 2);
  auto it = agencies_.find(std::string(form));
  if (it == agencies_.end()) return false;
  std::string note = "news-agency credit: " + it->second.name;
  if (!it->second.note.empty()) note += " (" + it->second.note + ")";
  out->push_back({offset + static_cast<uint32_t>(open), offset + static_cast<uint32_t>(body.size()),
                  "boilerplate", std::move(note)});
  return true;
}

std::vector<ParagraphFlag> ParagraphFlagger::Find(std::string_view text) const {
  std::vector<ParagraphFlag> flags;
  std::vector<Paragraph> kept;  // paragraphs that are neither duplicates nor credits
  std::unordered_set<uint64_t> exact_seen;
  uint32_t n = static_cast<uint32_t>(text.size());
  for (uint32_t start = 0; start < n;) {
    size_t brk = text.find("\n\n", start);
    uint32_t end = brk == std::string_view::npos ? n : static_cast<uint32_t>(brk);
    std::string_view p = text.substr(start, end - start);
    if (IsSocialMediaCredit(p)) {
      flags.push_back({start, end, "boilerplate", "embedded social-media credit"});
    } else if (IsPhotoCredit(p)) {
      flags.push_back({start, end, "boilerplate", "photo credit"});
    } else {
      Paragraph d = Describe(text, start, end);
      bool duplicate = false;
      if (d.words > 0 && !exact_seen.insert(d.exact).second) {
        flags.push_back({start, end, "duplicate_paragraph", "exact duplicate of an earlier paragraph"});
        duplicate = true;
      } else if (d.words >= kMinWordsForNearDuplicate && kept.size() < kMaxParagraphsForNearDuplicates) {
        for (Paragraph& earlier : kept) {
          if (earlier.words < kMinWordsForNearDuplicate) continue;
          // Jaccard(A, B) <= min(|A|, |B|) / max(|A|, |B|): skip hopeless pairs.
          size_t lo = std::min(d.words, earlier.words), hi = std::max(d.words, earlier.words);
          if (static_cast<double>(lo) < kNearDuplicateJaccard * static_cast<double>(hi)) continue;
          if (!SketchesOverlap(d, earlier)) continue;
          SortOnce(&d);
          SortOnce(&earlier);
          double j = Jaccard(d.bigrams, earlier.bigrams);
          if (j >= kNearDuplicateJaccard) {
            flags.push_back({start, end, "duplicate_paragraph",
                             fmt::format("near duplicate of the paragraph at byte {} "
                                         "(word-bigram Jaccard {:.2f})",
                                         earlier.start, j)});
            duplicate = true;
            break;
          }
        }
      }
      if (!duplicate) {
        FindAgencyCredit(p, start, &flags);
        kept.push_back(std::move(d));
      }
    }
    start = end;
    while (start < n && text[start] == '\n') ++start;
  }
  return flags;
}

}  // namespace newsgraph::text
