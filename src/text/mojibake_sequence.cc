#include "text/mojibake_sequence.h"

#include <unicode/uchar.h>
#include <unicode/utf.h>

#include <array>

namespace newsgraph::text {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;

int Utf8Length(uint8_t lead) { return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// Whether `b` may be byte `k` (1-based after the lead) of a sequence.
bool ContinuationOk(uint8_t lead, int k, uint8_t b) {
  if (b < 0x80 || b > 0xBF) return false;
  if (k != 1) return true;
  if (lead == 0xE0) return b >= 0xA0;
  if (lead == 0xED) return b <= 0x9F;
  if (lead == 0xF0) return b >= 0x90;
  if (lead == 0xF4) return b <= 0x8F;
  return true;
}

UChar32 Decode(const std::array<uint8_t, 4>& b, int n) {
  if (n == 2) return ((b[0] & 0x1F) << 6) | (b[1] & 0x3F);
  if (n == 3) return ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
  return ((b[0] & 0x07) << 18) | ((b[1] & 0x3F) << 12) | ((b[2] & 0x3F) << 6) | (b[3] & 0x3F);
}

// A character worth producing: assigned, not a control, surrogate,
// noncharacter or private-use character. C1 controls are let through: they
// are what a double encoding leaves after its first layer is undone (the
// badness score counts them, so a final result never keeps them).
bool IsCleanOutput(UChar32 c) {
  if (c >= 0x80 && c < 0xA0) return true;
  if (c < 0xA0 || c > 0x10FFFF || U_IS_SURROGATE(c) || U_IS_UNICODE_NONCHAR(c)) return false;
  switch (u_charType(c)) {
    case U_UNASSIGNED:
    case U_PRIVATE_USE_CHAR:
    case U_CONTROL_CHAR:
    case U_SURROGATE:
      return false;
    default:
      return true;
  }
}

// Byte choices for every continuation position; a position holding a
// `wild` marker (set by the caller) accepts any continuation byte.
struct Slots {
  int n = 0;
  std::array<ByteChoices, 4> choice{};
  std::array<bool, 4> wild{};
};

// Tries every combination of byte choices; returns the first clean
// decoding, or -1. With a wildcard, returns U+FFFD when the fixed bytes fit.
UChar32 Resolve(uint8_t lead, const Slots& s) {
  bool any_wild = false;
  for (int k = 1; k < s.n; ++k) any_wild |= s.wild[k];
  for (unsigned combo = 0; combo < (1u << (s.n - 1)); ++combo) {
    std::array<uint8_t, 4> bytes{lead, 0, 0, 0};
    bool ok = true;
    for (int k = 1; k < s.n && ok; ++k) {
      const unsigned bit = (combo >> (k - 1)) & 1u;
      if (s.wild[k]) {
        ok = bit == 0;
        continue;
      }
      if (bit >= s.choice[k].count) {
        ok = false;
        break;
      }
      bytes[k] = s.choice[k].bytes[bit];
      ok = ContinuationOk(lead, k, bytes[k]);
    }
    if (!ok) continue;
    if (any_wild) return kReplacement;
    UChar32 c = Decode(bytes, s.n);
    if (IsCleanOutput(c)) return c;
  }
  return -1;
}

ByteChoices Choices(const CodePageSet& pages, size_t page, UChar32 c) {
  if (c == ' ') return {1, {0xA0, 0}};  // only used for the 0xA0 repair
  return c >= 0x80 ? pages.Encode(page, c) : ByteChoices{};
}

bool FollowsWith(std::span<const UChar32> t, size_t i, std::u32string_view word) {
  if (i + word.size() > t.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (t[i + k] != static_cast<UChar32>(word[k])) return false;
  }
  return true;
}

// "Ã" + space: ftfy's rule for the French/Portuguese "à" whose 0xA0 became
// a space (the space is kept unless it was doubled or the word is àquele,
// àquela, àquilo or às).
Sequence AGrave(std::span<const UChar32> t, size_t i) {
  const size_t k = i + 2;
  if (k < t.size() && t[k] == ' ') return {2, 0xE0, SequenceKind::kSpaceA0};
  for (std::u32string_view w : {U"quele", U"quela", U"quilo", U"s "}) {
    if (FollowsWith(t, k, w)) return {2, 0xE0, SequenceKind::kSpaceA0};
  }
  if (k < t.size() && u_isalpha(t[k])) return {1, 0xE0, SequenceKind::kAGrave};
  return {};
}

Sequence MatchWithLead(const CodePageSet& pages, size_t page, std::span<const UChar32> t,
                       size_t i, uint8_t lead, bool allow_lossy) {
  const int n = Utf8Length(lead);
  if (i + n > t.size()) return {};
  Slots s;
  s.n = n;
  int spaces = 0, lossy = 0, real = 0;
  for (int k = 1; k < n; ++k) {
    const UChar32 c = t[i + k];
    if (c == ' ') {
      ++spaces;
    } else if (c == kReplacement || c == '?') {
      s.wild[k] = true;
      ++lossy;
      continue;
    } else {
      ++real;
    }
    s.choice[k] = Choices(pages, page, c);
    if (s.choice[k].count == 0) return {};
  }
  const auto un = static_cast<uint32_t>(n);
  if (lossy > 0) {
    if (spaces > 0 || !allow_lossy) return {};
    // Longer sequences need one byte that survived; a '?' is too common to
    // stand for a lost byte unless more mojibake follows.
    if (n > 2 && real == 0) return {};
    bool question = false;
    for (int k = 1; k < n; ++k) question |= t[i + k] == '?';
    if (question && real == 0 && !(i + 2 < t.size() && t[i + 2] >= 0x80)) return {};
    return Resolve(lead, s) >= 0 ? Sequence{un, kReplacement, SequenceKind::kLossy} : Sequence{};
  }
  if (spaces == 0) {
    UChar32 c = Resolve(lead, s);
    if (c >= 0) return {un, c, SequenceKind::kUtf8};
    return {};
  }
  if (spaces > 1) return {};
  // Only leads whose 0xA0 sequence is common (ftfy's list: NBSP, à, Š, Π,
  // Р, ٠; U+2000-U+2FFF; emoji) get the benefit of the doubt.
  if (n == 2) {
    if (lead == 0xC3) return AGrave(t, i);
    if (lead != 0xC2 && lead != 0xC5 && lead != 0xCE && lead != 0xD0 && lead != 0xD9) return {};
  } else if (lead != 0xE2 && lead != 0xF0) {
    // Elsewhere only as the last byte, with more mojibake right after it
    // (Thai "à¸ à¸²" is ภา; French "parlé… Tu" read as Latin-1 is not).
    if (t[i + n - 1] != ' ' || i + n >= t.size() || t[i + n] < 0x80) return {};
  }
  UChar32 c = Resolve(lead, s);
  return c >= 0 ? Sequence{un, c, SequenceKind::kSpaceA0} : Sequence{};
}

// ED A0-AF xx ED B0-BF xx: a surrogate pair, each half UTF-8 encoded.
Sequence MatchCesu(const CodePageSet& pages, size_t page, std::span<const UChar32> t, size_t i) {
  if (i + 6 > t.size()) return {};
  auto has = [&](UChar32 c, uint8_t lo, uint8_t hi, uint8_t* out) {
    ByteChoices ch = Choices(pages, page, c);
    for (int k = 0; k < ch.count; ++k) {
      if (ch.bytes[k] >= lo && ch.bytes[k] <= hi) {
        *out = ch.bytes[k];
        return true;
      }
    }
    return false;
  };
  uint8_t b[6];
  if (!has(t[i + 1], 0xA0, 0xAF, &b[1]) || !has(t[i + 2], 0x80, 0xBF, &b[2]) ||
      !has(t[i + 3], 0xED, 0xED, &b[3]) || !has(t[i + 4], 0xB0, 0xBF, &b[4]) ||
      !has(t[i + 5], 0x80, 0xBF, &b[5])) {
    return {};
  }
  const UChar32 high = 0xD000 | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
  const UChar32 low = 0xD000 | ((b[4] & 0x3F) << 6) | (b[5] & 0x3F);
  const UChar32 c = U16_GET_SUPPLEMENTARY(high, low);
  return IsCleanOutput(c) ? Sequence{6, c, SequenceKind::kCesu} : Sequence{};
}

}  // namespace

bool IsLeadChar(const CodePageSet& pages, size_t page, UChar32 c) {
  if (c < 0x80) return false;
  ByteChoices ch = pages.Encode(page, c);
  for (int k = 0; k < ch.count; ++k) {
    if (ch.bytes[k] >= 0xC2 && ch.bytes[k] <= 0xF4) return true;
  }
  return false;
}

Sequence MatchSequence(const CodePageSet& pages, size_t page, std::span<const UChar32> t,
                       size_t i, bool allow_lossy) {
  if (t[i] < 0x80) return {};
  ByteChoices leads = pages.Encode(page, t[i]);
  for (int k = 0; k < leads.count; ++k) {
    const uint8_t lead = leads.bytes[k];
    if (lead < 0xC2 || lead > 0xF4) continue;
    if (lead == 0xED) {
      Sequence cesu = MatchCesu(pages, page, t, i);
      if (cesu.chars > 0) return cesu;
    }
    Sequence s = MatchWithLead(pages, page, t, i, lead, allow_lossy);
    if (s.chars > 0) return s;
  }
  return {};
}

}  // namespace newsgraph::text
