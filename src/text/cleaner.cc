#include "text/cleaner.h"

#include <utility>

#include "text/mojibake.h"
#include "text/repair_log.h"
#include "text/stages.h"
#include "text/text_edit.h"
#include "text/text_traits.h"

namespace newsgraph::text {
namespace {

std::vector<TextEdit> MojibakeEdits(std::string_view text, const MojibakeRepairer& repairer) {
  std::vector<TextEdit> edits;
  for (MojibakeEdit& m : repairer.Find(text)) {
    edits.push_back({m.begin, m.end, std::move(m.replacement), "mojibake", std::move(m.encoding_path)});
  }
  return edits;
}

}  // namespace

Result<std::shared_ptr<const Cleaner>> Cleaner::Create() {
  std::shared_ptr<Cleaner> c(new Cleaner());
  auto entities = HtmlEntityTable::LoadDefault();
  if (!entities.ok()) return entities.status();
  c->entities_ = std::move(entities).value();
  auto mojibake = MojibakeRepairer::Create();
  if (!mojibake.ok()) return mojibake.status();
  c->mojibake_ = std::move(mojibake).value();
  auto flagger = ParagraphFlagger::LoadDefault();
  if (!flagger.ok()) return flagger.status();
  c->flagger_ = std::make_unique<const ParagraphFlagger>(std::move(flagger).value());
  return std::shared_ptr<const Cleaner>(std::move(c));
}

Result<CleanText> Cleaner::Clean(std::string_view raw) const {
  RepairLog log;
  MappedText text = MappedText::Identity(raw);
  // Clean input skips the stages that cannot change it.
  TextTraits traits = ScanTraits(raw);
  auto run = [&](std::vector<TextEdit> edits) {
    if (edits.empty()) return;
    // Rather than scan the new text again, widen the traits: its bytes come
    // from the old text or from the replacements, and edits may make new
    // neighbours. Each trait is a necessary condition for its stage to find
    // anything, so a trait that is wrongly set costs that stage one look at
    // the text and changes no result.
    for (const TextEdit& e : edits) AddBytes(e.replacement, &traits);
    traits.has_layout_issue = traits.has_paragraph_break = true;
    text = ApplyEdits(text, std::move(edits), &log);
  };
  if (traits.has_ampersand) run(FindEntityEdits(text.text(), entities_));
  if (traits.has_non_ascii) run(MojibakeEdits(text.text(), *mojibake_));
  if (traits.has_odd_control || traits.has_non_ascii) run(FindCharacterEdits(text.text()));
  if (traits.has_layout_issue) run(FindLayoutEdits(text.text()));
  if (traits.has_paragraph_break) run(FindFragmentEdits(text.text()));
  if (traits.may_need_nfc) {
    auto nfc = FindNfcEdits(text.text());
    if (!nfc.ok()) return nfc.status();
    run(std::move(*nfc));
  }

  std::vector<Exclusion> excluded;
  for (ParagraphFlag& f : flagger_->Find(text.text())) {
    log.Flag(text, f.start, f.end, f.kind, f.note);
    excluded.push_back({text.MakeSpan(f.start, f.end), f.kind});
  }
  std::vector<Repair> repairs = std::move(log).Finish(text, raw);
  return CleanText{std::move(text), std::move(repairs), std::move(excluded)};
}

Result<CleanText> Clean(std::string_view raw) {
  static const Result<std::shared_ptr<const Cleaner>> cleaner = Cleaner::Create();
  if (!cleaner.ok()) return cleaner.status();
  return (*cleaner)->Clean(raw);
}

}  // namespace newsgraph::text
