// newsgraph/status.h — errors as values for the whole library.
//
// Every fallible library call returns a Status or a Result<T>; the library
// never prints, exits or aborts. A Status carries one code from a closed enum
// and a message that names the input and the position when there is one
// (for example "notes.jsonl:12: invalid JSON: ...").
//
// Thread-safety: Status and Result<T> are plain values. Distinct objects may be
// used concurrently; one object needs external synchronisation for writes.
#ifndef NEWSGRAPH_STATUS_H_
#define NEWSGRAPH_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace newsgraph {

// The closed set of error codes. Do not add codes casually: callers switch on it.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (bad flag, bad date)
  kNotFound,         // a path, article or record does not exist
  kInvalidInput,     // outside input is malformed: encoding, binary, bad JSON
  kIoError,          // the operating system refused a read or write
  kCorruption,       // stored data is not what we wrote (database, model file)
  kUnavailable,      // a resource is busy or cannot be reached (port in use)
  kInternal,         // a broken invariant inside newsgraph: a bug
};

// Returns a stable lower-case name for `code` ("invalid_input", ...).
std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status InvalidInput(std::string message) {
    return Status(StatusCode::kInvalidInput, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }
  static Status Corruption(std::string message) {
    return Status(StatusCode::kCorruption, std::move(message));
  }
  static Status Unavailable(std::string message) {
    return Status(StatusCode::kUnavailable, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid_input: notes.jsonl:12: ..." or "ok".
  std::string ToString() const;

  // Returns a copy whose message is "<context>: <message>".
  Status WithContext(std::string_view context) const;

 private:
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  // REQUIRES: !status.ok()
  Result(Status status) : data_(std::move(status)) {  // NOLINT
    if (std::get<Status>(data_).ok()) {
      data_ = Status::Internal("Result constructed from an OK status");
    }
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  // Returns OK when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }

  // REQUIRES: ok()
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace newsgraph

// Returns early from the enclosing function when `expr` yields a non-OK Status.
#define NEWSGRAPH_RETURN_IF_ERROR(expr)                  \
  do {                                                   \
    ::newsgraph::Status newsgraph_status_ = (expr);      \
    if (!newsgraph_status_.ok()) return newsgraph_status_; \
  } while (0)

#endif  // NEWSGRAPH_STATUS_H_
