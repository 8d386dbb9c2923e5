#include "code/issue_list.h"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "code/verb_forms.h"
#include "lexicon/dictionary_syntax.h"
#include "text/decode.h"

namespace newsgraph::code {
namespace {

namespace dict = lexicon::dict;
using Words = std::vector<std::string>;

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

std::string UpperCopy(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), Upper);
  return out;
}

bool EqualsUpper(std::string_view s, std::string_view upper) {
  return s.size() == upper.size() && std::equal(s.begin(), s.end(), upper.begin(),
                                                [](char a, char b) { return Upper(a) == b; });
}

// The next line of `*rest` (LF, CRLF or CR endings), removed from it.
std::string_view NextLine(std::string_view* rest) {
  size_t end = rest->find_first_of("\r\n");
  std::string_view line = rest->substr(0, end);
  if (end == std::string_view::npos) {
    rest->remove_prefix(rest->size());
  } else {
    size_t skip =
        (*rest)[end] == '\r' && end + 1 < rest->size() && (*rest)[end + 1] == '\n' ? 2 : 1;
    rest->remove_prefix(end + skip);
  }
  return line;
}

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !IsBlank(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// The versions of one blank-separated phrase word (see the header: prefixes
// and '+'), each a list of phrase words (possibly empty: the word "+").
// False with `what` set on error.
bool WordVersions(std::string_view word, std::vector<Words>* out, std::string* what) {
  std::vector<std::string> parts;
  char prefix = 0;
  size_t start = 0;
  while (true) {
    size_t plus = word.find('+', start);
    std::string_view part =
        word.substr(start, plus == std::string_view::npos ? plus : plus - start);
    while (part.size() >= 2 && IsLetter(part[0]) && part[1] == ':') {
      char p = static_cast<char>(Upper(part[0]));
      if (p != 'N' && p != 'V') {
        *what = fmt::format("unknown prefix '{}' in '{}'", part.substr(0, 2), word);
        return false;
      }
      if (prefix != 0) {
        *what = fmt::format("two prefixes in '{}'", word);
        return false;
      }
      prefix = p;
      part.remove_prefix(2);
    }
    parts.push_back(UpperCopy(part));
    if (plus == std::string_view::npos) break;
    start = plus + 1;
  }
  std::vector<std::string> forms{parts.back()};
  if (prefix != 0 && parts.back().empty()) {
    *what = fmt::format("nothing to inflect in '{}'", word);
    return false;
  }
  if (prefix == 'N') {
    if (auto plural = verb_syntax::RegularPlural(parts.back())) forms.push_back(*plural);
  } else if (prefix == 'V') {
    for (std::string& f : verb_syntax::RegularVerbForms(parts.back()))
      forms.push_back(std::move(f));
  }
  for (std::string& form : forms) {
    parts.back() = std::move(form);
    if (parts.size() == 1) {
      out->push_back(Words{parts[0]});
      continue;
    }
    Words blank;
    std::string hyphen;
    for (size_t i = 0; i < parts.size(); ++i) {
      if (!parts[i].empty()) blank.push_back(parts[i]);
      if (i > 0) hyphen.push_back('-');
      hyphen += parts[i];
    }
    out->push_back(std::move(blank));
    out->push_back(Words{std::move(hyphen)});
  }
  return true;
}

// Every version of `phrase`: the product of its words' versions, without
// empty or repeated ones. False with `what` set on error.
bool PhraseVersions(std::string_view phrase, std::vector<Words>* out, std::string* what) {
  std::vector<Words> versions{Words{}};
  for (std::string_view word : SplitBlanks(phrase)) {
    std::vector<Words> options;
    if (!WordVersions(word, &options, what)) return false;
    if (versions.size() * options.size() > IssueList::kMaxVersions) {
      *what = fmt::format("phrase expands to more than {} versions", IssueList::kMaxVersions);
      return false;
    }
    std::vector<Words> next;
    next.reserve(versions.size() * options.size());
    for (const Words& v : versions) {
      for (const Words& o : options) {
        Words joined = v;
        joined.insert(joined.end(), o.begin(), o.end());
        next.push_back(std::move(joined));
      }
    }
    versions = std::move(next);
  }
  out->clear();
  for (Words& v : versions) {
    if (!v.empty() && std::find(out->begin(), out->end(), v) == out->end()) {
      out->push_back(std::move(v));
    }
  }
  if (out->empty()) {
    *what = "empty phrase";
    return false;
  }
  return true;
}

// `<ISSUE NAME="VALUE" ...>` (names ASCII case-insensitive). False with
// `what` set on error.
bool ParseOpenTag(std::string_view tag, std::string* category, std::string* type,
                  std::string* what) {
  std::string_view body = dict::Trim(tag.substr(6, tag.size() - 7));  // inside "<ISSUE" ">"
  bool has_category = false, has_type = false;
  while (!body.empty()) {
    size_t eq = body.find('=');
    if (eq == std::string_view::npos) {
      *what = fmt::format("attribute without a value in '{}'", tag);
      return false;
    }
    std::string name = UpperCopy(dict::Trim(body.substr(0, eq)));
    body = dict::Trim(body.substr(eq + 1));
    size_t close = body.size() > 1 && body[0] == '"' ? body.find('"', 1) : std::string_view::npos;
    if (close == std::string_view::npos) {
      *what = fmt::format("attribute value not in double quotes in '{}'", tag);
      return false;
    }
    std::string value(body.substr(1, close - 1));
    body = body.substr(close + 1);
    if (!body.empty() && !IsBlank(body[0])) {
      *what = fmt::format("no blank after an attribute value in '{}'", tag);
      return false;
    }
    body = dict::Trim(body);
    bool* seen = name == "CATEGORY" ? &has_category : name == "TYPE" ? &has_type : nullptr;
    if (seen == nullptr) {
      *what = fmt::format("unknown attribute '{}' in '{}'", name, tag);
      return false;
    }
    if (*seen) {
      *what = fmt::format("attribute {} given twice in '{}'", name, tag);
      return false;
    }
    *seen = true;
    (name == "CATEGORY" ? *category : *type) = std::move(value);
  }
  if (category->empty()) {
    *what = fmt::format("<ISSUE> without a CATEGORY in '{}'", tag);
    return false;
  }
  return true;
}

}  // namespace

// Reads a list line by line (see the header for the rules it enforces).
class IssueListBuilder {
 public:
  IssueListBuilder(std::string_view origin, const IssueList::Options& options,
                   std::vector<std::string>* warnings)
      : origin_(origin), options_(options), warnings_(warnings) {}

  Status Line(std::string_view raw, int number) {
    std::string_view line = dict::Trim(raw.substr(0, raw.find('#')));
    if (line.empty()) return Status::Ok();
    if (line.front() != '<') return Entry(line, number);
    std::string upper = UpperCopy(line);
    if (upper == "</ISSUE>") return Close(number);
    if (upper.starts_with("<ISSUE") && upper.back() == '>' &&
        (upper.size() == 7 || IsBlank(upper[6]))) {
      return Open(line, number);
    }
    return Malformed(number, fmt::format("unknown tag '{}'", line));
  }

  // At the end of the text.
  Status Finish() {
    if (!block_) return Status::Ok();
    int opened = block_->line;
    block_.reset();
    return Malformed(opened, "<ISSUE> block not closed");
  }

  IssueList Take() { return std::move(out_); }

 private:
  struct Block {
    std::string category, type;
    int line = 0;
    bool ok = true;  // false: a malformed tag (skip_malformed); its entries are dropped
  };

  // Strict: the load fails. skip_malformed: a warning, the line is dropped.
  Status Malformed(int number, std::string_view what) {
    std::string message = fmt::format("{}:{}: {}", origin_, number, what);
    if (!options_.skip_malformed) return Status::InvalidInput(std::move(message));
    if (warnings_ != nullptr) warnings_->push_back(message + " (skipped)");
    return Status::Ok();
  }

  Status Open(std::string_view tag, int number) {
    if (block_) {
      NEWSGRAPH_RETURN_IF_ERROR(Malformed(
          number, fmt::format("<ISSUE> inside the block opened at line {}", block_->line)));
    }
    Block block;
    block.line = number;
    std::string what;
    if (!ParseOpenTag(tag, &block.category, &block.type, &what)) {
      NEWSGRAPH_RETURN_IF_ERROR(Malformed(number, what));
      block.ok = false;
    }
    block_ = std::move(block);
    return Status::Ok();
  }

  Status Close(int number) {
    if (!block_) return Malformed(number, "</ISSUE> without an open block");
    block_.reset();
    return Status::Ok();
  }

  Status Entry(std::string_view line, int number) {
    IssueEntry entry;
    while (entry.ignore < 3 && entry.ignore < static_cast<int>(line.size()) &&
           line[entry.ignore] == '~') {
      ++entry.ignore;
    }
    if (entry.ignore == 3) return Malformed(number, "more than two '~'");
    std::string_view kind = entry.ignore > 0 ? "ignore phrase" : "entry";
    if (!block_) return Malformed(number, fmt::format("{} outside an <ISSUE> block", kind));
    if (!block_->ok) return Status::Ok();  // its tag was reported
    line.remove_prefix(entry.ignore);
    size_t open = line.find('[');
    if (entry.ignore > 0 && open != std::string_view::npos) {
      return Malformed(number, "ignore phrase with a [CODE]");
    }
    if (entry.ignore == 0) {
      if (open == std::string_view::npos) return Malformed(number, "entry without [CODE]");
      size_t close = line.find(']', open);
      if (close == std::string_view::npos) return Malformed(number, "unclosed [CODE");
      std::string_view code = dict::Trim(line.substr(open + 1, close - open - 1));
      if (code.empty()) return Malformed(number, "empty [CODE]");
      if (std::any_of(code.begin(), code.end(), [](char c) { return IsBlank(c) || c == '['; })) {
        return Malformed(number, fmt::format("blank or '[' in code '{}'", code));
      }
      std::string_view after = dict::Trim(line.substr(close + 1));
      if (!after.empty()) return Malformed(number, fmt::format("text after [CODE]: '{}'", after));
      entry.code = std::string(code);
      line = line.substr(0, open);
    }
    line = dict::Trim(line);
    if (line.empty()) return Malformed(number, fmt::format("empty {}", kind));
    std::vector<Words> versions;
    std::string what;
    if (!PhraseVersions(line, &versions, &what)) return Malformed(number, what);
    entry.phrase = std::string(line);
    entry.category = block_->category;
    entry.type = block_->type;
    entry.line = number;
    Add(std::move(entry), std::move(versions));
    return Status::Ok();
  }

  void Add(IssueEntry entry, std::vector<Words> versions) {
    auto index = static_cast<uint32_t>(out_.entries_.size());
    out_.entries_.push_back(std::move(entry));
    for (Words& words : versions) {
      auto p = static_cast<uint32_t>(out_.phrases_.size());
      out_.longest_first_ = std::max(out_.longest_first_, words[0].size());
      out_.by_first_[words[0]].push_back(p);
      out_.phrases_.push_back({std::move(words), index});
    }
  }

  std::string_view origin_;
  IssueList::Options options_;
  std::vector<std::string>* warnings_;
  std::optional<Block> block_;
  IssueList out_;
};

Result<IssueList> IssueList::Parse(std::string_view text, std::string_view origin,
                                   const Options& options, std::vector<std::string>* warnings) {
  NEWSGRAPH_RETURN_IF_ERROR(text::CheckUtf8File(text, origin));
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // BOM

  IssueListBuilder builder(origin, options, warnings);
  int number = 0;
  while (!text.empty()) {
    NEWSGRAPH_RETURN_IF_ERROR(builder.Line(NextLine(&text), ++number));
  }
  NEWSGRAPH_RETURN_IF_ERROR(builder.Finish());
  return builder.Take();
}

Result<IssueList> IssueList::LoadFile(const std::string& path, const Options& options,
                                      std::vector<std::string>* warnings) {
  std::string contents;
  NEWSGRAPH_RETURN_IF_ERROR(dict::ReadWholeFile(path, &contents));
  return Parse(contents, std::filesystem::path(path).filename().string(), options, warnings);
}

std::optional<size_t> IssueList::MatchAt(const IssuePhrase& phrase,
                                         const std::vector<std::string_view>& words, size_t begin) {
  size_t w = begin;
  for (std::string_view want : phrase.words) {
    // Input words whose concatenation is `want`.
    size_t matched = 0;
    while (matched < want.size()) {
      if (w >= words.size() || words[w].empty()) return std::nullopt;
      std::string_view word = words[w];
      if (word.size() > want.size() - matched ||
          !EqualsUpper(word, want.substr(matched, word.size()))) {
        return std::nullopt;
      }
      matched += word.size();
      ++w;
    }
  }
  return w;
}

std::vector<IssueCount> IssueList::Match(const std::vector<std::string_view>& upper_words) const {
  std::vector<IssueCount> counts;
  std::vector<uint32_t> found;  // phrases counted so far
  std::vector<uint32_t> here;   // phrases matching at the current start
  std::string key;
  for (size_t i = 0; i < upper_words.size(); ++i) {
    // The first phrase word may span several input words: look up each
    // concatenation words[i..k].
    here.clear();
    key.clear();
    for (size_t k = i; k < upper_words.size() && !upper_words[k].empty(); ++k) {
      for (char c : upper_words[k]) key.push_back(Upper(c));
      if (key.size() > longest_first_) break;
      auto it = by_first_.find(key);
      if (it == by_first_.end()) continue;
      for (uint32_t p : it->second) {
        if (MatchAt(phrases_[p], upper_words, i)) here.push_back(p);
      }
    }
    std::sort(here.begin(), here.end());  // file order at one start
    for (uint32_t p : here) {
      const IssueEntry& entry = entries_[phrases_[p].entry];
      if (entry.ignore > 0) return {};
      if (std::find(found.begin(), found.end(), p) != found.end()) continue;
      found.push_back(p);
      auto c = std::find_if(counts.begin(), counts.end(),
                            [&](const IssueCount& x) { return x.code == entry.code; });
      if (c == counts.end()) {
        counts.push_back({entry.code, 1});
      } else {
        ++c->count;
      }
    }
  }
  return counts;
}

}  // namespace newsgraph::code
