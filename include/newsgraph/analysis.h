// newsgraph/analysis.h — the structured result of analysing one article.
//
// These types are the in-memory form of the output contract documented in
// docs/output.md (JSON Schema: docs/analysis.schema.json). Field names match
// the JSON names. Every span carries byte offsets into `Analysis::text` (the
// repaired text) and into the raw input bytes, so evidence can always be shown
// in both.
//
// INVARIANT (checked by tests/core/offsets_property_test.cc): for every span,
// text.substr(start, end - start) is the span's text, and re-running the text
// stage on raw.substr(raw_start, raw_end - raw_start) reproduces it.
//
// Thread-safety: plain values.
#ifndef NEWSGRAPH_ANALYSIS_H_
#define NEWSGRAPH_ANALYSIS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph {

// A half-open byte range [start, end) in the repaired text and the
// corresponding half-open range [raw_start, raw_end) in the raw input.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t raw_start = 0;
  uint32_t raw_end = 0;
};

// One change the text stage made to the raw input, or one flag it raised
// on the text (duplicate paragraph, boilerplate) without changing it.
struct Repair {
  std::string kind;    // see docs/output.md: "mojibake", "html_entity", "nfc", ...
  Span span;           // where the result sits in `text` (may be empty: a deletion)
  std::string before;  // raw bytes that were replaced
  std::string after;   // what replaced them; for a flag, text[start, end)
  std::string note;    // why / how, e.g. the encoding path; may be empty
};

// A range of `text` kept (nothing is lost) but left out of sentence, entity
// and event analysis: a duplicated paragraph, a social-media or photo credit.
struct Exclusion {
  Span span;
  std::string kind;  // "duplicate_paragraph" or "boilerplate"
};

// One token of a sentence with its linguistic annotation (the tagger,
// lemmatizer and dependency parser; docs/models.md). Tags are Universal
// Dependencies UPOS and FEATS and Penn Treebank XPOS; relations are UD's.
struct Word {
  Span span;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;   // "_" when none
  uint32_t head = 0;   // 0 = the root, else the 1-based index of the head in
                       // its sentence's `words`
  std::string deprel;  // "root" for the root word
};

// Lexicon tone in GDELT's V2Tone terms, over a sentence or the article
// (docs/output.md, "tone").
struct Tone {
  double tone = 0;        // positive - negative
  double positive = 0;    // % of words with a positive valence
  double negative = 0;    // % of words with a negative valence
  double polarity = 0;    // positive + negative
  double activity = 0;    // % of words that are (non-auxiliary) verbs
  double self_group = 0;  // % of words that are first-person pronouns
  uint32_t word_count = 0;
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;   // 0-based paragraph index
  std::vector<Word> words;  // a single-rooted tree over the sentence's tokens
  std::optional<Tone> tone;
};

struct Mention {
  Span span;
  uint32_t sentence = 0;  // index into Analysis::sentences
  std::string text;       // equals the slice of Analysis::text
};

// A position a person holds, as the article states it ("the Iraqi Foreign
// Minister, Fuad Hussein"): the title, the country it is held in and the
// CAMEO/PLOVER sector it implies.
struct Role {
  std::string title;                   // as written, e.g. "Foreign Minister"
  std::optional<std::string> country;  // ISO 3166-1 alpha-3, when stated
  std::string sector;                  // e.g. "GOV", "MIL"
  Span span;                           // the title (with its country word)
  uint32_t sentence = 0;
  std::string rule;  // the role word's dictionary entry, "actors/roles.tsv:31"
};

// How the entity is coded as an actor: a CAMEO-style code and the PLOVER
// actor fields, with the reason (dictionary entry or rule) for the code.
struct Actor {
  std::optional<std::string> code;     // CAMEO-style actor code, e.g. "IRQ", "USAGOV"
  std::optional<std::string> country;  // ISO 3166-1 alpha-3, or IGO/IMG/NGO/...
  std::optional<std::string> sector;   // CAMEO agent / PLOVER sector, e.g. "GOV"
  std::vector<std::string> other_sectors;  // PLOVER other_sector_codes
  std::optional<std::string> description;  // the position held, e.g. "Prime Minister of Iraq"
  std::string reason;  // why: "actors/people.tsv:24 Mustafa al-Kadhimi: IRQGOV 2020-05-07..2022-10-27"
};

// Where a place entity is: its country and, when the gazetteer knows the
// place, its coordinates (a city's, a capital's).
struct Place {
  std::string country;              // ISO 3166-1 alpha-3
  std::optional<std::string> city;  // the city's name in the gazetteer
  std::optional<double> latitude;
  std::optional<double> longitude;
};

struct Entity {
  std::string id;    // "E1", "E2", ... unique within the article
  std::string name;  // canonical name
  std::string type;  // PERSON, ORG, GPE, LOC, NORP, UNKNOWN
  std::vector<Mention> mentions;
  std::vector<Role> roles;
  Actor actor;
  std::optional<Place> place;  // GPE and LOC entities the gazetteer resolves
  std::string rule;  // which finder/dictionary produced it (evidence of reasoning)
};

struct EventArgument {
  std::optional<std::string> entity;  // Entity::id, when resolved
  std::string text;
  std::optional<std::string> code;    // actor code
};

struct Plover {
  std::optional<std::string> type;
  std::optional<std::string> mode;
  std::optional<std::string> context;
};

struct Event {
  std::string id;  // "V1", ...
  uint32_t sentence = 0;
  std::optional<EventArgument> source;
  std::optional<EventArgument> target;
  std::string cameo;  // CAMEO event code, e.g. "040"
  Plover plover;
  std::optional<double> goldstein;
  std::optional<int> quad_class;  // 1..4
  bool negated = false;
  // A modal auxiliary of the verb ("will", "would", "may", "could", ...):
  // the event is announced, possible or demanded rather than reported done.
  std::optional<std::string> modality;
  std::optional<std::string> attributed_to;  // Entity::id of a reporting speaker
  // When it happened, ISO 8601 (TimeExpression::value): from the sentence's
  // expression `date_expression` (a TimeExpression::id) when it has one,
  // else the article date; null when neither is known.
  std::optional<std::string> date;
  std::optional<std::string> date_expression;
  Span evidence;
  Span trigger;      // the word(s) that fired the rule
  std::string rule;  // dictionary entry that fired: "verbs.tsv:LINE", "CAMEO.2.0.txt:LINE"
};

// A temporal expression ("last June", "since 2014") with its ISO 8601 value
// resolved against the article date (docs/output.md, "dates[]").
struct TimeExpression {
  std::string id;  // "T1", ...
  Span span;
  uint32_t sentence = 0;
  std::string text;
  // "2020-06", "2014/2021-04-07", "P3Y", ...; null when the expression is
  // relative and the article date is unknown.
  std::optional<std::string> value;
  std::string resolution;  // day, week, month, season, quarter, half, year,
                           // decade, century, range, duration
  bool relative = false;   // resolved against the article date
  std::optional<std::string> modifier;  // "start", "mid", "end" ("early 2020")
};

// A number or count with what it counts ("about 3 thousand soldiers",
// "approximately 60% of the coalition forces", "a third of Iraq").
struct Amount {
  std::string id;  // "A1", ...
  Span span;       // the number with its approximator ("about 3 thousand")
  uint32_t sentence = 0;
  std::string text;
  double value = 0;       // 3000, 60, 0.333...
  std::string unit;       // "count", "percent", "fraction", "currency:USD", ...
  std::optional<std::string> approximation;  // "about", "more than", "nearly", ...
  std::optional<std::string> object;         // "soldiers from the international coalition forces"
  std::optional<Span> object_span;
  // GDELT-style count type when the sentence says what happened to the
  // counted: KILL, WOUND, ARREST, KIDNAP, AFFECT, or FORCES for troops.
  std::optional<std::string> count_type;
};

// A quotation and who said it: direct ("...") or reported ("X said that
// ..."), attributed to an entity when the speaker is one.
struct Quote {
  std::string id;  // "Q1", ...
  Span span;       // the quoted words, without the quote marks
  uint32_t sentence = 0;  // the sentence the quote starts in
  std::string text;
  bool direct = true;  // false: reported speech
  std::optional<std::string> speaker;       // Entity::id
  std::optional<std::string> speaker_text;  // as written ("Hussein", "the two countries")
  std::optional<std::string> cue;           // the cue verb's lemma ("say", "affirm")
  std::optional<Span> cue_span;
};

struct Analysis {
  std::string id;
  std::optional<std::string> source;
  std::optional<std::string> title;
  std::optional<std::string> date;
  // Where `date` comes from: "metadata" (the input), "credit" (a dated
  // credit line), "dateline"; null when there is no date.
  std::optional<std::string> date_source;
  std::string language;  // ISO 639-1 code or "und"
  std::string text;      // repaired text
  std::vector<Repair> repairs;
  std::vector<Exclusion> excluded;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::optional<std::string> focus_country;  // alpha-3 the article is mostly about
  std::vector<Event> events;
  std::vector<TimeExpression> dates;
  std::vector<Amount> amounts;
  std::vector<Quote> quotes;
  std::optional<Tone> tone;  // the article's
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_ANALYSIS_H_
