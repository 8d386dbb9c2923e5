// Flags on the final text that change nothing but keep parts of it out of
// analysis (nothing is lost: the text stays, the flag is a repair entry):
//
//   duplicate_paragraph  an exact or near duplicate of an earlier paragraph
//                        (word-bigram Jaccard >= 0.6, paragraphs of >= 8
//                        words): editors' copies and MT re-renderings
//   boilerplate          an embedded social-media credit ("- Media Office
//                        ... (@IraqiPMO) April 7, 2021"), a photo credit
//                        paragraph ("Photo: Reuters"), or a news-agency credit
//                        in parentheses at a paragraph's end ("(AFP).",
//                        data/text/agency_credits.tsv)
//
// Thread-safety: ParagraphFlagger is immutable after Load; Find() may run
// concurrently.
#ifndef NEWSGRAPH_TEXT_PARAGRAPH_FLAGS_H_
#define NEWSGRAPH_TEXT_PARAGRAPH_FLAGS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::text {

struct ParagraphFlag {
  uint32_t start = 0;  // byte range in the text
  uint32_t end = 0;
  const char* kind = "";  // "duplicate_paragraph" or "boilerplate"
  std::string note;
};

class ParagraphFlagger {
 public:
  static Result<ParagraphFlagger> LoadDefault();
  static Result<ParagraphFlagger> Parse(std::string_view name, std::string_view agency_tsv);

  // Flags in text order. REQUIRES: valid UTF-8, paragraphs separated by
  // "\n\n" (the cleaner's layout stage ran).
  std::vector<ParagraphFlag> Find(std::string_view text) const;

 private:
  struct Agency {
    std::string name;
    std::string note;
  };
  // A trailing "(form)" or "(form)." credit in `paragraph`, if any.
  bool FindAgencyCredit(std::string_view paragraph, uint32_t offset,
                        std::vector<ParagraphFlag>* out) const;

  std::unordered_map<std::string, Agency> agencies_;  // keyed by form
};

// Exposed for tests: whether a paragraph is an embedded social-media credit
// ("— Name (@handle) Month D, YYYY").
bool IsSocialMediaCredit(std::string_view paragraph);
// Whether a short paragraph is a photo/image credit line.
bool IsPhotoCredit(std::string_view paragraph);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_PARAGRAPH_FLAGS_H_
