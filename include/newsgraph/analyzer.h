// newsgraph/analyzer.h — turns one Article into an Analysis.
//
// The Analyzer owns the compiled resources every stage needs (break
// iterators, gazetteer, verb dictionary, CAMEO/PLOVER tables); create it once
// and reuse it. Stages, in order: decode and validate (text), clean and
// normalise (text), split paragraphs and sentences (text), tokenize (text),
// identify the language (lang), find entities (extract), find events (code).
//
// Thread-safety: an Analyzer is immutable after Create(); Analyze() may be
// called from many threads at once on the same object.
#ifndef NEWSGRAPH_ANALYZER_H_
#define NEWSGRAPH_ANALYZER_H_

#include <cstddef>
#include <memory>

#include "newsgraph/analysis.h"
#include "newsgraph/article.h"
#include "newsgraph/status.h"
#include "newsgraph/text.h"

namespace newsgraph {

class Analyzer {
 public:
  // Articles above this size are rejected with kInvalidInput (see text.h).
  static constexpr size_t kMaxArticleBytes = kMaxTextBytes;

  // Loads the built-in resources (compiled into the library).
  static Result<std::shared_ptr<const Analyzer>> Create();
  ~Analyzer();

  // Returns kInvalidInput (message prefixed with article.origin) for input
  // that is not analysable text: empty, binary, invalid UTF-8, too large.
  Result<Analysis> Analyze(const Article& article) const;

 private:
  struct Resources;
  explicit Analyzer(std::unique_ptr<const Resources> resources);
  std::unique_ptr<const Resources> resources_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_ANALYZER_H_
