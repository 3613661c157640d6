// Each rule kind and condition, on a small pack that knows nothing of departure notes.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "rules/engine.h"
#include "support/lint.h"
#include "support/process.h"

using namespace draftlint;
using testing::At;
using testing::Span;

namespace {

FileReport LintKinds(const std::string& text, Mode mode = Mode::kDraft,
                     Language language = Language::kEn) {
  static auto pack = std::make_shared<const Pack>(
      LoadPack(std::filesystem::path(testing::SourceDir()) / "tests/data/kinds/rules/kinds.yaml"));
  Config config;
  config.languages = {language};
  config.mode = mode;
  config.company_names = {"ACME", "Acme Bank"};
  return Engine(std::make_shared<CompiledPack>(pack, config))
      .Lint(std::make_shared<const Document>("t.txt", text));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_kinds)

BOOST_AUTO_TEST_CASE(span_rule_reports_whole_words_with_exact_spans) {
  const std::string text = "Hi. An apple, pineapple and a banana split.";
  const auto report = LintKinds(text);
  BOOST_TEST(testing::SpansOf(report, "fruit") ==
                 (std::vector<Span>{At("fruit", text, "apple"), At("fruit", text, "banana split")}),
             boost::test_tools::per_element());
  for (const Finding& finding : report.findings) {
    if (finding.rule == "fruit") {
      BOOST_TEST(finding.message == "Fruit: apple");
      break;
    }
  }
}

BOOST_AUTO_TEST_CASE(stems_match_word_endings) {
  const std::string text = "Hi. Kiwis.";
  BOOST_TEST(
      testing::SpansOf(LintKinds(text), "fruit") == (std::vector<Span>{At("fruit", text, "Kiwis")}),
      boost::test_tools::per_element());
}

// "{colour} plum" is tried only where a colour begins a word: the same hits as a search.
BOOST_AUTO_TEST_CASE(an_entry_that_begins_with_a_word_list_slot) {
  const std::string text = "Hi. A red plum, a Dark Red plum, a bored plum and a dark plum.";
  BOOST_TEST(
      testing::SpansOf(LintKinds(text), "fruit") ==
          (std::vector<Span>{At("fruit", text, "red plum"), At("fruit", text, "Dark Red plum")}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(context_nearest_marker_decides) {
  const std::string text =
      "Call me on my mobile +1 415 555 0199. Her mobile is +1 415 555 0142. Anna's is +1 415 555 "
      "0143.";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "own-number") ==
                 (std::vector<Span>{At("own-number", text, "+1 415 555 0199")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_marker_does_not_reach_past_another_hit) {
  const std::string text = "My mobile: +1 415 555 0199, then +1 415 555 0142.";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "own-number") ==
                 (std::vector<Span>{At("own-number", text, "+1 415 555 0199")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(markers_after_the_hit_count_when_none_is_before) {
  const std::string text = "Use +1 415 555 0199 (my mobile).";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "own-number").size() == 1u);
}

BOOST_AUTO_TEST_CASE(value_in_compares_domains) {
  const std::string text = "Mail a@gmail.com, b@mail.gmail.com or c@notgmail.com.";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "free-mail") ==
                 (std::vector<Span>{At("free-mail", text, "a@gmail.com"),
                                    At("free-mail", text, "b@mail.gmail.com")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(value_in_compares_leading_words_with_a_config_list) {
  const std::string text = "Ask the Acme team, the Acme Bank team or the Acme Billing team.";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "company-team") ==
                 (std::vector<Span>{At("company-team", text, "Acme team"),
                                    At("company-team", text, "Acme Bank team")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(not_followed_by) {
  const std::string text = "[NAME] and [LINK](http://x)";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "not-a-link") ==
                 (std::vector<Span>{At("not-a-link", text, "[NAME]")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(document_rules_span_the_first_non_empty_line) {
  const std::string text = "\n  An apple.\nMore.";
  const auto report = LintKinds(text);
  bool found = false;
  for (const Finding& finding : report.findings) {
    if (finding.rule != "no-greeting") continue;
    found = true;
    BOOST_TEST(finding.document_scope);
    BOOST_TEST(finding.begin == 3u);
    BOOST_TEST(finding.end == 12u);
    BOOST_TEST(finding.start.line == 2u);
    BOOST_TEST(finding.start.column == 3u);
  }
  BOOST_TEST(found);
  // "when": fruit is present and there is no greeting.
  BOOST_TEST(testing::Fires(report, "no-fruit-without-greeting"));
  BOOST_TEST(!testing::Fires(LintKinds("Hello. An apple."), "no-fruit-without-greeting"));
  BOOST_TEST(!testing::Fires(LintKinds("No fruit here."), "no-fruit-without-greeting"));
}

BOOST_AUTO_TEST_CASE(metric_rule_counts_sentences) {
  BOOST_TEST(!testing::Fires(LintKinds("Hi. One."), "long"));
  BOOST_TEST(testing::Fires(LintKinds("Hi. One. Two."), "long"));
}

BOOST_AUTO_TEST_CASE(modes_and_template_stand_ins) {
  BOOST_TEST(!testing::Fires(LintKinds("Hi. An apple."), "template-only"));
  BOOST_TEST(testing::Fires(LintKinds("Hi. An apple.", Mode::kTemplate), "template-only"));
  // {{greeting}} counts as a greeting only in template mode.
  BOOST_TEST(testing::Fires(LintKinds("{{greeting}} Bob."), "no-greeting"));
  BOOST_TEST(!testing::Fires(LintKinds("{{greeting}} Bob.", Mode::kTemplate), "no-greeting"));
}

BOOST_AUTO_TEST_CASE(not_after_unless_between) {
  const std::string text =
      "Rita takes over: +1 415 555 0142. Until then, call me: +1 415 555 0199.";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "not-after-owner") ==
                 (std::vector<Span>{At("not-after-owner", text, "+1 415 555 0199")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(any_and_all) {
  const std::string text = "Hi. An apple pie, no apple, apples.";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "either-way") ==
                 (std::vector<Span>{At("either-way", text, "apple")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(merge_gap_joins_close_hits_on_a_line) {
  const std::string text = "Hi. apple, apple and\napple";
  BOOST_TEST(
      testing::SpansOf(LintKinds(text), "merged") ==
          (std::vector<Span>{At("merged", text, "apple, apple"), At("merged", text, "apple", 3)}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(accents_are_optional_per_language) {
  BOOST_TEST(
      testing::SpansOf(LintKinds("Hi. nao sei.", Mode::kDraft, Language::kPt), "accents").size() ==
      1u);
  BOOST_TEST(
      testing::SpansOf(LintKinds("Hi. nao sei.", Mode::kDraft, Language::kEn), "accents").empty());
}

BOOST_AUTO_TEST_CASE(elided_prefixes_keep_a_word_whole) {
  const std::string text = "Hi. d'apple, l'apple, xapple.";
  BOOST_TEST(testing::SpansOf(LintKinds(text), "fruit") ==
                 (std::vector<Span>{At("fruit", text, "apple"), At("fruit", text, "apple", 2)}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(findings_are_sorted_by_offset_then_rule) {
  const auto report = LintKinds("apple. apple. apple.");
  for (size_t k = 1; k < report.findings.size(); ++k) {
    BOOST_TEST(!FindingBefore(report.findings[k], report.findings[k - 1]));
  }
}

BOOST_AUTO_TEST_SUITE_END()
