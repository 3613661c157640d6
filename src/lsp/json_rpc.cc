#include "lsp/json_rpc.h"

#include <cctype>
#include <cstdlib>

namespace draftlint::lsp {
namespace {

// Larger bodies are refused rather than read into memory.
constexpr size_t kMaxBody = 64 << 20;

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

MessageReader::Status MessageReader::Read(std::string* body) {
  long long length = -1;
  bool any_header = false;
  std::string line;
  while (std::getline(in_, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any_header) continue;  // stray blank lines between frames
      break;
    }
    any_header = true;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    if (Lower(line.substr(0, colon)) == "content-length") {
      char* end = nullptr;
      const std::string value = line.substr(colon + 1);
      length = std::strtoll(value.c_str(), &end, 10);
      if (end == value.c_str()) length = -1;
    }
  }
  if (!in_) return Status::kEnd;
  if (length < 0 || static_cast<unsigned long long>(length) > kMaxBody) return Status::kBadFrame;
  body->resize(static_cast<size_t>(length));
  in_.read(body->data(), length);
  if (in_.gcount() != length) return Status::kEnd;
  return Status::kMessage;
}

void MessageWriter::Write(const std::string& body) {
  std::lock_guard<std::mutex> lock(mutex_);
  out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out_.flush();
}

}  // namespace draftlint::lsp
