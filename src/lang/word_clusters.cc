#include "lang/word_clusters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

namespace newsgraph::lang {
namespace {

constexpr int kMaxClasses = 4095;
// Words with these bytes would break the line format; they stay unclustered.
constexpr std::string_view kUnsafe = " \t\r\n";

// x log x, the term of the exchange objective.
double XLogX(uint64_t x) { return x == 0 ? 0.0 : static_cast<double>(x) * std::log(x); }

// The corpus as ids: vocabulary words 0..V-1 (descending count), then one
// id for all rarer words and one for the sentence start.
struct Corpus {
  std::vector<std::string> words;
  std::vector<uint64_t> counts;
  // pred[w]: (context id, count) of the words before vocabulary word w.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> pred;
  uint32_t contexts = 0;
};

Corpus BuildCorpus(const std::vector<std::vector<std::string>>& sentences, int min_count) {
  std::unordered_map<std::string, uint64_t> counts;
  for (const auto& sentence : sentences) {
    for (const auto& word : sentence) {
      if (word.find_first_of(kUnsafe) == std::string::npos) ++counts[ClusterKey(word)];
    }
  }
  std::vector<std::pair<std::string, uint64_t>> vocab;
  for (auto& [word, count] : counts) {
    if (count >= static_cast<uint64_t>(min_count)) vocab.emplace_back(word, count);
  }
  std::sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  Corpus corpus;
  std::unordered_map<std::string, uint32_t> ids;
  for (auto& [word, count] : vocab) {
    ids.emplace(word, static_cast<uint32_t>(corpus.words.size()));
    corpus.words.push_back(word);
    corpus.counts.push_back(count);
  }
  const uint32_t rare = static_cast<uint32_t>(corpus.words.size());
  const uint32_t start = rare + 1;
  corpus.contexts = start + 1;
  std::vector<uint64_t> bigrams;  // word << 32 | context
  for (const auto& sentence : sentences) {
    uint32_t previous = start;
    for (const auto& word : sentence) {
      auto it = ids.find(ClusterKey(word));
      const uint32_t id = it == ids.end() ? rare : it->second;
      if (id != rare) bigrams.push_back(static_cast<uint64_t>(id) << 32 | previous);
      previous = id;
    }
  }
  std::sort(bigrams.begin(), bigrams.end());
  corpus.pred.resize(corpus.words.size());
  for (size_t i = 0; i < bigrams.size();) {
    size_t j = i;
    while (j < bigrams.size() && bigrams[j] == bigrams[i]) ++j;
    corpus.pred[bigrams[i] >> 32].emplace_back(static_cast<uint32_t>(bigrams[i]),
                                               static_cast<uint32_t>(j - i));
    i = j;
  }
  return corpus;
}

// One level of predictive exchange clustering; returns each word's class.
std::vector<uint16_t> Exchange(const Corpus& corpus, int num_classes,
                               const ClusterOptions& options, int level,
                               ClusterProgress progress) {
  const size_t k = static_cast<size_t>(num_classes);
  const size_t vocab = corpus.words.size();
  std::vector<uint16_t> cls(vocab);
  for (size_t w = 0; w < vocab; ++w) cls[w] = static_cast<uint16_t>(w % k);
  // context_class[v * k + c]: how often context v precedes a word of class c.
  std::vector<uint32_t> context_class(static_cast<size_t>(corpus.contexts) * k, 0);
  std::vector<uint64_t> class_count(k, 0);
  for (size_t w = 0; w < vocab; ++w) {
    for (auto [v, n] : corpus.pred[w]) context_class[v * k + cls[w]] += n;
    class_count[cls[w]] += corpus.counts[w];
  }
  std::vector<double> gain(k);
  for (int iteration = 1; iteration <= options.max_iterations; ++iteration) {
    uint64_t moved = 0;
    for (size_t w = 0; w < vocab; ++w) {
      const size_t from = cls[w];
      for (auto [v, n] : corpus.pred[w]) context_class[v * k + from] -= n;
      class_count[from] -= corpus.counts[w];
      // Gain of putting w into class c, up to a constant: contexts whose
      // count for c is 0 add XLogX(n) to every class alike, so only nonzero
      // counts are visited.
      for (size_t c = 0; c < k; ++c) {
        gain[c] = XLogX(class_count[c]) - XLogX(class_count[c] + corpus.counts[w]);
      }
      for (auto [v, n] : corpus.pred[w]) {
        const uint32_t* row = &context_class[v * k];
        const double alone = XLogX(n);
        for (size_t c = 0; c < k; ++c) {
          if (row[c] != 0) gain[c] += XLogX(row[c] + n) - XLogX(row[c]) - alone;
        }
      }
      size_t best = from;
      for (size_t c = 0; c < k; ++c) {
        if (gain[c] > gain[best] + 1e-9) best = c;
      }
      for (auto [v, n] : corpus.pred[w]) context_class[v * k + best] += n;
      class_count[best] += corpus.counts[w];
      if (best != from) {
        cls[w] = static_cast<uint16_t>(best);
        ++moved;
      }
    }
    if (progress != nullptr) progress(level, iteration, moved);
    if (static_cast<double>(moved) < options.min_moved * static_cast<double>(vocab)) break;
  }
  return cls;
}

bool ParseUint(std::string_view s, uint64_t* out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::string ClusterKey(std::string_view word) {
  std::string key(word);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

Result<std::unique_ptr<WordClusters>> WordClusters::Train(const std::vector<std::vector<std::string>>& sentences,
                                         const ClusterOptions& options,
                                         ClusterProgress progress) {
  if (options.classes.empty() || options.min_count < 1 || options.max_iterations < 1) {
    return Status::InvalidInput("word clusters: need at least one level, min_count >= 1 "
                                "and max_iterations >= 1");
  }
  for (int classes : options.classes) {
    if (classes < 2 || classes > kMaxClasses) {
      return Status::InvalidInput("word clusters: classes per level must be 2.." +
                                  std::to_string(kMaxClasses) + ", got " +
                                  std::to_string(classes));
    }
  }
  const Corpus corpus = BuildCorpus(sentences, options.min_count);
  const int finest = *std::max_element(options.classes.begin(), options.classes.end());
  if (corpus.words.size() < static_cast<size_t>(finest)) {
    return Status::InvalidInput("word clusters: only " + std::to_string(corpus.words.size()) +
                                " words are seen " + std::to_string(options.min_count) +
                                "+ times, fewer than the " + std::to_string(finest) +
                                " classes asked for");
  }
  auto clusters = std::make_unique<WordClusters>();
  clusters->levels_ = static_cast<int>(options.classes.size());
  for (size_t w = 0; w < corpus.words.size(); ++w) {
    clusters->entries_[corpus.words[w]].count = corpus.counts[w];
  }
  for (int level = 0; level < clusters->levels_; ++level) {
    const std::vector<uint16_t> cls =
        Exchange(corpus, options.classes[level], options, level, progress);
    for (size_t w = 0; w < corpus.words.size(); ++w) {
      clusters->entries_[corpus.words[w]].ids.push_back(static_cast<uint16_t>(cls[w] + 1));
    }
  }
  return clusters;
}

Result<std::unique_ptr<WordClusters>> WordClusters::Parse(std::string_view text, std::string_view origin) {
  auto clusters = std::make_unique<WordClusters>();
  size_t line_number = 0;
  auto fail = [&](const std::string& what) {
    return Status::InvalidInput(std::string(origin) + ":" + std::to_string(line_number) + ": " +
                                what);
  };
  while (!text.empty()) {
    ++line_number;
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line == "#" || line.starts_with("# ")) continue;
    std::vector<std::string_view> fields;
    for (size_t start = 0;;) {
      const size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (fields.size() < 3) return fail("expected word, cluster ids and count separated by tabs");
    const int levels = static_cast<int>(fields.size()) - 2;
    if (clusters->levels_ == 0) clusters->levels_ = levels;
    if (levels != clusters->levels_) {
      return fail("expected " + std::to_string(clusters->levels_) + " cluster ids, found " +
                  std::to_string(levels));
    }
    const std::string word(fields[0]);
    if (word.empty() || word != ClusterKey(word)) {
      return fail("the word must be non-empty and lowercase");
    }
    Entry entry;
    for (int l = 0; l < levels; ++l) {
      uint64_t id;
      if (!ParseUint(fields[1 + l], &id) || id < 1 || id > kMaxClasses) {
        return fail("cluster id \"" + std::string(fields[1 + l]) + "\" is not in 1.." +
                    std::to_string(kMaxClasses));
      }
      entry.ids.push_back(static_cast<uint16_t>(id));
    }
    if (!ParseUint(fields.back(), &entry.count)) {
      return fail("count \"" + std::string(fields.back()) + "\" is not a number");
    }
    if (!clusters->entries_.emplace(word, std::move(entry)).second) {
      return fail("\"" + word + "\" is listed twice");
    }
  }
  if (clusters->entries_.empty()) {
    return Status::InvalidInput(std::string(origin) + ": no word clusters");
  }
  return clusters;
}

Result<std::unique_ptr<WordClusters>> WordClusters::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open word clusters");
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

std::string WordClusters::ToText(std::string_view header) const {
  std::vector<const std::pair<const std::string, Entry>*> sorted;
  for (const auto& item : entries_) sorted.push_back(&item);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return a->second.count != b->second.count ? a->second.count > b->second.count
                                              : a->first < b->first;
  });
  std::string out;
  while (!header.empty()) {
    const size_t eol = header.find('\n');
    out += "# ";
    out += header.substr(0, eol);
    out += '\n';
    header = eol == std::string_view::npos ? std::string_view() : header.substr(eol + 1);
  }
  for (const auto* item : sorted) {
    out += item->first;
    for (uint16_t id : item->second.ids) out += '\t' + std::to_string(id);
    out += '\t' + std::to_string(item->second.count) + '\n';
  }
  return out;
}

const WordClusters::Entry* WordClusters::Lookup(std::string_view word) const {
  auto it = entries_.find(ClusterKey(word));
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::lang
