// Who says a quotation: the cue verb that introduces it and the speaker, the
// subject of that verb, resolved to an entity of the entities stage
// (docs/quotes.md). Works on the dependency parse of Document::words with
// positional fallbacks for the parser's mistakes.
//
// Thread-safety: a Speakers object is a view over one document; const
// methods only, used by one FindQuotes() call.
#ifndef NEWSGRAPH_EXTRACT_SPEAKERS_H_
#define NEWSGRAPH_EXTRACT_SPEAKERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/document.h"
#include "extract/quote_cues.h"
#include "newsgraph/analysis.h"

namespace newsgraph::extract {

// A word of the document: doc.words[sentence][index] (index 0-based).
struct WordRef {
  uint32_t sentence = 0;
  uint32_t index = 0;
};

// A byte range [start, end) of the text.
using ByteRange = std::pair<uint32_t, uint32_t>;

struct Attribution {
  std::optional<WordRef> cue;
  std::optional<ByteRange> speaker;   // the speaker as written
  std::optional<std::string> entity;  // Entity::id of the speaker
};

class Speakers {
 public:
  // REQUIRES: `quoted` holds the [open mark, past close mark) ranges of the
  // direct quotes, sorted and non-overlapping; all references outlive this.
  Speakers(const Document& doc, const std::vector<Entity>& entities, const QuoteCues& cues,
           std::vector<ByteRange> quoted);

  // The words of sentence s (empty when the document has no words for it).
  const std::vector<Word>& WordsOf(uint32_t s) const;
  // Whether byte `pos` lies inside a direct quote (marks included).
  bool InQuote(uint32_t pos) const;
  // The cue kind of a verb outside the direct quotes, else null.
  const QuoteCueKind* CueKind(WordRef w) const;
  // The cue verb that introduces the direct quote [open, close), by the
  // parse (the verb governing the quote, or the reporting clause hanging off
  // it) or by position (", he said" after it, a cue before it in its
  // sentence, a cue ending the sentence before with ':').
  std::optional<WordRef> CueForQuote(uint32_t open, uint32_t close) const;
  // The speaker of `cue`: its subject (or the subject of the verb it is
  // conjoined with or subordinate to), as written and as an entity.
  Attribution Attribute(WordRef cue) const;
  // The first and last word (0-based, inclusive) of the subtree under w.
  std::pair<uint32_t, uint32_t> Subtree(WordRef w) const;

 private:
  std::optional<WordRef> SubjectOf(WordRef cue) const;
  std::optional<std::string> EntityFor(WordRef head, ByteRange written) const;
  std::optional<std::string> RecentPerson(uint32_t before) const;
  bool IsHyphen(const Word& w) const {
    return doc_.TokenText(text::Token{w.span.start, w.span.end}) == "-";
  }
  bool HasSubject(WordRef cue) const { return SubjectOf(cue).has_value(); }

  const Document& doc_;
  const std::vector<Entity>& entities_;
  const QuoteCues& cues_;
  std::vector<ByteRange> quoted_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_SPEAKERS_H_
