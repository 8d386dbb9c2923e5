// Token-level helpers for the BASELINE (issue 2) entity finder: splitting
// possessive clitics off tokens, and telling capitalised name words from
// function words.
//
// Why split: the issue-2 tokenizer (ICU word breaks) keeps "Iraq's" as one
// token, which would hide "Iraq" from the gazetteer. Issue 3's tokenizer
// splits clitics itself; then SplitPossessives() becomes a no-op.
//
// Thread-safety: stateless functions.
#ifndef NEWSGRAPH_EXTRACT_NAME_TOKENS_H_
#define NEWSGRAPH_EXTRACT_NAME_TOKENS_H_

#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace newsgraph::extract {

// `tokens` with each word token ending in "'s" or "’s" (and longer than it)
// split into the word and the clitic; the clitic piece has kind kPunct so
// that it never starts or continues a name. Offsets stay inside `text`.
std::vector<text::Token> SplitPossessives(std::string_view text,
                                          const std::vector<text::Token>& tokens);

// True when the token's first code point is an upper-case or title-case
// letter.
bool IsCapitalized(std::string_view token_text);

// Capitalised words that never start a name: articles, pronouns,
// prepositions, conjunctions, sentence adverbs, months and weekdays (dates
// are issue 7). Compared case-insensitively (ASCII).
bool IsFunctionWord(std::string_view token_text);

// Lower-case words allowed inside a name between capitalised words:
// "Ministry of Foreign Affairs", "Mustafa al-Kadhimi", "Ludwig van Beethoven".
bool IsNameConnector(std::string_view token_text);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_NAME_TOKENS_H_
