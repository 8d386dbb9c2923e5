#include "code/verb_dictionary.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <utility>

#include "code/verb_forms.h"
#include "code/verb_pattern_syntax.h"
#include "lexicon/dictionary_syntax.h"
#include "text/decode.h"

namespace newsgraph::code {
namespace {

namespace vs = verb_syntax;
using lexicon::dict::Trim;

// What a file's lines build, moved into the VerbDictionary at the end.
struct Contents {
  std::vector<VerbBlock> blocks;
  std::vector<Synset> synsets;
  std::vector<VerbTransformation> transformations;
  std::unordered_map<std::string, size_t> synset_index;
};

// Reads one file line by line. The line context: '+' lines belong to the
// synset opened by the last '&' line until a line of another kind; verbs
// and patterns belong to the last block header.
class Reader {
 public:
  Reader(std::string_view origin, const VerbDictionary::Options& options,
         std::vector<std::string>* warnings)
      : origin_(origin), options_(options), warnings_(warnings) {}

  Status Read(std::string_view text);
  Contents& contents() { return out_; }

 private:
  Status Line(std::string_view raw, int number);
  Status SynsetLabel(std::string_view body, int number);
  Status SynsetPhrase(std::string_view body, int number);
  Status CloseSynset();
  Status Header(std::string_view body, int number);
  Status Verb(std::string_view body, int number);
  Status Pattern(const vs::CommentSplit& line, int number);
  Status Transformation(std::string_view body, int number);

  std::string Where(int number) const {
    return std::string(origin_) + ":" + std::to_string(number);
  }
  void Warn(int number, std::string_view what) {
    if (warnings_ != nullptr) warnings_->push_back(Where(number) + ": " + std::string(what));
  }
  // Strict: the load fails. skip_malformed: a warning, the line is dropped.
  Status Malformed(int number, std::string_view what) {
    if (!options_.skip_malformed)
      return Status::InvalidInput(Where(number) + ": " + std::string(what));
    Warn(number, std::string(what) + " (skipped)");
    return Status::Ok();
  }
  bool Defined(std::string_view upper_name) const {
    return out_.synset_index.contains(std::string(upper_name));
  }

  std::string_view origin_;
  VerbDictionary::Options options_;
  std::vector<std::string>* warnings_;
  vs::SynsetLookup defined_ = [this](std::string_view n) { return Defined(n); };
  Contents out_;
  // The synset being read: open from its '&' line; `dead` when its label was
  // malformed (its phrases are dropped silently).
  bool synset_open_ = false;
  bool synset_dead_ = false;
  bool synset_no_plurals_ = false;
  Synset synset_;
  // The block verbs and patterns go to: none before the first header, or
  // dropped after a malformed header.
  enum class BlockState { kNone, kOpen, kDead } block_ = BlockState::kNone;
  std::string what_;
};

Status Reader::Read(std::string_view text) {
  lexicon::dict::LineReader lines(text);
  std::string_view raw;
  size_t number = 0;
  while (lines.Next(&raw, &number)) NEWSGRAPH_RETURN_IF_ERROR(Line(raw, static_cast<int>(number)));
  return CloseSynset();
}

Status Reader::Line(std::string_view raw, int number) {
  if (std::memchr(raw.data(), '\0', raw.size()) != nullptr) return Malformed(number, "NUL byte");
  if (text::FirstInvalidUtf8(raw) != raw.size()) return Malformed(number, "invalid UTF-8");
  std::string_view trimmed = Trim(raw);
  if (trimmed.empty() || trimmed.front() == '#' || trimmed.starts_with("<!")) return Status::Ok();
  vs::CommentSplit line = vs::SplitComment(trimmed);
  std::string_view body = line.body;
  if (body.empty()) return Status::Ok();
  if (body.front() == '&') {
    NEWSGRAPH_RETURN_IF_ERROR(CloseSynset());
    return SynsetLabel(body, number);
  }
  if (body.front() == '+' && synset_open_) return SynsetPhrase(body.substr(1), number);
  NEWSGRAPH_RETURN_IF_ERROR(CloseSynset());
  if (body.starts_with("---")) return Header(body, number);
  if (body.front() == '~') return Transformation(body, number);
  if (block_ == BlockState::kNone) {
    return Malformed(number, body.front() == '-' ? "pattern before the first block header"
                                                 : "verb before the first block header");
  }
  if (block_ == BlockState::kDead) return Status::Ok();
  if (body.front() == '-') return Pattern(line, number);
  return Verb(body, number);
}

Status Reader::SynsetLabel(std::string_view body, int number) {
  std::string_view name = Trim(body.substr(1));
  synset_open_ = true;
  synset_dead_ = true;
  synset_no_plurals_ = name.ends_with('_');
  while (name.ends_with('_')) name.remove_suffix(1);
  if (!vs::IsSynsetName(name))
    return Malformed(number, "bad synset name '&" + std::string(name) + "'");
  std::string upper = vs::Upper(name);
  if (auto it = out_.synset_index.find(upper); it != out_.synset_index.end()) {
    return Malformed(number, "synset &" + upper + " defined again (first at line " +
                                 std::to_string(out_.synsets[it->second].line) + ")");
  }
  synset_dead_ = false;
  synset_ = Synset{};
  synset_.name = std::move(upper);
  synset_.line = number;
  return Status::Ok();
}

Status Reader::SynsetPhrase(std::string_view body, int number) {
  if (synset_dead_) return Status::Ok();
  std::vector<std::vector<std::string>> phrases;
  std::string undefined;
  if (!vs::ParseSynsetPhrase(body, synset_no_plurals_, defined_, &phrases, &undefined, &what_)) {
    return Malformed(number, what_);
  }
  if (!undefined.empty()) {
    Warn(number, "synset phrase uses undefined synset &" + undefined + " (ignored)");
  }
  for (auto& p : phrases) {
    auto& all = synset_.phrases;
    if (std::find(all.begin(), all.end(), p) == all.end()) all.push_back(std::move(p));
  }
  return Status::Ok();
}

Status Reader::CloseSynset() {
  if (!synset_open_) return Status::Ok();
  synset_open_ = false;
  if (synset_dead_) return Status::Ok();
  if (synset_.phrases.empty()) {
    return Malformed(synset_.line, "synset &" + synset_.name + " has no phrases");
  }
  out_.synset_index.emplace(synset_.name, out_.synsets.size());
  out_.synsets.push_back(std::move(synset_));
  return Status::Ok();
}

Status Reader::Header(std::string_view body, int number) {
  VerbBlock block;
  std::string extra;
  block_ = BlockState::kDead;
  if (!vs::ParseHeader(body, &block.label, &block.code, &extra, &what_)) {
    return Malformed(number, what_);  // with skip_malformed, the block's lines go too
  }
  if (!extra.empty()) Warn(number, "second block code " + extra + " (ignored)");
  block.line = number;
  out_.blocks.push_back(std::move(block));
  block_ = BlockState::kOpen;
  return Status::Ok();
}

Status Reader::Verb(std::string_view body, int number) {
  VerbEntry verb;
  verb.line = number;
  std::string note;
  if (!vs::ParseVerbLine(body, &verb, &note, &what_)) return Malformed(number, what_);
  if (!note.empty()) Warn(number, note);
  out_.blocks.back().verbs.push_back(std::move(verb));
  return Status::Ok();
}

Status Reader::Pattern(const vs::CommentSplit& line, int number) {
  std::string_view body = line.body.substr(1);
  size_t open = body.find('[');
  if (open == std::string_view::npos) return Malformed(number, "pattern without [code]");
  size_t close = body.find(']', open);
  if (close == std::string_view::npos) return Malformed(number, "missing ']'");
  if (!Trim(body.substr(close + 1)).empty()) {
    return Malformed(number, "unexpected text after the pattern's code");
  }
  VerbPattern p;
  p.line = number;
  p.note = std::string(line.comment);
  if (!vs::ParseCode(body.substr(open + 1, close - open - 1), &p.code, &what_) ||
      !vs::ParsePattern(body.substr(0, open), defined_, &p.elements, &what_)) {
    return Malformed(number, what_);
  }
  for (const PatternElement& e : p.elements) {
    if (e.kind == PatternElement::Kind::kSynset && !Defined(e.text)) {
      Warn(number, "pattern uses undefined synset &" + e.text + " (ignored)");
      return Status::Ok();
    }
  }
  out_.blocks.back().patterns.push_back(std::move(p));
  return Status::Ok();
}

Status Reader::Transformation(std::string_view body, int number) {
  VerbTransformation t;
  if (!vs::ParseTransformation(body, &t, &what_)) return Malformed(number, what_);
  t.line = number;
  out_.transformations.push_back(std::move(t));
  return Status::Ok();
}

}  // namespace

Result<VerbDictionary> VerbDictionary::Parse(std::string_view text, std::string_view origin,
                                             const Options& options,
                                             std::vector<std::string>* warnings) {
  Reader reader(origin, options, warnings);
  NEWSGRAPH_RETURN_IF_ERROR(reader.Read(text));
  Contents& c = reader.contents();
  return FromParts(std::string(origin), std::move(c.blocks), std::move(c.synsets),
                   std::move(c.transformations));
}

VerbDictionary VerbDictionary::FromParts(std::string origin, std::vector<VerbBlock> blocks,
                                         std::vector<Synset> synsets,
                                         std::vector<VerbTransformation> transformations) {
  VerbDictionary d;
  d.origin_ = std::move(origin);
  d.blocks_ = std::move(blocks);
  d.synsets_ = std::move(synsets);
  d.transformations_ = std::move(transformations);
  for (size_t i = 0; i < d.synsets_.size(); ++i) {
    Synset& synset = d.synsets_[i];
    d.synset_index_[synset.name] = i;
    synset.first_words.clear();
    bool plain = true;
    for (const auto& phrase : synset.phrases) {
      plain = plain && !phrase.empty() && !phrase.front().starts_with('&');
      if (plain) synset.first_words.push_back(phrase.front());
    }
    if (!plain) synset.first_words.clear();
  }
  for (VerbBlock& block : d.blocks_) {
    for (VerbPattern& pattern : block.patterns) {
      pattern.required_words.clear();
      pattern.required_synsets.clear();
      for (PatternElement& e : pattern.elements) {
        if (e.kind == PatternElement::Kind::kWord) pattern.required_words.push_back(e.text);
        if (e.kind == PatternElement::Kind::kSynset) {
          auto it = d.synset_index_.find(e.text);
          e.synset = it == d.synset_index_.end() ? -1 : static_cast<int>(it->second);
          if (e.synset >= 0 && !d.synsets_[e.synset].first_words.empty()) {
            pattern.required_synsets.push_back(e.synset);
          }
        }
      }
    }
  }
  for (size_t b = 0; b < d.blocks_.size(); ++b) {
    const auto& verbs = d.blocks_[b].verbs;
    for (size_t v = 0; v < verbs.size(); ++v) {
      for (const std::string& form : verbs[v].forms) {
        d.forms_[form].push_back(VerbFormRef{static_cast<uint32_t>(b), static_cast<uint32_t>(v)});
      }
    }
  }
  return d;
}

Result<VerbDictionary> VerbDictionary::LoadFile(const std::string& path, const Options& options,
                                                std::vector<std::string>* warnings) {
  std::string bytes;
  NEWSGRAPH_RETURN_IF_ERROR(lexicon::dict::ReadWholeFile(path, &bytes));
  return Parse(bytes, std::filesystem::path(path).filename().string(), options, warnings);
}

const Synset* VerbDictionary::FindSynset(std::string_view name) const {
  auto it = synset_index_.find(verb_syntax::Upper(name));
  return it == synset_index_.end() ? nullptr : &synsets_[it->second];
}

const std::vector<VerbFormRef>* VerbDictionary::FindForm(std::string_view upper_form) const {
  auto it = forms_.find(upper_form);
  return it == forms_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::code
