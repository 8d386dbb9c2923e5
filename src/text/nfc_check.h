// The NFC quick check of UAX #15 over UTF-8, fast on text that needs no
// work, and the ranges where it fails. The NFC stage (nfc_stage.cc) runs
// ICU's normaliser on those ranges only.
//
// The check (UAX #15, "Detecting Normalization Forms") fails at a
// character with NFC_Quick_Check=No or Maybe, or with a nonzero combining
// class below the one before it. A "quick-yes starter" (combining class 0,
// NFC_Quick_Check=Yes) never fails, and normalisation never carries across
// one: nothing before it can combine with or reorder around what follows
// (it blocks both), and it cannot combine with what precedes it (that would
// make it Maybe). So a failing character's range runs from the last
// quick-yes starter before it (inclusive) to the next one after it
// (exclusive), and NFC(text) is the text with each range normalised alone.
//
// Speed: 64-byte blocks whose lead bytes cannot start anything but a
// starter with NFC_Quick_Check=Yes are skipped undecoded (ASCII, Latin,
// Arabic letters); the rest is decoded and looked up in a table.
//
// Thread-safety: stateless (the tables are built once, thread-safely).
#ifndef NEWSGRAPH_TEXT_NFC_CHECK_H_
#define NEWSGRAPH_TEXT_NFC_CHECK_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::text {

struct ByteRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The ranges around the characters where the quick check fails, in order
// and disjoint (merged where they would overlap). Empty: the quick check
// answers YES and the text is in NFC.
// REQUIRES: valid UTF-8, shorter than 4 GiB. Errors: ICU's property data is
// unavailable.
Result<std::vector<ByteRange>> NfcSuspectRanges(std::string_view text);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_NFC_CHECK_H_
