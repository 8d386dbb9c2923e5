#include "code/validation_runner.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <tuple>

#include "code/pattern_coder.h"
#include "code/sentence_actors.h"
#include "code/verb_pattern_syntax.h"
#include "core/document.h"
#include "core/document_words.h"

namespace newsgraph::code {
namespace {

std::string Resolve(const std::string& dir, const std::string& file) {
  if (file.empty() || dir.empty() || std::filesystem::path(file).is_absolute()) return file;
  return (std::filesystem::path(dir) / file).string();
}

bool IsTrue(std::string value) {
  for (char& c : value) c = static_cast<char>(c | 0x20);
  return value == "true" || value == "1" || value == "yes";
}

using Triple = std::tuple<std::string, std::string, std::string>;

std::set<Triple> AsSet(const std::vector<ExpectedEvent>& events) {
  std::set<Triple> out;
  for (const ExpectedEvent& e : events) out.insert({e.source, e.target, e.code});
  return out;
}

}  // namespace

bool ValidationRunner::Discarded(const Document& doc) const {
  std::vector<std::string> upper;
  for (const text::Token& t : doc.tokens[0]) upper.push_back(verb_syntax::Upper(doc.TokenText(t)));
  const std::vector<std::string_view> views(upper.begin(), upper.end());
  return discards_->Find(views).has_value();
}

Result<std::unique_ptr<ValidationRunner>> ValidationRunner::Create(
    const ValidationEnvironment& environment, const std::string& dictionary_dir,
    std::vector<std::string>* warnings) {
  std::unique_ptr<ValidationRunner> r(new ValidationRunner());
  auto text = text::TextStage::Load();
  if (!text.ok()) return text.status();
  r->text_ = std::move(text).value();
  auto annotator = lang::Annotator::CreateDefault();
  if (!annotator.ok()) return annotator.status();
  r->annotator_ = std::move(annotator).value();

  if (environment.verb_file.empty()) {
    return Status::InvalidInput("the <Environment> names no <Verbfile>");
  }
  auto verbs = VerbDictionary::LoadFile(Resolve(dictionary_dir, environment.verb_file),
                                        VerbDictionary::Options{}, warnings);
  if (!verbs.ok()) return verbs.status();
  r->verbs_ = std::make_unique<VerbDictionary>(std::move(verbs).value());

  std::vector<std::string> actor_paths;
  for (const std::string& f : environment.actor_files) {
    actor_paths.push_back(Resolve(dictionary_dir, f));
  }
  if (actor_paths.empty()) return Status::InvalidInput("the <Environment> names no <Actorfile>");
  // PETRARCH's suites expect whole-word actor phrases (ACTOR-05: THE_KU
  // must not match "The Kuwait").
  lexicon::DictionaryOptions actor_options;
  actor_options.stems = false;
  auto actors = lexicon::ActorDictionary::LoadFiles(actor_paths, actor_options, warnings);
  if (!actors.ok()) return actors.status();
  r->actors_ = std::move(actors).value();

  if (!environment.agent_file.empty()) {
    auto agents =
        lexicon::AgentDictionary::LoadFile(Resolve(dictionary_dir, environment.agent_file),
                                           actor_options, warnings);
    if (!agents.ok()) return agents.status();
    r->agents_ = std::move(agents).value();
  }
  if (!environment.discard_file.empty()) {
    auto discards = DiscardList::LoadFile(Resolve(dictionary_dir, environment.discard_file));
    if (!discards.ok()) return discards.status();
    r->discards_ = std::move(discards).value();
  }
  return r;
}

Result<ValidationReport> ValidationRunner::Run(const ValidationSuite& suite) const {
  const PatternCoder coder(*verbs_);
  PatternCoderOptions options;
  options.commas = CommaLimits{};  // PETRARCH's defaults until <Config> changes them
  auto apply = [&](const std::vector<ValidationConfig>& config) {
    for (const ValidationConfig& c : config) {
      if (c.option == "require_dyad") options.require_dyad = IsTrue(c.value);
      if (c.option == "new_actor_length") options.new_actor_length = std::atoi(c.value.c_str());
      const int value = std::atoi(c.value.c_str());
      if (c.option == "comma_min") options.commas->min = value;
      if (c.option == "comma_max") options.commas->max = value;
      if (c.option == "comma_bmin") options.commas->begin_min = value;
      if (c.option == "comma_bmax") options.commas->begin_max = value;
      if (c.option == "comma_emin") options.commas->end_min = value;
      if (c.option == "comma_emax") options.commas->end_max = value;
    }
  };
  apply(suite.environment.config);

  ValidationReport report;
  for (size_t r = 0; r < suite.records.size(); ++r) {
    const ValidationRecord& record = suite.records[r];
    apply(record.config_before);
    if (!record.sentence) continue;

    // The record is one sentence: tokenized whole, not segmented.
    Document doc{text::MappedText::Identity(record.text), {}, {}, {}, "en", record.date};
    auto tokens = text_.tokenizer->Tokenize(doc.text(), 0, static_cast<uint32_t>(doc.text().size()));
    if (!tokens.ok()) return tokens.status().WithContext("record " + record.id);
    doc.tokens.push_back(std::move(tokens).value());
    AnnotateWords(*annotator_, &doc);

    RecordOutcome outcome;
    outcome.record = r;
    // A discarded record codes nothing (PETRARCH reports the discard).
    if (!discards_ || !Discarded(doc)) {
      std::vector<ActorPhrase> phrases = FindSentenceActors(
          doc.text(), doc.tokens[0], doc.words[0], *actors_, agents_.get(), {record.date});
      for (const CodedEvent& e :
           coder.Code(doc.text(), doc.tokens[0], doc.words[0], std::move(phrases), options)) {
        outcome.coded.push_back({e.source, e.target, e.code});
      }
    }
    outcome.passed = record.expects_no_events || !record.expected_error.empty()
                         ? outcome.coded.empty()
                                              : AsSet(outcome.coded) == AsSet(record.expected);
    auto tally = std::find_if(report.categories.begin(), report.categories.end(),
                              [&](const CategoryTally& t) { return t.category == record.category; });
    if (tally == report.categories.end()) {
      report.categories.push_back({record.category, 0, 0});
      tally = std::prev(report.categories.end());
    }
    (outcome.passed ? tally->passed : tally->failed)++;
    (outcome.passed ? report.passed : report.failed)++;
    report.outcomes.push_back(std::move(outcome));
  }
  return report;
}

}  // namespace newsgraph::code
