// The binary envelope shared by the trained models (tagger, parser): an
// 8-byte magic naming the format ("NGTAGGR1", "NGPARSE1"), little-endian
// fields written by ModelWriter, and a trailing uint64 FNV-1a checksum of
// everything before it. OpenModel() checks magic and checksum so a
// truncated or corrupt file is caught before any field is read; ModelReader
// then reads fields without ever reading past the end.
//
// Thread-safety: plain values and stateless functions.
#ifndef NEWSGRAPH_LANG_MODEL_FILE_H_
#define NEWSGRAPH_LANG_MODEL_FILE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lang/fnv.h"
#include "newsgraph/status.h"

namespace newsgraph::lang {

using ModelMagic = char[8];

class ModelWriter {
 public:
  explicit ModelWriter(const ModelMagic& magic) : out_(magic, sizeof(ModelMagic)) {}
  template <typename T>
  void Put(T v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof(v));
  }
  // uint32 length, then the bytes.
  void PutString(std::string_view s) {
    Put(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  // The elements only (the count is the caller's to write).
  template <typename T>
  void PutArray(const std::vector<T>& v) {
    if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  // The file bytes: everything put so far plus the checksum.
  std::string Finish() &&;

 private:
  std::string out_;
};

class ModelReader {
 public:
  explicit ModelReader(std::string_view body) : b_(body) {}
  template <typename T>
  bool Get(T* v) {
    if (b_.size() - p_ < sizeof(T)) return false;
    std::memcpy(v, b_.data() + p_, sizeof(T));
    p_ += sizeof(T);
    return true;
  }
  // A string written by PutString, at most `max_size` bytes long.
  bool String(size_t max_size, std::string_view* s);
  template <typename T>
  bool Array(size_t count, std::vector<T>* v) {
    if ((b_.size() - p_) / sizeof(T) < count) return false;
    v->resize(count);
    if (count > 0) std::memcpy(v->data(), b_.data() + p_, count * sizeof(T));
    p_ += count * sizeof(T);
    return true;
  }
  bool AtEnd() const { return p_ == b_.size(); }

 private:
  std::string_view b_;
  size_t p_ = 0;
};

// The fields after the magic, once magic and checksum are right; else
// kCorruption "<origin>: <what> model has no <magic> header" or "checksum
// mismatch (truncated or corrupt)".
Result<std::string_view> OpenModel(std::string_view bytes, const ModelMagic& magic,
                                   std::string_view origin, std::string_view what);

// The whole file at `path`; kNotFound / kIoError name it and `what`.
Result<std::string> ReadModelFile(const std::string& path, std::string_view what);

}  // namespace newsgraph::lang

#endif  // NEWSGRAPH_LANG_MODEL_FILE_H_
