// A named entity found in a sentence: a half-open range of word indices and
// its type, "PERSON", "ORG" or "PLACE". Produced by the trained recognizer
// (extract/ner_model.h) and by the GUM gold conversion
// (extract/gum_entities.h), and compared by extract/ner_eval.h.
//
// Thread-safety: a plain value.
#ifndef NEWSGRAPH_EXTRACT_NAMED_SPAN_H_
#define NEWSGRAPH_EXTRACT_NAMED_SPAN_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::extract {

// The entity types, in the order of kNerTypes.
inline constexpr std::array<std::string_view, 3> kNerTypes = {"PERSON", "ORG", "PLACE"};

struct NamedSpan {
  size_t begin = 0;  // first word
  size_t end = 0;    // one past the last word; begin < end
  std::string type;  // one of kNerTypes
  // The model's confidence in [0, 1]: the softmax probability of the chosen
  // labels averaged over the span's words (1 for gold spans).
  float score = 1.0f;

  bool operator==(const NamedSpan& o) const {
    return begin == o.begin && end == o.end && type == o.type;
  }
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_NAMED_SPAN_H_
