#include "lexicon/actor_codes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::lexicon {
namespace {

ActorEntry Entry(std::vector<DatedCode> codes) {
  ActorEntry e;
  e.name = "TEST";
  e.codes = std::move(codes);
  return e;
}

std::string On(const ActorEntry& e, std::optional<int32_t> date) {
  const DatedCode* c = CodeOn(e, date);
  return c == nullptr ? "<null>" : c->code;
}

TEST(ActorCodesTest, HoldsOnIsHalfOpen) {
  DatedCode c{"X", 19790716, 20030409};
  EXPECT_TRUE(c.restricted());
  EXPECT_FALSE(c.HoldsOn(19790715));
  EXPECT_TRUE(c.HoldsOn(19790716));
  EXPECT_TRUE(c.HoldsOn(20030408));
  EXPECT_FALSE(c.HoldsOn(20030409));
  EXPECT_FALSE(DatedCode{"X"}.restricted());
  EXPECT_TRUE(DatedCode{"X"}.HoldsOn(19000101));
}

TEST(ActorCodesTest, CodeOnFollowsTabariAndPetrarch) {
  // SADDAM_HUSSEIN_ in Phoenix.Countries.actors.txt: dated roles only.
  const ActorEntry saddam = Entry({{"IRQELI", 19550101, 19790716},
                                   {"IRQGOV", 19790716, 20030409},
                                   {"IRQGOV", 19940529, 20030409},
                                   {"IRQELI", 20030409, 20061230}});
  // TOMMY_FRANKS_: dated roles and a default after them.
  const ActorEntry franks = Entry({{"IRQELI", 19630101, 20030409},
                                   {"IRQGOV", 20030409, 20030707},
                                   {"IRQELI"}});
  // A default listed first is still only the default (manual 6.5.2).
  const ActorEntry karzai = Entry({{"AFGMIL"}, {"AFGGOV", 19791227, 19861124}});
  // Inconsistent restrictions: the first satisfied one wins.
  const ActorEntry overlap = Entry({{"XXX", kNoStart, 19920101}, {"YYY", kNoStart, 19930101}});
  struct Case {
    const ActorEntry* entry;
    std::optional<int32_t> date;
    std::string_view want;
  };
  const Case cases[] = {
      {&saddam, 19500101, "<null>"},  // before any role: PETRARCH's null code
      {&saddam, 19790715, "IRQELI"},
      {&saddam, 19790716, "IRQGOV"},
      {&saddam, 20030409, "IRQELI"},
      {&saddam, 20070101, "<null>"},
      {&saddam, std::nullopt, "IRQELI"},  // no date: the latest role
      {&franks, 19700101, "IRQELI"},
      {&franks, 20030501, "IRQGOV"},
      {&franks, 20100101, "IRQELI"},  // the default
      {&franks, std::nullopt, "IRQELI"},
      {&karzai, 19800101, "AFGGOV"},
      {&karzai, 19900101, "AFGMIL"},
      {&karzai, std::nullopt, "AFGMIL"},
      {&overlap, 19910101, "XXX"},
      {&overlap, 19920601, "YYY"},
      {&overlap, 19940101, "<null>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(On(*c.entry, c.date), c.want)
        << c.entry->codes[0].code << " on " << (c.date ? std::to_string(*c.date) : "none");
  }
  EXPECT_EQ(CodeOn(Entry({}), 20000101), nullptr);
}

TEST(ActorCodesTest, ParseIsoDay) {
  struct Case {
    std::string_view iso;
    std::optional<int32_t> want;
  };
  const Case cases[] = {
      {"2021-04-07", 20210407},
      {"2021-04-07T10:00:00Z", 20210407},
      {"2000-02-29", 20000229},
      {"2021-02-29", std::nullopt},
      {"1900-02-29", std::nullopt},
      {"2021-04-31", std::nullopt},
      {"2021-13-01", std::nullopt},
      {"2021-00-10", std::nullopt},
      {"2021--1-10", std::nullopt},
      {"20210407", std::nullopt},
      {"2021-4-7", std::nullopt},
      {"", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(ParseIsoDay(c.iso), c.want) << c.iso;
}

}  // namespace
}  // namespace newsgraph::lexicon
