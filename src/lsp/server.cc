#include "lsp/server.h"

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <vector>

#include "match/parallel_for.h"
#include "report/rule_docs.h"
#include "rules/yaml_reader.h"

#ifndef DRAFTLINT_VERSION
#error "DRAFTLINT_VERSION must be defined by the build"
#endif

namespace draftlint::lsp {
namespace {

using nlohmann::json;

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;

// Where each rule is documented, for the editor's link on a diagnostic's code.

struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int LspSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return 1;
    case Severity::kWarning:
      return 2;
    case Severity::kInfo:
      return 3;
  }
  return 2;
}

std::string Extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

}  // namespace

std::string PathFromUri(const std::string& uri) {
  if (uri.rfind("file://", 0) != 0) return uri;
  std::string path;
  for (size_t i = 7; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      path.push_back(static_cast<char>(std::stoi(uri.substr(i + 1, 2), nullptr, 16)));
      i += 2;
    } else {
      path.push_back(uri[i]);
    }
  }
  return path;
}

Server::Server(std::istream& in, std::ostream& out, std::shared_ptr<const Pack> pack)
    : reader_(in), writer_(out), pack_(std::move(pack)) {
  Reload();
}

void Server::Reload() {
  engines_ = std::make_unique<EngineCache>(pack_, overrides_, std::nullopt, Stages{},
                                           DiskCache::Default());
  rules_.clear();
  for (RuleInfo& rule : Engine(std::make_shared<CompiledPack>(pack_, Config{})).Rules()) {
    std::string id = rule.id;
    rules_.emplace(std::move(id), std::move(rule));
  }
}

int Server::Run() {
  // One document is linted at a time: the other cores may compile a new language's entries.
  SetSpareThreads(MachineCores() - 1);
  std::string body;
  while (true) {
    switch (reader_.Read(&body)) {
      case MessageReader::Status::kEnd:
        return shutdown_ ? 0 : 1;
      case MessageReader::Status::kBadFrame:
        Fail(nullptr, kParseError, "unreadable message header");
        continue;
      case MessageReader::Status::kMessage:
        break;
    }
    json message;
    try {
      message = json::parse(body);
    } catch (const json::parse_error& e) {
      Fail(nullptr, kParseError, std::string("not JSON: ") + e.what());
      continue;
    }
    // A method of another type is Handle's to refuse, not value()'s to throw on.
    if (message.is_object() && message.contains("method") && message["method"] == "exit")
      return shutdown_ ? 0 : 1;
    Handle(message);
  }
}

void Server::Handle(const json& message) {
  if (!message.is_object()) {
    Fail(nullptr, kInvalidRequest, "a message is a JSON object");
    return;
  }
  const bool has_id = message.contains("id");
  const json id = has_id ? message["id"] : json();
  if (has_id && !(id.is_number_integer() || id.is_string())) {
    Fail(nullptr, kInvalidRequest, "id must be a number or a string");
    return;
  }
  if (!message.contains("method")) return;  // a response to one of our requests
  if (!message["method"].is_string()) {
    if (has_id) Fail(id, kInvalidRequest, "method must be a string");
    return;
  }
  const std::string method = message["method"];
  const json params = message.value("params", json::object());
  if (!initialized_ && method != "initialize") {
    if (has_id) Fail(id, kServerNotInitialized, "initialize first");
    return;
  }
  if (shutdown_ && has_id) {
    Fail(id, kInvalidRequest, "the server is shut down");
    return;
  }
  try {
    bool handled = false;
    json result = Dispatch(method, params, &handled);
    if (!has_id) return;
    if (!handled) {
      Fail(id, kMethodNotFound, "unknown method " + method);
    } else {
      Reply(id, std::move(result));
    }
  } catch (const InvalidParams& e) {
    if (has_id) Fail(id, kInvalidParams, e.what());
  } catch (const json::exception& e) {
    if (has_id) Fail(id, kInvalidParams, std::string("bad params: ") + e.what());
  } catch (const std::exception& e) {
    if (has_id) Fail(id, kInternalError, e.what());
  }
}

json Server::Dispatch(const std::string& method, const json& params, bool* handled) {
  *handled = true;
  if (method == "initialize") return Initialize(params);
  if (method == "initialized") {
    Initialized();
    return nullptr;
  }
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/didOpen")
    DidOpen(params);
  else if (method == "textDocument/didChange")
    DidChange(params);
  else if (method == "textDocument/didSave") {
  } else if (method == "textDocument/didClose")
    DidClose(params);
  else if (method == "workspace/didChangeConfiguration")
    DidChangeConfiguration(params);
  else if (method == "workspace/didChangeWatchedFiles") {
    Reload();
    for (auto& [uri, open] : open_) {
      Lint(uri, &open);
      Publish(uri, open);
    }
  } else if (method == "textDocument/diagnostic")
    return PullDiagnostics(params);
  else if (method == "textDocument/codeAction")
    return CodeActions(params);
  else if (method == "textDocument/hover")
    return Hover(params);
  else
    *handled = false;
  return nullptr;
}

json Server::Initialize(const json& params) {
  if (initialized_) throw InvalidParams("already initialized");
  initialized_ = true;
  // utf-8 is what draftlint counts in; utf-32 needs no surrogates; utf-16 is LSP's default.
  const json encodings = params.value("capabilities", json::object())
                             .value("general", json::object())
                             .value("positionEncodings", json::array());
  std::string chosen = "utf-16";
  for (const char* preferred : {"utf-8", "utf-32"}) {
    if (std::find(encodings.begin(), encodings.end(), preferred) != encodings.end()) {
      chosen = preferred;
      break;
    }
  }
  encoding_ = chosen == "utf-8"    ? Encoding::kUtf8
              : chosen == "utf-32" ? Encoding::kUtf32
                                   : Encoding::kUtf16;
  watch_configs_ = params.value("capabilities", json::object())
                       .value("workspace", json::object())
                       .value("didChangeWatchedFiles", json::object())
                       .value("dynamicRegistration", false);
  if (params.contains("initializationOptions"))
    DidChangeConfiguration({{"settings", params["initializationOptions"]}});
  return {
      {"capabilities",
       {{"positionEncoding", chosen},
        {"textDocumentSync",
         {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
        {"diagnosticProvider", {{"interFileDependencies", false}, {"workspaceDiagnostics", false}}},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
        {"hoverProvider", true}}},
      {"serverInfo", {{"name", "draftlint"}, {"version", DRAFTLINT_VERSION}}}};
}

void Server::Initialized() {
  if (!watch_configs_) return;
  // Configs are found from each document's folder; a change to any of them reloads.
  Send({{"jsonrpc", "2.0"},
        {"id", "draftlint-" + std::to_string(next_request_++)},
        {"method", "client/registerCapability"},
        {"params",
         {{"registrations",
           {{{"id", "draftlint-configs"},
             {"method", "workspace/didChangeWatchedFiles"},
             {"registerOptions", {{"watchers", {{{"globPattern", "**/.draftlint.yaml"}}}}}}}}}}}});
}

void Server::DidOpen(const json& params) {
  const json& item = params.at("textDocument");
  const std::string uri = item.at("uri");
  // Read and linted before it is kept: a notification without its text (or a bad one) must
  // not leave an open document with no Document for later requests to use.
  Open opened;
  opened.text = item.at("text");
  opened.version = item.value("version", 0);
  Lint(uri, &opened);
  Open& open = open_[uri] = std::move(opened);
  Publish(uri, open);
}

void Server::DidChange(const json& params) {
  const std::string uri = params.at("textDocument").at("uri");
  const auto it = open_.find(uri);
  if (it == open_.end()) return;  // a change to a document that is not open: nothing to apply
  Open& open = it->second;
  for (const json& change : params.at("contentChanges")) {
    if (!change.contains("range")) {
      open.text = change.at("text");
      continue;
    }
    // Positions past the end of a line or of the text clamp to it.
    const Document current("", open.text);
    const size_t begin = Offset(current, change["range"].at("start"));
    const size_t end = std::max(begin, Offset(current, change["range"].at("end")));
    open.text.replace(begin, end - begin, change.at("text").get<std::string>());
  }
  open.version = params["textDocument"].value("version", open.version + 1);
  Lint(uri, &open);
  Publish(uri, open);
}

void Server::DidClose(const json& params) {
  const std::string uri = params.at("textDocument").at("uri");
  open_.erase(uri);
  Send({{"jsonrpc", "2.0"},
        {"method", "textDocument/publishDiagnostics"},
        {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
}

void Server::DidChangeConfiguration(const json& params) {
  // Settings under "draftlint": mode (draft / template) and language (a list of codes).
  const json settings = params.value("settings", json::object());
  const json ours = settings.contains("draftlint") ? settings["draftlint"] : settings;
  overrides_ = ConfigOverrides();
  if (ours.is_object()) {
    if (ours.contains("mode") && ours["mode"].is_string()) {
      overrides_.mode = ours["mode"] == "template" ? Mode::kTemplate : Mode::kDraft;
    }
    if (ours.contains("language") && ours["language"].is_array()) {
      std::vector<Language> languages;
      for (const json& code : ours["language"]) {
        if (!code.is_string()) continue;
        if (const auto language = ParseLanguage(code.get<std::string>()))
          languages.push_back(*language);
      }
      if (!languages.empty()) overrides_.languages = languages;
    }
  }
  Reload();
  for (auto& [uri, open] : open_) {
    Lint(uri, &open);
    Publish(uri, open);
  }
}

Server::Open& Server::Find(const json& params) {
  const std::string uri = params.at("textDocument").at("uri");
  const auto it = open_.find(uri);
  if (it == open_.end()) throw InvalidParams("document not open: " + uri);
  return it->second;
}

void Server::Lint(const std::string& uri, Open* open) {
  const std::string path = PathFromUri(uri);
  open->document = std::make_shared<const Document>(path, open->text);
  open->report = FileReport();
  if (open->document->is_binary()) return;
  try {
    open->report = engines_->For(EngineCache::FolderOf(path))->Lint(open->document);
  } catch (const LoadError& e) {
    // A broken config: tell the user at the top of the document rather than go silent.
    Finding finding;
    finding.rule = "config-error";
    finding.severity = Severity::kError;
    finding.message = e.what();
    open->report.findings.push_back(finding);
  }
}

json Server::Position(const Document& document, size_t offset) const {
  return {{"line", document.LineOf(offset)}, {"character", document.ColumnOf(offset, encoding_)}};
}

json Server::Range(const Document& document, size_t begin, size_t end) const {
  return {{"start", Position(document, begin)}, {"end", Position(document, end)}};
}

size_t Server::Offset(const Document& document, const json& position) const {
  const auto line = position.at("line").get<long long>();
  const auto character = position.at("character").get<long long>();
  if (line < 0 || character < 0) throw InvalidParams("a position is never negative");
  return document.OffsetAt(static_cast<size_t>(line), static_cast<size_t>(character), encoding_);
}

json Server::Diagnostics(const Open& open) const {
  json diagnostics = json::array();
  for (const Finding& finding : open.report.findings) {
    json diagnostic = {{"range", Range(*open.document, finding.begin, finding.end)},
                       {"severity", LspSeverity(finding.severity)},
                       {"code", finding.rule},
                       {"source", "draftlint"},
                       {"message", finding.message}};
    if (rules_.count(finding.rule))
      diagnostic["codeDescription"] = {{"href", RuleDocUrl(finding.rule)}};
    diagnostics.push_back(std::move(diagnostic));
  }
  return diagnostics;
}

void Server::Publish(const std::string& uri, const Open& open) {
  Send({{"jsonrpc", "2.0"},
        {"method", "textDocument/publishDiagnostics"},
        {"params", {{"uri", uri}, {"version", open.version}, {"diagnostics", Diagnostics(open)}}}});
}

json Server::PullDiagnostics(const json& params) {
  const Open& open = Find(params);
  return {{"kind", "full"}, {"items", Diagnostics(open)}};
}

// "Disable this rule on this line", in the comment syntax of the file's type.
json Server::DisableEdit(const std::string& uri, const Open& open, const Finding& finding) const {
  const Document& document = *open.document;
  const size_t line = document.LineOf(finding.begin);
  const std::string extension = Extension(document.path());
  std::string comment;
  if (extension == ".md" || extension == ".markdown" || extension == ".html" ||
      extension == ".htm") {
    comment = "<!-- draftlint-disable-next-line " + finding.rule + " -->";
  } else if (extension == ".j2" || extension == ".jinja" || extension == ".jinja2" ||
             extension == ".liquid") {
    comment = "{# draftlint-disable-next-line " + finding.rule + " #}";
  } else if (extension == ".hbs" || extension == ".handlebars" || extension == ".mustache") {
    comment = "{{!-- draftlint-disable-next-line " + finding.rule + " --}}";
  }
  json edit;
  if (comment.empty()) {
    // Plain text: an allow at the end of the line.
    const size_t end = document.LineEnd(line);
    edit = {{"range", Range(document, end, end)}, {"newText", " draftlint:allow " + finding.rule}};
  } else {
    const size_t begin = line == 0 ? document.body_begin() : document.LineBegin(line);
    edit = {{"range", Range(document, begin, begin)}, {"newText", comment + "\n"}};
  }
  return {{"title", "Disable " + finding.rule + " on this line"},
          {"kind", "quickfix"},
          {"edit", {{"changes", {{uri, {edit}}}}}}};
}

json Server::CodeActions(const json& params) {
  const std::string uri = params.at("textDocument").at("uri");
  const Open& open = Find(params);
  const Document& document = *open.document;
  const size_t from = Offset(document, params.at("range").at("start"));
  const size_t to = Offset(document, params.at("range").at("end"));
  json actions = json::array();
  for (const Finding& finding : open.report.findings) {
    // Findings the range touches (a cursor inside or at the edge of one); a finding about
    // the whole document, wherever the cursor is.
    if (!finding.document_scope && (finding.end < from || finding.begin > to)) continue;
    if (!rules_.count(finding.rule)) continue;
    json diagnostic = {{"range", Range(document, finding.begin, finding.end)},
                       {"severity", LspSeverity(finding.severity)},
                       {"code", finding.rule},
                       {"source", "draftlint"},
                       {"message", finding.message}};
    for (const Finding::Fix& fix : finding.fixes) {
      actions.push_back(
          {{"title", fix.title},
           {"kind", "quickfix"},
           {"diagnostics", {diagnostic}},
           {"isPreferred", true},
           {"edit",
            {{"changes",
              {{uri,
                {{{"range", Range(document, fix.begin, fix.end)}, {"newText", fix.text}}}}}}}}});
    }
    json disable = DisableEdit(uri, open, finding);
    disable["diagnostics"] = {diagnostic};
    actions.push_back(std::move(disable));
  }
  return actions;
}

json Server::Hover(const json& params) {
  const Open& open = Find(params);
  const Document& document = *open.document;
  const size_t at = Offset(document, params.at("position"));
  // The narrowest finding under the cursor: a phone number rather than the whole line a
  // document finding spans.
  std::vector<const Finding*> under;
  for (const Finding& finding : open.report.findings) {
    if (at >= finding.begin && at <= finding.end) under.push_back(&finding);
  }
  std::stable_sort(under.begin(), under.end(), [](const Finding* a, const Finding* b) {
    return std::make_tuple(a->document_scope, a->end - a->begin) <
           std::make_tuple(b->document_scope, b->end - b->begin);
  });
  for (const Finding* found : under) {
    const Finding& finding = *found;
    const auto rule = rules_.find(finding.rule);
    if (rule == rules_.end()) continue;
    const RuleInfo& info = rule->second;
    std::string text = "**" + info.id + "** (" + std::string(SeverityName(finding.severity)) +
                       "): " + info.summary + "\n\n" + info.description + "\n\n";
    if (!info.rationale.empty()) text += "*Why it matters:* " + info.rationale + "\n\n";
    text += "To accept it here, add `draftlint-disable-next-line " + info.id +
            "` in a comment above the line, or set `" + info.id +
            ": off` under `rules:` in `.draftlint.yaml`. [More](" + RuleDocUrl(info.id) +
            ") or `draftlint explain " + info.id + "`.";
    return {{"contents", {{"kind", "markdown"}, {"value", text}}},
            {"range", Range(document, finding.begin, finding.end)}};
  }
  return nullptr;
}

void Server::Send(const json& message) {
  writer_.Write(message.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::Reply(const json& id, json result) {
  Send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::Fail(const json& id, int code, const std::string& message) {
  Send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

}  // namespace draftlint::lsp
