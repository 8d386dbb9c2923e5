// newsgraph/article.h — one input article as it arrives, before analysis.
//
// An Article holds the raw bytes exactly as read (never modified) plus the
// metadata that came with them. `origin` names where it came from ("a.txt",
// "feed.jsonl:12") so that every error can point at the input.
//
// Thread-safety: a plain value.
#ifndef NEWSGRAPH_ARTICLE_H_
#define NEWSGRAPH_ARTICLE_H_

#include <optional>
#include <string>

namespace newsgraph {

struct Article {
  std::string id;                     // stable identifier; never empty after reading
  std::optional<std::string> source;  // outlet or feed name, when known
  std::optional<std::string> title;
  std::optional<std::string> date;    // YYYY-MM-DD, validated by the reader
  std::string raw;                    // the input bytes, untouched
  std::string origin;                 // "path" or "path:line", for messages
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_ARTICLE_H_
