// The language server at the protocol level: framing, negotiation, document sync in every
// position encoding, diagnostics, code actions, hovers, and the errors the spec asks for.
#include <map>

#include <nlohmann/json.hpp>

#include <boost/test/unit_test.hpp>

#include "support/process.h"

using nlohmann::json;
using namespace draftlint::testing;

namespace {

std::string Frame(const json& message) {
  const std::string body = message.dump();
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

json Initialize(const std::vector<std::string>& encodings = {}) {
  json params = {{"capabilities", json::object()}};
  if (!encodings.empty()) params["capabilities"]["general"]["positionEncodings"] = encodings;
  return {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", params}};
}

json Open(const std::string& uri, const std::string& text) {
  return {{"jsonrpc", "2.0"},
          {"method", "textDocument/didOpen"},
          {"params",
           {{"textDocument",
             {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", text}}}}}};
}

json Request(int id, const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

struct Session {
  std::vector<json> messages;
  int exit_code = 0;
  // The response to request id, or null.
  json Response(int id) const {
    for (const json& message : messages) {
      if (message.contains("id") && message["id"] == id) return message;
    }
    return nullptr;
  }
  // The last diagnostics published for uri.
  json Diagnostics(const std::string& uri) const {
    json last;
    for (const json& message : messages) {
      if (message.value("method", "") == "textDocument/publishDiagnostics" &&
          message["params"]["uri"] == uri) {
        last = message["params"]["diagnostics"];
      }
    }
    return last;
  }
};

Session Serve(const std::string& input) {
  const auto result = Run({Binary(), "lsp"}, input);
  Session session;
  session.exit_code = result.exit_code;
  std::string out = result.out;
  while (!out.empty()) {
    const size_t blank = out.find("\r\n\r\n");
    BOOST_REQUIRE(blank != std::string::npos);
    const size_t length = std::stoul(out.substr(out.find(':') + 1));
    session.messages.push_back(json::parse(out.substr(blank + 4, length)));
    out = out.substr(blank + 4 + length);
  }
  return session;
}

std::string Shutdown() {
  return Frame(Request(99, "shutdown", nullptr)) + Frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
}

json Find(const json& diagnostics, const std::string& code) {
  for (const json& d : diagnostics) {
    if (d["code"] == code) return d;
  }
  return nullptr;
}

const std::string kUri = "file:///tmp/draftlint-lsp-test/note.txt";
// "😀" is 4 bytes, 1 code point, 2 UTF-16 units; "宏" 3 bytes, 1 code point, 1 unit.
const std::string kText = "Hi 😀宏, call me on my mobile +1 415 555 0199.\r\nThanks!\r\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(lsp_protocol)

BOOST_AUTO_TEST_CASE(negotiates_the_encoding_and_reports_exact_ranges) {
  // The phone starts after "Hi 😀宏, call me on my mobile ": 33 bytes, 28 code points, 29 units.
  for (const auto& [offered, chosen, start] :
       std::vector<std::tuple<std::vector<std::string>, std::string, int>>{
           {{}, "utf-16", 29},
           {{"utf-16", "utf-8"}, "utf-8", 33},
           {{"utf-32", "utf-16"}, "utf-32", 28}}) {
    const auto session = Serve(Frame(Initialize(offered)) + Frame(Open(kUri, kText)) + Shutdown());
    BOOST_TEST(session.Response(1)["result"]["capabilities"]["positionEncoding"] == chosen);
    const json phone = Find(session.Diagnostics(kUri), "personal-phone");
    BOOST_REQUIRE(!phone.is_null());
    BOOST_TEST(phone["range"]["start"] == json({{"line", 0}, {"character", start}}), chosen);
    BOOST_TEST(phone["range"]["end"] == json({{"line", 0}, {"character", start + 15}}), chosen);
    BOOST_TEST(phone["source"] == "draftlint");
    BOOST_TEST(phone["severity"] == 1);
    BOOST_TEST(phone["codeDescription"]["href"].get<std::string>().find("personal-phone") !=
               std::string::npos);
    BOOST_TEST(session.exit_code == 0);
  }
}

BOOST_AUTO_TEST_CASE(incremental_changes_in_utf16_with_surrogate_pairs_and_crlf) {
  // Replace "宏" (line 0, units 5-6 after the surrogate pair) with "Globex", and append a
  // line after the CRLF.
  const json change = {
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didChange"},
      {"params",
       {{"textDocument", {{"uri", kUri}, {"version", 2}}},
        {"contentChanges",
         {{{"range",
            {{"start", {{"line", 0}, {"character", 5}}}, {"end", {{"line", 0}, {"character", 6}}}}},
           {"text", "Globex"}},
          {{"range",
            {{"start", {{"line", 1}, {"character", 7}}}, {"end", {{"line", 1}, {"character", 7}}}}},
           {"text", " Rita Gomes takes over on 1 May."}}}}}}};
  const std::string config_dir = ScratchDir();
  WriteFile(config_dir + "/.draftlint.yaml", "competitors: [Globex]\n");
  const std::string uri = "file://" + config_dir + "/note.txt";
  json changed = change;
  changed["params"]["textDocument"]["uri"] = uri;
  const auto session =
      Serve(Frame(Initialize()) + Frame(Open(uri, kText)) + Frame(changed) +
            Frame(Request(2, "textDocument/diagnostic", {{"textDocument", {{"uri", uri}}}})) +
            Shutdown());
  const json items = session.Response(2)["result"]["items"];
  const json competitor = Find(items, "competitor-mention");
  BOOST_REQUIRE(!competitor.is_null());
  BOOST_TEST(competitor["range"]["start"] == json({{"line", 0}, {"character", 5}}));
  BOOST_TEST(competitor["range"]["end"] == json({{"line", 0}, {"character", 11}}));
  BOOST_TEST(Find(items, "missing-successor").is_null());  // the appended line names one
  BOOST_TEST(Find(items, "missing-departure-date").is_null());
}

BOOST_AUTO_TEST_CASE(code_actions_fix_and_disable) {
  const auto session = Serve(Frame(Initialize()) + Frame(Open(kUri, kText)) +
                             Frame(Request(2, "textDocument/codeAction",
                                           {{"textDocument", {{"uri", kUri}}},
                                            {"range",
                                             {{"start", {{"line", 0}, {"character", 33}}},
                                              {"end", {{"line", 0}, {"character", 33}}}}},
                                            {"context", {{"diagnostics", json::array()}}}})) +
                             Shutdown());
  const json actions = session.Response(2)["result"];
  json remove, disable;
  for (const json& action : actions) {
    if (action["title"].get<std::string>().rfind("Remove the number", 0) == 0) remove = action;
    if (action["title"] == "Disable personal-phone on this line") disable = action;
  }
  BOOST_REQUIRE(!remove.is_null());
  BOOST_TEST(remove["kind"] == "quickfix");
  const json edit = remove["edit"]["changes"][kUri][0];
  // From the ", " after "宏" (unit 6) to the number's end (unit 44), leaving "Hi 😀宏."
  BOOST_TEST(edit["range"]["start"] == json({{"line", 0}, {"character", 6}}));
  BOOST_TEST(edit["range"]["end"] == json({{"line", 0}, {"character", 44}}));
  BOOST_TEST(edit["newText"] == "");
  BOOST_REQUIRE(!disable.is_null());
  BOOST_TEST(disable["edit"]["changes"][kUri][0]["newText"] == " draftlint:allow personal-phone");
}

BOOST_AUTO_TEST_CASE(code_actions_in_markdown_insert_after_the_greeting) {
  const std::string uri = "file:///tmp/draftlint-lsp-test/note.md";
  const std::string text =
      "# Leaving\n\nDear Ana,\n\nI am leaving Acme. Call me on +1 415 555 0199.\n\nThanks!\n";
  const auto session = Serve(Frame(Initialize()) + Frame(Open(uri, text)) +
                             Frame(Request(2, "textDocument/codeAction",
                                           {{"textDocument", {{"uri", uri}}},
                                            {"range",
                                             {{"start", {{"line", 4}, {"character", 35}}},
                                              {"end", {{"line", 4}, {"character", 35}}}}},
                                            {"context", {{"diagnostics", json::array()}}}})) +
                             Shutdown());
  std::map<std::string, json> edits;
  const json actions = session.Response(2)["result"];
  for (const json& action : actions)
    edits[action["title"].get<std::string>()] = action["edit"]["changes"][uri][0];
  const json at_body = {{"start", {{"line", 4}, {"character", 0}}},
                        {"end", {{"line", 4}, {"character", 0}}}};
  // The whole-document finding is offered from anywhere, its sentence placed after "Dear Ana,".
  BOOST_TEST(edits["Add a sentence naming who takes over"]["range"] == at_body);
  BOOST_TEST(
      edits["Add a sentence naming who takes over"]["newText"] ==
      "From [date], [name] will take over your account; you can reach them at [e-mail].\n\n");
  BOOST_TEST(edits["Add when you leave"]["newText"] == "My last day will be [date].\n\n");
  // Markdown's suppression is an HTML comment on the line above.
  BOOST_TEST(edits["Disable personal-phone on this line"]["range"] == at_body);
  BOOST_TEST(edits["Disable personal-phone on this line"]["newText"] ==
             "<!-- draftlint-disable-next-line personal-phone -->\n");
  BOOST_TEST(edits["Remove the number and the words offering it"]["range"] ==
             json({{"start", {{"line", 4}, {"character", 18}}},
                   {"end", {{"line", 4}, {"character", 45}}}}));
}

BOOST_AUTO_TEST_CASE(hover_explains_the_rule) {
  const auto session = Serve(Frame(Initialize()) + Frame(Open(kUri, kText)) +
                             Frame(Request(2, "textDocument/hover",
                                           {{"textDocument", {{"uri", kUri}}},
                                            {"position", {{"line", 0}, {"character", 35}}}})) +
                             Frame(Request(3, "textDocument/hover",
                                           {{"textDocument", {{"uri", kUri}}},
                                            {"position", {{"line", 1}, {"character", 3}}}})) +
                             Shutdown());
  const std::string text = session.Response(2)["result"]["contents"]["value"];
  BOOST_TEST(text.find("**personal-phone**") == 0u);
  BOOST_TEST(session.Response(3)["result"].is_null());
}

BOOST_AUTO_TEST_CASE(errors_the_spec_asks_for_and_the_server_goes_on) {
  const std::string input =
      Frame(Request(7, "textDocument/hover", json::object())) +  // before initialize
      Frame(Initialize()) + "Content-Length: 7\r\n\r\n{oops!}" + "Garbage-Header\r\n\r\n" +
      Frame(json::array({1, 2})) + Frame(Request(2, "no/such/method", json::object())) +
      Frame({{"jsonrpc", "2.0"}, {"method", "no/such/notification"}}) +
      Frame(Request(3, "textDocument/diagnostic",
                    {{"textDocument", {{"uri", "file:///nowhere.txt"}}}})) +
      // A method that is not a string (here the last of two "method" keys, as a fuzzer sent).
      "Content-Length: 59\r\n\r\n"
      R"({"jsonrpc": "2.0", "id": 6, "method": "exit", "method": {}})" +
      Frame(Request(4, "textDocument/codeAction", {{"textDocument", {{"uri", kUri}}}})) +
      // An open without its text (" text", as a fuzzer sent) opens nothing.
      Frame({{"jsonrpc", "2.0"},
             {"method", "textDocument/didOpen"},
             {"params", {{"textDocument", {{"uri", kUri}, {"version", 1}, {" text", kText}}}}}}) +
      Frame(Request(8, "textDocument/codeAction",
                    {{"textDocument", {{"uri", kUri}}},
                     {"range",
                      {{"start", {{"line", 0}, {"character", 0}}},
                       {"end", {{"line", 1}, {"character", 0}}}}}})) +
      Frame(Open(kUri, kText)) +
      // A change past the end of the text clamps to it.
      Frame({{"jsonrpc", "2.0"},
             {"method", "textDocument/didChange"},
             {"params",
              {{"textDocument", {{"uri", kUri}, {"version", 2}}},
               {"contentChanges",
                {{{"range",
                   {{"start", {{"line", 40}, {"character", 3}}},
                    {"end", {{"line", 50}, {"character", 0}}}}},
                  {"text", "Globex!"}}}}}}}) +
      Frame(Request(5, "textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}})) +
      Shutdown();
  const auto session = Serve(input);
  BOOST_TEST(session.Response(7)["error"]["code"] == -32002);
  BOOST_TEST(session.Response(2)["error"]["code"] == -32601);
  BOOST_TEST(session.Response(3)["error"]["code"] == -32602);
  BOOST_TEST(session.Response(4)["error"]["code"] == -32602);
  BOOST_TEST(session.Response(5)["result"]["kind"] == "full");
  BOOST_TEST(session.Response(6)["error"]["code"] == -32600);
  BOOST_TEST(session.Response(8)["error"]["code"] == -32602);
  int parse_errors = 0, invalid = 0;
  for (const json& message : session.messages) {
    if (message.contains("error") && message["id"].is_null()) {
      parse_errors += message["error"]["code"] == -32700;
      invalid += message["error"]["code"] == -32600;
    }
  }
  BOOST_TEST(parse_errors == 2);  // the bad JSON and the frame without a length
  BOOST_TEST(invalid == 1);       // the array
  BOOST_TEST(session.Response(99)["result"].is_null());
  BOOST_TEST(session.exit_code == 0);
}

BOOST_AUTO_TEST_CASE(exit_codes_and_a_vanished_client) {
  BOOST_TEST(
      Serve(Frame(Initialize()) + Frame({{"jsonrpc", "2.0"}, {"method", "exit"}})).exit_code == 1);
  BOOST_TEST(Serve(Frame(Initialize()) + Frame(Open(kUri, kText))).exit_code == 1);  // stdin closed
  BOOST_TEST(Serve("").exit_code == 1);
}

BOOST_AUTO_TEST_CASE(client_settings_switch_to_template_mode) {
  // (A config changed on disk is tested from Neovim, which can write it mid-session.)
  const std::string uri = "file://" + ScratchDir() + "/note.txt";
  const std::string open = Frame(Initialize()) + Frame(Open(uri, "Dear {{ client }}, thanks!\n"));
  BOOST_TEST(!Find(Serve(open + Shutdown()).Diagnostics(uri), "unfilled-placeholder").is_null());
  const auto settings =
      Serve(open +
            Frame({{"jsonrpc", "2.0"},
                   {"method", "workspace/didChangeConfiguration"},
                   {"params", {{"settings", {{"draftlint", {{"mode", "template"}}}}}}}}) +
            Shutdown());
  BOOST_TEST(Find(settings.Diagnostics(uri), "unfilled-placeholder").is_null());
}

BOOST_AUTO_TEST_SUITE_END()
