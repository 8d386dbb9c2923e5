#include "code/verb_table.h"

#include <map>
#include <string>
#include <vector>

#include "code/verb_forms.h"
#include "code/verb_pattern_syntax.h"
#include "lexicon/dictionary_syntax.h"
#include "text/decode.h"

namespace newsgraph::code {
namespace {

namespace vs = verb_syntax;
using lexicon::dict::Trim;

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const size_t at = s.find(sep);
    out.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return out;
    s.remove_prefix(at + 1);
  }
}

bool IsLowerWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return true;
}

class TableReader {
 public:
  explicit TableReader(std::string_view origin) : origin_(origin) {}

  Status Row(std::string_view line, int number) {
    std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() < 2 || cols.size() > 4) {
      return Error(number, "want 2 to 4 tab-separated columns (code, verbs, pattern, note), got " +
                               std::to_string(cols.size()));
    }
    const std::string_view code = Trim(cols[0]);
    if (code == "code") return Status::Ok();  // the header row
    if (!code.empty() && code.front() == '&') return SynsetRow(code.substr(1), cols[1], number);
    if (cols.size() < 3) return Error(number, "a verb row needs code, verbs and pattern columns");
    VerbCode parsed;
    std::string what;
    if (!vs::ParseCode(code, &parsed, &what)) return Error(number, what);
    const std::string_view pattern_text = Trim(cols[2]);
    VerbPattern pattern;
    if (!pattern_text.empty()) {
      if (!vs::ParsePattern(pattern_text, defined_, &pattern.elements, &what)) {
        return Error(number, "pattern '" + std::string(pattern_text) + "': " + what);
      }
      for (const PatternElement& e : pattern.elements) {
        if (e.kind == PatternElement::Kind::kSynset && !synset_index_.contains(e.text)) {
          return Error(number, "pattern '" + std::string(pattern_text) + "': undefined synset &" +
                                   e.text + " (define it on an earlier line)");
        }
      }
      pattern.code = parsed;
      pattern.line = number;
      if (cols.size() == 4) pattern.note = std::string(Trim(cols[3]));
    }
    for (std::string_view raw : Split(cols[1], ',')) {
      const std::string_view verb = Trim(raw);
      if (!IsLowerWord(verb)) {
        return Error(number, "verb '" + std::string(verb) + "' is not one lower-case word");
      }
      VerbBlock& block = BlockOf(verb, number);
      if (!pattern_text.empty()) {
        block.patterns.push_back(pattern);
      } else if (block.verbs.front().code) {
        return Error(number, "verb '" + std::string(verb) + "' already has code " +
                                 block.verbs.front().code->code + " (line " +
                                 std::to_string(own_code_line_[block.label]) + ")");
      } else {
        block.verbs.front().code = parsed;
        own_code_line_[block.label] = number;
      }
    }
    return Status::Ok();
  }

  std::vector<VerbBlock>& blocks() { return blocks_; }
  std::vector<Synset>& synsets() { return synsets_; }

 private:
  Status Error(int number, const std::string& what) const {
    return Status::InvalidInput(std::string(origin_) + ":" + std::to_string(number) + ": " + what);
  }

  Status SynsetRow(std::string_view name, std::string_view phrases, int number) {
    const std::string upper = vs::Upper(Trim(name));
    if (!vs::IsSynsetName(upper)) return Error(number, "bad synset name '&" + upper + "'");
    if (synset_index_.contains(upper)) return Error(number, "synset &" + upper + " defined again");
    Synset synset;
    synset.name = upper;
    synset.line = number;
    for (std::string_view raw : Split(phrases, ',')) {
      std::vector<std::string> words;
      for (std::string_view w : Split(Trim(raw), ' ')) {
        if (!w.empty()) words.push_back(vs::Upper(w));
      }
      if (!words.empty()) synset.phrases.push_back(std::move(words));
    }
    if (synset.phrases.empty()) return Error(number, "synset &" + upper + " has no phrases");
    synset_index_[upper] = synsets_.size();
    synsets_.push_back(std::move(synset));
    return Status::Ok();
  }

  VerbBlock& BlockOf(std::string_view verb, int number) {
    const std::string upper = vs::Upper(verb);
    auto it = block_index_.find(upper);
    if (it != block_index_.end()) return blocks_[it->second];
    VerbBlock block;
    block.label = upper;
    block.line = number;
    VerbEntry entry;
    entry.words = {upper};
    entry.forms = {upper};
    for (std::string& f : vs::RegularVerbForms(upper)) {
      if (f != upper) entry.forms.push_back(std::move(f));
    }
    entry.line = number;
    block.verbs.push_back(std::move(entry));
    block_index_[upper] = blocks_.size();
    blocks_.push_back(std::move(block));
    return blocks_.back();
  }

  std::string_view origin_;
  std::vector<VerbBlock> blocks_;
  std::vector<Synset> synsets_;
  std::map<std::string, size_t> block_index_;
  std::map<std::string, size_t> synset_index_;
  std::map<std::string, int> own_code_line_;
  vs::SynsetLookup defined_ = [this](std::string_view n) {
    return synset_index_.contains(std::string(n));
  };
};

}  // namespace

Result<VerbDictionary> ReadVerbTable(std::string_view text, std::string_view origin) {
  NEWSGRAPH_RETURN_IF_ERROR(text::CheckTextInput(text, origin, text.size() + 1));
  TableReader reader(origin);
  lexicon::dict::LineReader lines(text);
  std::string_view line;
  size_t number = 0;
  while (lines.Next(&line, &number)) {
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    NEWSGRAPH_RETURN_IF_ERROR(reader.Row(line, static_cast<int>(number)));
  }
  return VerbDictionary::FromParts(std::string(origin), std::move(reader.blocks()),
                                   std::move(reader.synsets()));
}

}  // namespace newsgraph::code
