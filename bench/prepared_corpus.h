// Benchmark setup shared by coder_bench and extract_bench: 300 BBC
// articles spread evenly over ../shared/corpora/bbc/bbc.jsonl (all five
// sections), and the same articles as the Analyzer has them just before its
// entity stage (repaired, segmented, tokenized, tagged, lemmatized, parsed),
// built once outside the timed loops.
#ifndef NEWSGRAPH_BENCH_PREPARED_CORPUS_H_
#define NEWSGRAPH_BENCH_PREPARED_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.h"
#include "newsgraph/reader.h"

namespace newsgraph::bench {

constexpr size_t kArticles = 300;

// Empty when the corpus is absent.
const std::vector<Article>& Articles();

struct Prepared {
  std::vector<Document> docs;
  size_t sentences = 0;
  std::string error;  // non-empty: skip the benchmark with it
};
const Prepared& Parsed();

std::string CorpusPath();

}  // namespace newsgraph::bench

#endif  // NEWSGRAPH_BENCH_PREPARED_CORPUS_H_
