#include "extract/ner_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "extract/ner_augment.h"
#include "extract/ner_eval.h"
#include "extract/ner_features.h"
#include "test_support.h"

namespace newsgraph::extract {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& v) {
  return {v.begin(), v.end()};
}

// "TYPE:words" per span.
std::vector<std::string> Summary(const std::vector<std::string>& words,
                                 const std::vector<NamedSpan>& spans) {
  std::vector<std::string> out;
  for (const auto& s : spans) {
    std::string text;
    for (size_t i = s.begin; i < s.end; ++i) text += (i > s.begin ? " " : "") + words[i];
    out.push_back(s.type + ":" + text);
  }
  return out;
}

TEST(NerFeaturesTest, BilouRoundTrip) {
  const std::vector<NamedSpan> spans = {{0, 2, "PERSON"}, {3, 4, "PLACE"}, {5, 8, "ORG"}};
  const auto labels = ner::Encode(spans, 9);
  EXPECT_EQ(labels[0], ner::Label(0, ner::kBegin));
  EXPECT_EQ(labels[1], ner::Label(0, ner::kLast));
  EXPECT_EQ(labels[2], ner::kOutside);
  EXPECT_EQ(labels[3], ner::Label(2, ner::kUnit));
  EXPECT_EQ(labels[6], ner::Label(1, ner::kInside));
  EXPECT_EQ(ner::Decode(labels), spans);
  uint8_t prev = ner::kOutside;
  for (uint8_t l : labels) {
    EXPECT_TRUE(ner::Allowed(prev, l));
    prev = l;
  }
  EXPECT_FALSE(ner::Allowed(ner::kOutside, ner::Label(0, ner::kInside)));
  EXPECT_FALSE(ner::Allowed(ner::Label(0, ner::kBegin), ner::Label(1, ner::kLast)));
  EXPECT_FALSE(ner::Allowed(ner::Label(0, ner::kBegin), ner::kOutside));
}

TEST(NerFeaturesTest, FeatureCountsFitTheirBuffers) {
  const std::vector<std::string_view> words = {"The", "University", "of", "Chicago", "and",
                                               "Iraq", "'s", "Fuad", "Hussein", "."};
  const std::vector<std::string_view> tags(words.size(), "NNP");
  const std::vector<ner::LexiconTag> gaz(words.size());
  lang::tagger::FlatMap stats;
  std::vector<ner::Atoms> atoms;
  ner::ComputeAtoms(words, tags, tags, gaz, stats, &atoms);
  ASSERT_EQ(atoms.size(), words.size() + 4);
  uint64_t f[ner::kMaxStatic + ner::kMaxDynamic];
  for (size_t i = 0; i < words.size(); ++i) {
    const int k = ner::StaticFeatures(atoms, i, f);
    EXPECT_LE(k, ner::kMaxStatic);
    EXPECT_LE(ner::DynamicFeatures(atoms, i, 1, 2, f + k), ner::kMaxDynamic);
  }
}

// A tiny training set: names in fixed frames.
std::vector<NerSentence> TinyCorpus() {
  const std::vector<std::string> people = {"Alice Smith", "Bob Jones", "Carol King", "Dan Brown"};
  const std::vector<std::string> places = {"Paris", "Cairo", "Lima", "Oslo"};
  std::vector<NerSentence> out;
  for (size_t i = 0; i < people.size(); ++i) {
    for (size_t j = 0; j < places.size(); ++j) {
      NerSentence s;
      const size_t space = people[i].find(' ');
      s.words = {people[i].substr(0, space), people[i].substr(space + 1), "visited", places[j],
                 "."};
      s.upos = {"PROPN", "PROPN", "VERB", "PROPN", "PUNCT"};
      s.xpos = {"NNP", "NNP", "VBD", "NNP", "."};
      s.gold = {{0, 2, "PERSON"}, {3, 4, "PLACE"}};
      out.push_back(std::move(s));
    }
  }
  return out;
}

std::unique_ptr<NerModel> TrainTiny() {
  NerTrainOptions options;
  options.epochs = 5;
  auto m = NerModel::Train(TinyCorpus(), {}, options, nullptr);
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return m.ok() ? std::move(m).value() : nullptr;
}

TEST(NerModelTest, LearnsATinyCorpusAndRoundTrips) {
  auto m = TrainTiny();
  ASSERT_NE(m, nullptr);
  const std::vector<std::string> words = {"Carol", "Jones", "visited", "Oslo", "."};
  const std::vector<std::string> upos = {"PROPN", "PROPN", "VERB", "PROPN", "PUNCT"};
  const std::vector<std::string> xpos = {"NNP", "NNP", "VBD", "NNP", "."};
  const auto spans = m->Tag(Views(words), Views(upos), Views(xpos));
  EXPECT_EQ(Summary(words, spans), (std::vector<std::string>{"PERSON:Carol Jones", "PLACE:Oslo"}));
  for (const auto& s : spans) {
    EXPECT_GT(s.score, 0.0f);
    EXPECT_LE(s.score, 1.0f);
  }
  const std::string bytes = m->Serialize();
  EXPECT_EQ(bytes, TrainTiny()->Serialize());  // deterministic
  auto loaded = NerModel::Load(bytes, "tiny.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->Tag(Views(words), Views(upos), Views(xpos)), spans);
  EXPECT_EQ((*loaded)->Serialize(), bytes);
  // Mismatched tag counts and empty sentences find nothing.
  EXPECT_TRUE(m->Tag(Views(words), Views(upos), {}).empty());
  EXPECT_TRUE(m->Tag({}, {}, {}).empty());
}

TEST(NerModelTest, AveragedMembersAreDeterministic) {
  NerTrainOptions options;
  options.epochs = 3;
  options.members = 3;
  auto a = NerModel::Train(TinyCorpus(), {}, options, nullptr);
  auto b = NerModel::Train(TinyCorpus(), {}, options, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ((*a)->Serialize(), (*b)->Serialize());
  const std::vector<std::string> words = {"Bob", "King", "visited", "Lima", "."};
  const std::vector<std::string> upos = {"PROPN", "PROPN", "VERB", "PROPN", "PUNCT"};
  const std::vector<std::string> xpos = {"NNP", "NNP", "VBD", "NNP", "."};
  EXPECT_EQ(Summary(words, (*a)->Tag(Views(words), Views(upos), Views(xpos))),
            (std::vector<std::string>{"PERSON:Bob King", "PLACE:Lima"}));
}

TEST(NerAugmentTest, InsertsATitleBeforeThePersonName) {
  auto tagger = DefaultNerTagger();
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  auto corpus = TinyCorpus();
  // A capitalised word before the name (a title already): skipped.
  corpus[1].words.insert(corpus[1].words.begin(), "Dr.");
  corpus[1].upos.insert(corpus[1].upos.begin(), "PROPN");
  corpus[1].xpos.insert(corpus[1].xpos.begin(), "NNP");
  corpus[1].gold = {{1, 3, "PERSON"}, {4, 5, "PLACE"}};
  auto extra = TitleAugmented(corpus, **tagger, 1);
  ASSERT_TRUE(extra.ok()) << extra.status().ToString();
  ASSERT_EQ(extra->size(), corpus.size() - 1);
  for (const auto& x : *extra) {
    ASSERT_EQ(x.gold.size(), 2u);
    const size_t added = x.words.size() - 5;
    EXPECT_GE(added, 1u);
    EXPECT_EQ(x.gold[0].begin, added);  // the title and prefix come first
    EXPECT_EQ(x.gold[1].begin, added + 3);
    EXPECT_EQ(x.upos.size(), x.words.size());
    EXPECT_EQ(x.xpos.size(), x.words.size());
  }
  EXPECT_EQ(TitleAugmented(corpus, **tagger, 1)->back().words, extra->back().words);
  EXPECT_EQ(TitleAugmented(corpus, **tagger, 2)->size(), (corpus.size() - 1 + 1) / 2);
}

TEST(NerModelTest, RejectsNoTrainingWords) {
  auto m = NerModel::Train({}, {}, {}, nullptr);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kInvalidInput);
}

TEST(NerModelTest, LoadErrorsNameTheOrigin) {
  auto m = TrainTiny();
  ASSERT_NE(m, nullptr);
  const std::string bytes = m->Serialize();
  std::vector<std::string> bad = {"", "NGNERMD1", bytes.substr(0, bytes.size() / 2),
                                  bytes.substr(0, bytes.size() - 1), "NGTAGGR1" + bytes.substr(8)};
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x40);
  bad.push_back(flipped);
  for (const auto& b : bad) {
    auto loaded = NerModel::Load(b, "bad.bin");
    ASSERT_FALSE(loaded.ok()) << b.size();
    EXPECT_EQ(loaded.status().code(), StatusCode::kCorruption);
    EXPECT_EQ(loaded.status().message().rfind("bad.bin:", 0), 0u) << loaded.status().message();
  }
  auto missing = NerModel::LoadFile("/nonexistent/ner.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

// The committed model (data/models/ner.bin), on tags from the built-in tagger.
struct Default {
  std::unique_ptr<const NerModel> model;
  std::unique_ptr<const lang::Tagger> tagger;
};
const Default& DefaultModels() {
  static const Default d = [] {
    Default out;
    auto m = NerModel::LoadDefault();
    EXPECT_TRUE(m.ok()) << m.status().ToString();
    if (m.ok()) out.model = std::move(m).value();
    auto t = DefaultNerTagger();
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    if (t.ok()) out.tagger = std::move(t).value();
    return out;
  }();
  return d;
}

std::vector<std::string> TagDefault(const std::vector<std::string>& words) {
  const Default& d = DefaultModels();
  if (d.model == nullptr || d.tagger == nullptr) return {};
  const auto w = Views(words);
  std::vector<lang::TagResult> tags;
  d.tagger->Tag(w, &tags);
  std::vector<std::string_view> upos, xpos;
  for (const auto& t : tags) upos.push_back(t.upos), xpos.push_back(t.xpos);
  return Summary(words, d.model->Tag(w, upos, xpos));
}

bool Has(const std::vector<std::string>& found, const std::string& s) {
  return std::find(found.begin(), found.end(), s) != found.end();
}

TEST(NerModelTest, DefaultModelFindsNamesInNewsSentences) {
  auto found = TagDefault({"Iraqi", "Foreign", "Minister", "Fuad", "Hussein", "met", "Antony",
                           "Blinken", "in", "Washington", "."});
  // The title stays outside the name (was one ORG span "Iraqi Foreign
  // Minister Fuad Hussein" before training on titled copies, ner_augment.h).
  EXPECT_EQ(found, (std::vector<std::string>{"PERSON:Fuad Hussein", "PERSON:Antony Blinken",
                                             "PLACE:Washington"}));
  found = TagDefault({"Prime", "Minister", "Mustafa", "al-Kadhimi", "visited", "the", "White",
                      "House", "on", "Monday", "."});
  EXPECT_TRUE(Has(found, "PERSON:Mustafa al-Kadhimi"));
  EXPECT_TRUE(Has(found, "PLACE:White House"));
  found = TagDefault({"The", "United", "Nations", "sent", "aid", "to", "Syria", "."});
  EXPECT_TRUE(Has(found, "ORG:United Nations"));
  EXPECT_TRUE(Has(found, "PLACE:Syria"));
}

TEST(NerModelTest, DefaultModelTagsConcurrently) {
  const std::vector<std::string> words = {"Angela", "Merkel", "flew", "to", "Paris", "."};
  const auto expected = TagDefault(words);
  std::vector<std::thread> threads;
  std::vector<std::vector<std::string>> got(4);
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) got[t] = TagDefault(words);
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

// The model card in docs/models.md: GUM dev, gold words, predicted tags.
constexpr uint64_t kGold[3] = {254, 96, 201};       // PERSON, ORG, PLACE
constexpr uint64_t kPredicted[3] = {253, 69, 199};
constexpr uint64_t kCorrect[3] = {208, 54, 157};

TEST(NerModelTest, CommittedModelMatchesModelCardOnGumDev) {
  const std::string dev = testing::SharedDir() + "/treebanks/gum/gum-dev.conllu";
  NEWSGRAPH_REQUIRE_SHARED(dev);
  const Default& d = DefaultModels();
  ASSERT_NE(d.model, nullptr);
  ASSERT_NE(d.tagger, nullptr);
  auto gold = ReadGumNer(dev, *d.tagger);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  NerScorer scorer;
  for (const auto& x : *gold) {
    scorer.Add(x.gold, d.model->Tag(Views(x.words), Views(x.upos), Views(x.xpos)));
  }
  std::printf("%s", scorer.Table().c_str());
  for (size_t t = 0; t < 3; ++t) {
    EXPECT_EQ(scorer.type(t).gold, kGold[t]) << kNerTypes[t];
    EXPECT_EQ(scorer.type(t).predicted, kPredicted[t]) << kNerTypes[t];
    EXPECT_EQ(scorer.type(t).correct, kCorrect[t]) << kNerTypes[t];
  }
}

}  // namespace
}  // namespace newsgraph::extract
