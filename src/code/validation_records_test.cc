#include "code/validation_records.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace newsgraph::code {
namespace {

ValidationSuite MustParse(std::string_view xml) {
  auto suite = ParseValidationRecords(xml, "t.xml");
  EXPECT_TRUE(suite.ok()) << suite.status().ToString();
  return suite.ok() ? std::move(suite).value() : ValidationSuite{};
}

// One record around `body` (EventCoding, Text, ...), on line 2.
std::string Record(std::string_view attributes, std::string_view body) {
  return "<Sentences>\n<Sentence " + std::string(attributes) + ">\n" + std::string(body) +
         "\n</Sentence>\n</Sentences>\n";
}

constexpr std::string_view kSample = R"(<Validation>
<!-- header comment with a <Sentence id="HIDDEN"> inside -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>PETR.Validate.actors.txt</Actorfile>
    <Actorfile>more.actors.txt</Actorfile>
    <Agentfile>PETR.Validate.agents.txt</Agentfile>
    <Discardfile>PETR.Validate.discards.txt</Discardfile>
    <Errorfile>Errors.unit-test.txt</Errorfile>
    <Include>valid DEMO  ACTOR</Include>
    <Pause>Stop</Pause>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<!--Stop></Stop-->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding: this is the `first light'/"Hello World!" record -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor almost 
five years after crowds trashed its embassy.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))
</Parse>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Config option='require_dyad' value = 'false'/>
<Sentence date = "20080801" id ='DEMO-01'  category="DEMO" sentence="false">
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="033"/>
<Text>Rock &amp; roll &lt;b&gt; &quot;x&quot; &apos;y&apos; &#65;&#x42; &TIETYPE; a < b</Text>
</Sentence>
<!--
<Sentence date="19950101" id="COMMENTED" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Hidden.</Text>
</Sentence>
-->
<Sentence date="950102" id="DEMO-02" category="DEMO">
<EventCoding noevents = "True"> </EventCoding>
<Text>
  Nothing   happens here.

</Text>
</Sentence>
<Sentence id="ERROR-01" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>A typhoon.</Text>
</Sentence>
<Stop></Stop>
<Sentence date="19950101" id="AFTER-STOP" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Never read.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(ValidationRecordsTest, ReadsEnvironment) {
  ValidationSuite suite = MustParse(kSample);
  const ValidationEnvironment& env = suite.environment;
  EXPECT_EQ(env.verb_file, "PETR.Validate.verbs.txt");
  EXPECT_EQ(env.actor_files,
            (std::vector<std::string>{"PETR.Validate.actors.txt", "more.actors.txt"}));
  EXPECT_EQ(env.agent_file, "PETR.Validate.agents.txt");
  EXPECT_EQ(env.discard_file, "PETR.Validate.discards.txt");
  EXPECT_EQ(env.include, (std::vector<std::string>{"valid", "DEMO", "ACTOR"}));
  EXPECT_EQ(env.config, (std::vector<ValidationConfig>{{"stop_on_error", "True"}}));
  EXPECT_TRUE(suite.warnings.empty()) << suite.warnings[0];
}

TEST(ValidationRecordsTest, ReadsRecordsUpToStopSkippingComments) {
  ValidationSuite suite = MustParse(kSample);
  ASSERT_EQ(suite.records.size(), 4u);  // HIDDEN, COMMENTED and AFTER-STOP are not read

  const ValidationRecord& r0 = suite.records[0];
  EXPECT_EQ(r0.id, "DEMO-00");
  EXPECT_EQ(r0.category, "DEMO");
  EXPECT_EQ(r0.date, 19950101);
  EXPECT_TRUE(r0.sentence);
  EXPECT_EQ(r0.line, 16);
  EXPECT_EQ(r0.text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
            "crowds trashed its embassy.");
  EXPECT_EQ(r0.expected, (std::vector<ExpectedEvent>{{"ARN", "GON", "064"}}));
  EXPECT_FALSE(r0.expects_no_events);
  EXPECT_TRUE(r0.config_before.empty());

  const ValidationRecord& r1 = suite.records[1];  // single quotes, blanks around '='
  EXPECT_EQ(r1.id, "DEMO-01");
  EXPECT_EQ(r1.date, 20080801);
  EXPECT_FALSE(r1.sentence);
  EXPECT_EQ(r1.expected,
            (std::vector<ExpectedEvent>{{"\"INJURY TOLL\"", "OSG", "223"}, {"GON", "ARN", "033"}}));
  EXPECT_EQ(r1.config_before,
            (std::vector<ValidationConfig>{{"new_actor_length", "4"}, {"require_dyad", "false"}}));
  EXPECT_EQ(r1.text, "Rock & roll <b> \"x\" 'y' AB &TIETYPE; a < b");

  const ValidationRecord& r2 = suite.records[2];
  EXPECT_EQ(r2.id, "DEMO-02");
  EXPECT_EQ(r2.date, 19950102);  // TABARI's YYMMDD
  EXPECT_TRUE(r2.sentence);      // sentence= absent
  EXPECT_TRUE(r2.expects_no_events);
  EXPECT_TRUE(r2.expected.empty());
  EXPECT_EQ(r2.text, "Nothing   happens here.");
  EXPECT_TRUE(r2.config_before.empty());

  const ValidationRecord& r3 = suite.records[3];
  EXPECT_EQ(r3.expected_error, "storydiscard");
  EXPECT_FALSE(r3.date.has_value());
}

TEST(ValidationRecordsTest, RecordWithoutEventCodingExpectsNoEventsWithAWarning) {
  auto suite = ParseValidationRecords(Record("id=\"P-06\"", "<Text>x</Text>"), "t.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 1u);
  EXPECT_TRUE(suite->records[0].expects_no_events);
  EXPECT_EQ(suite->warnings,
            (std::vector<std::string>{"t.xml:2: record 'P-06' has no <EventCoding>; read as "
                                      "expecting no events"}));
}

TEST(ValidationRecordsTest, OdditiesAreWarningsWithTheirLine) {
  struct Case {
    std::string xml;
    std::string warning;
  };
  const std::string coding = "<EventCoding noevents=\"True\"/>\n<Text>x</Text>";
  const Case cases[] = {
      {Record("id=\"A\" sentence=\"maybe\"", coding), "t.xml:2: sentence='maybe' read as true"},
      {Record("id=\"A\" colour=\"red\"", coding),
       "t.xml:2: unknown attribute 'colour' of <Sentence> ignored"},
      {Record("", coding), "t.xml:2: <Sentence> without id"},
      {Record("id=A", coding), "t.xml:2: unquoted value of attribute 'id' of <Sentence>"},
      {Record("id=\"A\"", "<EventCoding noevents=True/>\n<Text>x</Text>"),
       "t.xml:3: unquoted value of attribute 'noevents' of <EventCoding>"},
      {Record("id=\"A\"", "<Foo/>\n" + coding), "t.xml:3: unknown element <Foo> ignored"},
      {Record("id=\"A\"", "<EventCoding sourcecode=\"X\"/>\n" + coding),
       "t.xml:3: <EventCoding> needs sourcecode, targetcode and eventcode; ignored"},
      {Record("id=\"A\"", "<EventCoding noevents=\"yes\"/>\n" + coding),
       "t.xml:3: noevents='yes' ignored (want True or False)"},
      {Record("id=\"A\"", "<EventCoding></EventCoding>\n" + coding),
       "t.xml:3: empty <EventCoding> ignored"},
      {Record("id=\"A\"", coding + "\n<Text>y</Text>"),
       "t.xml:5: second <Text> in record 'A' ignored"},
      {"</Sentence>\n" + Record("id=\"A\"", coding),
       "t.xml:1: </Sentence> without <Sentence> ignored"},
      {Record("id=\"A\"", coding + "\n<Config option=\"x\" value=\"1\"/>"),
       "t.xml:5: <Config> inside a record applies from the next one"},
  };
  for (const Case& c : cases) {
    auto suite = ParseValidationRecords(c.xml, "t.xml");
    ASSERT_TRUE(suite.ok()) << c.xml << suite.status().ToString();
    EXPECT_EQ(suite->warnings, std::vector<std::string>{c.warning}) << c.xml;
    EXPECT_EQ(suite->records.size(), 1u) << c.xml;
  }
}

TEST(ValidationRecordsTest, StopInsideARecordDropsIt) {
  auto suite =
      ParseValidationRecords(Record("id=\"A\"", "<EventCoding noevents=\"True\"/><Text>x</Text>") +
                                 "<Sentence id=\"B\">\n<Stop/>\n</Sentence>\n",
                             "t.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->records.size(), 1u);
  EXPECT_EQ(suite->warnings,
            (std::vector<std::string>{"t.xml:7: <Stop> inside record 'B' (line 6); the record is "
                                      "dropped"}));
}

TEST(ValidationRecordsTest, ErrorsNameTheLine) {
  struct Case {
    std::string xml;
    std::string message;
  };
  const std::string ok = "<EventCoding noevents=\"True\"/>\n<Text>x</Text>";
  const Case cases[] = {
      {"<Validation>\n</Validation>\n", "t.xml:1: no <Sentence> record"},
      {"<!-- <Sentence id=\"A\"><Text>x</Text></Sentence> -->\n", "t.xml:1: no <Sentence> record"},
      {"<Stop/>\n" + Record("id=\"A\"", ok), "t.xml:1: no <Sentence> record"},
      {"<Sentence id=\"A\">\n" + ok + "\n", "t.xml:1: <Sentence> not closed before the end"},
      {"<Sentence id=\"A\">\n" + ok + "\n<Sentence id=\"B\">\n" + ok + "</Sentence>\n",
       "t.xml:1: <Sentence> not closed before line 4"},
      {Record("id=\"A\"", "<EventCoding noevents=\"True\"/>\n<Text>x\n</Sentence>"),
       "t.xml:4: <Text> not closed before </Sentence> at line 5"},
      {"<Sentence id=\"A\">\n<Text>x y z\n", "t.xml:2: <Text> not closed before the end"},
      {Record("id=\"A\"", "<EventCoding noevents=\"True\"/>"), "t.xml:2: record 'A' has no <Text>"},
      {Record("id=\"A\"", "<EventCoding noevents=\"True\"/><Text>\n  \n</Text>"),
       "t.xml:2: record 'A' has an empty <Text>"},
      {Record("id=\"A\" date=\"19950230\"", ok), "t.xml:2: bad date '19950230' (want YYYYMMDD)"},
      {Record("id=\"A\" date=\"today\"", ok), "t.xml:2: bad date 'today' (want YYYYMMDD)"},
      {Record("id=\"A\"", ok) + "<!-- open\n", "t.xml:7: unterminated comment"},
      {Record("id=\"A\"", ok) + "<Sentence id='B>\n",
       "t.xml:7: unterminated value of attribute 'id' of <Sentence>"},
      {Record("id=\"A\"", ok) + "<Sentence id='B'", "t.xml:7: unterminated <Sentence> tag"},
      {Record("id=\"A\"", ok) + "</ >", "t.xml:7: '</' without an element name"},
      {Record("id=\"A\"", ok) + "\n\xC3(", "t.xml:8: invalid UTF-8 at byte 102 (column 1)"},
      {"<Sentence>\n<Te" + std::string(1, '\0') + "xt>", "t.xml:2: NUL byte at byte 14 (column 4)"},
  };
  for (const Case& c : cases) {
    auto suite = ParseValidationRecords(c.xml, "t.xml");
    ASSERT_FALSE(suite.ok()) << c.xml;
    EXPECT_EQ(suite.status().code(), StatusCode::kInvalidInput) << c.xml;
    EXPECT_EQ(suite.status().message(), c.message) << c.xml;
  }
}

TEST(ValidationRecordsTest, MissingFileIsNotFound) {
  auto suite = ReadValidationRecords("/nonexistent/records.xml");
  EXPECT_EQ(suite.status().code(), StatusCode::kNotFound);
}

TEST(ValidationRecordsTest, PetrarchUnitTestRecords) {
  const std::string path = testing::SharedDir() + "/suites/petrarch/PETR.UnitTest.records.xml";
  NEWSGRAPH_REQUIRE_SHARED(path);
  auto suite = ReadValidationRecords(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  const ValidationEnvironment& env = suite->environment;
  EXPECT_EQ(env.verb_file, "PETR.Validate.verbs.txt");
  EXPECT_EQ(env.actor_files, std::vector<std::string>{"PETR.Validate.actors.txt"});
  EXPECT_EQ(env.agent_file, "PETR.Validate.agents.txt");
  EXPECT_EQ(env.discard_file, "PETR.Validate.discards.txt");
  EXPECT_EQ(env.include.size(), 12u);
  EXPECT_EQ(env.config, (std::vector<ValidationConfig>{{"stop_on_error", "True"}}));

  const auto& records = suite->records;
  ASSERT_EQ(records.size(), 284u);
  EXPECT_EQ(std::count_if(records.begin(), records.end(),
                          [](const ValidationRecord& r) { return r.sentence; }),
            279);
  // PATTERN-06 has no <EventCoding>: the one warning.
  ASSERT_EQ(suite->warnings.size(), 1u) << suite->warnings[0];
  EXPECT_NE(suite->warnings[0].find("record 'PATTERN-06' has no <EventCoding>"), std::string::npos);
  for (const ValidationRecord& r : records) {
    EXPECT_FALSE(r.text.empty()) << r.id;
    EXPECT_TRUE(r.date.has_value()) << r.id;
    EXPECT_TRUE(!r.expected.empty() || r.expects_no_events || !r.expected_error.empty()) << r.id;
  }
  const ValidationRecord& first = records.front();
  EXPECT_EQ(first.id, "DEMO-00");
  EXPECT_EQ(first.line, 61);
  EXPECT_EQ(first.expected, (std::vector<ExpectedEvent>{{"ARN", "GON", "064"}}));
  EXPECT_EQ(records.back().id, "FINAL-RECORD");
  EXPECT_TRUE(records.back().expects_no_events);

  auto find = [&](std::string_view id) {
    return std::find_if(records.begin(), records.end(),
                        [&](const ValidationRecord& r) { return r.id == id; });
  };
  auto error01 = find("ERROR-01");  // date = "20080801" id ="ERROR-01"
  ASSERT_NE(error01, records.end());
  EXPECT_EQ(error01->date, 20080801);
  EXPECT_EQ(error01->expected_error, "dateline");
  auto agent08 = find("AGENT-08");  // right after <!--Stop-->, which does not stop
  ASSERT_NE(agent08, records.end());
  EXPECT_FALSE(agent08->sentence);
  EXPECT_EQ(agent08->expected.size(), 2u);
  size_t with_config = std::count_if(records.begin(), records.end(), [](const ValidationRecord& r) {
    return !r.config_before.empty();
  });
  EXPECT_GT(with_config, 5u);
  size_t ampersands = std::count_if(records.begin(), records.end(), [](const ValidationRecord& r) {
    return r.text.find("&TIETYPE") != std::string::npos;
  });
  EXPECT_EQ(ampersands, 1u);
}

}  // namespace
}  // namespace newsgraph::code
