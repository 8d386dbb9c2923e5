// The named-entity recognizer's labels and features (used by
// extract/ner_model.h).
//
// Labels are BILOU per type: O, then B/I/L/U for PERSON, ORG and PLACE (13
// classes). Features are 64-bit hashes (lang/tagger_features.h: Mix, Fnv1a)
// of a template id and values. Per word, "atoms" (form, lowercase, affixes,
// shape, word clusters, the predicted UPOS and XPOS, the dictionary matches) are
// hashed once; the static features of word i combine the atoms of words
// i-2..i+2, the dynamic ones add the two previously predicted labels.
//
// Thread-safety: pure functions.
#ifndef NEWSGRAPH_EXTRACT_NER_FEATURES_H_
#define NEWSGRAPH_EXTRACT_NER_FEATURES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/named_span.h"
#include "lang/tagger_features.h"

namespace newsgraph::extract::ner {

constexpr int kNumLabels = 13;
constexpr uint8_t kOutside = 0;
enum Part : uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
// REQUIRES: type < kNerTypes.size().
inline uint8_t Label(size_t type, Part part) { return static_cast<uint8_t>(1 + 4 * type + part); }
inline size_t TypeOf(uint8_t label) { return (label - 1u) / 4; }
inline Part PartOf(uint8_t label) { return static_cast<Part>((label - 1u) % 4); }
// Whether `label` may follow `prev` (kOutside before the sentence) in BILOU.
bool Allowed(uint8_t prev, uint8_t label);
// Whether `label` may end the sentence (not B or I).
inline bool CanEnd(uint8_t label) {
  return label == kOutside || PartOf(label) == kLast || PartOf(label) == kUnit;
}

// BILOU labels of `spans` over n words. REQUIRES: spans inside [0, n), not
// overlapping, types among kNerTypes.
std::vector<uint8_t> Encode(std::span<const NamedSpan> spans, size_t n);
// The spans of a label sequence (read leniently: a B or I not closed by L
// ends where the type changes); scores left at 1.
std::vector<NamedSpan> Decode(std::span<const uint8_t> labels);

// The dictionary matches a word lies in (extract/ner_gazetteer.h). Each
// field is 0 outside a match, else kind * 4 + 1 (first word) + 2 (last
// word), with kind: gaz, lexicon::PlaceKind + 1; role, 1 title / 2 group;
// actor, 1 person / 2 organisation.
struct LexiconTag {
  uint8_t gaz = 0, role = 0, actor = 0;
};

// What the model stores per lowercase word: its word clusters and how often
// it is capitalised inside a sentence in untagged text.
struct WordStats {
  uint16_t fine = 0;   // cluster ids, 0 when not clustered; REQUIRES: < 4096
  uint8_t coarse = 0;  //
  uint8_t cap = 0;     // 0 when rare, else 1 (never) .. 5 (always)
  uint32_t Pack() const {
    return (fine & 0xfffu) | static_cast<uint32_t>(coarse) << 12 |
           static_cast<uint32_t>(cap & 0xf) << 20;
  }
  static WordStats Unpack(uint32_t v) {
    return {static_cast<uint16_t>(v & 0xfff), static_cast<uint8_t>((v >> 12) & 0xff),
            static_cast<uint8_t>((v >> 20) & 0xf)};
  }
};
// The largest cluster ids WordStats holds.
constexpr uint32_t kMaxCoarse = 255;
constexpr uint32_t kMaxFine = 4095;

struct Atoms {
  uint64_t form, lower, shape, flags, pre[3], suf[4], coarse, fine, cap, upos, xpos;
  uint64_t gaz, role, actor;  // LexiconTag fields
  // For a word in a run of capitalised words ("Aberdeen Grammar School"):
  // the run's first and last words (lowercase; the last's fine cluster),
  // the words just before and after the run, the word's place in it, and
  // the role match (LexiconTag::role) ending last before the word inside
  // the run ("Foreign Minister" before "Fuad"); 0 outside runs.
  uint64_t run_first, run_last, run_last_fine, run_prev, run_next, run_pos, run_title;
};

// Atoms of each word with two sentinels on each side: out[i + 2] is word i.
// `stats` maps lowercase hashes (Fnv1a(lower, 3)) to WordStats::Pack.
// REQUIRES: all spans the same length.
void ComputeAtoms(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                  std::span<const std::string_view> xpos, std::span<const LexiconTag> lex,
                  const lang::tagger::FlatMap& stats, std::vector<Atoms>* out);

constexpr int kMaxStatic = 100;
constexpr int kMaxDynamic = 8;
// Static features of word i (atoms index i + 2); returns their count.
int StaticFeatures(const std::vector<Atoms>& atoms, size_t i, uint64_t* out);
// Features of word i with the previous two labels p1, p2.
int DynamicFeatures(const std::vector<Atoms>& atoms, size_t i, uint8_t p1, uint8_t p2,
                    uint64_t* out);

}  // namespace newsgraph::extract::ner

#endif  // NEWSGRAPH_EXTRACT_NER_FEATURES_H_
