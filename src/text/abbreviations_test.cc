#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "core/embedded_data.h"
#include "core/tsv.h"
#include "text/segmenter.h"

namespace newsgraph::text {
namespace {

TEST(AbbreviationsTest, DefaultTablesLoad) {
  auto a = Abbreviations::LoadDefault();
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->Find("Gen"), AbbreviationKind::kTitle);
  EXPECT_EQ(a->Find("gen"), AbbreviationKind::kTitle);  // case "any"
  EXPECT_EQ(a->Find("U.S"), AbbreviationKind::kInitialism);
  EXPECT_EQ(a->Find("No"), AbbreviationKind::kNumber);
  EXPECT_EQ(a->Find("no"), std::nullopt);  // case "exact"
  EXPECT_EQ(a->Find("Baghdad"), std::nullopt);
  EXPECT_TRUE(a->IsSentenceStarter("The"));
  EXPECT_FALSE(a->IsSentenceStarter("Army"));
}

TEST(AbbreviationsTest, MalformedLinesAreCorruptionNamingFileAndLine) {
  const std::string starters = "word\nThe\n";
  auto bad_kind = Abbreviations::Parse(
      "a.tsv", "# c\nform\tkind\tcase\tnote\nGen\tgeneral\tany\t\n", "s.tsv", starters);
  ASSERT_FALSE(bad_kind.ok());
  EXPECT_EQ(bad_kind.status().code(), StatusCode::kCorruption);
  EXPECT_NE(bad_kind.status().message().find("a.tsv:3"), std::string::npos)
      << bad_kind.status().message();
  auto bad_case = Abbreviations::Parse("a.tsv", "form\tkind\tcase\tnote\nGen\ttitle\tsome\t\n",
                                       "s.tsv", starters);
  EXPECT_EQ(bad_case.status().code(), StatusCode::kCorruption);
  auto period = Abbreviations::Parse("a.tsv", "form\tkind\tcase\tnote\nGen.\ttitle\tany\t\n",
                                     "s.tsv", starters);
  EXPECT_EQ(period.status().code(), StatusCode::kCorruption);
  auto duplicate = Abbreviations::Parse(
      "a.tsv", "form\tkind\tcase\tnote\nGen\ttitle\tany\t\ngen\tother\tany\t\n", "s.tsv", starters);
  EXPECT_EQ(duplicate.status().code(), StatusCode::kCorruption);
  auto fields =
      Abbreviations::Parse("a.tsv", "form\tkind\tcase\tnote\nGen\ttitle\n", "s.tsv", starters);
  EXPECT_EQ(fields.status().code(), StatusCode::kCorruption);
  auto ok = Abbreviations::Parse("a.tsv", "form\tkind\tcase\tnote\nGen\ttitle\tany\t\n", "s.tsv",
                                 starters);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(Segmenter::Create(std::move(ok).value())->Split("Gen. Smith left.")->size(), 1u);
}

TEST(AbbreviationsTest, EveryListedFormIsFound) {
  // Runs the whole file through Find(), so that the hash table and its
  // length/first/last-byte filter never lose a form.
  auto a = Abbreviations::LoadDefault();
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto tsv = EmbeddedData("text/abbreviations.tsv");
  ASSERT_TRUE(tsv.ok());
  size_t forms = 0;
  Status s =
      ReadTsv("abbreviations.tsv", *tsv, {"form", "kind", "case", "note"}, [&](const TsvRecord& r) {
        std::string form(r.fields[0]);
        EXPECT_TRUE(a->Find(form).has_value()) << form;
        if (r.fields[2] == "any") {
          std::string upper = form, lower = form;
          for (char& c : upper) c = static_cast<char>(std::toupper(c));
          for (char& c : lower) c = static_cast<char>(std::tolower(c));
          EXPECT_EQ(a->Find(upper), a->Find(form)) << upper;
          EXPECT_EQ(a->Find(lower), a->Find(form)) << lower;
        }
        ++forms;
        return Status::Ok();
      });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(forms, a->size());
}

TEST(AbbreviationsTest, ExactFormsWinOverFoldedOnes) {
  auto a = Abbreviations::Parse("a.tsv",
                                "form\tkind\tcase\tnote\nNo\tnumber\texact\t\n"
                                "no\tother\tany\t\n",
                                "s.tsv", "word\nThe\n");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->Find("No"), AbbreviationKind::kNumber);
  EXPECT_EQ(a->Find("NO"), AbbreviationKind::kOther);
  EXPECT_EQ(a->Find("no"), AbbreviationKind::kOther);
  EXPECT_EQ(a->Find("Non"), std::nullopt);
  EXPECT_EQ(a->Find(std::string(200, 'x')), std::nullopt);  // longer than any form
  EXPECT_TRUE(a->IsSentenceStarter("The"));
  EXPECT_FALSE(a->IsSentenceStarter("THE"));  // starters are matched as written
  EXPECT_FALSE(a->IsSentenceStarter(""));
}

TEST(AbbreviationsTest, DefaultIsOneSharedInstance) {
  auto first = Abbreviations::Default();
  auto second = Abbreviations::Default();
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first->get(), second->get());
  EXPECT_EQ((*first)->Find("Gen"), AbbreviationKind::kTitle);
}

TEST(ShortStringTableTest, GrowsAndFindsEveryKey) {
  ShortStringTable<int> table;
  std::vector<std::string> keys;
  for (int i = 0; i < 500; ++i) {
    std::string key = std::to_string(i * 7919);
    key.push_back('k');  // (not "k" + ...: GCC 12's -Wrestrict false positive)
    keys.push_back(key);
  }
  keys.push_back("");
  for (size_t i = 0; i < keys.size(); ++i) {
    EXPECT_TRUE(table.Insert(keys[i], static_cast<int>(i)));
  }
  EXPECT_FALSE(table.Insert(keys[3], 0));  // duplicate
  EXPECT_EQ(table.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    EXPECT_TRUE(table.MayContain(keys[i])) << keys[i];
    const int* v = table.Find(keys[i]);
    ASSERT_NE(v, nullptr) << keys[i];
    EXPECT_EQ(*v, static_cast<int>(i));
  }
  EXPECT_EQ(table.Find("1k"), nullptr);
  EXPECT_EQ(table.Find("0K"), nullptr);  // equality is exact; only the hash folds case
  EXPECT_FALSE(ShortStringTable<int>().MayContain("x"));
  EXPECT_EQ(ShortStringTable<int>().Find("x"), nullptr);
}

}  // namespace
}  // namespace newsgraph::text
