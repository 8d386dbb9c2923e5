#include "newsgraph/status.h"

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "ok");
}

TEST(StatusTest, FactoriesSetCodeAndMessage) {
  Status s = Status::InvalidInput("a.txt: empty input");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.ToString(), "invalid_input: a.txt: empty input");
  EXPECT_EQ(s.WithContext("ingest").message(), "ingest: a.txt: empty input");
  EXPECT_TRUE(Status::Ok().WithContext("x").ok());
}

TEST(StatusTest, EveryCodeHasAName) {
  for (StatusCode c : {StatusCode::kOk, StatusCode::kInvalidArgument, StatusCode::kNotFound,
                       StatusCode::kInvalidInput, StatusCode::kIoError, StatusCode::kCorruption,
                       StatusCode::kUnavailable, StatusCode::kInternal}) {
    EXPECT_NE(StatusCodeName(c), "unknown");
  }
}

Result<int> Half(int x) {
  if (x % 2 != 0) return Status::InvalidArgument("odd");
  return x / 2;
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> a = Half(4);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(*a, 2);
  Result<int> b = Half(3);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().code(), StatusCode::kInvalidArgument);
}

TEST(ResultTest, OkStatusIsNotAValue) {
  Result<int> r{Status::Ok()};
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInternal);
}

Status Chain(bool fail) {
  NEWSGRAPH_RETURN_IF_ERROR(fail ? Status::IoError("disk") : Status::Ok());
  return Status::NotFound("reached end");
}

TEST(StatusTest, ReturnIfErrorReturnsEarly) {
  EXPECT_EQ(Chain(true).code(), StatusCode::kIoError);
  EXPECT_EQ(Chain(false).code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace newsgraph
