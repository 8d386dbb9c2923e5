// One JSONL line → Article (reader.h: ParseJsonlRecord), with simdjson.
#include <fmt/core.h>
#include <simdjson.h>

#include "newsgraph/reader.h"

namespace newsgraph {
namespace {

// Reads an optional string field; null or absent → nullopt. Numbers are
// accepted for "id" only (feeds often use numeric ids).
Status OptionalString(simdjson::dom::object& obj, const char* key, bool allow_number,
                      std::optional<std::string>* out) {
  simdjson::dom::element el;
  if (obj[key].get(el) != simdjson::SUCCESS || el.is_null()) return Status::Ok();
  if (el.is_string()) {
    out->emplace(std::string_view(el.get_string().value_unsafe()));
    return Status::Ok();
  }
  if (allow_number && (el.is_int64() || el.is_uint64())) {
    out->emplace(el.is_int64() ? std::to_string(el.get_int64().value_unsafe())
                               : std::to_string(el.get_uint64().value_unsafe()));
    return Status::Ok();
  }
  return Status::InvalidInput(fmt::format("field \"{}\" must be a string", key));
}

}  // namespace

Result<Article> ParseJsonlRecord(std::string_view line, const std::string& origin,
                                 const std::string& default_id) {
  // simdjson needs padding after the input; a per-parser copy provides it.
  thread_local simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element root;
  if (auto err = parser.parse(padded).get(root); err != simdjson::SUCCESS) {
    return Status::InvalidInput(
        fmt::format("{}: invalid JSON: {}", origin, simdjson::error_message(err)));
  }
  simdjson::dom::object obj;
  if (root.get(obj) != simdjson::SUCCESS) {
    return Status::InvalidInput(fmt::format("{}: a record must be a JSON object", origin));
  }
  Article a;
  a.origin = origin;
  simdjson::dom::element text;
  if (obj["text"].get(text) != simdjson::SUCCESS || !text.is_string()) {
    return Status::InvalidInput(fmt::format("{}: missing string field \"text\"", origin));
  }
  a.raw.assign(std::string_view(text.get_string().value_unsafe()));
  std::optional<std::string> id, date;
  for (auto [key, target, numeric] :
       {std::tuple{"id", &id, true}, std::tuple{"date", &date, false},
        std::tuple{"source", &a.source, false}, std::tuple{"title", &a.title, false}}) {
    Status s = OptionalString(obj, key, numeric, target);
    if (!s.ok()) return s.WithContext(origin);
  }
  a.id = id.has_value() && !id->empty() ? *id : default_id;
  if (date.has_value()) {
    auto normalized = NormalizeDate(*date);
    if (!normalized.ok()) return Status::InvalidInput(origin + ": " + normalized.status().message());
    a.date = std::move(normalized).value();
  }
  return a;
}

}  // namespace newsgraph
