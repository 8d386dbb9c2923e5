#include "extract/gum_entities.h"

#include <algorithm>
#include <array>
#include <utility>

namespace newsgraph::extract {
namespace {

// The value of "Entity=" in a MISC field, or "" when absent.
std::string_view EntityValue(std::string_view misc) {
  static constexpr std::string_view kKey = "Entity=";
  while (!misc.empty()) {
    const size_t bar = misc.find('|');
    const std::string_view item = misc.substr(0, bar);
    if (item.substr(0, kKey.size()) == kKey) return item.substr(kKey.size());
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return {};
}

// The GUM type mapped to ours, or "" for types we do not output.
std::string_view OurType(std::string_view gum) {
  if (gum == "person") return kNerTypes[0];
  if (gum == "organization") return kNerTypes[1];
  if (gum == "place") return kNerTypes[2];
  return {};
}

bool IsConnector(std::string_view form) {
  static constexpr std::array<std::string_view, 7> kConnectors = {"of", "and", "&",  "the",
                                                                  "de", "for", "-"};
  return std::find(kConnectors.begin(), kConnectors.end(), form) != kConnectors.end();
}

// GUM's UPOS follows function ("United" in "United States" is VERB,
// "National" ADJ) while its XPOS marks every word of a name NNP / NNPS.
bool IsNameWord(const lang::ConlluWord& w) {
  if (w.xpos == "_") return w.upos == "PROPN";
  return w.xpos == "NNP" || w.xpos == "NNPS";
}

}  // namespace

Result<std::vector<GumMention>> GumMentions(const lang::ConlluSentence& sentence,
                                            std::string_view origin) {
  auto error = [&](size_t word, const std::string& what) {
    return Status::InvalidInput(std::string(origin) + ":" +
                                std::to_string(sentence.line) + ": word " +
                                std::to_string(word + 1) + ": " + what);
  };
  std::vector<GumMention> mentions;
  std::vector<std::pair<std::string, size_t>> open;  // (id, index into mentions)
  for (size_t w = 0; w < sentence.words.size(); ++w) {
    std::string_view v = EntityValue(sentence.words[w].misc);
    while (!v.empty()) {
      if (v[0] == '(') {
        v.remove_prefix(1);
        const size_t stop = std::min(v.find('('), v.find(')'));
        const std::string_view desc = v.substr(0, stop);
        const size_t dash = desc.find('-');
        if (dash == std::string_view::npos || dash == 0) {
          return error(w, "bad Entity mention \"" + std::string(desc) + "\"");
        }
        const size_t dash2 = desc.find('-', dash + 1);
        GumMention m;
        m.begin = w;
        m.end = w + 1;
        m.type = std::string(desc.substr(dash + 1, dash2 == std::string_view::npos
                                                       ? std::string_view::npos
                                                       : dash2 - dash - 1));
        mentions.push_back(std::move(m));
        v.remove_prefix(desc.size());
        if (!v.empty() && v[0] == ')') {
          v.remove_prefix(1);  // a one-word mention
        } else {
          open.emplace_back(std::string(desc.substr(0, dash)), mentions.size() - 1);
        }
      } else {
        const size_t close = v.find(')');
        const size_t next_open = v.find('(');
        if (close == std::string_view::npos || next_open < close) {
          return error(w, "bad Entity annotation \"" + std::string(v) + "\"");
        }
        const std::string id(v.substr(0, close));
        // The innermost open mention with this id.
        auto it = std::find_if(open.rbegin(), open.rend(),
                               [&](const auto& o) { return o.first == id; });
        if (it == open.rend()) return error(w, "Entity closes mention " + id + ", not open");
        mentions[it->second].end = w + 1;
        open.erase(std::next(it).base());
        v.remove_prefix(close + 1);
      }
    }
  }
  if (!open.empty()) return error(sentence.words.size() - 1, "Entity mention " +
                                                                 open.back().first +
                                                                 " not closed in the sentence");
  return mentions;
}

Result<std::vector<NamedSpan>> GumNamedEntities(const lang::ConlluSentence& sentence,
                                                std::string_view origin) {
  auto mentions = GumMentions(sentence, origin);
  if (!mentions.ok()) return mentions.status();
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const GumMention& a, const GumMention& b) {
                     return a.end - a.begin > b.end - b.begin;
                   });
  const auto& words = sentence.words;
  // Whether word i hangs, inside mention m, from a descriptor of the head:
  // GUM attaches titles before a name as nmod:desc ("Foreign Minister" in
  // "Foreign Minister Fuad Hussein").
  auto descriptor = [&](const GumMention& m, size_t head, size_t i) {
    for (size_t j = i, steps = 0; j != head && steps < words.size(); ++steps) {
      if (words[j].deprel == "nmod:desc") return true;
      const int h = words[j].head;
      if (h <= 0 || static_cast<size_t>(h) <= m.begin || static_cast<size_t>(h) > m.end) break;
      j = static_cast<size_t>(h - 1);
    }
    return false;
  };
  // A coordinating connector at word c inside mention m joins two mentions
  // ("Obama and Biden"), not one name, when a mention of ours ends before
  // it or begins after it.
  auto coordinates = [&](const GumMention& m, size_t c) {
    const std::string_view form = words[c].form;
    if (form != "and" && form != "&") return false;
    return std::any_of(mentions->begin(), mentions->end(), [&](const GumMention& n) {
      return !OurType(n.type).empty() && n.begin >= m.begin && n.end <= m.end &&
             (n.end == c || n.begin == c + 1) && n.end - n.begin < m.end - m.begin;
    });
  };
  auto joins = [&](const GumMention& m, size_t c) {
    return IsConnector(words[c].form) && !coordinates(m, c);
  };
  std::vector<NamedSpan> out;
  for (const GumMention& m : *mentions) {
    const std::string_view type = OurType(m.type);
    if (type.empty()) continue;
    size_t head = m.end;
    for (size_t i = m.begin; i < m.end && head == m.end; ++i) {
      const int h = words[i].head;  // 1-based, 0 = root
      const bool outside = h <= 0 || static_cast<size_t>(h) <= m.begin ||
                           static_cast<size_t>(h) > m.end;
      if (outside && words[i].upos != "PUNCT") head = i;
    }
    if (head == m.end || !IsNameWord(words[head])) continue;
    auto propn = [&](size_t i) { return IsNameWord(words[i]) && !descriptor(m, head, i); };
    size_t b = head, e = head + 1;
    for (;;) {  // grow left over PROPN words and connectors with PROPN before them
      if (b > m.begin && propn(b - 1)) {
        --b;
      } else if (b >= m.begin + 2 && joins(m, b - 1) && propn(b - 2)) {
        b -= 2;
      } else if (b >= m.begin + 3 && joins(m, b - 1) && joins(m, b - 2) &&
                 propn(b - 3)) {
        b -= 3;  // "of the"
      } else {
        break;
      }
    }
    for (;;) {
      if (e < m.end && propn(e)) {
        ++e;
      } else if (e + 1 < m.end && joins(m, e) && propn(e + 1)) {
        e += 2;
      } else if (e + 2 < m.end && joins(m, e) && joins(m, e + 1) &&
                 propn(e + 2)) {
        e += 3;
      } else {
        break;
      }
    }
    const bool overlaps = std::any_of(out.begin(), out.end(), [&](const NamedSpan& s) {
      return s.begin < e && b < s.end;
    });
    if (!overlaps) out.push_back({b, e, std::string(type), 1.0f});
  }
  std::sort(out.begin(), out.end(),
            [](const NamedSpan& a, const NamedSpan& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace newsgraph::extract
