#include "code/issue_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "test_support.h"

namespace newsgraph::code {
namespace {

using newsgraph::testing::Words;

// PETRARCH's issue field: "CODE N, CODE N".
std::string Format(const std::vector<IssueCount>& counts) {
  std::string out;
  for (const IssueCount& c : counts) {
    if (!out.empty()) out += ", ";
    out += c.code + " " + std::to_string(c.count);
  }
  return out;
}

// The versions of every entry, each as its words joined by ' '.
std::vector<std::string> Versions(const IssueList& list) {
  std::vector<std::string> out;
  for (const IssuePhrase& p : list.phrases()) {
    std::string s;
    for (const std::string& w : p.words) s += (s.empty() ? "" : " ") + w;
    out.push_back(s);
  }
  return out;
}

std::string InBlock(std::string_view lines) {
  return "<ISSUE CATEGORY=\"T\" TYPE=\"ALL\">\n" + std::string(lines) + "\n</ISSUE>\n";
}

IssueList MustParse(std::string_view text) {
  auto list = IssueList::Parse(text, "t.issues");
  EXPECT_TRUE(list.ok()) << list.status().ToString();
  return list.ok() ? std::move(list).value() : IssueList{};
}

constexpr std::string_view kList =
    "# Phoenix-like issues\n"
    "\n"
    "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
    "n:preschool [EARLY_EDUCATION]\n"
    "pre+n:school [EARLY_EDUCATION]   # blank and hyphen versions\n"
    "head start [EARLY_EDUCATION]\n"
    "~a head start\n"
    "n:school [SCHOOLS]\n"
    "literacy [LITERACY]\n"
    "~~financial literacy  # historical\n"
    "</ISSUE>\n"
    "<ISSUE CATEGORY=\"EUROPEAN_UNION\">\n"
    "e.c.b.[EUROPEAN_UNION]\n"
    "n:crime against humanity [ATROCITY]\n"
    "v:massacre [ATROCITY]\n"
    "school [SCHOOL_AGAIN]\n"
    "</ISSUE>\n";

TEST(IssueListTest, ReadsBlocksEntriesAndIgnorePhrases) {
  IssueList list = MustParse(kList);
  const auto& e = list.entries();
  ASSERT_EQ(e.size(), 11u);
  EXPECT_EQ(e[0].phrase, "n:preschool");
  EXPECT_EQ(e[0].code, "EARLY_EDUCATION");
  EXPECT_EQ(e[0].category, "EDUCATION");
  EXPECT_EQ(e[0].type, "ALL");
  EXPECT_EQ(e[0].ignore, 0);
  EXPECT_EQ(e[0].line, 4);
  EXPECT_EQ(e[1].phrase, "pre+n:school");
  EXPECT_EQ(e[3].phrase, "a head start");
  EXPECT_EQ(e[3].code, "");
  EXPECT_EQ(e[3].ignore, 1);
  EXPECT_EQ(e[6].phrase, "financial literacy");
  EXPECT_EQ(e[6].ignore, 2);
  EXPECT_EQ(e[6].line, 10);
  EXPECT_EQ(e[7].phrase, "e.c.b.");
  EXPECT_EQ(e[7].category, "EUROPEAN_UNION");
  EXPECT_EQ(e[7].type, "");  // no TYPE attribute
  for (const IssuePhrase& p : list.phrases()) ASSERT_LT(p.entry, e.size());
}

TEST(IssueListTest, ExpandsPrefixesAndPlus) {
  struct Case {
    std::string_view entry;
    std::vector<std::string> versions;
  };
  const Case cases[] = {
      {"literacy [C]", {"LITERACY"}},
      {"ethnic \t cleansing [C]", {"ETHNIC CLEANSING"}},
      {"touristry[C]", {"TOURISTRY"}},
      {"e.c.b. [C]", {"E.C.B."}},
      {"n:school [C]", {"SCHOOL", "SCHOOLS"}},
      {"N:academy [C]", {"ACADEMY", "ACADEMIES"}},  // prefix letter in either case
      {"n:troops [C]", {"TROOPS"}},                 // a single final S: no plural
      {"n:crime against humanity [C]", {"CRIME AGAINST HUMANITY", "CRIMES AGAINST HUMANITY"}},
      {"n:bachelor n:degree [C]",
       {"BACHELOR DEGREE", "BACHELOR DEGREES", "BACHELORS DEGREE", "BACHELORS DEGREES"}},
      {"v:kidnap [C]", {"KIDNAP", "KIDNAPS", "KIDNAPED", "KIDNAPING"}},
      {"v:massacre [C]", {"MASSACRE", "MASSACRES", "MASSACRED", "MASSACRING"}},
      {"ms+13 [C]", {"MS 13", "MS-13"}},
      {"pre+n:school [C]", {"PRE SCHOOL", "PRE-SCHOOL", "PRE SCHOOLS", "PRE-SCHOOLS"}},
      {"n:pick+pocket [C]", {"PICK POCKET", "PICK-POCKET", "PICK POCKETS", "PICK-POCKETS"}},
      {"wa+sh+sham [C]", {"WA SH SHAM", "WA-SH-SHAM"}},  // one choice per word
      {"al+qaida of al+maghrib [C]",
       {"AL QAIDA OF AL MAGHRIB", "AL QAIDA OF AL-MAGHRIB", "AL-QAIDA OF AL MAGHRIB",
        "AL-QAIDA OF AL-MAGHRIB"}},
      {"~eu+ gene", {"EU GENE", "EU- GENE"}},  // Phoenix line 155
      {"+ [C]", {"-"}},                        // the blank version is empty
      {"n:5 [C]", {"5"}},                      // no plural for a non-letter
  };
  for (const Case& c : cases) {
    IssueList list = MustParse(InBlock(c.entry));
    EXPECT_EQ(Versions(list), c.versions) << c.entry;
  }
}

TEST(IssueListTest, MatchesWholeWordsAndCounts) {
  IssueList list = MustParse(kList);
  struct Case {
    std::string_view sentence;
    std::string_view issues;  // PETRARCH's "CODE N, ..."
  };
  const Case cases[] = {
      {"", ""},
      {"THE SCHOOL REOPENED", "SCHOOLS 1, SCHOOL_AGAIN 1"},
      {"the school reopened", "SCHOOLS 1, SCHOOL_AGAIN 1"},         // lower case is upper-cased
      {"THE SCHOOL AND THE SCHOOLS", "SCHOOLS 2, SCHOOL_AGAIN 1"},  // distinct forms count
      {"THE SCHOOL AND THE SCHOOL", "SCHOOLS 1, SCHOOL_AGAIN 1"},   // repeats do not
      {"THE SCHOOLHOUSE BURNED", ""},                               // whole words only
      {"LITERACY IN SCHOOLS", "LITERACY 1, SCHOOLS 1"},             // order of first match
      {"SCHOOLS AND LITERACY", "SCHOOLS 1, LITERACY 1"},
      {"TWO PRESCHOOLS CLOSED", "EARLY_EDUCATION 1"},
      {"A PRE - SCHOOL CLOSED", "EARLY_EDUCATION 1, SCHOOLS 1, SCHOOL_AGAIN 1"},
      {"A PRE-SCHOOL CLOSED", "EARLY_EDUCATION 1"},  // one token: the hyphen version
      {"A PRE-SCHOOLS CLOSED", "EARLY_EDUCATION 1"},
      {"A PRE SCHOOL CLOSED", "EARLY_EDUCATION 2, SCHOOLS 1, SCHOOL_AGAIN 1"},  // + PRESCHOOL
      {"THE E.C.B. MET", "EUROPEAN_UNION 1"},
      {"THE E . C . B . MET", "EUROPEAN_UNION 1"},  // several tokens join to the word
      {"THE E . C . B MET", ""},
      {"CRIMES AGAINST HUMANITY AND MASSACRES", "ATROCITY 2"},
      {"CRIMES AGAINST THE STATE", ""},
      {"THEY MASSACRED AND WERE MASSACRING", "ATROCITY 2"},
      {"HEAD START FOR LITERACY", "EARLY_EDUCATION 1, LITERACY 1"},
      {"SCHOOLS GOT A HEAD START", ""},          // '~' cancels every issue
      {"SCHOOLS TEACH FINANCIAL LITERACY", ""},  // so does '~~'
      {"A SCHOOL . A HEAD START", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Format(list.Match(Words(c.sentence))), c.issues) << c.sentence;
  }
}

TEST(IssueListTest, MalformedLines) {
  struct Case {
    std::string text;
    std::string message;   // strict error; with skip_malformed, the warning's start
    std::string survives;  // phrases left with skip_malformed, as Versions joined by '|'
  };
  const Case cases[] = {
      {"x [C]\n", "t.issues:1: entry outside an <ISSUE> block", ""},
      {"~x\n<ISSUE CATEGORY=\"T\">\ny [C]\n</ISSUE>\n",
       "t.issues:1: ignore phrase outside an <ISSUE> block", "Y"},
      {"<ISSUE CATEGORY=\"T\">\nx [C]\n", "t.issues:1: <ISSUE> block not closed", "X"},
      {"<ISSUE CATEGORY=\"T\">\n</ISSUE>\n</ISSUE>\n", "t.issues:3: </ISSUE> without an open block",
       ""},
      {"<ISSUE CATEGORY=\"T\">\nx [C]\n<ISSUE CATEGORY=\"U\">\ny [D]\n</ISSUE>\n",
       "t.issues:3: <ISSUE> inside the block opened at line 1", "X|Y"},
      {InBlock("x\ny [C]"), "t.issues:2: entry without [CODE]", "Y"},
      {InBlock("x []"), "t.issues:2: empty [CODE]", ""},
      {InBlock("x [C"), "t.issues:2: unclosed [CODE", ""},
      {InBlock("x [A B]"), "t.issues:2: blank or '[' in code 'A B'", ""},
      {InBlock("x [[C]]"), "t.issues:2: blank or '[' in code '[C'", ""},
      {InBlock("[C]"), "t.issues:2: empty entry", ""},
      {InBlock("  ~  # only a comment"), "t.issues:2: empty ignore phrase", ""},
      {InBlock("~x [C]"), "t.issues:2: ignore phrase with a [CODE]", ""},
      {InBlock("~~~x"), "t.issues:2: more than two '~'", ""},
      {InBlock("aqim [C] [C]"), "t.issues:2: text after [CODE]: '[C]'", ""},
      {InBlock("v:block m:site [C]"), "t.issues:2: unknown prefix 'm:' in 'm:site'", ""},
      {InBlock("n:v:x [C]"), "t.issues:2: two prefixes in 'n:v:x'", ""},
      {InBlock("n:a+v:b [C]"), "t.issues:2: two prefixes in 'n:a+v:b'", ""},
      {InBlock("n: [C]"), "t.issues:2: nothing to inflect in 'n:'", ""},
      {InBlock("v:x+ [C]"), "t.issues:2: nothing to inflect in 'v:x+'", ""},
      {InBlock("n:a+b n:a+b n:a+b n:a+b n:a+b n:a+b [C]\nok [C]"),
       "t.issues:2: phrase expands to more than 1024 versions", "OK"},
      {"<FOO>\n", "t.issues:1: unknown tag '<FOO>'", ""},
      {"<ISSUE TYPE=\"ALL\">\nx [C]\n</ISSUE>\n",
       "t.issues:1: <ISSUE> without a CATEGORY in '<ISSUE TYPE=\"ALL\">'", ""},
      {"<ISSUE CATEGORY=A>\nx [C]\n</ISSUE>\n",
       "t.issues:1: attribute value not in double quotes in '<ISSUE CATEGORY=A>'", ""},
      {"<ISSUE CATEGORY>\n</ISSUE>\n",
       "t.issues:1: attribute without a value in '<ISSUE CATEGORY>'", ""},
      {"<ISSUE CATEGORY=\"A\"TYPE=\"B\">\n</ISSUE>\n",
       "t.issues:1: no blank after an attribute value in '<ISSUE CATEGORY=\"A\"TYPE=\"B\">'", ""},
      {"<ISSUE CATEGORY=\"A\" COLOR=\"B\">\n</ISSUE>\n",
       "t.issues:1: unknown attribute 'COLOR' in '<ISSUE CATEGORY=\"A\" COLOR=\"B\">'", ""},
      {"<ISSUE CATEGORY=\"A\" category=\"B\">\n</ISSUE>\n",
       "t.issues:1: attribute CATEGORY given twice in '<ISSUE CATEGORY=\"A\" category=\"B\">'", ""},
  };
  for (const Case& c : cases) {
    auto strict = IssueList::Parse(c.text, "t.issues");
    ASSERT_FALSE(strict.ok()) << c.text;
    EXPECT_EQ(strict.status().code(), StatusCode::kInvalidInput) << c.text;
    EXPECT_EQ(strict.status().message(), c.message) << c.text;

    std::vector<std::string> warnings;
    auto lenient = IssueList::Parse(c.text, "t.issues", {.skip_malformed = true}, &warnings);
    ASSERT_TRUE(lenient.ok()) << c.text << ": " << lenient.status().ToString();
    ASSERT_EQ(warnings.size(), 1u) << c.text;
    EXPECT_EQ(warnings[0], c.message + " (skipped)") << c.text;
    std::string survives;
    for (const std::string& v : Versions(*lenient)) survives += (survives.empty() ? "" : "|") + v;
    EXPECT_EQ(survives, c.survives) << c.text;
  }
}

TEST(IssueListTest, SkippingAMalformedTagDropsItsBlock) {
  std::vector<std::string> warnings;
  auto list = IssueList::Parse(
      "<ISSUE CATEGORY=\"A\" X=\"1\">\nx [C]\n~y\n</ISSUE>\n<ISSUE CATEGORY=\"B\">\nz "
      "[D]\n</ISSUE>\n",
      "t.issues", {.skip_malformed = true}, &warnings);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_EQ(warnings.size(), 1u);  // the tag only, not its entries
  ASSERT_EQ(list->entries().size(), 1u);
  EXPECT_EQ(list->entries()[0].category, "B");
  EXPECT_EQ(list->entries()[0].line, 6);
}

TEST(IssueListTest, BadBytesFailInBothModes) {
  struct Case {
    std::string text;
    std::string message;
  };
  const Case cases[] = {
      {std::string("<ISSUE CATEGORY=\"A\">\nx\0y [C]\n", 29),
       "t.issues:2: NUL byte at byte 22 (column 2)"},
      {"<ISSUE CATEGORY=\"A\">\nx\xFFy [C]\n", "t.issues:2: invalid UTF-8 at byte 22 (column 2)"},
  };
  for (const Case& c : cases) {
    for (bool skip : {false, true}) {
      auto list = IssueList::Parse(c.text, "t.issues", {.skip_malformed = skip});
      ASSERT_FALSE(list.ok());
      EXPECT_EQ(list.status().message(), c.message);
    }
  }
}

TEST(IssueListTest, LineEndingsBomAndComments) {
  IssueList list = MustParse(
      "\xEF\xBB\xBF<ISSUE CATEGORY=\"A\">\r\nx [C] # c\r; y [D]\n/ z [E]\r\n~FINISH\n</ISSUE>");
  ASSERT_EQ(list.entries().size(), 4u);
  EXPECT_EQ(list.entries()[1].phrase, "; y");  // ';' and '/' are not comments here
  EXPECT_EQ(list.entries()[1].line, 3);
  EXPECT_EQ(list.entries()[2].phrase, "/ z");
  EXPECT_EQ(list.entries()[3].phrase, "FINISH");  // not TABARI's end mark
  EXPECT_EQ(list.entries()[3].ignore, 1);
}

TEST(IssueListTest, EmptyListFindsNothing) {
  IssueList list = MustParse("# only comments\n\n<ISSUE CATEGORY=\"A\">\n</ISSUE>\n");
  EXPECT_TRUE(list.entries().empty());
  EXPECT_TRUE(list.Match(Words("ANY SENTENCE")).empty());
}

TEST(IssueListTest, MissingFile) {
  auto list = IssueList::LoadFile("/nonexistent/Phoenix.IssueCoding.txt");
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.status().code(), StatusCode::kNotFound);
}

TEST(IssueListTest, PhoenixIssueCoding) {
  const std::string path = testing::SharedDir() + "/dictionaries/phoenix/Phoenix.IssueCoding.txt";
  NEWSGRAPH_REQUIRE_SHARED(path);

  // Strict, the first malformed line fails the load: codes missing in the
  // EUROPEAN_UNION block.
  auto strict = IssueList::LoadFile(path);
  ASSERT_FALSE(strict.ok());
  EXPECT_EQ(strict.status().message(), "Phoenix.IssueCoding.txt:141: entry without [CODE]");

  std::vector<std::string> warnings;
  auto list = IssueList::LoadFile(path, {.skip_malformed = true}, &warnings);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  const auto& e = list->entries();
  std::set<std::string> codes, categories;
  size_t ignores = 0;
  for (const IssueEntry& x : e) {
    if (x.ignore > 0) {
      ++ignores;
    } else {
      codes.insert(x.code);
    }
    categories.insert(x.category);
  }
  EXPECT_EQ(e.size(), 3152u);
  EXPECT_EQ(codes.size(), 111u);
  EXPECT_EQ(categories.size(), 50u);  // of 52: KIDNAP lacks codes, ELECTIONS is empty
  EXPECT_EQ(ignores, 181u);
  EXPECT_EQ(list->phrases().size(), 4609u);
  // Lines without a code (141-147 in EUROPEAN_UNION, 1219-1221 in KIDNAP),
  // 481 closes a block twice, 1162 "v:block m:site", and two entries or a
  // doubled code on one line (1198, 2521, 2889) or trailing "*******" (3053).
  std::vector<int> lines;
  for (const std::string& w : warnings) {
    EXPECT_TRUE(w.starts_with("Phoenix.IssueCoding.txt:")) << w;
    EXPECT_TRUE(w.ends_with(" (skipped)")) << w;
    lines.push_back(std::stoi(w.substr(w.find(':') + 1)));
  }
  EXPECT_EQ(lines, (std::vector<int>{141, 142, 143, 144, 145, 146, 147, 481, 1040, 1162, 1183, 1198,
                                     1219, 1220, 1221, 2250, 2521, 2889, 3053}));

  EXPECT_EQ(Format(list->Match(Words("TEACHERS AT THE PRE - SCHOOL WENT ON STRIKE"))),
            "TEACHERS 1, EARLY_CHILDHOOD_EDUCATION 1, SCHOOLS 1, LABOR_STRIKE 1");
  // n:massacre and v:massacre (lines 267-268) both list MASSACRE: two phrases.
  EXPECT_EQ(Format(list->Match(Words("REFUGEES FLED AFTER THE MASSACRE"))),
            "REFUGEES 1, ID_ATROCITY 2");
  EXPECT_EQ(Format(list->Match(Words("THE TEAM GOT A HEAD START AT SCHOOL"))),
            "");  // ~a head start
  EXPECT_EQ(Format(list->Match(Words("THE STORM HIT THE HARBOUR"))), "");
}

}  // namespace
}  // namespace newsgraph::code
