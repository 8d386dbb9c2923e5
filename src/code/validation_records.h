// PETRARCH's validation / unit-test record files (PETR.UnitTest.records.xml):
// sentences with the events a coder should find, read so our coder can be
// scored against them. The reader is forgiving, not an XML parser: the
// originals were not always well-formed XML.
//
//   <Environment>                       files and options for the whole run
//     <Verbfile>PETR.Validate.verbs.txt</Verbfile>   (also Actorfile, may
//     <Include>valid DEMO ACTOR</Include>             repeat; Agentfile,
//     <Config option="stop_on_error" value="True"></Config>  Discardfile)
//   </Environment>
//   <Config option="require_dyad" value="false"></Config>   (between records)
//   <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
//   <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//   <EventCoding noevents = "True"></EventCoding>        (or this)
//   <EventCoding error="storydiscard"></EventCoding>     (or this)
//   <Text> Arnor is about to restore ... </Text>
//   <Parse> (ROOT ...) </Parse>                          (ignored)
//   </Sentence>
//   <Stop></Stop>                                        (ends the reading)
//
// Scanning. `<!-- ... -->` comments are skipped wherever they are (a
// <Sentence> or <Stop> inside one does not count); `<!...>` and `<?...?>`
// declarations too. A '<' not followed by a letter, '/', '!' or '?' is text.
// Attribute values take single or double quotes (the other kind may appear
// inside: sourcecode='"INJURY TOLL"'), blanks around '=' are allowed, and
// the five XML entities plus &#N; / &#xH; are decoded in values and text (an
// unknown '&' stays as written). Element names are case-sensitive.
// Errorfile, Pause, Validation and Sentences are read past; other unknown
// elements, unknown attributes and other oddities are warnings.
//
// Errors (kInvalidInput, "ORIGIN:LINE: what"): NUL bytes or invalid UTF-8
// (naming the byte and column), an unterminated comment, tag or quoted
// value, a <Sentence> not closed before the next one or the end, a <Text>
// not closed before the next tag, a record without <Text> or with an empty
// one, a bad date, no <Sentence> at all. Warnings are "ORIGIN:LINE: what".
//
// Surprise in the real file: PATTERN-06 has no <EventCoding> at all (its
// comment says the match is cancelled). PETRARCH compares an empty expected
// list with what it coded, so such a record is read as expecting no events,
// with a warning, rather than refused.
//
// The caller decides what to code: records with sentence == false are
// context only, and `environment.include` lists the categories PETRARCH
// would run; the reader filters nothing.
//
// Thread-safety: plain functions and values.
#ifndef NEWSGRAPH_CODE_VALIDATION_RECORDS_H_
#define NEWSGRAPH_CODE_VALIDATION_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::code {

// <EventCoding sourcecode= targetcode= eventcode=>, values as written
// (entities decoded), e.g. {"ARN", "GON", "064"} or {"\"INJURY TOLL\"", ...}.
struct ExpectedEvent {
  std::string source, target, code;
  bool operator==(const ExpectedEvent&) const = default;
};

// <Config option= value=>, as written ("require_dyad", "FALSE").
struct ValidationConfig {
  std::string option, value;
  bool operator==(const ValidationConfig&) const = default;
};

struct ValidationRecord {
  std::string id, category;     // id="DEMO-01" category="DEMO"; "" when absent
  std::optional<int32_t> date;  // yyyymmdd (YYYYMMDD or TABARI's YYMMDD written)
  bool sentence = true;         // sentence="false": context, not coded
  // <Text> content: entities decoded, each line trimmed, blank lines dropped,
  // the lines joined with single spaces. Never empty.
  std::string text;
  std::vector<ExpectedEvent> expected;  // in file order
  // <EventCoding noevents="True">, or no <EventCoding> at all (warned).
  bool expects_no_events = false;
  // <EventCoding error="...">: the error PETRARCH should report instead of
  // events ("dateline", "bad_input_parse", "storydiscard",
  // "sentencediscard"); "" when none.
  std::string expected_error;
  // <Config> elements met since the previous record (outside <Environment>),
  // in file order; they change options from this record on.
  std::vector<ValidationConfig> config_before;
  int line = 0;  // 1-based line of "<Sentence"
};

struct ValidationEnvironment {
  std::string verb_file;
  std::vector<std::string> actor_files;  // one per <Actorfile>, in order
  std::string agent_file, discard_file;
  std::vector<std::string> include;  // <Include> split on blanks
  std::vector<ValidationConfig> config;
};

struct ValidationSuite {
  ValidationEnvironment environment;
  std::vector<ValidationRecord> records;  // in file order, up to <Stop>
  std::vector<std::string> warnings;      // "ORIGIN:LINE: what"
};

// Reads a records file's contents; `origin` (a file name) starts messages.
Result<ValidationSuite> ParseValidationRecords(std::string_view xml, std::string_view origin);

// Reads the file at `path` (kNotFound / kIoError when unreadable), naming it
// by its base name in messages.
Result<ValidationSuite> ReadValidationRecords(const std::string& path);

}  // namespace newsgraph::code

#endif  // NEWSGRAPH_CODE_VALIDATION_RECORDS_H_
