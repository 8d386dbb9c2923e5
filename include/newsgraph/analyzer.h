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
#include <string>
#include <vector>

#include "newsgraph/analysis.h"
#include "newsgraph/article.h"
#include "newsgraph/status.h"
#include "newsgraph/text.h"

namespace newsgraph {

// Which actor dictionaries the entity stage uses (docs/dictionaries.md).
struct AnalyzerOptions {
  // PETRARCH/TABARI .actors files, matched before our own actor data.
  std::vector<std::string> actor_files;
  // A PETRARCH/TABARI .agents file, matched before our own role words.
  std::string agent_file;
  // false: only the user's actor files name people and organisations.
  bool default_actors = true;
  // A PETRARCH/TABARI verb-pattern file (Phoenix's CAMEO.2.0.txt) coding
  // events instead of our own verb dictionary (data/cameo/verbs.tsv).
  std::string verb_file;
  // Malformed dictionary lines: an error (false) or skipped with a warning.
  bool skip_malformed = false;
};

class Analyzer {
 public:
  // Articles above this size are rejected with kInvalidInput (see text.h).
  static constexpr size_t kMaxArticleBytes = kMaxTextBytes;

  // Loads the built-in resources (compiled into the library).
  static Result<std::shared_ptr<const Analyzer>> Create();
  // With user dictionaries; unreadable or malformed ones are errors naming
  // the file and line. Skipped lines (skip_malformed) are appended to
  // `warnings` (may be null) as "FILE:LINE: what is wrong".
  static Result<std::shared_ptr<const Analyzer>> Create(const AnalyzerOptions& options,
                                                        std::vector<std::string>* warnings);
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
