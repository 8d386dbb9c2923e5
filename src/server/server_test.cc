#include "newsgraph/server.h"

#include <fmt/core.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <stdlib.h>

#include <cctype>
#include <filesystem>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "newsgraph/json.h"
#include "newsgraph/store.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr char kOddId[] = "odd id/with?chars&%é";

// Encodes every byte outside [A-Za-z0-9-._~] as %XX.
std::string PercentEncode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

Analysis SmallAnalysis(const std::string& id, const std::string& text) {
  Analysis a;
  a.id = id;
  a.language = "en";
  a.text = text;
  const auto size = static_cast<uint32_t>(text.size());
  a.sentences.push_back({{0, size, 0, size}, 0, {}, {}});
  return a;
}

// A temp database with two articles and a server on a free loopback port.
class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "newsgraph-server-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    db_ = (dir_ / "db.sqlite").string();
    auto store = Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    for (const char* id : {"plain", kOddId}) {
      Article article{
          id, "wire", std::string("Title ") + id, "2024-01-01", std::string("Text of ") + id, id};
      ASSERT_TRUE((*store)->Put(article, SmallAnalysis(id, article.raw)).ok());
    }
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    fs::remove_all(dir_);
  }

  // Starts a server with `port` (0 = any) and returns its port, or -1.
  int Start(int port = 0) {
    ServerOptions options;
    options.db_path = db_;
    options.port = port;
    auto url = std::make_shared<std::promise<std::string>>();
    options.on_listening = [url](const std::string& u) { url->set_value(u); };
    auto server = Server::Create(options);
    EXPECT_TRUE(server.ok()) << server.status().ToString();
    if (!server.ok()) return -1;
    server_ = std::move(server).value();
    thread_ = std::thread([this] { serve_status_ = server_->Serve(); });
    std::future<std::string> listening = url->get_future();
    if (listening.wait_for(std::chrono::seconds(10)) != std::future_status::ready) return -1;
    std::string u = listening.get();
    return std::stoi(u.substr(u.rfind(':') + 1));
  }

  fs::path dir_;
  std::string db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  Status serve_status_;
};

TEST_F(ServerTest, ServesHealthListAndArticles) {
  int port = Start();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);

  auto health = client.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(json::parse(health->body)["status"], "ok");

  auto list = client.Get("/api/articles");
  ASSERT_TRUE(list);
  EXPECT_EQ(list->status, 200);
  json body = json::parse(list->body);
  EXPECT_EQ(body["total"], 2);
  ASSERT_EQ(body["articles"].size(), 2u);
  EXPECT_EQ(body["articles"][0]["id"], kOddId);  // same date: ordered by id
  EXPECT_EQ(body["articles"][1]["id"], "plain");
  EXPECT_EQ(body["articles"][1]["sentences"], 1);

  auto page = client.Get("/api/articles?limit=1&offset=1");
  ASSERT_TRUE(page);
  EXPECT_EQ(json::parse(page->body)["articles"][0]["id"], "plain");

  auto one = client.Get("/api/articles/plain");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->status, 200);
  EXPECT_EQ(one->body, AnalysisToJson(SmallAnalysis("plain", "Text of plain")));

  auto odd = client.Get("/api/articles/" + PercentEncode(kOddId));
  ASSERT_TRUE(odd);
  EXPECT_EQ(odd->status, 200) << odd->body;
  EXPECT_EQ(json::parse(odd->body)["id"], kOddId);
}

TEST_F(ServerTest, ErrorsAreJson) {
  int port = Start();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  for (const char* path : {"/api/articles/missing", "/no/such/route"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    EXPECT_TRUE(json::parse(res->body).contains("error")) << res->body;
  }
  auto post = client.Post("/api/articles", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_TRUE(json::parse(post->body).contains("error")) << post->body;
  for (const char* path :
       {"/api/articles?limit=1001", "/api/articles?limit=x", "/api/articles?offset=-1"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 400) << path;
    EXPECT_TRUE(json::parse(res->body).contains("error")) << res->body;
  }
}

TEST_F(ServerTest, ServesPageAndCameoNames) {
  int port = Start();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<!doctype html>"), std::string::npos);
  EXPECT_TRUE(page->has_header("Content-Security-Policy"));

  auto cameo = client.Get("/api/cameo");
  ASSERT_TRUE(cameo);
  EXPECT_EQ(cameo->status, 200);
  json codes = json::parse(cameo->body)["codes"];
  ASSERT_TRUE(codes.contains("040"));
  EXPECT_FALSE(codes["040"]["description"].get<std::string>().empty());
}

TEST_F(ServerTest, RefusesNonLoopbackHostHeader) {
  int port = Start();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  auto res = client.Get("/api/health", {{"Host", "attacker.example:80"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

TEST_F(ServerTest, PortInUseIsUnavailable) {
  int port = Start();
  ASSERT_GT(port, 0);
  ServerOptions options;
  options.db_path = db_;
  options.port = port;
  auto second = Server::Create(options);
  ASSERT_TRUE(second.ok());
  Status status = (*second)->Serve();
  EXPECT_EQ(status.code(), StatusCode::kUnavailable) << status.ToString();
  EXPECT_NE(status.message().find("cannot bind 127.0.0.1:" + std::to_string(port)),
            std::string::npos)
      << status.message();
}

TEST_F(ServerTest, StopEndsServe) {
  int port = Start();
  ASSERT_GT(port, 0);
  server_->Stop();
  server_->Stop();  // idempotent
  thread_.join();
  EXPECT_TRUE(serve_status_.ok()) << serve_status_.ToString();
}

TEST_F(ServerTest, StopRacingServeStillEndsIt) {
  // Stop() lands anywhere between bind and the accept loop; Serve() must end.
  for (int i = 0; i < 20; ++i) {
    ServerOptions options;
    options.db_path = db_;
    options.port = 0;
    auto server = Server::Create(options);
    ASSERT_TRUE(server.ok());
    Status status = Status::Internal("not run");
    std::thread serving([&] { status = (*server)->Serve(); });
    if (i % 2 == 1) std::this_thread::sleep_for(std::chrono::milliseconds(i));
    (*server)->Stop();
    serving.join();
    EXPECT_TRUE(status.ok()) << status.ToString();
  }
}

TEST_F(ServerTest, StopBeforeServeReturnsAtOnce) {
  ServerOptions options;
  options.db_path = db_;
  options.port = 0;
  auto server = Server::Create(options);
  ASSERT_TRUE(server.ok());
  (*server)->Stop();
  EXPECT_TRUE((*server)->Serve().ok());
}

TEST_F(ServerTest, MissingDatabaseIsNotFound) {
  ServerOptions options;
  options.db_path = (dir_ / "missing.sqlite").string();
  EXPECT_EQ(Server::Create(options).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace newsgraph
