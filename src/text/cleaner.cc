#include "text/cleaner.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>

namespace newsgraph::text {
namespace {

// A repair noted in raw coordinates while a stage runs; its span in the final
// text is computed once all stages are done.
struct PendingRepair {
  const char* kind;
  uint32_t raw_start;
  uint32_t raw_end;
  std::string after;
};

bool IsHorizontalSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0x1680;
}

bool IsInvisible(UChar32 c) {
  return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool IsControl(UChar32 c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
         c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Stage 1: characters. Removes BOM, controls and invisibles; normalises line
// ends; maps every horizontal space to ' '.
MappedText CleanCharacters(const MappedText& in, std::vector<PendingRepair>* repairs) {
  const std::string& s = in.text();
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  MappedTextBuilder out(in);
  int32_t i = 0, copy_from = 0;
  auto flush = [&](int32_t upto) {
    out.Copy(static_cast<uint32_t>(copy_from), static_cast<uint32_t>(upto));
  };
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    const char* kind = nullptr;
    std::string replacement;
    if (c == 0xFEFF && start == 0) {
      kind = "bom";
    } else if (c == '\r') {
      kind = "newline";
      replacement = "\n";
      if (i < n && s[i] == '\n') ++i;
    } else if (IsControl(c) || c < 0) {
      kind = "control";
    } else if (IsInvisible(c)) {
      kind = "invisible";
    } else if (c != ' ' && IsHorizontalSpace(c)) {
      kind = "whitespace";
      replacement = " ";
    }
    if (kind == nullptr) continue;
    flush(start);
    out.Replace(static_cast<uint32_t>(start), static_cast<uint32_t>(i), replacement);
    Span raw = in.MakeSpan(static_cast<uint32_t>(start), static_cast<uint32_t>(i));
    repairs->push_back({kind, raw.raw_start, raw.raw_end, replacement});
    copy_from = i;
  }
  flush(n);
  return std::move(out).Finish();
}

// Stage 2: layout. Collapses space runs, trims lines, limits blank lines.
// Input contains only ' ' as horizontal space and '\n' as line end.
MappedText CleanLayout(const MappedText& in, std::vector<PendingRepair>* repairs) {
  const std::string& s = in.text();
  uint32_t n = static_cast<uint32_t>(s.size());
  MappedTextBuilder out(in);
  uint32_t i = 0;
  auto note = [&](uint32_t b, uint32_t e, std::string after) {
    Span raw = in.MakeSpan(b, e);
    repairs->push_back({"whitespace", raw.raw_start, raw.raw_end, std::move(after)});
  };
  while (i < n) {
    if (s[i] != ' ' && s[i] != '\n') {
      uint32_t b = i;
      while (i < n && s[i] != ' ' && s[i] != '\n') ++i;
      out.Copy(b, i);
      continue;
    }
    // A run of whitespace [b, i): decide what it becomes.
    uint32_t b = i;
    uint32_t newlines = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n')) {
      if (s[i] == '\n') ++newlines;
      ++i;
    }
    std::string want;
    if (b == 0 || i == n) {
      want = "";  // leading or trailing whitespace of the document
    } else if (newlines >= 2) {
      want = "\n\n";
    } else if (newlines == 1) {
      want = "\n";
    } else {
      want = " ";
    }
    std::string_view have(s.data() + b, i - b);
    if (have == want) {
      out.Copy(b, i);
    } else {
      out.Replace(b, i, want);
      note(b, i, want);
    }
  }
  return std::move(out).Finish();
}

// Stage 3: Unicode NFC, through ICU's UTF-8 normaliser and its edit list.
Result<MappedText> NormalizeNfc(const MappedText& in, std::vector<PendingRepair>* repairs) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC unavailable: ") + u_errorName(err));
  const std::string& s = in.text();
  if (nfc->isNormalizedUTF8(s, err) && U_SUCCESS(err)) {
    MappedTextBuilder same(in);
    same.Copy(0, static_cast<uint32_t>(s.size()));
    return std::move(same).Finish();
  }
  err = U_ZERO_ERROR;
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits edits;
  nfc->normalizeUTF8(0, s, sink, &edits, err);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU NFC failed: ") + u_errorName(err));
  MappedTextBuilder out(in);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(err)) {
    uint32_t src = static_cast<uint32_t>(it.sourceIndex());
    uint32_t src_end = src + static_cast<uint32_t>(it.oldLength());
    if (!it.hasChange()) {
      out.Copy(src, src_end);
      continue;
    }
    std::string after = normalized.substr(static_cast<size_t>(it.destinationIndex()),
                                          static_cast<size_t>(it.newLength()));
    out.Replace(src, src_end, after);
    Span raw = in.MakeSpan(src, src_end);
    repairs->push_back({"nfc", raw.raw_start, raw.raw_end, after});
  }
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU edits failed: ") + u_errorName(err));
  return std::move(out).Finish();
}

}  // namespace

Result<CleanText> Clean(std::string_view raw) {
  std::vector<PendingRepair> pending;
  MappedText identity = MappedText::Identity(raw);
  MappedText chars = CleanCharacters(identity, &pending);
  MappedText layout = CleanLayout(chars, &pending);
  Result<MappedText> nfc = NormalizeNfc(layout, &pending);
  if (!nfc.ok()) return nfc.status();

  CleanText result{std::move(nfc).value(), {}};
  std::sort(pending.begin(), pending.end(), [](const PendingRepair& a, const PendingRepair& b) {
    return a.raw_start < b.raw_start || (a.raw_start == b.raw_start && a.raw_end < b.raw_end);
  });
  result.repairs.reserve(pending.size());
  for (PendingRepair& p : pending) {
    Repair r;
    r.kind = p.kind;
    uint32_t start = 0, end = 0;
    result.mapped.TextRangeForRaw(p.raw_start, p.raw_end, &start, &end);
    r.span = {start, end, p.raw_start, p.raw_end};
    r.before.assign(raw.substr(p.raw_start, p.raw_end - p.raw_start));
    r.after = std::move(p.after);
    result.repairs.push_back(std::move(r));
  }
  return result;
}

}  // namespace newsgraph::text
