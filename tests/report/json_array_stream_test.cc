#include "report/json_array_stream.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

using namespace draftlint;
using json = nlohmann::ordered_json;

namespace {

// What the stream prints for `elements` at `where` in `document`, added one by one.
std::string Streamed(const json& document, const std::string& where, const json& elements) {
  JsonArrayStream stream(document, json::json_pointer(where));
  std::ostringstream out;
  for (const json& element : elements) stream.Add(element, out);
  stream.End(out);
  return out.str();
}

// What dump(2) prints for the finished document.
std::string Whole(json document, const std::string& where, const json& elements) {
  document[json::json_pointer(where)] = elements;
  return DumpJson(document) + '\n';
}

const json kElements = json::array(
    {{{"path", "a.txt"}, {"findings", json::array()}, {"languages", {"en", "zh-Hant"}}},
     {{"text", "two\nlines \"quoted\""}, {"nested", {{"deeper", json::array({1, {{"x", 2}}})}}}},
     "a bare string",
     {{"bad", std::string("caf\xC3", 4)}}});

}  // namespace

BOOST_AUTO_TEST_SUITE(json_array_stream)

BOOST_AUTO_TEST_CASE(prints_what_dump_prints_for_the_whole_document) {
  const json report = {{"tool", {{"name", "draftlint"}, {"version", "0.1.0"}}}};
  const json sarif = {{"version", "2.1.0"},
                      {"runs", json::array({{{"tool", {{"driver", {{"rules", json::array()}}}}},
                                             {"columnKind", "unicodeCodePoints"}}})}};
  for (size_t count = 0; count <= kElements.size(); ++count) {
    const json some(kElements.begin(), kElements.begin() + static_cast<long>(count));
    BOOST_TEST_CONTEXT(count << " elements") {
      BOOST_TEST(Streamed(report, "/files", some) == Whole(report, "/files", some));
      BOOST_TEST(Streamed(sarif, "/runs/0/results", some) == Whole(sarif, "/runs/0/results", some));
      BOOST_TEST(Streamed(nullptr, "", some) == Whole(nullptr, "", some));
    }
  }
}

BOOST_AUTO_TEST_CASE(an_empty_array_is_printed_as_dump_prints_it) {
  BOOST_TEST(Streamed({{"tool", "t"}}, "/files", json::array()) ==
             "{\n  \"tool\": \"t\",\n  \"files\": []\n}\n");
  BOOST_TEST(Streamed(nullptr, "", json::array()) == "[]\n");
}

BOOST_AUTO_TEST_CASE(each_element_is_printed_as_it_is_added) {
  JsonArrayStream stream({{"tool", "t"}}, json::json_pointer("/files"));
  std::ostringstream out;
  stream.Add({{"path", "a"}}, out);
  BOOST_TEST(out.str() ==
             "{\n  \"tool\": \"t\",\n  \"files\": [\n    {\n      \"path\": \"a\"\n    }");
  stream.Add("b", out);
  stream.End(out);
  BOOST_TEST(out.str() ==
             "{\n  \"tool\": \"t\",\n  \"files\": [\n    {\n      \"path\": \"a\"\n    },\n"
             "    \"b\"\n  ]\n}\n");
}

BOOST_AUTO_TEST_SUITE_END()
