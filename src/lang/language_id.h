// Language identification for a whole article.
//
// Baseline (issue 2): decides by script and, for Latin script, by the share of
// very common English function words. Returns "en", "ar" (Arabic script
// dominant), or "und" when it cannot tell. It does not guess other Latin
// languages: "und" is the honest answer. A real identifier (e.g. CLD2) is
// future work.
//
// Thread-safety: stateless.
#ifndef NEWSGRAPH_LANG_LANGUAGE_ID_H_
#define NEWSGRAPH_LANG_LANGUAGE_ID_H_

#include <string>
#include <string_view>

namespace newsgraph::lang {

// REQUIRES: valid UTF-8.
std::string IdentifyLanguage(std::string_view text);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_LANGUAGE_ID_H_
