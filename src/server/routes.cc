#include "server/routes.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "core/embedded_data.h"
#include "lexicon/cameo_table.h"

namespace newsgraph::server {
namespace {

using json = nlohmann::ordered_json;

// Serialises with invalid UTF-8 replaced: ids come from file names and must
// never turn a listing into an exception.
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

template <typename T>
json Optional(const std::optional<T>& v) {
  return v.has_value() ? json(*v) : json(nullptr);
}

// Parses a whole decimal string in [0, max]; nullopt otherwise.
std::optional<uint32_t> ParseBounded(const std::string& s, uint32_t max) {
  uint32_t value = 0;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, value);
  if (s.empty() || ec != std::errc() || ptr != end || value > max) return std::nullopt;
  return value;
}

json SummaryJson(const ArticleSummary& s) {
  return json{{"id", s.id},
              {"source", Optional(s.source)},
              {"title", Optional(s.title)},
              {"date", Optional(s.date)},
              {"language", s.language},
              {"content_hash", s.content_hash},
              {"sentences", s.sentences},
              {"entities", s.entities},
              {"events", s.events}};
}

// The CAMEO table compiled into the library, as {"codes": {code: {...}}}.
Result<std::string> BuildCameoJson() {
  auto table = lexicon::CameoTable::LoadDefault();
  if (!table.ok()) return table.status();
  std::vector<const lexicon::CameoCode*> sorted;
  table->ForEach([&](const lexicon::CameoCode& c) { sorted.push_back(&c); });
  std::sort(sorted.begin(), sorted.end(),
            [](const auto* a, const auto* b) { return a->code < b->code; });
  json codes = json::object();
  for (const lexicon::CameoCode* c : sorted) {
    codes[c->code] = json{{"description", c->description},
                          {"goldstein", c->goldstein},
                          {"quad_class", c->quad_class}};
  }
  return Dump(json{{"codes", std::move(codes)}});
}

}  // namespace

Reply ErrorReply(int status, const std::string& message) {
  return Reply{status, Dump(json{{"error", message}}), kJsonType};
}

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kInvalidArgument:
    case StatusCode::kInvalidInput:
      return 400;
    case StatusCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

Reply Health() { return Reply{200, R"({"status":"ok"})", kJsonType}; }

Reply ListArticles(Store& store, const std::optional<std::string>& limit_param,
                   const std::optional<std::string>& offset_param) {
  uint32_t limit = kDefaultListLimit;
  if (limit_param.has_value()) {
    auto parsed = ParseBounded(*limit_param, kMaxListLimit);
    if (!parsed)
      return ErrorReply(400, fmt::format("limit must be an integer in 0..{}", kMaxListLimit));
    limit = *parsed;
  }
  uint32_t offset = 0;
  if (offset_param.has_value()) {
    auto parsed = ParseBounded(*offset_param, UINT32_MAX);
    if (!parsed) return ErrorReply(400, "offset must be a non-negative integer");
    offset = *parsed;
  }
  auto total = store.CountArticles();
  if (!total.ok()) return ErrorReply(HttpStatusFor(total.status()), total.status().message());
  auto articles = store.ListArticles(limit, offset);
  if (!articles.ok())
    return ErrorReply(HttpStatusFor(articles.status()), articles.status().message());
  json list = json::array();
  for (const ArticleSummary& s : *articles) list.push_back(SummaryJson(s));
  return Reply{200, Dump(json{{"articles", std::move(list)}, {"total", *total}}), kJsonType};
}

Reply GetArticle(Store& store, const std::string& id) {
  auto analysis = store.GetAnalysisJson(id);
  if (analysis.ok()) return Reply{200, std::move(analysis).value(), kJsonType};
  if (analysis.status().code() == StatusCode::kNotFound) {
    // The store's message names the database file; the client needs only the id.
    return ErrorReply(404, fmt::format("no article with id \"{}\"", id));
  }
  return ErrorReply(HttpStatusFor(analysis.status()), analysis.status().message());
}

Reply IndexPage() {
  auto page = EmbeddedData("web/index.html");
  if (!page.ok()) return ErrorReply(500, page.status().message());
  return Reply{200, std::string(*page), kHtmlType};
}

Reply CameoCodes() {
  // Built once: the table is compiled in and never changes.
  static const Result<std::string> body = BuildCameoJson();
  if (!body.ok()) return ErrorReply(500, body.status().message());
  return Reply{200, *body, kJsonType};
}

}  // namespace newsgraph::server
