// Word clusters: groups of words that occur in similar contexts, learned
// from untagged text, used as features by the tagger and the parser so that
// words the treebank lacks behave like the words they resemble.
//
// Training is the predictive exchange algorithm (Uszkoreit & Brants 2008):
// each word is moved to the class that maximises the likelihood of the text
// under P(w_i | c(w_i)) P(c(w_i) | w_{i-1}), until an iteration moves few
// words. Several clusterings of different sizes ("levels", coarse to fine)
// are trained independently; each word gets one id per level. Words are
// keyed by their ASCII-lowercased form.
//
// The file format (data/lang/clusters.tsv) is text: "# " comment lines, then
// one line per word: "word<TAB>id_level0<TAB>id_level1...<TAB>count". Ids
// are 1-based; 0 means "not clustered".
//
// Training is deterministic: no randomness, ties broken by word.
//
// Thread-safety: a built WordClusters is immutable; Lookup() may run
// concurrently.
#ifndef NEWSGRAPH_LANG_WORD_CLUSTERS_H_
#define NEWSGRAPH_LANG_WORD_CLUSTERS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::lang {

struct ClusterOptions {
  // Classes per level, coarse to fine; each at most 4095.
  std::vector<int> classes = {64, 512};
  // Words seen fewer times are not clustered.
  int min_count = 3;
  int max_iterations = 15;
  // Stop when an iteration moves fewer than this fraction of the words.
  double min_moved = 0.002;
};

// Called after each iteration: level index, iteration, words moved.
using ClusterProgress = void (*)(int level, int iteration, uint64_t moved);

class WordClusters {
 public:
  struct Entry {
    std::vector<uint16_t> ids;  // one per level, 1-based
    uint64_t count = 0;
  };

  // kInvalidInput when the sentences hold fewer words than the finest level
  // has classes, or the options are out of range.
  static Result<std::unique_ptr<WordClusters>> Train(const std::vector<std::vector<std::string>>& sentences,
                                                     const ClusterOptions& options,
                                                     ClusterProgress progress);
  // Parses the text format; kInvalidInput naming `origin` and the line.
  static Result<std::unique_ptr<WordClusters>> Parse(std::string_view text,
                                                     std::string_view origin);
  static Result<std::unique_ptr<WordClusters>> LoadFile(const std::string& path);

  // The text format, words sorted by descending count then bytes, after
  // `header` lines written as comments.
  std::string ToText(std::string_view header) const;

  // Ids of the word's ASCII-lowercased form, or null when not clustered.
  const Entry* Lookup(std::string_view word) const;
  int levels() const { return levels_; }
  const std::unordered_map<std::string, Entry>& entries() const { return entries_; }

 private:
  int levels_ = 0;
  std::unordered_map<std::string, Entry> entries_;
};

// ASCII lowercase of `word`: the key clusters are stored under.
std::string ClusterKey(std::string_view word);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_WORD_CLUSTERS_H_
