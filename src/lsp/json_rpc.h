// JSON-RPC over stdio as LSP frames it: "Content-Length: N\r\n\r\n" and N bytes of JSON.
#pragma once

#include <cstddef>
#include <istream>
#include <mutex>
#include <ostream>
#include <string>

namespace draftlint::lsp {

class MessageReader {
 public:
  enum class Status { kMessage, kEnd, kBadFrame };

  explicit MessageReader(std::istream& in) : in_(in) {}

  // Reads the next message body. kBadFrame: the headers were unreadable (no or a bad
  // Content-Length, an oversized body); the reader skips to the next frame.
  Status Read(std::string* body);

 private:
  std::istream& in_;
};

class MessageWriter {
 public:
  explicit MessageWriter(std::ostream& out) : out_(out) {}
  void Write(const std::string& body);

 private:
  std::ostream& out_;
  std::mutex mutex_;
};

}  // namespace draftlint::lsp
