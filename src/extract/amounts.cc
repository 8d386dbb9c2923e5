#include "extract/amounts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace newsgraph::extract {
namespace {

using K = AmountWordKind;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "2,500", "8.2", "60": digits with thousands commas and a decimal part.
std::optional<double> ParseDigits(std::string_view s) {
  if (s.empty() || !IsDigit(s.front()) || !IsDigit(s.back())) return std::nullopt;
  std::string plain;
  size_t group = 0;
  bool comma = false, point = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (IsDigit(c)) {
      plain.push_back(c);
      ++group;
    } else if (c == ',' && !point && (comma ? group == 3 : group >= 1 && group <= 3)) {
      comma = true;
      group = 0;
    } else if (c == '.' && !point && (!comma || group == 3)) {
      point = true;
      plain.push_back('.');
      group = 3;  // a comma may not follow
    } else {
      return std::nullopt;
    }
  }
  if (comma && !point && group != 3) return std::nullopt;
  double v = 0;
  const auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), v);
  if (ec != std::errc() || end != plain.data() + plain.size()) return std::nullopt;
  return v;
}

bool IsCapitalised(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

// A currency written before the number: a sign ("$", "US$", "£") or "Rs";
// currency words ("euro", "dollars") only follow it ("Euro 2004" is a
// tournament).
bool IsCurrencySign(std::string_view low) {
  if (low == "rs") return true;
  return std::none_of(low.begin(), low.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
         low.find('$') != std::string_view::npos;
}

// Words after a number that make it a clock time ("1200 GMT", "10 am").
constexpr std::array<std::string_view, 13> kClockWords = {
    "gmt", "bst", "utc", "est", "edt", "cet", "et", "hrs", "hours", "am", "pm", "a.m.", "p.m."};

constexpr std::array<std::string_view, 10> kDeterminers = {"the", "a",   "an",  "its",   "their",
                                                           "his", "her", "our", "these", "those"};

class Finder {
 public:
  Finder(std::string_view text, std::span<const text::Token> tokens, const std::vector<Word>& words,
         const AmountWords& lexicon, std::span<const std::pair<uint32_t, uint32_t>> skip)
      : text_(text), tokens_(tokens), words_(words), lex_(lexicon), skip_(skip) {
    for (const text::Token& t : tokens) {
      std::string low(text.substr(t.start, t.end - t.start));
      for (char& c : low) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      low_.push_back(std::move(low));
    }
  }

  std::vector<FoundAmount> Run() {
    std::vector<FoundAmount> out;
    for (size_t i = 0; i < tokens_.size();) {
      size_t next = i + 1;
      if (auto a = At(i, &next)) out.push_back(std::move(*a));
      i = next;
    }
    return out;
  }

 private:
  struct Number {
    size_t next = 0;
    double value = 0;
    std::string unit = "count";
    std::string approximation;
    bool digits = false;     // written in digits
    bool bare_year = false;  // four digits that may be a year
  };

  const std::string& Low(size_t i) const {
    static const std::string kNone;
    return i < low_.size() ? low_[i] : kNone;
  }
  std::string_view Raw(size_t i) const {
    return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }
  bool Glued(size_t i) const {
    return i > 0 && i < tokens_.size() && tokens_[i].start == tokens_[i - 1].end;
  }
  std::string_view Upos(size_t i) const {
    // Not a ?: with "": its std::string temporary would dangle.
    if (i < words_.size()) return words_[i].upos;
    return {};
  }
  // The longest phrase of `kind` starting at token i; its length in tokens.
  const AmountWord* Phrase(size_t i, K kind, size_t* length) const {
    std::string phrase;
    const AmountWord* best = nullptr;
    for (size_t n = 0; n < AmountWords::kMaxPhraseWords && i + n < low_.size(); ++n) {
      if (n > 0) phrase += ' ';
      phrase += low_[i + n];
      if (const AmountWord* w = lex_.Find(phrase, kind)) {
        best = w;
        *length = n + 1;
      }
    }
    return best;
  }
  const AmountWord* Entry(size_t i, K kind) const {
    return i < low_.size() ? lex_.Find(low_[i], kind) : nullptr;
  }

  // A number word ("three", "twenty-five"), digits, or "a" before a scale
  // or "dozen".
  std::optional<Number> Count(size_t k) const {
    Number n;
    if (k >= tokens_.size()) return std::nullopt;
    if (auto d = ParseDigits(Low(k))) {
      n.value = *d;
      n.next = k + 1;
      n.digits = true;
      n.bare_year = Low(k).size() == 4 && *d >= 1800 && *d <= 2099;
      return n;
    }
    if (const AmountWord* w = Entry(k, K::kNumber)) {
      n.value = w->value;
      n.next = k + 1;
      // twenty-five
      if (w->value >= 20 && Low(k + 1) == "-" && Glued(k + 1) && Glued(k + 2)) {
        if (const AmountWord* unit = Entry(k + 2, K::kNumber);
            unit != nullptr && unit->value < 10) {
          n.value += unit->value;
          n.next = k + 3;
        }
      }
      return n;
    }
    if ((Low(k) == "a" || Low(k) == "an") &&
        (Entry(k + 1, K::kScale) != nullptr || Low(k + 1) == "dozen")) {
      n.value = 1;
      n.next = k + 1;
      return n;
    }
    return std::nullopt;
  }

  // The number at k with its scales, fractions and unit.
  std::optional<Number> NumberAt(size_t k) const {
    size_t length = 0;
    if (const AmountWord* w = Phrase(k, K::kPluralScale, &length)) {  // hundreds of
      if (Low(k + length) != "of") return std::nullopt;
      Number n;
      n.value = w->value;
      n.next = k + length;
      n.approximation = Low(k);
      for (size_t j = k + 1; j < k + length; ++j) n.approximation += " " + Low(j);
      return n;
    }
    if (const AmountWord* f = Entry(k, K::kFraction); f != nullptr && Low(k) == "half") {
      if (Low(k + 1) != "of" && Low(k + 1) != "the") return std::nullopt;
      return Number{k + 1, f->value, "fraction", "", false, false};
    }
    if ((Low(k) == "a" || Low(k) == "an") && Entry(k + 1, K::kFraction) != nullptr) {
      if (Low(k + 2) != "of" && Low(k + 2) != "the") return std::nullopt;  // "a third round"
      return Number{k + 2, Entry(k + 1, K::kFraction)->value, "fraction", "", false, false};
    }
    std::optional<Number> n = Count(k);
    if (!n) return std::nullopt;
    // two-thirds / one quarter
    size_t f = n->next;
    if (Low(f) == "-" && Glued(f) && Glued(f + 1)) ++f;
    if (const AmountWord* fraction = Entry(f, K::kFraction); fraction != nullptr && !n->digits) {
      if (Low(f + 1) != "of" && Low(f + 1) != "the") return std::nullopt;  // "a third round"
      return Number{f + 1, n->value * fraction->value, "fraction", "", false, false};
    }
    if (Low(k) == "a" || Low(k) == "an") {
      if (Low(n->next) == "dozen") {
        n->value = 12;
        ++n->next;
      } else if (Entry(n->next, K::kScale) == nullptr) {
        return std::nullopt;
      }
    }
    // scales: "3 thousand", "1.2 million", "$280bn" (abbreviations glued only)
    while (const AmountWord* scale = Entry(n->next, K::kScale)) {
      // "5m", "10k" only glued ("5 m" is five metres); "12.5 mln" either way
      if (Low(n->next).size() == 1 && !Glued(n->next)) break;
      n->value *= scale->value;
      n->bare_year = false;
      ++n->next;
    }
    if (Entry(n->next, K::kPercent) != nullptr || Phrase(n->next, K::kPercent, &length)) {
      if (Entry(n->next, K::kPercent) != nullptr) length = 1;
      Phrase(n->next, K::kPercent, &length);
      n->unit = "percent";
      n->next += length;
      n->bare_year = false;
    } else if (const AmountWord* currency = Entry(n->next, K::kCurrency)) {
      n->unit = "currency:" + currency->code;
      ++n->next;
      n->bare_year = false;
    }
    return n;
  }

  std::optional<FoundAmount> At(size_t i, size_t* next) const {
    size_t k = i;
    std::string approximation;
    size_t length = 0;
    if (const AmountWord* a = Phrase(k, K::kApproximator, &length)) {
      approximation = a->code;
      k += length;
    }
    std::string currency;
    if (const AmountWord* c = Entry(k, K::kCurrency);
        c != nullptr && IsCurrencySign(Low(k)) && ParseDigits(Low(k + 1))) {
      currency = c->code;
      ++k;
    }
    std::optional<Number> n = NumberAt(k);
    if (!n) return std::nullopt;
    *next = n->next;
    if (!currency.empty()) n->unit = "currency:" + currency;
    if (approximation.empty()) approximation = n->approximation;
    const bool hedged = !approximation.empty() || !currency.empty();
    if (IsLabel(i, k, *n, hedged)) return std::nullopt;

    FoundAmount a;
    a.start = tokens_[i].start;
    a.end = tokens_[n->next - 1].end;
    for (const auto& [from, to] : skip_) {
      if (a.start < to && from < a.end) return std::nullopt;  // inside a date
    }
    a.value = n->value;
    a.unit = n->unit;
    a.approximation = approximation;
    size_t head = tokens_.size();
    const bool of_object =
        n->unit == "percent" || n->unit == "fraction" || !n->approximation.empty();
    if (n->unit.starts_with("currency:")) return a;  // "$50 a barrel": no object
    if (auto object = Object(n->next, of_object, &head, next)) a.object = object;
    if (n->unit == "count" && !a.object) return std::nullopt;  // a bare number
    if (head < words_.size()) {
      // "over two years", "12 years service": a duration
      if (IsTimeUnit(head) || IsTimeUnit(FirstNoun(n->next))) return std::nullopt;
      a.count_type = CountType(head, /*events=*/n->unit == "count");
    }
    if (Low(i) == "one" && a.unit == "count" && a.count_type.empty()) {
      return std::nullopt;  // "one thing"
    }
    return a;
  }

  // Whether the number at k is a label, a year, an age, a time or a score.
  bool IsLabel(size_t i, size_t k, const Number& n, bool hedged) const {
    if (i > 0 && Entry(i - 1, K::kNotBefore) != nullptr) return true;  // No. 10, aged 45
    if (!hedged && i > 0 && IsCapitalised(Raw(i - 1)) && Upos(i - 1) == "PROPN") {
      return true;  // Boeing 747, Resolution 1441
    }
    if (k == i && Glued(k) &&
        (Low(k - 1) == "-" || std::isalpha(static_cast<unsigned char>(Low(k - 1)[0])))) {
      return true;  // F-16, COVID-19
    }
    if (Low(n.next) == "-" && Glued(n.next) && Glued(n.next + 1)) {
      return true;  // 3-1, 2000-2500, a 45-year-old, a four-day tour, a 10-point plan
    }
    if ((Low(n.next) == "years" || Low(n.next) == "year") && Low(n.next + 1) == "old") return true;
    if (std::find(kClockWords.begin(), kClockWords.end(), Low(n.next)) != kClockWords.end()) {
      return true;  // 1200 GMT
    }
    // "Four Tops", "former Three Degrees star": a number word in a name
    // (capitalised inside the sentence, or before a proper noun)
    if (!n.digits && !hedged && n.next < tokens_.size() && IsCapitalised(Raw(n.next)) &&
        (Upos(n.next) == "PROPN" || (k > 0 && IsCapitalised(Raw(k))))) {
      return true;
    }
    if (n.bare_year && !hedged) return true;  // the 2014 elections
    static constexpr std::array<std::string_view, 9> kDefinite = {
        "the", "these", "those", "its", "their", "his", "her", "our", "both"};
    if (!hedged && i > 0 &&
        std::find(kDefinite.begin(), kDefinite.end(), Low(i - 1)) != kDefinite.end()) {
      return true;  // "the two countries": a reference, not a count
    }
    return false;
  }

  // What the amount counts: the noun phrase after it (after "of" for
  // percentages, fractions, "hundreds of"), with one "of"/"from" phrase.
  std::optional<std::pair<uint32_t, uint32_t>> Object(size_t j, bool after_of, size_t* head,
                                                      size_t* next) const {
    if (Low(j) == "of") {
      if (!after_of) return std::nullopt;  // "one of the", "2,500 of them"
      ++j;
    }
    size_t end = NounRun(j, head);
    if (end == j) return std::nullopt;
    const uint32_t start = tokens_[j].start;
    if ((Low(end) == "of" || Low(end) == "from")) {
      size_t inner_head = 0;
      const size_t inner = NounRun(end + 1, &inner_head);
      if (inner > end + 1) end = inner;
    }
    *next = std::max(*next, end);
    return std::make_pair(start, tokens_[end - 1].end);
  }

  // [determiner] adjectives/nouns ending in a noun, from j; returns the end
  // (j when there is none) and the last noun as the head.
  size_t NounRun(size_t j, size_t* head) const {
    size_t k = j;
    if (std::find(kDeterminers.begin(), kDeterminers.end(), Low(k)) != kDeterminers.end()) ++k;
    size_t end = j;
    for (; k < tokens_.size(); ++k) {
      const std::string_view upos = Upos(k);
      const bool hyphen = Low(k) == "-" && Glued(k) && Glued(k + 1);
      if (upos == "NOUN" || upos == "PROPN") {
        end = k + 1;
        *head = k;
      } else if (upos != "ADJ" && !hyphen) {
        break;
      }
    }
    return end;
  }

  // The count-type entry of word w: its lemma, its form, its form without
  // a plural "s".
  const AmountWord* TypeEntry(size_t w) const {
    const AmountWord* t = lex_.Find(words_[w].lemma, K::kCountType);
    if (t == nullptr) t = Entry(w, K::kCountType);
    if (t == nullptr && Low(w).size() > 1 && Low(w).back() == 's') {
      t = lex_.Find(std::string_view(Low(w)).substr(0, Low(w).size() - 1), K::kCountType);
    }
    return t;
  }

  // The first noun from j on (tokens_.size() if none before a non-noun).
  size_t FirstNoun(size_t j) const {
    for (size_t k = j; k < tokens_.size() && k < words_.size(); ++k) {
      const std::string_view upos = Upos(k);
      if (upos == "NOUN" || upos == "PROPN") return k;
      if (upos != "ADJ" && upos != "DET") break;
    }
    return tokens_.size();
  }

  bool IsTimeUnit(size_t w) const {
    if (w >= words_.size()) return false;
    static constexpr std::array<std::string_view, 10> kUnits = {
        "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "time"};
    std::string_view lemma = words_[w].lemma, low = Low(w);
    if (low.size() > 1 && low.back() == 's') low.remove_suffix(1);
    return std::find(kUnits.begin(), kUnits.end(), lemma) != kUnits.end() ||
           std::find(kUnits.begin(), kUnits.end(), low) != kUnits.end();
  }

  // KILL ... from the words around the counted noun: its modifiers; when
  // it is the subject or object of a verb, that verb and the verb's
  // complements ("left 2,000 people homeless"); then the noun itself
  // ("refugees", "soldiers": FORCES).
  // `events` false (percentages, fractions): the noun's own type only.
  std::string CountType(size_t head, bool events) const {
    auto event_type = [&](size_t w) -> std::string {
      const AmountWord* t = TypeEntry(w);
      return t == nullptr || t->code == "FORCES" ? "" : t->code;
    };
    for (size_t w = 0; w < words_.size() && events; ++w) {
      if (words_[w].head == head + 1) {
        if (std::string t = event_type(w); !t.empty()) return t;
      }
    }
    const std::string_view relation = words_[head].deprel;
    const uint32_t verb = words_[head].head;
    bool has_case = false;  // "in 3 villages": a place, not who was hit
    for (const auto& w : words_) has_case = has_case || (w.head == head + 1 && w.deprel == "case");
    const bool argument = relation == "nsubj" || relation == "nsubj:pass" || relation == "obj" ||
                          (relation == "obl" && !has_case);  // "left 2,000 people homeless"
    if (events && argument && verb > 0 && verb <= words_.size()) {
      if (std::string t = event_type(verb - 1); !t.empty()) return t;
      for (size_t w = 0; w < words_.size(); ++w) {
        const std::string_view r = words_[w].deprel;
        if (words_[w].head == verb &&
            (r == "xcomp" || r == "conj" || r == "advcl" || r == "advmod")) {
          if (std::string t = event_type(w); !t.empty()) return t;
        }
      }
    }
    const AmountWord* noun = TypeEntry(head);
    return noun == nullptr ? "" : noun->code;
  }

  std::string_view text_;
  std::span<const text::Token> tokens_;
  const std::vector<Word>& words_;
  const AmountWords& lex_;
  std::span<const std::pair<uint32_t, uint32_t>> skip_;
  std::vector<std::string> low_;
};

}  // namespace

std::vector<FoundAmount> FindAmounts(std::string_view text, std::span<const text::Token> tokens,
                                     const std::vector<Word>& words, const AmountWords& lexicon,
                                     std::span<const std::pair<uint32_t, uint32_t>> skip) {
  return Finder(text, tokens, words, lexicon, skip).Run();
}

}  // namespace newsgraph::extract
