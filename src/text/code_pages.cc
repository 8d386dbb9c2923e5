#include "text/code_pages.h"

#include <unicode/ucnv.h>

#include <string_view>
#include <utility>

namespace newsgraph::text {
namespace {

// ICU converter names, in the order ties are broken (most common mix-ups
// first, following ftfy's order for the pages it knows).
constexpr std::string_view kIcuPages[] = {
    "windows-1252", "ISO-8859-1",  "windows-1251", "windows-1250",  "windows-1253",
    "windows-1254", "windows-1257", "ISO-8859-2",  "macintosh",     "ibm-437",
    "windows-1255", "windows-1256", "windows-1258", "ISO-8859-3",   "ISO-8859-4",
    "ISO-8859-5",   "ISO-8859-6",  "ISO-8859-7",   "ISO-8859-8",    "ISO-8859-9",
    "ISO-8859-10",  "ISO-8859-11", "ISO-8859-13",  "ISO-8859-14",   "ISO-8859-15",
    "KOI8-R",       "KOI8-U",      "macos-29-10.2", "ibm-850",      "ibm-866",
};

// Display names where ICU's is not the usual one.
std::string DisplayName(std::string_view icu) {
  if (icu == "macintosh") return "mac-roman";
  if (icu == "macos-29-10.2") return "mac-central-european";
  std::string s(icu);
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return s;
}

// ISO-8859-16 (Latin-10) bytes 0xA0-0xFF, from the standard; ICU ships no
// converter for it. Bytes 0x80-0x9F are the C1 controls.
constexpr char16_t kIso885916High[96] = {
    0x00A0, 0x0104, 0x0105, 0x0141, 0x20AC, 0x201E, 0x0160, 0x00A7,  // A0
    0x0161, 0x00A9, 0x0218, 0x00AB, 0x0179, 0x00AD, 0x017A, 0x017B,  // A8
    0x00B0, 0x00B1, 0x010C, 0x0142, 0x017D, 0x201D, 0x00B6, 0x00B7,  // B0
    0x017E, 0x010D, 0x0219, 0x00BB, 0x0152, 0x0153, 0x0178, 0x017C,  // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0106, 0x00C6, 0x00C7,  // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,  // C8
    0x0110, 0x0143, 0x00D2, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x015A,  // D0
    0x0170, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x0118, 0x021A, 0x00DF,  // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x0107, 0x00E6, 0x00E7,  // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,  // E8
    0x0111, 0x0144, 0x00F2, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x015B,  // F0
    0x0171, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0119, 0x021B, 0x00FF,  // F8
};

// Decodes every byte through ICU; undefined bytes (the STOP callback
// reports them) become -1.
Result<CodePage> FromIcu(std::string_view icu_name) {
  UErrorCode err = U_ZERO_ERROR;
  std::string name(icu_name);
  UConverter* cnv = ucnv_open(name.c_str(), &err);
  if (U_FAILURE(err) || cnv == nullptr) {
    return Status::Internal("ICU has no converter named " + name + ": " + u_errorName(err));
  }
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  CodePage page{DisplayName(icu_name), {}};
  for (int b = 0; b < 256; ++b) {
    ucnv_reset(cnv);
    char in = static_cast<char>(b);
    const char* src = &in;
    UChar out[4];
    UChar* dst = out;
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv, &dst, out + 4, &src, &in + 1, nullptr, /*flush=*/true, &err);
    page.to_unicode[b] = (U_SUCCESS(err) && dst == out + 1) ? out[0] : -1;
  }
  ucnv_close(cnv);
  return page;
}

// Undefined bytes decode to the Latin-1 control of the same value.
void MakeSloppy(CodePage* page) {
  for (int b = 0x80; b < 0x100; ++b) {
    if (page->to_unicode[b] < 0) page->to_unicode[b] = b;
  }
}

CodePage Iso885916() {
  CodePage page{"iso-8859-16", {}};
  for (int b = 0; b < 0xA0; ++b) page.to_unicode[b] = b;
  for (int b = 0xA0; b < 0x100; ++b) page.to_unicode[b] = kIso885916High[b - 0xA0];
  return page;
}

// ISO-8859-N with 0x80-0x9F taken from Windows-1252 where it defines them.
CodePage WithWindows1252C1(const CodePage& iso, const CodePage& cp1252) {
  CodePage page{iso.name + "+windows-1252-c1", iso.to_unicode};
  for (int b = 0x80; b < 0xA0; ++b) {
    if (cp1252.to_unicode[b] >= 0 && cp1252.to_unicode[b] != b) {
      page.to_unicode[b] = cp1252.to_unicode[b];
    }
  }
  return page;
}

}  // namespace

Result<CodePageSet> CodePageSet::Build() {
  CodePageSet set;
  for (std::string_view name : kIcuPages) {
    auto page = FromIcu(name);
    if (!page.ok()) return page.status();
    MakeSloppy(&page.value());
    set.pages_.push_back(std::move(page).value());
  }
  set.pages_.push_back(Iso885916());
  const CodePage cp1252 = set.pages_[0];
  const size_t plain = set.pages_.size();
  for (size_t i = 0; i < plain; ++i) {
    const std::string& n = set.pages_[i].name;
    if (n.rfind("iso-8859-", 0) == 0 && n != "iso-8859-1") {
      set.pages_.push_back(WithWindows1252C1(set.pages_[i], cp1252));
    }
  }

  // The inverse: for every character any page produces from a high byte,
  // which bytes it came from, per page.
  const size_t np = set.pages_.size();
  for (size_t p = 0; p < np; ++p) {
    for (int b = 0x80; b < 0x100; ++b) {
      UChar32 c = set.pages_[p].to_unicode[b];
      if (c < 0) continue;
      auto [it, added] = set.slot_.emplace(c, static_cast<uint32_t>(set.slot_.size()));
      if (added) set.inverse_.resize(set.slot_.size() * np);
      ByteChoices& choice = set.inverse_[it->second * np + p];
      if (choice.count < 2) choice.bytes[choice.count++] = static_cast<uint8_t>(b);
    }
  }
  // Prefer a byte outside 0x80-0x9F: in the mixed pages the C1 reading is
  // the unusual one.
  for (ByteChoices& c : set.inverse_) {
    if (c.count == 2 && c.bytes[0] < 0xA0 && c.bytes[1] >= 0xA0) std::swap(c.bytes[0], c.bytes[1]);
  }
  return set;
}

}  // namespace newsgraph::text
