#include "lang/model_file.h"

#include <fstream>
#include <sstream>

namespace newsgraph::lang {

std::string ModelWriter::Finish() && {
  Put(Fnv1a(out_));
  return std::move(out_);
}

bool ModelReader::String(size_t max_size, std::string_view* s) {
  uint32_t n;
  if (!Get(&n) || n > max_size || b_.size() - p_ < n) return false;
  *s = b_.substr(p_, n);
  p_ += n;
  return true;
}

Result<std::string_view> OpenModel(std::string_view bytes, const ModelMagic& magic,
                                   std::string_view origin, std::string_view what) {
  const std::string prefix = std::string(origin) + ": " + std::string(what) + " model ";
  if (bytes.size() < sizeof(ModelMagic) + 8 ||
      std::memcmp(bytes.data(), magic, sizeof(ModelMagic)) != 0) {
    return Status::Corruption(prefix + "has no " + std::string(magic, sizeof(ModelMagic)) +
                              " header");
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, 8);
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  if (Fnv1a(body) != sum) {
    return Status::Corruption(prefix + "checksum mismatch (truncated or corrupt)");
  }
  return body.substr(sizeof(ModelMagic));
}

Result<std::string> ReadModelFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open " + std::string(what) + " model");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": cannot read " + std::string(what) + " model");
  return ss.str();
}

}  // namespace newsgraph::lang
