#include "extract/quotes.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "extract/quote_spans.h"
#include "extract/speakers.h"

namespace newsgraph::extract {
namespace {

struct DirectQuote {
  QuotedSpan q;
  uint32_t paragraph = 0;
  bool opens_paragraph = false;  // nothing but white space before it in its paragraph
};

struct Found {
  uint32_t start = 0, end = 0;
  bool direct = true;
  Attribution attribution;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

uint32_t CountWords(std::string_view s) {
  uint32_t n = 0;
  bool in_word = false;
  for (char c : s) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++n;
    }
  }
  return n;
}

// The quoted spans of each paragraph (runs of sentences with one paragraph
// index), an unclosed one cut after kMaxQuoteSentences sentences and the
// rest of the paragraph searched again.
std::vector<DirectQuote> DirectQuotes(const Document& doc) {
  std::vector<DirectQuote> out;
  const std::string& text = doc.text();
  const auto& sentences = doc.sentences;
  for (size_t first = 0; first < sentences.size();) {
    size_t last = first;
    while (last + 1 < sentences.size() &&
           sentences[last + 1].paragraph == sentences[first].paragraph)
      ++last;
    const uint32_t begin = sentences[first].range.start, end = sentences[last].range.end;
    for (uint32_t pos = begin; pos < end;) {
      std::vector<QuotedSpan> spans = FindQuotedSpans(text, pos, end);
      pos = end;
      for (QuotedSpan& q : spans) {
        if (!q.closed) {
          size_t k = first;
          while (k < last && sentences[k].range.end <= q.open) ++k;
          const uint32_t cap = sentences[std::min(last, k + kMaxQuoteSentences - 1)].range.end;
          if (q.end > cap) {
            q.end = cap;
            q.close = cap;
            while (q.end > q.start && IsSpace(text[q.end - 1])) --q.end;
            pos = cap;
          }
        }
        bool opens = true;
        for (uint32_t i = begin; i < q.open && opens; ++i) opens = IsSpace(text[i]);
        out.push_back({q, sentences[first].paragraph, opens});
      }
    }
    first = last + 1;
  }
  return out;
}

// The reported words in words[a..b]: without a leading "that", "whether"
// or "and", edge punctuation, or an unclosed parenthesis at the end ("in
// various fields (French"). False when nothing is left.
bool TrimClause(const std::vector<Word>& words, const std::string& text, uint32_t* a, uint32_t* b) {
  const auto form = [&](uint32_t k) {
    return std::string_view(text).substr(words[k].span.start,
                                         words[k].span.end - words[k].span.start);
  };
  while (*a < *b && (words[*a].upos == "PUNCT" || words[*a].upos == "SCONJ" ||
                     words[*a].upos == "CCONJ" || form(*a) == "that" || form(*a) == "whether")) {
    ++*a;
  }
  for (int round = 0; round < 2; ++round) {
    while (*b > *a && words[*b].upos == "PUNCT" && form(*b) != ")") --*b;
    uint32_t open = *b + 1;
    int depth = 0;
    for (uint32_t k = *a; k <= *b; ++k) {
      if (form(k) == "(") {
        if (depth++ == 0) open = k;
      } else if (form(k) == ")" && depth > 0) {
        --depth;
      }
    }
    if (depth > 0) {
      if (open <= *a) return false;
      *b = open - 1;
    }
  }
  // A clause has a verb ("…," said energy analyst Orin Middleton is not one).
  bool verb = false;
  for (uint32_t k = *a; k <= *b && *a < *b; ++k) {
    verb = verb || words[k].upos == "VERB" || words[k].upos == "AUX";
  }
  return *a < *b && verb;
}

// Clause complements of speech verbs outside the direct quotes: the ccomp
// dependents of the verb (several on one side are one clause the parser
// split), a clause fronted as its parataxis or dislocated dependent ("The
// talks were useful, the minister said"), or the clause the verb hangs off
// as a parataxis.
void AddReported(const Document& doc, const Speakers& speakers, std::vector<Found>* found) {
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const std::vector<Word>& words = speakers.WordsOf(s);
    for (uint32_t i = 0; i < words.size(); ++i) {
      const QuoteCueKind* kind = speakers.CueKind({s, i});
      if (kind == nullptr || *kind != QuoteCueKind::kSpeech) continue;
      std::optional<std::pair<uint32_t, uint32_t>> clause;
      for (uint32_t j = 0; j < words.size(); ++j) {
        if (words[j].head != i + 1) continue;
        const std::string& rel = words[j].deprel;
        if (rel.rfind("ccomp", 0) != 0 && rel.rfind("parataxis", 0) != 0 && rel != "dislocated") {
          continue;
        }
        const auto [a, b] = speakers.Subtree({s, j});
        if (a <= i && i <= b) continue;
        if (!clause) {
          clause = {a, b};
        } else if ((a > i) == (clause->first > i)) {  // same side of the verb
          clause = {std::min(a, clause->first), std::max(b, clause->second)};
        }
      }
      const uint32_t h = words[i].head == 0 ? 0 : words[i].head - 1;
      if (!clause && words[i].head != 0 && h < i && words[i].deprel.rfind("parataxis", 0) == 0) {
        const uint32_t a = speakers.Subtree({s, h}).first;
        const uint32_t first_of_cue = speakers.Subtree({s, i}).first;
        if (first_of_cue > a) clause = {a, first_of_cue - 1};
      }
      if (!clause) continue;
      uint32_t a = clause->first, b = clause->second;
      if (!TrimClause(words, doc.text(), &a, &b)) continue;
      bool quoted = false;
      for (uint32_t k = a; k <= b && !quoted; ++k) quoted = speakers.InQuote(words[k].span.start);
      if (quoted) continue;
      found->push_back({words[a].span.start, words[b].span.end, false, speakers.Attribute({s, i})});
    }
  }
}

uint32_t SentenceAt(const Document& doc, uint32_t pos) {
  auto it =
      std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                       [](uint32_t p, const text::SentenceRange& r) { return p < r.range.start; });
  return it == doc.sentences.begin() ? 0 : static_cast<uint32_t>(it - doc.sentences.begin() - 1);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::vector<Quote> FindQuotes(const Document& doc, const std::vector<Entity>& entities,
                              const QuoteCues& cues) {
  const std::vector<DirectQuote> direct = DirectQuotes(doc);
  std::vector<ByteRange> marks;
  for (const DirectQuote& d : direct) marks.emplace_back(d.q.open, d.q.close);
  const Speakers speakers(doc, entities, cues, marks);
  const std::string& text = doc.text();

  std::vector<Found> found;
  const DirectQuote* previous = nullptr;  // the last direct quote kept
  for (const DirectQuote& d : direct) {
    Found f{d.q.start, d.q.end, true, {}};
    if (std::optional<WordRef> cue = speakers.CueForQuote(d.q.open, d.q.close)) {
      f.attribution = speakers.Attribute(*cue);
    } else if (previous != nullptr && found.back().attribution.cue &&
               (previous->paragraph == d.paragraph || (!previous->q.closed && d.opens_paragraph))) {
      // "“We agree,” he said. “But not yet.”", and a quote running on into
      // the next paragraph: the same speaker goes on.
      f.attribution = found.back().attribution;
    } else if (CountWords(std::string_view(text).substr(f.start, f.end - f.start)) <
               kMinUnattributedWords) {
      continue;
    }
    found.push_back(f);
    previous = &d;
  }
  AddReported(doc, speakers, &found);
  std::stable_sort(found.begin(), found.end(),
                   [](const Found& a, const Found& b) { return a.start < b.start; });

  std::vector<Quote> quotes;
  for (const Found& f : found) {
    Quote q;
    q.id = fmt::format("Q{}", quotes.size() + 1);
    uint32_t end = f.end;
    // The comma before the attribution ("We agree," he said) is not quoted.
    while (end > f.start && (text[end - 1] == ',' || IsSpace(text[end - 1]))) --end;
    if (end == f.start) continue;
    q.span = doc.mapped.MakeSpan(f.start, end);
    q.sentence = SentenceAt(doc, f.start);
    q.text = text.substr(f.start, end - f.start);
    q.direct = f.direct;
    const Attribution& a = f.attribution;
    q.speaker = a.entity;
    if (a.speaker)
      q.speaker_text = text.substr(a.speaker->first, a.speaker->second - a.speaker->first);
    if (a.cue) {
      const Word& w = speakers.WordsOf(a.cue->sentence)[a.cue->index];
      q.cue = Lower(w.lemma);
      q.cue_span = doc.mapped.MakeSpan(w.span.start, w.span.end);
    }
    quotes.push_back(std::move(q));
  }
  return quotes;
}

}  // namespace newsgraph::extract
