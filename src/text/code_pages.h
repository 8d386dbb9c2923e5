// Single-byte legacy code pages, as the mojibake repairer needs them: for
// each page, what every byte 0x80-0xFF decodes to, and the inverse (which
// byte(s) a character came from). Built once from ICU converters; the one
// page ICU lacks (ISO-8859-16) is a 96-entry table in code_pages.cc.
//
// Besides the plain pages there are "sloppy" and mixed variants, because
// that is what real decoders produced:
//   * windows-125x bytes a page leaves undefined decode to the Latin-1
//     control with the same number (what Python's and browsers' "sloppy"
//     decoders do), so they can be restored;
//   * "iso-8859-N+windows-1252-c1": bytes 0x80-0x9F read as Windows-1252 and
//     the rest as ISO-8859-N (the demo sample's flag went through
//     iso-8859-16 this way). A character can then stand for two bytes
//     (Ÿ is 0xBE in ISO-8859-16 and 0x9F in Windows-1252); Encode() returns
//     both and the caller picks the one that makes valid UTF-8.
//
// Thread-safety: a CodePageSet is immutable after Build(); all methods are
// const and safe to call concurrently.
#ifndef NEWSGRAPH_TEXT_CODE_PAGES_H_
#define NEWSGRAPH_TEXT_CODE_PAGES_H_

#include <unicode/umachine.h>

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::text {

struct CodePage {
  std::string name;                     // "windows-1252", "iso-8859-16+windows-1252-c1"
  std::array<UChar32, 256> to_unicode;  // -1 where the byte is undefined
};

// At most two bytes a character may have come from in one page.
struct ByteChoices {
  uint8_t count = 0;
  std::array<uint8_t, 2> bytes{};
};

class CodePageSet {
 public:
  // Pages [0, kCommonPages) are the mix-ups seen most (ftfy's list:
  // windows-1252, iso-8859-1, windows-1251/1250/1253/1254/1257,
  // iso-8859-2, mac-roman, ibm-437); the rest need stronger evidence.
  static constexpr size_t kCommonPages = 10;

  // Opens the ICU converters (names listed in code_pages.cc) and builds the
  // inverse tables. Fails with kInternal when ICU lacks a converter.
  static Result<CodePageSet> Build();

  size_t size() const { return pages_.size(); }
  const CodePage& page(size_t i) const { return pages_[i]; }

  // The bytes >= 0x80 that `c` encodes to in page `p` (count 0 when none).
  // ASCII is not handled here: it is the same in every page.
  ByteChoices Encode(size_t p, UChar32 c) const {
    auto it = slot_.find(c);
    if (it == slot_.end()) return {};
    return inverse_[it->second * pages_.size() + p];
  }

 private:
  std::vector<CodePage> pages_;                    // in priority order
  std::unordered_map<UChar32, uint32_t> slot_;     // character -> row of inverse_
  std::vector<ByteChoices> inverse_;               // row-major [slot][page]
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_CODE_PAGES_H_
