// RAII wrapper for an ICU UText over UTF-8 bytes. Break iterators given such
// a UText report positions as UTF-8 byte offsets, which is what we keep.
#ifndef NEWSGRAPH_TEXT_UTEXT_UTIL_H_
#define NEWSGRAPH_TEXT_UTEXT_UTIL_H_

#include <unicode/utext.h>

#include <string_view>

namespace newsgraph::text {

class Utf8Text {
 public:
  explicit Utf8Text(std::string_view s) {
    ut_ = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status_);
  }
  ~Utf8Text() {
    if (ut_ != nullptr) utext_close(ut_);
  }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;

  bool ok() const { return U_SUCCESS(status_) && ut_ != nullptr; }
  UErrorCode status() const { return status_; }
  UText* get() { return ut_; }

 private:
  UErrorCode status_ = U_ZERO_ERROR;
  UText* ut_ = nullptr;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_UTEXT_UTIL_H_
