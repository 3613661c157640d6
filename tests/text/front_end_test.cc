#include "text/front_end.h"

#include <boost/test/unit_test.hpp>

using namespace draftlint;

namespace {

// The prose pieces' text, one string per line, " | " between pieces.
std::vector<std::string> Lines(const std::string& path, const std::string& text) {
  const Document document(path, text);
  std::vector<std::string> lines;
  for (const ProseBlock& block : ProseOf(document)) {
    for (const ProseLine& line : block.lines) {
      std::string joined;
      for (const ProsePiece& piece : line.pieces) {
        if (!joined.empty()) joined += " | ";
        joined += piece.decoded.empty() ? text.substr(piece.begin, piece.end - piece.begin)
                                        : "[" + piece.decoded + "]";
      }
      lines.push_back(joined);
    }
    lines.push_back("--");
  }
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(front_end)

BOOST_AUTO_TEST_CASE(plain_text_blocks_are_runs_of_lines) {
  BOOST_TEST(Lines("a.txt", "Hi,\n\nLine one\nline two\n") ==
                 (std::vector<std::string>{"Hi,", "--", "Line one", "line two", "--"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(markdown_keeps_prose_and_drops_code_links_and_front_matter) {
  const std::string text =
      "---\ntitle: x@gmail.com\n---\n# Leaving\n\nHi **Ana**, see [my page](https://x.example) "
      "&amp; `code`.\n\n"
      "```\nx@gmail.com\n```\n\n- one\n- two\n";
  BOOST_TEST(Lines("a.md", text) ==
                 (std::vector<std::string>{"Leaving", "--",
                                           "Hi  | Ana | , see  | my page |   | [&] |   | .", "--",
                                           "one", "two", "--"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(html_keeps_body_text_and_decodes_entities) {
  const std::string text =
      "<html><head><title>T</title><style>p{}</style></head><body><p>Hi&nbsp;<b>Ana</b>,<br>bye</p>"
      "<!-- x --><div>G&oacute;mes</div><script>s</script></body></html>";
  BOOST_TEST(Lines("a.html", text) == (std::vector<std::string>{"Hi | [\u00A0] | Ana | ,", "bye",
                                                                "--", "G | [ó] | mes", "--"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(template_logic_is_not_prose_but_placeholders_are) {
  const std::string text =
      "{# note #}Hi {{ name }},{% if x %} bye{% endif %} {{! c }}{{#each y}}z{{/each}}\n";
  BOOST_TEST(
      Lines("a.txt.j2", text) == (std::vector<std::string>{"Hi {{ name }}, |  bye |   | z", "--"}),
      boost::test_tools::per_element());
  // Without a template extension, nothing is removed.
  BOOST_TEST(Lines("a.txt", text).front() == text.substr(0, text.size() - 1));
}

BOOST_AUTO_TEST_SUITE_END()
