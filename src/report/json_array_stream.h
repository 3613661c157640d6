// A JSON document printed while its one long array is still growing: the report of a run over
// thousands of files is written file by file, never held whole in memory. What it prints is
// byte for byte what nlohmann's dump(2) prints for the finished document.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace draftlint {

class JsonArrayStream {
 public:
  // document: everything but the array; array: where the array goes in it (a path of object
  // keys and indexes such as "/runs/0/results", or the empty path when the document is the
  // array), which may not exist yet.
  JsonArrayStream(nlohmann::ordered_json document,
                  const nlohmann::ordered_json::json_pointer& array);

  // Prints the document up to the array first, then each element as it comes.
  void Add(const nlohmann::ordered_json& element, std::ostream& out);

  // Prints the rest of the document, and the document's beginning if nothing was added.
  void End(std::ostream& out);

 private:
  std::string head_;    // the document up to the array's '['
  std::string tail_;    // after the array's ']', with the final newline
  std::string indent_;  // of the array's elements; its closing ']' has two spaces less
  size_t added_ = 0;
};

// dump(2) as every JSON report prints: invalid UTF-8 in a draft's text is replaced, never a
// reason to fail the whole report.
std::string DumpJson(const nlohmann::ordered_json& json);

}  // namespace draftlint
