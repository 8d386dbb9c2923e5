// Stage 6 of the cleaner (see stages.h): Unicode NFC through ICU's UTF-8
// normaliser and its edit list, run only on the ranges where the NFC quick
// check fails (nfc_check.h); the rest of the text is already in NFC.
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <string>

#include "text/nfc_check.h"
#include "text/stages.h"

namespace newsgraph::text {
namespace {

// Appends ICU's edits for text[range] (offsets in `text`).
Status AppendNfcEdits(const icu::Normalizer2& nfc, std::string_view text, ByteRange range,
                      std::vector<TextEdit>* edits) {
  UErrorCode err = U_ZERO_ERROR;
  icu::StringPiece piece(text.data() + range.begin, static_cast<int32_t>(range.end - range.begin));
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits changes;
  nfc.normalizeUTF8(0, piece, sink, &changes, err);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(err));
  icu::Edits::Iterator it = changes.getFineChangesIterator();
  while (it.next(err)) {
    const auto begin = range.begin + static_cast<uint32_t>(it.sourceIndex());
    edits->push_back({begin, begin + static_cast<uint32_t>(it.oldLength()),
                      normalized.substr(static_cast<size_t>(it.destinationIndex()),
                                        static_cast<size_t>(it.newLength())),
                      "nfc", ""});
  }
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC edits: ") + u_errorName(err));
  return Status::Ok();
}

}  // namespace

Result<std::vector<TextEdit>> FindNfcEdits(std::string_view text) {
  std::vector<TextEdit> edits;
  auto ranges = NfcSuspectRanges(text);
  if (!ranges.ok()) return ranges.status();
  if (ranges->empty()) return edits;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(err));
  for (ByteRange range : *ranges) {
    Status s = AppendNfcEdits(*nfc, text, range, &edits);
    if (!s.ok()) return s;
  }
  return edits;
}

}  // namespace newsgraph::text
