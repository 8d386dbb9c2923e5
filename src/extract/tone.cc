#include "extract/tone.h"

#include <fmt/core.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cstddef>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kLexiconPath = "tone/lexicon.tsv";
constexpr std::string_view kNegatorsPath = "tone/negators.tsv";
constexpr double kMaxValence = 4;  // VADER's scale is -4..4
constexpr uint32_t kNegationWindow = 3;

// A lexicon key: lower case, no white space.
bool IsLowerWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if ((c >= 'A' && c <= 'Z') || c == ' ' || c == '\t') return false;
  }
  return true;
}

Result<double> ParseValence(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v < -kMaxValence ||
      v > kMaxValence) {
    return Status::InvalidInput(fmt::format("valence \"{}\" is not a number in -4..4", s));
  }
  return v;
}

// ASCII lower case, with U+2019 (right single quotation mark) folded to "'"
// so that "n’t" finds "n't". The lexicon is ASCII, so other letters need no
// folding: a word with them is simply not found.
std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      const char c = s[i];
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

bool HasLetter(std::string_view s) {
  const auto* data = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U8_NEXT(data, i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

bool IsWordToken(text::TokenKind kind) {
  switch (kind) {
    case text::TokenKind::kClitic:
    case text::TokenKind::kUrl:
    case text::TokenKind::kEmail:
    case text::TokenKind::kHandle:
      return false;
    default:
      return true;
  }
}

// Punctuation that ends a negation's reach: a clause boundary. Quotes and
// hyphens do not ("not 'good'", "not well-known").
bool EndsClause(std::string_view punct) {
  static constexpr std::array<std::string_view, 12> kEnders = {
      ",", ";", ":", "(", ")", "[", "]", "--", "\xE2\x80\x94", "\xE2\x80\x93", ".", "!"};
  for (std::string_view e : kEnders) {
    if (punct == e) return true;
  }
  return punct == "?" || punct == "..." || punct == "\xE2\x80\xA6";
}

// UD tags whose words carry no valence: names, and function words whose
// lexicon entry is another sense ("like" as a preposition, "no" as a
// determiner, "well" in "as well").
bool TagHasNoValence(std::string_view upos) {
  static constexpr std::array<std::string_view, 9> kTags = {"PROPN", "ADP",  "AUX",  "CCONJ", "DET",
                                                            "NUM",   "PART", "PRON", "SCONJ"};
  for (std::string_view t : kTags) {
    if (upos == t) return true;
  }
  return false;
}

bool IsFirstPerson(std::string_view lower) {
  static constexpr std::array<std::string_view, 10> kPronouns = {
      "i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"};
  for (std::string_view p : kPronouns) {
    if (lower == p) return true;
  }
  return false;
}

}  // namespace

Result<std::shared_ptr<const ToneLexicon>> ToneLexicon::Default() {
  static const auto* loaded = [] {
    using R = Result<std::shared_ptr<const ToneLexicon>>;
    auto lexicon = EmbeddedData(kLexiconPath);
    if (!lexicon.ok()) return new R(lexicon.status());
    auto negators = EmbeddedData(kNegatorsPath);
    if (!negators.ok()) return new R(negators.status());
    return new R(Parse(*lexicon, *negators, "tone"));
  }();
  return *loaded;
}

Result<std::shared_ptr<const ToneLexicon>> ToneLexicon::Parse(std::string_view lexicon_tsv,
                                                              std::string_view negators_tsv,
                                                              std::string_view name) {
  auto lexicon = std::make_shared<ToneLexicon>();
  const std::string lexicon_name = fmt::format("{}/lexicon.tsv", name);
  Status s = ReadTsv(
      lexicon_name, lexicon_tsv, {"word", "valence", "note"}, [&](const TsvRecord& r) -> Status {
        const std::string_view word = r.fields[0];
        if (!IsLowerWord(word)) {
          return TsvError(lexicon_name, r.line,
                          fmt::format("\"{}\" is not one lower-case word", word));
        }
        auto valence = ParseValence(r.fields[1]);
        if (!valence.ok()) {
          return TsvError(lexicon_name, r.line, valence.status().message());
        }
        if (!lexicon->valences_.emplace(std::string(word), *valence).second) {
          return TsvError(lexicon_name, r.line, fmt::format("\"{}\" listed twice", word));
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;
  const std::string negators_name = fmt::format("{}/negators.tsv", name);
  s = ReadTsv(negators_name, negators_tsv, {"word", "note"}, [&](const TsvRecord& r) -> Status {
    const std::string_view word = r.fields[0];
    if (!IsLowerWord(word)) {
      return TsvError(negators_name, r.line,
                      fmt::format("\"{}\" is not one lower-case word", word));
    }
    if (!lexicon->negators_.emplace(word).second) {
      return TsvError(negators_name, r.line, fmt::format("\"{}\" listed twice", word));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return std::shared_ptr<const ToneLexicon>(std::move(lexicon));
}

std::optional<double> ToneLexicon::Valence(std::string_view lower_word) const {
  auto it = valences_.find(lower_word);
  if (it == valences_.end()) return std::nullopt;
  return it->second;
}

bool ToneLexicon::IsNegator(std::string_view lower) const { return negators_.contains(lower); }

void ToneCounter::AddSentence(std::string_view text, std::span<const text::Token> tokens,
                              const std::vector<Word>& words, const ToneLexicon& lexicon) {
  const bool tagged = !words.empty() && words.size() == tokens.size();
  Counts c;
  // Words seen since the nearest negator in this clause; >= the window when none.
  uint32_t since_negator = kNegationWindow;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    if (t.end > text.size() || t.start >= t.end) continue;  // not our text: skip, never read past
    const std::string_view form = text.substr(t.start, t.end - t.start);
    if (t.kind == text::TokenKind::kPunct) {
      if (EndsClause(form)) since_negator = kNegationWindow;
      continue;
    }
    const std::string lower = Lower(form);
    const Word* w = tagged ? &words[i] : nullptr;
    if (lexicon.IsNegator(lower)) {
      // "not only ... but also" affirms.
      const bool not_only = i + 1 < tokens.size() && tokens[i + 1].end <= text.size() &&
                            Lower(text.substr(tokens[i + 1].start,
                                              tokens[i + 1].end - tokens[i + 1].start)) == "only";
      since_negator = not_only ? kNegationWindow : 0;
      if (IsWordToken(t.kind) && HasLetter(form)) ++c.words;
      continue;
    }
    if (!IsWordToken(t.kind) || !HasLetter(form)) continue;
    ++c.words;
    if (w != nullptr && w->upos == "VERB") ++c.verbs;
    if (IsFirstPerson(lower) && form != "US" && (w == nullptr || w->upos == "PRON")) ++c.self;

    std::optional<double> valence;
    if (w == nullptr || !TagHasNoValence(w->upos)) {
      valence = lexicon.Valence(lower);
      if (!valence && w != nullptr && !w->lemma.empty()) valence = lexicon.Valence(Lower(w->lemma));
    }
    if (valence && *valence != 0) {
      const bool negated = since_negator < kNegationWindow;
      const double v = negated ? -*valence : *valence;
      if (v > 0) ++c.positive;
      if (v < 0) ++c.negative;
    }
    if (since_negator < kNegationWindow) ++since_negator;
  }
  sentence_ = c;
  article_.words += c.words;
  article_.positive += c.positive;
  article_.negative += c.negative;
  article_.verbs += c.verbs;
  article_.self += c.self;
}

Tone ToneCounter::Sentence() const { return ToTone(sentence_); }

Tone ToneCounter::Article() const { return ToTone(article_); }

Tone ToneCounter::ToTone(const Counts& c) {
  Tone t;
  t.word_count = c.words;
  if (c.words == 0) return t;
  const double per = 100.0 / c.words;
  t.positive = c.positive * per;
  t.negative = c.negative * per;
  t.tone = t.positive - t.negative;
  t.polarity = t.positive + t.negative;
  t.activity = c.verbs * per;
  t.self_group = c.self * per;
  return t;
}

}  // namespace newsgraph::extract
