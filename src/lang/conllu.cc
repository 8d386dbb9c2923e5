#include "lang/conllu.h"

#include <fmt/core.h>

#include <charconv>
#include <string>

#include "newsgraph/reader.h"
#include "text/decode.h"

namespace newsgraph::lang {
namespace {

constexpr size_t kColumns = 10;

// Splits `line` at tabs into exactly kColumns fields; false otherwise.
bool SplitColumns(std::string_view line, std::string_view* fields, size_t* count) {
  size_t n = 0, start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (n == kColumns) {
      *count = n + 1;
      return false;
    }
    fields[n++] = line.substr(start, tab == std::string_view::npos ? line.npos : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  *count = n;
  return n == kColumns;
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// An ID column that is not a plain word ID: "3-4" (multiword token) or
// "5.1" (empty node).
bool IsExtraId(std::string_view id) {
  return id.find('-') != id.npos || id.find('.') != id.npos;
}

class Parser {
 public:
  Parser(std::string_view origin, std::vector<ConlluSentence>* out) : origin_(origin), out_(out) {}

  Status Line(std::string_view line, uint32_t number) {
    // CR LF line ends (and stray CRs before the LF) are not part of a line.
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return EndSentence();
    if (!open_) {
      current_ = ConlluSentence{};
      current_.line = number;
      open_ = true;
    }
    if (line.front() == '#') {
      if (!current_.words.empty() || !current_.extra.empty()) {
        return Error(number, "comment line inside a sentence (a blank line must end the sentence)");
      }
      current_.comments.emplace_back(line);
      return Status::Ok();
    }
    std::string_view f[kColumns];
    size_t count = 0;
    if (!SplitColumns(line, f, &count)) {
      return Error(number, fmt::format("expected {} tab-separated columns, found {}", kColumns,
                                       count));
    }
    if (IsExtraId(f[0])) {
      current_.extra.push_back({current_.words.size(), std::string(line)});
      return Status::Ok();
    }
    int id = 0;
    if (!ParseInt(f[0], &id) || id != static_cast<int>(current_.words.size()) + 1) {
      return Error(number, fmt::format("ID \"{}\" out of sequence (expected {})", f[0],
                                       current_.words.size() + 1));
    }
    if (f[1].empty()) return Error(number, "empty FORM");
    ConlluWord w;
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.feats = f[5];
    if (f[6] != "_" && !ParseInt(f[6], &w.head)) {
      return Error(number, fmt::format("HEAD \"{}\" is not an integer", f[6]));
    }
    if (w.head < -1) return Error(number, fmt::format("HEAD \"{}\" is negative", f[6]));
    w.deprel = f[7];
    w.deps = f[8];
    w.misc = f[9];
    heads_lines_.push_back(number);
    current_.words.push_back(std::move(w));
    return Status::Ok();
  }

  Status EndSentence() {
    if (!open_) return Status::Ok();
    open_ = false;
    if (current_.words.empty()) {
      return Error(current_.line, "sentence without words");
    }
    const int n = static_cast<int>(current_.words.size());
    for (size_t i = 0; i < current_.words.size(); ++i) {
      if (current_.words[i].head > n) {
        return Error(heads_lines_[i], fmt::format("HEAD {} is beyond the sentence's {} words",
                                                  current_.words[i].head, n));
      }
    }
    heads_lines_.clear();
    out_->push_back(std::move(current_));
    return Status::Ok();
  }

 private:
  Status Error(uint32_t line, std::string_view problem) const {
    return Status::InvalidInput(fmt::format("{}:{}: {}", origin_, line, problem));
  }

  std::string_view origin_;
  std::vector<ConlluSentence>* out_;
  ConlluSentence current_;
  std::vector<uint32_t> heads_lines_;
  bool open_ = false;
};

}  // namespace

std::string ConlluSentence::Comment(std::string_view key) const {
  for (const std::string& c : comments) {
    std::string_view s = c;
    s.remove_prefix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.substr(0, key.size()) != key) continue;
    s.remove_prefix(key.size());
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.empty() || s.front() != '=') continue;
    s.remove_prefix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return std::string(s);
  }
  return "";
}

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text, std::string_view origin) {
  size_t bad = text::FirstInvalidUtf8(text);
  if (bad != text.size()) {
    text::LineColumn at = text::LocateByte(text, bad);
    return Status::InvalidInput(fmt::format("{}:{}: invalid UTF-8 at byte {} (column {})", origin,
                                            at.line, bad, at.column));
  }
  std::vector<ConlluSentence> out;
  Parser parser(origin, &out);
  uint32_t number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == text.npos) nl = text.size();
    NEWSGRAPH_RETURN_IF_ERROR(parser.Line(text.substr(start, nl - start), ++number));
    start = nl + 1;
  }
  NEWSGRAPH_RETURN_IF_ERROR(parser.EndSentence());
  return out;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ParseConllu(*bytes, path);
}

void AppendConllu(const ConlluSentence& s, std::string* out) {
  for (const std::string& c : s.comments) {
    *out += c;
    out->push_back('\n');
  }
  size_t extra = 0;
  for (size_t i = 0; i <= s.words.size(); ++i) {
    while (extra < s.extra.size() && s.extra[extra].before == i) {
      *out += s.extra[extra++].line;
      out->push_back('\n');
    }
    if (i == s.words.size()) break;
    const ConlluWord& w = s.words[i];
    std::string head = w.head < 0 ? "_" : std::to_string(w.head);
    *out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", i + 1, w.form, w.lemma, w.upos,
                        w.xpos, w.feats, head, w.deprel, w.deps, w.misc);
  }
  out->push_back('\n');
}

}  // namespace newsgraph::lang
