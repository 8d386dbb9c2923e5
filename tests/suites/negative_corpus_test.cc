// The negative corpus: real text in many languages must pass through the
// mojibake repairer with zero edits. Sources: every translated string of
// Debian iso-codes' country-name catalogues
// (/usr/share/locale/*/LC_MESSAGES/iso_3166-1.mo, ~158 languages), and the
// `text` of every record of the news corpora in ../shared/corpora (BBC,
// Reuters-21578, SaudiNewsNet). Runs in about a second in Release.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/mojibake.h"

namespace newsgraph::text {
namespace {

namespace fs = std::filesystem;

const MojibakeRepairer& Repairer() {
  static const auto r = MojibakeRepairer::Create();
  return **r;
}

// Records that genuinely contain mojibake, by id, with why. None so far.
const std::map<std::string, std::string> kKnownMojibake = {};

// The translated strings of a GNU .mo catalogue: a little-endian or
// big-endian header (magic, revision, count, originals table, translations
// table), then (length, offset) pairs. Returns nothing on a malformed file.
std::vector<std::string> MoTranslations(const std::string& data) {
  std::vector<std::string> out;
  if (data.size() < 20) return out;
  auto u32 = [&](size_t at, bool swap) -> uint32_t {
    uint32_t v;
    std::memcpy(&v, data.data() + at, 4);
    return swap ? __builtin_bswap32(v) : v;
  };
  const bool swap = u32(0, false) != 0x950412DEu;
  if (u32(0, swap) != 0x950412DEu) return out;
  const uint32_t count = u32(8, swap), table = u32(16, swap);
  for (uint32_t k = 0; k < count; ++k) {
    const size_t entry = table + 8ull * k;
    if (entry + 8 > data.size()) break;
    const uint32_t len = u32(entry, swap), off = u32(entry + 4, swap);
    if (static_cast<size_t>(off) + len > data.size()) break;
    std::string s = data.substr(off, len);
    // Plural forms are NUL-separated; the header entry has an empty key.
    for (size_t b = 0, e; b <= s.size(); b = e + 1) {
      e = s.find('\0', b);
      if (e == std::string::npos) e = s.size();
      if (e > b) out.push_back(s.substr(b, e - b));
    }
  }
  return out;
}

TEST(NegativeCorpus, IsoCodesCountryNamesUnchanged) {
  const fs::path root = "/usr/share/locale";
  if (!fs::exists(root)) GTEST_SKIP() << "no /usr/share/locale";
  size_t catalogues = 0, strings = 0, changed = 0;
  for (const auto& lang : fs::directory_iterator(root)) {
    const fs::path mo = lang.path() / "LC_MESSAGES" / "iso_3166-1.mo";
    if (!fs::exists(mo)) continue;
    auto data = testing::ReadFile(mo.string());
    ASSERT_TRUE(data.has_value()) << mo;
    ++catalogues;
    for (const std::string& s : MoTranslations(*data)) {
      if (s.rfind("Project-Id-Version", 0) == 0) continue;  // the header
      ++strings;
      auto edits = Repairer().Find(s);
      if (!edits.empty()) {
        ++changed;
        ADD_FAILURE() << mo << ": \"" << s << "\" -> \"" << Repairer().Fix(s) << "\" ("
                      << edits[0].encoding_path << ")";
      }
    }
  }
  if (catalogues == 0) GTEST_SKIP() << "iso-codes is not installed";
  std::cout << "iso-codes: " << catalogues << " catalogues, " << strings << " strings, "
            << changed << " changed\n";
  EXPECT_GT(catalogues, 100u);
}

TEST(NegativeCorpus, NewsCorporaUnchanged) {
  const std::string dir = testing::SharedDir() + "/corpora";
  NEWSGRAPH_REQUIRE_SHARED(dir);
  const std::vector<std::string> files = {
      dir + "/bbc/bbc.jsonl", dir + "/reuters21578/reuters21578.jsonl",
      dir + "/saudinewsnet/saudinewsnet-2015-07-21-to-25.jsonl"};
  for (const std::string& file : files) {
    NEWSGRAPH_REQUIRE_SHARED(file);
    std::ifstream in(file);
    std::string line;
    size_t records = 0, bytes = 0, changed = 0;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      const std::string& text = j["text"].get_ref<const std::string&>();
      const std::string id = j.value("id", "?");
      ++records;
      bytes += text.size();
      auto edits = Repairer().Find(text);
      if (edits.empty() || kKnownMojibake.count(id)) continue;
      ++changed;
      const auto& e = edits[0];
      ADD_FAILURE() << file << " record " << id << ": \""
                    << text.substr(e.begin, e.end - e.begin) << "\" -> \"" << e.replacement
                    << "\" (" << e.encoding_path << ")";
    }
    std::cout << fs::path(file).filename().string() << ": " << records << " records, "
              << bytes << " bytes, " << changed << " changed\n";
    EXPECT_GT(records, 0u);
  }
}

}  // namespace
}  // namespace newsgraph::text
