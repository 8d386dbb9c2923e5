// Stage 6 of the cleaner (see stages.h): Unicode NFC through ICU's UTF-8
// normaliser and its edit list.
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <string>

#include "text/stages.h"

namespace newsgraph::text {
namespace {

// Every code point below U+0300 is NFC-stable (NFC_Quick_Check=Yes), and a
// UTF-8 string without a byte >= 0xCC holds no code point at or above it.
bool OnlyBelowCombiningMarks(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0xCC) return false;
  }
  return true;
}

}  // namespace

Result<std::vector<TextEdit>> FindNfcEdits(std::string_view text) {
  std::vector<TextEdit> edits;
  if (OnlyBelowCombiningMarks(text)) return edits;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(err));
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) return edits;
  err = U_ZERO_ERROR;
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits changes;
  nfc->normalizeUTF8(0, piece, sink, &changes, err);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(err));
  icu::Edits::Iterator it = changes.getFineChangesIterator();
  while (it.next(err)) {
    edits.push_back({static_cast<uint32_t>(it.sourceIndex()),
                     static_cast<uint32_t>(it.sourceIndex() + it.oldLength()),
                     normalized.substr(static_cast<size_t>(it.destinationIndex()),
                                       static_cast<size_t>(it.newLength())),
                     "nfc", ""});
  }
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC edits: ") + u_errorName(err));
  return edits;
}

}  // namespace newsgraph::text
