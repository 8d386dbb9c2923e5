// Actor and agent entries as the coder uses them, whatever file they came
// from: our own actor data (data/actors/*.tsv) or PETRARCH/TABARI .actors and
// .agents dictionaries (lexicon/actor_dictionary.h, agent_dictionary.h).
//
// Dates are calendar days written as yyyymmdd integers (20210407). A dated
// code holds on [from, to). The dictionaries' limits are inclusive, as the
// TABARI manual (6.5.2: "prior to and including", "after and including")
// and PETRARCH's unit-test records (DATE-11: the last day of a range still
// holds) define them: `[CODE >d]` is {d, kNoEnd}, `[CODE <d]` is
// {kNoStart, d + 1 day}, `[CODE d1-d2]` is {d1, d2 + 1 day}. An unrestricted
// code is {kNoStart, kNoEnd}. Consecutive roles written with a shared day
// ([IRQELI 550101-790716] [IRQGOV 790716-030409]) both hold on it; CodeOn
// takes the one listed first.
//
// Thread-safety: plain values.
#ifndef NEWSGRAPH_LEXICON_ACTOR_CODES_H_
#define NEWSGRAPH_LEXICON_ACTOR_CODES_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::lexicon {

inline constexpr int32_t kNoStart = std::numeric_limits<int32_t>::min();
inline constexpr int32_t kNoEnd = std::numeric_limits<int32_t>::max();

struct DatedCode {
  std::string code;  // "IRQGOV", "IGOUNO", ...
  int32_t from = kNoStart;
  int32_t to = kNoEnd;

  // TABARI's special codes name no actor: "---" null, "+++" complex (the
  // sentence needs a human), "###" discard (the sentence is not news).
  bool names_actor() const { return code != "---" && code != "+++" && code != "###"; }
  bool restricted() const { return from != kNoStart || to != kNoEnd; }
  bool HoldsOn(int32_t date) const { return from <= date && date < to; }
};

struct ActorEntry {
  std::string name;              // the block's first phrase, '_' written as ' '
  std::vector<DatedCode> codes;  // in file order; never empty
  std::string origin;            // "Phoenix.Countries.actors.txt:22443"
};

// The code of `entry` in force on `date` (yyyymmdd), as TABARI (manual
// 6.5.2) and PETRARCH define it: the first restricted code, in file order,
// that holds on that date, else the first unrestricted code (the default),
// else nullptr - the null code: the entry names someone who held no coded
// role then (SADDAM_HUSSEIN_ after 061230). With no date (nullopt) the first
// unrestricted code, else the restricted one with the latest `to` (a best
// guess; PETRARCH always has a date). Never null for nullopt and an entry
// with codes. The code "---" is TABARI's explicit null code: callers treat
// it as "not an actor".
const DatedCode* CodeOn(const ActorEntry& entry, std::optional<int32_t> date);

// An agent (sector) word: "MINISTER" -> GOV. A suffix agent (TABARI `~GOV`)
// is appended to the actor's country code (IRQ + GOV = IRQGOV); a prefix
// agent (`GOV~`) is put in front of it.
struct AgentEntry {
  enum class Affix { kSuffix, kPrefix };
  std::string name;  // as written, '_' written as ' '
  std::string code;  // without the '~'
  Affix affix = Affix::kSuffix;
  std::string origin;  // "Phoenix.agents.txt:12"
};

// "2021-04-07" (or a longer ISO 8601 timestamp) -> 20210407; nullopt when the
// text does not start with a yyyy-mm-dd day that exists (2021-02-29 does not).
std::optional<int32_t> ParseIsoDay(std::string_view iso);

}  // namespace newsgraph::lexicon

#endif  // NEWSGRAPH_LEXICON_ACTOR_CODES_H_
