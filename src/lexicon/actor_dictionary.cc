#include "lexicon/actor_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <utility>

namespace newsgraph::lexicon {
namespace {

// The code blocks of `s` appended to `codes`, all or none.
bool ParseCodes(std::string_view s, std::vector<DatedCode>* codes, std::string* what) {
  std::vector<std::string_view> bodies;
  if (!dict::SplitBlocks(s, &bodies, what)) return false;
  std::vector<DatedCode> parsed(bodies.size());
  for (size_t i = 0; i < bodies.size(); ++i) {
    if (!dict::ParseDatedCode(bodies[i], &parsed[i], what)) return false;
  }
  std::move(parsed.begin(), parsed.end(), std::back_inserter(*codes));
  return true;
}

// The block being read: its entry and phrases, added when the next block
// starts or the file ends.
struct Block {
  bool open = false;
  bool skipped = false;  // its primary line was malformed: drop the rest
  size_t line = 0;
  ActorEntry entry;
  std::vector<dict::PhraseKey> phrases;
};

}  // namespace

Status ActorDictionary::ReadFile(const Source& file, const Options& options,
                                 std::vector<std::string>* warnings) {
  dict::Problems problems(file.name, options, warnings);
  dict::LineReader reader(file.contents);
  Block block;
  std::string what;
  std::string_view section;  // the closing tag while inside <NOUN> or <ADJECTIVE>
  size_t section_line = 0;

  auto close = [&]() -> Status {
    Block done = std::exchange(block, Block{});
    if (!done.open || done.skipped) return Status::Ok();
    if (done.entry.codes.empty()) {
      return problems.Malformed(done.line, "actor '" + done.entry.name + "' has no code");
    }
    auto index = static_cast<uint32_t>(entries_.size());
    entries_.push_back(std::move(done.entry));
    for (auto& p : done.phrases) index_.Add(std::move(p.key), p.whole_word, index);
    return Status::Ok();
  };

  std::string_view raw;
  size_t number = 0;
  while (reader.Next(&raw, &number)) {
    std::string_view line = dict::StripComment(raw);
    if (line.empty()) continue;
    if (!section.empty()) {
      if (line == section) section = {};
      continue;
    }
    if (line == "<NOUN>" || line == "<ADJECTIVE>") {
      NEWSGRAPH_RETURN_IF_ERROR(close());
      section = line == "<NOUN>" ? "</NOUN>" : "</ADJECTIVE>";
      section_line = number;
      continue;
    }
    if (line.front() == '[') {  // date restriction line
      if (!block.open) {
        NEWSGRAPH_RETURN_IF_ERROR(problems.Malformed(number, "code line outside an actor block"));
      } else if (!block.skipped && !ParseCodes(line, &block.entry.codes, &what)) {
        NEWSGRAPH_RETURN_IF_ERROR(problems.Malformed(number, what));
      }
      continue;
    }
    if (line.front() == '+') {  // synonym
      std::string_view phrase = line.substr(1);
      auto key = dict::KeyOfPhrase(phrase);
      if (!block.open) {
        NEWSGRAPH_RETURN_IF_ERROR(problems.Malformed(number, "synonym outside an actor block"));
      } else if (block.skipped) {
        // Dropped with its block.
      } else if (phrase.find('[') != std::string_view::npos) {
        NEWSGRAPH_RETURN_IF_ERROR(problems.Malformed(number, "code on a synonym line"));
      } else if (!key) {
        NEWSGRAPH_RETURN_IF_ERROR(problems.Malformed(number, "empty synonym"));
      } else {
        block.phrases.push_back(std::move(*key));
      }
      continue;
    }
    // A primary phrase starts the next block.
    NEWSGRAPH_RETURN_IF_ERROR(close());
    block.open = true;
    block.line = number;
    size_t bracket = line.find('[');
    std::string_view phrase = line.substr(0, bracket);
    auto key = dict::KeyOfPhrase(phrase);
    if (!key) {
      what = "no actor phrase before '['";
    } else if (bracket == std::string_view::npos && phrase.find(']') != std::string_view::npos) {
      what = "missing '['";
      key.reset();
    } else if (bracket != std::string_view::npos &&
               !ParseCodes(line.substr(bracket), &block.entry.codes, &what)) {
      key.reset();
    }
    if (!key) {
      block.skipped = true;
      NEWSGRAPH_RETURN_IF_ERROR(problems.Malformed(number, what + " (block skipped)"));
      continue;
    }
    block.entry.name = dict::DisplayName(phrase);
    block.entry.origin = problems.Origin(number);
    block.phrases.push_back(std::move(*key));
  }
  if (!section.empty()) {
    NEWSGRAPH_RETURN_IF_ERROR(
        problems.Malformed(section_line, "no " + std::string(section) + " before the end"));
  }
  return close();
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Parse(std::span<const Source> files,
                                                                const Options& options,
                                                                std::vector<std::string>* warnings) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  size_t lines = 0;
  for (const Source& f : files) lines += std::count(f.contents.begin(), f.contents.end(), '\n');
  d->entries_.reserve(lines / 2 + 1);
  d->index_.Reserve(lines / 2 + 1);
  d->index_.set_stems(options.stems);
  for (const Source& f : files) NEWSGRAPH_RETURN_IF_ERROR(d->ReadFile(f, options, warnings));
  d->index_.Build();
  return d;
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Parse(
    std::string_view name, std::string_view contents, const Options& options,
    std::vector<std::string>* warnings) {
  const Source source{name, contents};
  return Parse(std::span<const Source>(&source, 1), options, warnings);
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::LoadFiles(
    std::span<const std::string> paths, const Options& options,
    std::vector<std::string>* warnings) {
  std::vector<std::string> names, contents;
  names.reserve(paths.size());
  contents.reserve(paths.size());
  for (const std::string& path : paths) {
    std::string bytes;
    NEWSGRAPH_RETURN_IF_ERROR(dict::ReadWholeFile(path, &bytes));
    names.push_back(std::filesystem::path(path).filename().string());
    contents.push_back(std::move(bytes));
  }
  std::vector<Source> sources;
  for (size_t i = 0; i < paths.size(); ++i) sources.push_back(Source{names[i], contents[i]});
  return Parse(sources, options, warnings);
}

std::optional<ActorDictionary::Match> ActorDictionary::LongestMatch(
    std::string_view text, std::span<const text::Token> tokens, size_t begin) const {
  auto m = index_.LongestMatch(text, tokens, begin);
  if (!m) return std::nullopt;
  return Match{m->end, &entries_[m->value]};
}

const ActorEntry* ActorDictionary::Find(std::string_view phrase) const {
  auto key = dict::KeyOfPhrase(phrase);
  if (!key) return nullptr;
  auto value = index_.Find(key->key);
  return value ? &entries_[*value] : nullptr;
}

}  // namespace newsgraph::lexicon
