#include "lexicon/dictionary_syntax.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace newsgraph::lexicon::dict {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
bool IsSeparator(char c) { return c == '_' || c == '-' || IsBlank(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) {
  return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
// A byte that may continue a stemmed word: ASCII letter or digit, or any
// byte of a non-ASCII character (letters of other scripts).
bool IsWordByte(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

void PushSeparator(std::string* key) {
  if (key->empty() || key->back() != ' ') key->push_back(' ');
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int32_t NextDay(int32_t date) {
  int year = date / 10000, month = date / 100 % 100, day = date % 100;
  if (day < DaysInMonth(year, month)) return date + 1;
  if (month < 12) return year * 10000 + (month + 1) * 100 + 1;
  return (year + 1) * 10000 + 101;
}

bool ParseDateOrSay(std::string_view s, int32_t* out, std::string* what) {
  auto d = ParseDate(s);
  if (!d) {
    *what = "bad date '" + std::string(s) + "' (want a YYMMDD or YYYYMMDD calendar day)";
    return false;
  }
  *out = *d;
  return true;
}

}  // namespace

Status ReadWholeFile(const std::string& path, std::string* contents) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Status::NotFound(path + ": no such file");
  std::ifstream in(path, std::ios::binary);
  contents->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in || in.bad()) return Status::IoError(path + ": cannot read");
  return Status::Ok();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool LineReader::Next(std::string_view* line, size_t* number) {
  if (done_ || rest_.empty()) return false;
  size_t end = rest_.find_first_of("\r\n");
  std::string_view text = rest_.substr(0, end);
  if (end == std::string_view::npos) {
    rest_ = {};
  } else {
    size_t skip = rest_[end] == '\r' && end + 1 < rest_.size() && rest_[end + 1] == '\n' ? 2 : 1;
    rest_.remove_prefix(end + skip);
  }
  ++number_;
  if (Trim(text) == "~FINISH") {
    done_ = true;
    return false;
  }
  *line = text;
  *number = number_;
  return true;
}

std::string_view StripComment(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.front() == '#' || line.front() == '/' || line.starts_with("<!")) {
    return {};
  }
  return Trim(line.substr(0, line.find_first_of("#;")));
}

void AppendKey(std::string_view s, std::string* key) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (IsSeparator(c)) {
      PushSeparator(key);
    } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80') {
      char c3 = s[i + 2];
      if (c3 == '\x98' || c3 == '\x99') {  // U+2018, U+2019 quotes
        key->push_back('\'');
        i += 2;
      } else if (c3 == '\x90' || c3 == '\x91') {  // U+2010, U+2011 hyphens
        PushSeparator(key);
        i += 2;
      } else {
        key->push_back(c);
      }
    } else {
      key->push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
  }
}

std::optional<PhraseKey> KeyOfPhrase(std::string_view written) {
  written = Trim(written);
  PhraseKey out;
  while (!written.empty() && written.back() == '_') {
    written.remove_suffix(1);
    out.whole_word = true;
  }
  out.key.reserve(written.size());
  AppendKey(written, &out.key);
  size_t first = out.key.find_first_not_of(' ');
  if (first == std::string::npos) return std::nullopt;
  out.key.erase(0, first);
  while (out.key.back() == ' ') out.key.pop_back();
  return out;
}

std::string DisplayName(std::string_view written) {
  written = Trim(written);
  while (!written.empty() && written.back() == '_') written.remove_suffix(1);
  std::string out(Trim(written));
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

bool SplitBlocks(std::string_view s, std::vector<std::string_view>* bodies, std::string* what) {
  bodies->clear();
  for (;;) {
    s = Trim(s);
    if (s.empty()) return true;
    if (s.front() != '[') {
      *what = "unexpected text '" + std::string(s.substr(0, 40)) + "' outside [...]";
      return false;
    }
    size_t close = s.find_first_of("]}");
    if (close == std::string_view::npos) {
      *what = "missing ']'";
      return false;
    }
    bodies->push_back(Trim(s.substr(1, close - 1)));
    s.remove_prefix(close + 1);
  }
}

std::optional<int32_t> ParseDate(std::string_view s) {
  if (!AllDigits(s) || (s.size() != 6 && s.size() != 8)) return std::nullopt;
  int32_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  int year = v / 10000, month = v / 100 % 100, day = v % 100;
  if (s.size() == 6) year += year <= 30 ? 2000 : 1900;  // TABARI's pivot
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return year * 10000 + month * 100 + day;
}

bool IsCode(std::string_view code) {
  if (code == "---" || code == "+++" || code == "###") return true;
  return !code.empty() &&
         std::all_of(code.begin(), code.end(), [](char c) { return IsAsciiAlnum(c) || c == '/'; });
}

bool ParseDatedCode(std::string_view body, DatedCode* out, std::string* what) {
  body = Trim(body);
  size_t blank = body.find_first_of(" \t");
  std::string_view code = body.substr(0, blank);
  std::string_view rest = blank == std::string_view::npos ? "" : Trim(body.substr(blank));
  if (!IsCode(code)) {
    *what = code.empty() ? "no code in [...]" : "bad code '" + std::string(code) + "'";
    return false;
  }
  DatedCode c;
  c.code = std::string(code);
  if (rest.empty()) {
    // Unrestricted.
  } else if (rest.front() == '<') {
    if (!ParseDateOrSay(Trim(rest.substr(1)), &c.to, what)) return false;
    c.to = NextDay(c.to);  // inclusive, stored half-open (actor_codes.h)
  } else if (rest.front() == '>') {
    if (!ParseDateOrSay(Trim(rest.substr(1)), &c.from, what)) return false;
  } else if (size_t dash = rest.find('-'); dash != std::string_view::npos) {
    if (!ParseDateOrSay(Trim(rest.substr(0, dash)), &c.from, what) ||
        !ParseDateOrSay(Trim(rest.substr(dash + 1)), &c.to, what)) {
      return false;
    }
    if (c.from > c.to) {
      *what = "date range '" + std::string(rest) + "' ends before it starts";
      return false;
    }
    c.to = NextDay(c.to);  // inclusive: "040517-040517" is that one day
  } else if (!ParseDateOrSay(rest, &c.from, what)) {  // bare date: PETRARCH reads ">date"
    return false;
  }
  *out = std::move(c);
  return true;
}

std::string Problems::Origin(size_t line) const {
  return std::string(file_) + ":" + std::to_string(line);
}

Status Problems::Malformed(size_t line, std::string_view what) {
  std::string message = Origin(line) + ": " + std::string(what);
  if (!options_.skip_malformed) return Status::Corruption(std::move(message));
  if (warnings_ != nullptr) warnings_->push_back(std::move(message));
  return Status::Ok();
}

namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t FnvStep(uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (char c : s) h = FnvStep(h, c);
  return h;
}

// Two bit positions per hash in a filter of `bits.size() * 64` bits (a
// power of two).
void BloomAdd(std::vector<uint64_t>* bits, uint64_t h) {
  const uint64_t mask = bits->size() * 64 - 1;
  for (uint64_t b : {uint64_t{h & mask}, uint64_t{((h >> 32) ^ (h * uint64_t{0x9E3779B97F4A7C15})) & mask}}) {
    (*bits)[b >> 6] |= uint64_t{1} << (b & 63);
  }
}

bool BloomMayHave(const std::vector<uint64_t>& bits, uint64_t h) {
  if (bits.empty()) return true;
  const uint64_t mask = bits.size() * 64 - 1;
  for (uint64_t b : {uint64_t{h & mask}, uint64_t{((h >> 32) ^ (h * uint64_t{0x9E3779B97F4A7C15})) & mask}}) {
    if ((bits[b >> 6] & (uint64_t{1} << (b & 63))) == 0) return false;
  }
  return true;
}

// Words of a filter with about 16 bits per entry, a power of two.
size_t BloomWords(size_t entries) {
  size_t words = 64;
  while (words * 64 < entries * 16) words *= 2;
  return words;
}

}  // namespace

void PhraseIndex::Add(std::string key, bool whole_word, uint32_t value) {
  items_.push_back(Item{std::move(key), static_cast<uint32_t>(items_.size()), value, whole_word});
}

void PhraseIndex::Build() {
  std::sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) {
    int c = a.key.compare(b.key);
    return c != 0 ? c < 0 : a.order < b.order;
  });
  ranges_.clear();
  collided_.clear();
  ranges_.reserve(items_.size());
  size_t prefix_count = 0;
  for (const Item& item : items_) prefix_count += item.key.size();
  key_bloom_.assign(BloomWords(items_.size()), 0);
  prefix_bloom_.assign(BloomWords(prefix_count), 0);
  for (uint32_t i = 0; i < items_.size();) {
    uint32_t j = i + 1;
    while (j < items_.size() && items_[j].key == items_[i].key) ++j;
    const std::string& key = items_[i].key;
    const uint64_t h = Fnv1a(key);
    if (!ranges_.emplace(h, std::make_pair(i, j)).second) collided_[h] = true;
    BloomAdd(&key_bloom_, h);
    uint64_t p = kFnvOffset;
    for (char c : key) {
      p = FnvStep(p, c);
      BloomAdd(&prefix_bloom_, p);
    }
    i = j;
  }
  // bucket_start_[b]: the first item whose key's bucket is >= b (items
  // are sorted by key, and buckets follow byte order).
  bucket_start_.assign(kBuckets + 1, static_cast<uint32_t>(items_.size()));
  for (size_t i = items_.size(); i-- > 0;) {
    if (!items_[i].key.empty()) bucket_start_[Bucket(items_[i].key)] = static_cast<uint32_t>(i);
  }
  for (size_t b = kBuckets; b-- > 0;) {
    bucket_start_[b] = std::min(bucket_start_[b], bucket_start_[b + 1]);
  }
}

std::pair<uint32_t, uint32_t> PhraseIndex::RangeHashed(uint64_t hash,
                                                       std::string_view key) const {
  if (!collided_.empty() && collided_.contains(hash)) {
    auto lo = std::lower_bound(items_.begin(), items_.end(), key,
                               [](const Item& a, std::string_view k) { return a.key < k; });
    auto hi = lo;
    while (hi != items_.end() && hi->key == key) ++hi;
    return {static_cast<uint32_t>(lo - items_.begin()), static_cast<uint32_t>(hi - items_.begin())};
  }
  if (!BloomMayHave(key_bloom_, hash)) return {0, 0};
  auto it = ranges_.find(hash);
  if (it == ranges_.end() || items_[it->second.first].key != key) return {0, 0};
  return it->second;
}

std::pair<uint32_t, uint32_t> PhraseIndex::Range(std::string_view key) const {
  return RangeHashed(Fnv1a(key), key);
}

const PhraseIndex::Item* PhraseIndex::Exact(std::string_view key, bool stem_only) const {
  const auto [first, last] = Range(key);
  const Item* found = nullptr;
  for (uint32_t i = first; i < last; ++i) {
    if (!stem_only || !items_[i].whole_word) found = &items_[i];  // the later wins
  }
  return found;
}

bool PhraseIndex::AnyStartsWith(std::string_view prefix) const {
  if (prefix.empty()) return !items_.empty();
  if (!BloomMayHave(prefix_bloom_, Fnv1a(prefix))) return false;
  // Only the keys sharing the prefix's first two bytes need a search.
  const size_t b = Bucket(prefix);
  const size_t first = bucket_start_[b];
  const size_t last = prefix.size() == 1 ? bucket_start_[b + 256] : bucket_start_[b + 1];
  auto lo = std::lower_bound(items_.begin() + first, items_.begin() + last, prefix,
                             [](const Item& a, std::string_view k) { return a.key < k; });
  return lo != items_.begin() + last && std::string_view(lo->key).starts_with(prefix);
}

const PhraseIndex::Item* PhraseIndex::MatchAt(std::string_view key) const {
  if (key.empty()) return nullptr;
  if (const Item* item = Exact(key, false)) return item;
  if (implicit_plural_ && key.size() > 1 && key.back() == 'S') {
    const auto [first, last] = Range(key.substr(0, key.size() - 1));
    const Item* found = nullptr;
    for (uint32_t i = first; i < last; ++i) {
      if (items_[i].whole_word) found = &items_[i];
    }
    if (found != nullptr) return found;
  }
  // Stems: the longest proper prefix of the last word, the rest being word bytes.
  if (!stems_) return nullptr;
  size_t word = key.rfind(' ');
  word = word == std::string_view::npos ? 0 : word + 1;
  // prefix[i] = FNV-1a of key[0, i), all in one pass (keys are short; a
  // longer one is hashed prefix by prefix).
  constexpr size_t kMaxHashed = 256;
  uint64_t prefix[kMaxHashed + 1];
  const bool hashed = key.size() <= kMaxHashed;
  if (hashed) {
    prefix[0] = kFnvOffset;
    for (size_t i = 0; i < key.size(); ++i) prefix[i + 1] = FnvStep(prefix[i], key[i]);
  }
  for (size_t i = key.size() - 1; i > word && IsWordByte(key[i]); --i) {
    const std::string_view stem = key.substr(0, i);
    const auto [first, last] = RangeHashed(hashed ? prefix[i] : Fnv1a(stem), stem);
    const Item* found = nullptr;
    for (uint32_t k = first; k < last; ++k) {
      if (!items_[k].whole_word) found = &items_[k];  // the later wins
    }
    if (found != nullptr) return found;
  }
  return nullptr;
}

std::optional<uint32_t> PhraseIndex::Find(std::string_view key) const {
  const Item* item = MatchAt(key);
  if (item == nullptr) return std::nullopt;
  return item->value;
}

std::optional<PhraseIndex::Match> PhraseIndex::LongestMatch(std::string_view text,
                                                            std::span<const text::Token> tokens,
                                                            size_t begin) const {
  std::optional<Match> best;
  std::string key;
  for (size_t j = begin; j < tokens.size(); ++j) {
    const text::Token& t = tokens[j];
    if (t.start > t.end || t.end > text.size()) break;
    if (j > begin) {
      if (t.start < tokens[j - 1].end) break;
      AppendKey(text.substr(tokens[j - 1].end, t.start - tokens[j - 1].end), &key);
    }
    AppendKey(text.substr(t.start, t.end - t.start), &key);
    if (const Item* item = MatchAt(key)) best = Match{j + 1, item->value};
    if (!AnyStartsWith(key)) {
      // Only a stem can still match, and only inside this word: go on while
      // the next token is glued to this one ("can" "not").
      bool glued = j + 1 < tokens.size() && tokens[j + 1].start == t.end && !key.empty() &&
                   IsWordByte(key.back());
      if (!glued) break;
    }
  }
  return best;
}

}  // namespace newsgraph::lexicon::dict
