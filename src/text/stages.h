// The cleaner's stages, each a pure function from text to edits (see
// text_edit.h), in the order Cleaner runs them:
//
//   1 html_entity  &amp; &eacute; &#233; &#xE9; (only with the final ';')
//   2 mojibake     see mojibake.h (run by Cleaner with its repairer)
//   3 characters   bom, newline (CR LF / CR -> LF), control (C0/C1 removed),
//                  invisible (ZWSP, word joiner, soft hyphen, stray BOM),
//                  whitespace (other horizontal spaces -> ' ')
//   4 layout       whitespace: space runs -> one space, lines trimmed,
//                  3+ line breaks -> one blank line, document trimmed
//   5 fragments    paragraph_join: a paragraph that starts with lower case or
//                  with , ; : . ! ? ) ] continues the previous one
//   6 nfc          Unicode NFC (ICU)
//
// Mojibake must run before the character stage: sloppy-Windows-1252
// mojibake contains C1 controls and NBSPs that stage 3 would otherwise eat.
//
// Thread-safety: stateless functions (HtmlEntityTable is immutable).
#ifndef NEWSGRAPH_TEXT_STAGES_H_
#define NEWSGRAPH_TEXT_STAGES_H_

#include <string_view>
#include <vector>

#include "newsgraph/status.h"
#include "text/html_entities.h"
#include "text/text_edit.h"

namespace newsgraph::text {

// REQUIRES (all): `text` is valid UTF-8.
std::vector<TextEdit> FindEntityEdits(std::string_view text, const HtmlEntityTable& table);
std::vector<TextEdit> FindCharacterEdits(std::string_view text);
// REQUIRES: FindCharacterEdits(text) is empty (only ' ' and '\n' as space).
std::vector<TextEdit> FindLayoutEdits(std::string_view text);
// REQUIRES: FindLayoutEdits(text) is empty (paragraphs split by "\n\n").
std::vector<TextEdit> FindFragmentEdits(std::string_view text);
Result<std::vector<TextEdit>> FindNfcEdits(std::string_view text);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_STAGES_H_
