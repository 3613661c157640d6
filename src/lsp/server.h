// The language server (LSP 3.17 over stdio): open documents are linted with the same engine
// and configs as the command line, and findings are published as diagnostics, with quick
// fixes and hovers, in the position encoding negotiated at initialize (utf-8, utf-32, or
// utf-16 when the client says nothing). A malformed message, an unknown method or a request
// about a document that is not open gets its JSON-RPC error; the server keeps serving.
#pragma once

#include <nlohmann/json.hpp>

#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "cli/engine_cache.h"
#include "lsp/json_rpc.h"
#include "report/finding.h"
#include "text/document.h"

namespace draftlint::lsp {

class Server {
 public:
  Server(std::istream& in, std::ostream& out, std::shared_ptr<const Pack> pack);

  // Serves until "exit" or the end of input; the exit code LSP asks for (0 after shutdown).
  int Run();

 private:
  struct Open {
    std::string text;
    int version = 0;
    std::shared_ptr<const Document> document;  // of text
    FileReport report;                         // its last findings
  };

  void Handle(const nlohmann::json& message);
  nlohmann::json Dispatch(const std::string& method, const nlohmann::json& params, bool* handled);

  nlohmann::json Initialize(const nlohmann::json& params);
  void Initialized();
  void DidOpen(const nlohmann::json& params);
  void DidChange(const nlohmann::json& params);
  void DidClose(const nlohmann::json& params);
  void DidChangeConfiguration(const nlohmann::json& params);
  nlohmann::json PullDiagnostics(const nlohmann::json& params);
  nlohmann::json CodeActions(const nlohmann::json& params);
  nlohmann::json Hover(const nlohmann::json& params);

  Open& Find(const nlohmann::json& params);
  void Lint(const std::string& uri, Open* open);
  void Publish(const std::string& uri, const Open& open);
  void Reload();
  nlohmann::json Diagnostics(const Open& open) const;
  nlohmann::json Position(const Document& document, size_t offset) const;
  nlohmann::json Range(const Document& document, size_t begin, size_t end) const;
  size_t Offset(const Document& document, const nlohmann::json& position) const;
  nlohmann::json DisableEdit(const std::string& uri, const Open& open,
                             const Finding& finding) const;

  void Send(const nlohmann::json& message);
  void Reply(const nlohmann::json& id, nlohmann::json result);
  void Fail(const nlohmann::json& id, int code, const std::string& message);

  MessageReader reader_;
  MessageWriter writer_;
  std::shared_ptr<const Pack> pack_;
  ConfigOverrides overrides_;
  std::unique_ptr<EngineCache> engines_;
  std::map<std::string, RuleInfo> rules_;
  std::map<std::string, Open> open_;
  Encoding encoding_ = Encoding::kUtf16;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool watch_configs_ = false;
  int next_request_ = 1;
};

// A file: URI's path ("file:///a%20b/c.txt" is "/a b/c.txt"); other URIs as they are.
std::string PathFromUri(const std::string& uri);

}  // namespace draftlint::lsp
