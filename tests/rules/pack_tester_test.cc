// draftlint test-pack's checks: examples that fire at their span or pass, and what can never
// fire.
#include "rules/pack_tester.h"

#include <boost/test/unit_test.hpp>

#include "support/process.h"

using namespace draftlint;

namespace {

const char* kPack = R"(pack: p
languages: [en, pt]
examples-config: cfg.yaml
rules:
  - id: word
    severity: warning
    summary: s
    message: m
    find: {lexicon: w}
    examples:
      - fire: "a word here"
        span: word
        lang: en
      - fire: "nothing"
        lang: en
      - pass: "one word, two words"
        lang: en
  - id: curly
    severity: info
    summary: s
    message: m
    find: {pattern: 'it’s'}
  - id: competitor
    severity: error
    summary: s
    message: m
    find: {lexicon: names}
    examples:
      - fire: "We met Globex."
        span: Globex
        lang: en
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(pack_tester)

BOOST_AUTO_TEST_CASE(runs_examples_and_finds_what_cannot_fire) {
  const std::string dir = testing::ScratchDir();
  testing::WriteFile(dir + "/rules/p.yaml", kPack);
  testing::WriteFile(dir + "/rules/cfg.yaml", "competitors: [Globex]\n");
  testing::WriteFile(dir + "/lexicons/en/w.txt", "word\n");
  testing::WriteFile(dir + "/lexicons/en/names.txt", "Globex\n");
  const auto pack = std::make_shared<const Pack>(LoadPack(dir + "/rules/p.yaml"));
  const PackTestReport report = TestPack(pack);

  BOOST_REQUIRE(report.results.size() == 4u);
  BOOST_TEST(report.results[0].passed);
  BOOST_TEST(!report.results[1].passed);
  BOOST_TEST(report.results[1].detail == "did not fire");
  BOOST_TEST(!report.results[2].passed);
  BOOST_TEST(report.results[2].detail == "fired at 1:5-1:9 \"word\"");
  BOOST_TEST(report.results[3].passed);  // "Globex" from the first, good entry
  BOOST_TEST(report.failed() == 2u);

  const std::string at = pack->path.string() + ":";
  std::vector<std::string> warnings;
  for (const PackProblem& warning : report.warnings)
    warnings.push_back(warning.where + " " + warning.what);
  const std::vector<std::string> expected = {
      at + "14 a 'fire' example of a span rule should give its 'span:'",
      at + "5 rule 'word' can never fire in pt: the pack lists it, but the rule has no word lists "
           "for it",
      at + "18 rule 'curly' has no examples",
      at + "23 rule 'competitor' can never fire in pt: the pack lists it, but the rule has no word "
           "lists for it",
      at + "22 part of this pattern can never match: U+2019 \"’\" (the text has \"'\" instead)",
  };
  BOOST_TEST(warnings == expected, boost::test_tools::per_element());
  BOOST_TEST(report.errors.empty());
}

BOOST_AUTO_TEST_CASE(compiles_every_entry) {
  const std::string dir = testing::ScratchDir();
  testing::WriteFile(
      dir + "/rules/p.yaml",
      "pack: p\nlanguages: [en]\nrules:\n  - id: r\n    severity: info\n    summary: "
      "s\n    message: m\n    find: {lexicon: w}\n");
  testing::WriteFile(dir + "/lexicons/en/w.txt", "fine\n(unclosed parenthesis\n");
  const PackTestReport report =
      TestPack(std::make_shared<const Pack>(LoadPack(dir + "/rules/p.yaml")));
  BOOST_REQUIRE(report.errors.size() == 1u);
  BOOST_TEST(report.errors[0].what == dir + "/lexicons/en/w.txt:2: unclosed '('");
}

BOOST_AUTO_TEST_CASE(characters_normalized_text_never_holds) {
  BOOST_TEST(UnmatchableCharacter("it's (?:a|b) \\d+ 東京") == "");
  BOOST_TEST(UnmatchableCharacter("[’'] and \\’") == "");  // a class member, an escape
  BOOST_TEST(UnmatchableCharacter("a  b") == "two spaces in a row (the text has one)");
  BOOST_TEST(UnmatchableCharacter("a\tb") == "a tab (the text has a space)");
  BOOST_TEST(UnmatchableCharacter("ＡＣＭＥ") == "U+FF21 \"Ａ\" (the text has \"A\" instead)");
  BOOST_TEST(UnmatchableCharacter("x[]’]y’") == "U+2019 \"’\" (the text has \"'\" instead)");
}

BOOST_AUTO_TEST_SUITE_END()
