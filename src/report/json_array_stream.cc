#include "report/json_array_stream.h"

namespace draftlint {
namespace {

// Stands in for the array while the rest of the document is printed. That rest is the tool's
// name and version and, in SARIF, the rules' texts: no control characters, so the printed
// marker is found there once.
constexpr char kMarker[] =
    "\x01"
    "draftlint array"
    "\x01";

}  // namespace

std::string DumpJson(const nlohmann::ordered_json& json) {
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

JsonArrayStream::JsonArrayStream(nlohmann::ordered_json document,
                                 const nlohmann::ordered_json::json_pointer& array) {
  document[array] = kMarker;
  const std::string text = DumpJson(document);
  const std::string marker = nlohmann::ordered_json(kMarker).dump();
  const size_t at = text.find(marker);
  const size_t line = text.rfind('\n', at) + 1;  // npos + 1 is 0: the marker on the first line
  const size_t spaces = text.find_first_not_of(' ', line) - line;
  head_ = text.substr(0, at) + '[';
  tail_ = ']' + text.substr(at + marker.size()) + '\n';
  indent_.assign(spaces + 2, ' ');
}

void JsonArrayStream::Add(const nlohmann::ordered_json& element, std::ostream& out) {
  out << (added_++ == 0 ? head_ + '\n' : std::string(",\n")) << indent_;
  const std::string text = DumpJson(element);
  size_t from = 0;
  for (size_t newline = text.find('\n'); newline != std::string::npos;
       newline = text.find('\n', from)) {
    out.write(text.data() + from, static_cast<std::streamsize>(newline + 1 - from));
    out << indent_;
    from = newline + 1;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

void JsonArrayStream::End(std::ostream& out) {
  if (added_ == 0) {
    out << head_ << tail_;
  } else {
    out << '\n' << indent_.substr(2) << tail_;
  }
}

}  // namespace draftlint
