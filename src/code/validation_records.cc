#include "code/validation_records.h"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "code/record_scanner.h"
#include "lexicon/dictionary_syntax.h"

namespace newsgraph::code {
namespace {

namespace dict = lexicon::dict;
using record_scan::Attribute;
using record_scan::CheckBytes;
using record_scan::DecodeEntities;
using record_scan::Scanner;
using record_scan::Tag;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto up = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; };
           return up(x) == up(y);
         });
}

// Text content: lines trimmed, blank ones dropped, joined with one space,
// then entities decoded.
std::string NormalizeText(std::string_view raw) {
  std::string joined;
  while (!raw.empty()) {
    size_t end = raw.find_first_of("\r\n");
    std::string_view line = dict::Trim(raw.substr(0, end));
    if (!line.empty()) {
      if (!joined.empty()) joined.push_back(' ');
      joined.append(line);
    }
    raw.remove_prefix(end == std::string_view::npos ? raw.size() : end + 1);
  }
  return DecodeEntities(joined);
}

// The reading state machine over the scanner's items: where we are
// (environment, record, collecting element content) and what was read.
class Reader {
 public:
  Reader(std::string_view xml, std::string_view origin) : scanner_(xml, origin, &suite_.warnings) {}
  Result<ValidationSuite> Run();

 private:
  Status OnTag(const Tag& tag, bool* stop);
  Status OnSentence(const Tag& tag);
  void OnEventCoding(const Tag& tag);
  Status CloseRecord(int line);
  ValidationConfig ConfigOf(const Tag& tag);
  void StoreEnvironmentValue();
  // The value of attribute `name` of `tag`, nullptr if absent.
  static const std::string* Get(const Tag& tag, std::string_view name);
  std::string RecordName() const { return "record '" + record_.id + "'"; }

  Scanner scanner_;
  ValidationSuite suite_;
  std::vector<ValidationConfig> pending_config_;
  bool in_environment_ = false;
  bool in_record_ = false;
  ValidationRecord record_;
  bool record_has_text_ = false, record_has_coding_ = false;
  // Collecting element content: <Text> (`collect_` == "Text") or an
  // environment element ("Verbfile", ...); "" when not collecting.
  std::string_view collect_;
  int collect_line_ = 0;
  std::string collected_;
};

const std::string* Reader::Get(const Tag& tag, std::string_view name) {
  for (const Attribute& a : tag.attributes) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

ValidationConfig Reader::ConfigOf(const Tag& tag) {
  ValidationConfig config;
  for (const Attribute& a : tag.attributes) {
    if (a.name == "option") {
      config.option = a.value;
    } else if (a.name == "value") {
      config.value = a.value;
    } else {
      scanner_.Warn(tag.line, "unknown attribute '" + a.name + "' of <Config> ignored");
    }
  }
  if (config.option.empty()) scanner_.Warn(tag.line, "<Config> without option");
  return config;
}

void Reader::StoreEnvironmentValue() {
  ValidationEnvironment& env = suite_.environment;
  std::string value = NormalizeText(collected_);
  if (collect_ == "Verbfile") {
    env.verb_file = std::move(value);
  } else if (collect_ == "Actorfile") {
    env.actor_files.push_back(std::move(value));
  } else if (collect_ == "Agentfile") {
    env.agent_file = std::move(value);
  } else if (collect_ == "Discardfile") {
    env.discard_file = std::move(value);
  } else if (collect_ == "Include") {
    std::string_view rest = value;
    while (!rest.empty()) {
      size_t end = rest.find(' ');
      if (end != 0) env.include.emplace_back(rest.substr(0, end));
      rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    }
  }
  collect_ = {};
}

Status Reader::OnSentence(const Tag& tag) {
  if (in_record_) {
    return scanner_.Error(record_.line,
                          fmt::format("<Sentence> not closed before line {}", tag.line));
  }
  in_record_ = true;
  record_ = ValidationRecord{};
  record_.line = tag.line;
  record_has_text_ = record_has_coding_ = false;
  record_.config_before = std::exchange(pending_config_, {});
  for (const Attribute& a : tag.attributes) {
    if (a.name == "id") {
      record_.id = a.value;
    } else if (a.name == "category") {
      record_.category = a.value;
    } else if (a.name == "date") {
      record_.date = dict::ParseDate(a.value);
      if (!record_.date) {
        return scanner_.Error(tag.line, fmt::format("bad date '{}' (want YYYYMMDD)", a.value));
      }
    } else if (a.name == "sentence") {
      record_.sentence = !EqualsIgnoreCase(a.value, "false");
      if (record_.sentence && !EqualsIgnoreCase(a.value, "true")) {
        scanner_.Warn(tag.line, "sentence='" + a.value + "' read as true");
      }
    } else {
      scanner_.Warn(tag.line, "unknown attribute '" + a.name + "' of <Sentence> ignored");
    }
  }
  if (record_.id.empty()) scanner_.Warn(tag.line, "<Sentence> without id");
  return Status::Ok();
}

void Reader::OnEventCoding(const Tag& tag) {
  if (!in_record_) {
    scanner_.Warn(tag.line, "<EventCoding> outside a <Sentence> ignored");
    return;
  }
  record_has_coding_ = true;
  const std::string* source = Get(tag, "sourcecode");
  const std::string* target = Get(tag, "targetcode");
  const std::string* code = Get(tag, "eventcode");
  const std::string* none = Get(tag, "noevents");
  const std::string* error = Get(tag, "error");
  for (const Attribute& a : tag.attributes) {
    if (a.name != "sourcecode" && a.name != "targetcode" && a.name != "eventcode" &&
        a.name != "noevents" && a.name != "error") {
      scanner_.Warn(tag.line, "unknown attribute '" + a.name + "' of <EventCoding> ignored");
    }
  }
  if (source || target || code) {
    if (source && target && code) {
      record_.expected.push_back({*source, *target, *code});
    } else {
      scanner_.Warn(tag.line, "<EventCoding> needs sourcecode, targetcode and eventcode; ignored");
    }
  }
  if (none) {
    if (EqualsIgnoreCase(*none, "true")) {
      record_.expects_no_events = true;
    } else if (!EqualsIgnoreCase(*none, "false")) {
      scanner_.Warn(tag.line, "noevents='" + *none + "' ignored (want True or False)");
    }
  }
  if (error) record_.expected_error = *error;
  if (!source && !target && !code && !none && !error) {
    scanner_.Warn(tag.line, "empty <EventCoding> ignored");
  }
}

Status Reader::CloseRecord(int line) {
  in_record_ = false;
  if (!record_has_text_) return scanner_.Error(record_.line, RecordName() + " has no <Text>");
  if (record_.text.empty()) {
    return scanner_.Error(record_.line, RecordName() + " has an empty <Text>");
  }
  if (!record_has_coding_) {
    record_.expects_no_events = true;
    scanner_.Warn(record_.line,
                  RecordName() + " has no <EventCoding>; read as expecting no events");
  } else if (record_.expects_no_events && !record_.expected.empty()) {
    scanner_.Warn(line, RecordName() + " has both noevents and expected events");
  }
  suite_.records.push_back(std::move(record_));
  return Status::Ok();
}

Status Reader::OnTag(const Tag& tag, bool* stop) {
  std::string_view name = tag.name;
  if (!collect_.empty()) {  // the content of <Text> or an environment element ends here
    if (collect_ == "Text") {
      if (!(tag.end && name == "Text")) {
        return scanner_.Error(collect_line_,
                              fmt::format("<Text> not closed before <{}{}> at line {}",
                                          tag.end ? "/" : "", name, tag.line));
      }
      if (in_record_ && !record_has_text_) {
        record_.text = NormalizeText(collected_);
        record_has_text_ = true;
      }
      collect_ = {};
      return Status::Ok();
    }
    bool closes = tag.end && name == collect_;
    if (!closes) scanner_.Warn(collect_line_, fmt::format("<{}> not closed", collect_));
    StoreEnvironmentValue();
    if (closes) return Status::Ok();
  }
  if (name == "Stop") {
    if (tag.end) return Status::Ok();
    if (in_record_) {
      scanner_.Warn(tag.line, fmt::format("<Stop> inside {} (line {}); the record is dropped",
                                          RecordName(), record_.line));
      in_record_ = false;
    }
    *stop = true;
    return Status::Ok();
  }
  if (name == "Sentence") {
    if (!tag.end) return OnSentence(tag);
    if (!in_record_) {
      scanner_.Warn(tag.line, "</Sentence> without <Sentence> ignored");
      return Status::Ok();
    }
    return CloseRecord(tag.line);
  }
  if (tag.end) {
    if (name == "Environment") in_environment_ = false;
    return Status::Ok();  // other end tags need nothing
  }
  if (name == "EventCoding") {
    OnEventCoding(tag);
  } else if (name == "Text") {
    if (!in_record_) {
      scanner_.Warn(tag.line, "<Text> outside a <Sentence> ignored");
    } else if (record_has_text_) {
      scanner_.Warn(tag.line, "second <Text> in " + RecordName() + " ignored");
    }
    if (tag.self_closing) {
      if (in_record_ && !record_has_text_) record_has_text_ = true;
      return Status::Ok();
    }
    collect_ = "Text";
  } else if (name == "Config") {
    ValidationConfig config = ConfigOf(tag);
    if (in_environment_) {
      suite_.environment.config.push_back(std::move(config));
      return Status::Ok();
    }
    if (in_record_) scanner_.Warn(tag.line, "<Config> inside a record applies from the next one");
    pending_config_.push_back(std::move(config));
  } else if (name == "Environment") {
    in_environment_ = true;
  } else if (name == "Verbfile" || name == "Actorfile" || name == "Agentfile" ||
             name == "Discardfile" || name == "Include") {
    if (!in_environment_) scanner_.Warn(tag.line, fmt::format("<{}> outside <Environment>", name));
    if (!tag.self_closing) collect_ = name;
  } else if (name == "Parse" || name == "Errorfile" || name == "Pause" || name == "Validation" ||
             name == "Sentences") {
    // Read past; their text is ignored.
  } else {
    scanner_.Warn(tag.line, fmt::format("unknown element <{}> ignored", name));
    return Status::Ok();
  }
  if (!collect_.empty()) {
    collect_line_ = tag.line;
    collected_.clear();
  }
  return Status::Ok();
}

Result<ValidationSuite> Reader::Run() {
  std::string_view text;
  Tag tag;
  bool stop = false;
  while (!stop) {
    auto kind = scanner_.Next(&text, &tag);
    if (!kind.ok()) return kind.status();
    if (*kind == Scanner::Kind::kEnd) break;
    if (*kind == Scanner::Kind::kText) {
      if (!collect_.empty()) collected_.append(text);
      continue;
    }
    NEWSGRAPH_RETURN_IF_ERROR(OnTag(tag, &stop));
  }
  if (collect_ == "Text") return scanner_.Error(collect_line_, "<Text> not closed before the end");
  if (!collect_.empty()) {
    scanner_.Warn(collect_line_, fmt::format("<{}> not closed", collect_));
    StoreEnvironmentValue();
  }
  if (!stop && in_record_) {
    return scanner_.Error(record_.line, "<Sentence> not closed before the end");
  }
  if (suite_.records.empty()) return scanner_.Error(1, "no <Sentence> record");
  return std::move(suite_);
}

}  // namespace

Result<ValidationSuite> ParseValidationRecords(std::string_view xml, std::string_view origin) {
  NEWSGRAPH_RETURN_IF_ERROR(CheckBytes(xml, origin));
  if (xml.starts_with("\xEF\xBB\xBF")) xml.remove_prefix(3);  // BOM; lines are unchanged
  return Reader(xml, origin).Run();
}

Result<ValidationSuite> ReadValidationRecords(const std::string& path) {
  std::string contents;
  NEWSGRAPH_RETURN_IF_ERROR(dict::ReadWholeFile(path, &contents));
  return ParseValidationRecords(contents, std::filesystem::path(path).filename().string());
}

}  // namespace newsgraph::code
