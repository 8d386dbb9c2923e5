#include "lexicon/cameo_table.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::lexicon {
namespace {

constexpr std::string_view kPath = "cameo/event_codes.tsv";
constexpr std::string_view kPloverRules = "cameo/plover_rules.tsv";

bool IsCode(std::string_view s) {
  return s.size() >= 2 && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> OptionalField(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return std::string(s);
}

}  // namespace

int QuadClassOf(std::string_view code) {
  if (code.size() < 2 || !IsCode(code.substr(0, 2))) return 0;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root < 1 || root > 20) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

Result<CameoTable> CameoTable::LoadDefault() {
  auto data = EmbeddedData(kPath);
  if (!data.ok()) return data.status();
  auto table = Parse(kPath, *data);
  if (!table.ok()) return table;
  auto rules = EmbeddedData(kPloverRules);
  if (!rules.ok()) return rules.status();
  NEWSGRAPH_RETURN_IF_ERROR(table->ApplyPloverRules(kPloverRules, *rules));
  return table;
}

Status CameoTable::ApplyPloverRules(std::string_view name, std::string_view tsv) {
  return ReadTsv(name, tsv, {"code", "plover_type", "plover_mode", "plover_context", "reason"},
                 [&](const TsvRecord& r) -> Status {
                   auto it = codes_.find(std::string(r.fields[0]));
                   if (it == codes_.end()) {
                     return TsvError(name, r.line,
                                     fmt::format("unknown CAMEO code \"{}\"", r.fields[0]));
                   }
                   if (it->second.plover_type) {
                     return TsvError(name, r.line,
                                     fmt::format("code {} is already mapped to {} by the "
                                                 "published table",
                                                 r.fields[0], *it->second.plover_type));
                   }
                   if (r.fields[1].empty()) {
                     return TsvError(name, r.line, "a rule needs a PLOVER type");
                   }
                   it->second.plover_type = OptionalField(r.fields[1]);
                   it->second.plover_mode = OptionalField(r.fields[2]);
                   it->second.plover_context = OptionalField(r.fields[3]);
                   return Status::Ok();
                 });
}

Result<CameoTable> CameoTable::Parse(std::string_view name, std::string_view tsv) {
  CameoTable table;
  Status s = ReadTsv(
      name, tsv,
      {"code", "description", "goldstein", "quad_class", "plover_type", "plover_mode",
       "plover_context"},
      [&](const TsvRecord& r) -> Status {
        CameoCode c;
        c.code = std::string(r.fields[0]);
        if (!IsCode(c.code) || QuadClassOf(c.code) == 0) {
          return TsvError(name, r.line, fmt::format("bad CAMEO code \"{}\"", c.code));
        }
        c.description = std::string(r.fields[1]);
        std::string_view g = r.fields[2];
        auto [gend, gerr] = std::from_chars(g.data(), g.data() + g.size(), c.goldstein);
        if (gerr != std::errc() || gend != g.data() + g.size() || c.goldstein < -10.0 ||
            c.goldstein > 10.0) {
          return TsvError(name, r.line, fmt::format("bad Goldstein value \"{}\"", g));
        }
        std::string_view q = r.fields[3];
        auto [qend, qerr] = std::from_chars(q.data(), q.data() + q.size(), c.quad_class);
        if (qerr != std::errc() || qend != q.data() + q.size() ||
            c.quad_class != QuadClassOf(c.code)) {
          return TsvError(name, r.line,
                          fmt::format("QuadClass \"{}\" does not match code {} (expected {})", q,
                                      c.code, QuadClassOf(c.code)));
        }
        c.plover_type = OptionalField(r.fields[4]);
        c.plover_mode = OptionalField(r.fields[5]);
        c.plover_context = OptionalField(r.fields[6]);
        std::string key = c.code;
        if (!table.codes_.emplace(std::move(key), std::move(c)).second) {
          return TsvError(name, r.line, fmt::format("code {} listed twice", r.fields[0]));
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;
  if (table.codes_.empty()) return Status::Corruption(fmt::format("{}: no CAMEO codes", name));
  return table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::lexicon
