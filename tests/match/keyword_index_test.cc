#include "match/keyword_index.h"

#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "match/base_fold.h"

using namespace draftlint;

namespace {

// The anchors found in text, each once, in the order of their first occurrence.
std::vector<std::string> Find(const KeywordIndex& index, const std::string& text) {
  std::vector<AnchorHit> hits;
  index.Find(text, &hits);
  std::vector<std::string> anchors;
  for (const AnchorHit& hit : hits) {
    if (std::find(anchors.begin(), anchors.end(), index.anchor(hit.anchor)) == anchors.end())
      anchors.push_back(index.anchor(hit.anchor));
  }
  return anchors;
}

// "anchor@offset" for every anchor found, in the order Find gives them.
std::vector<std::string> Occurrences(const KeywordIndex& index, const std::string& text) {
  std::vector<AnchorHit> hits;
  index.Find(text, &hits);
  std::vector<std::string> out;
  for (const AnchorHit& hit : hits)
    out.push_back(index.anchor(hit.anchor) + "@" + std::to_string(hit.offset));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(keyword_index)

BOOST_AUTO_TEST_CASE(words_are_found_at_word_starts_in_any_case_and_accent) {
  KeywordIndex index;
  for (const char* anchor : {"frustrat", "nao", "sao", "me", "接手"}) index.Add(anchor);
  BOOST_TEST(Find(index, "It was FRUSTRATING.") == (std::vector<std::string>{"frustrat"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "Não sei") == (std::vector<std::string>{"nao"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "call me") == (std::vector<std::string>{"me"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "home").empty());  // "me" is not a word start there
  BOOST_TEST(Find(index, "由王小明接手。") == (std::vector<std::string>{"接手"}),
             boost::test_tools::per_element());
  BOOST_TEST(Find(index, "加入Me公司") == (std::vector<std::string>{"me"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_anchor_added_twice_keeps_its_number) {
  KeywordIndex index;
  BOOST_TEST(index.Add("over") == 0u);
  BOOST_TEST(index.Add("接手") == 1u);
  BOOST_TEST(index.Add("over") == 0u);
  BOOST_TEST(index.size() == 2u);
}

BOOST_AUTO_TEST_CASE(each_occurrence_comes_with_its_byte_offset_in_text_order) {
  KeywordIndex index;
  for (const char* anchor : {"over", "接手", "nao", "and", "overt"}) index.Add(anchor);
  // "Não" is 4 bytes; the word starts count, not where the anchor ends. Two anchors that
  // begin one word both come at its offset.
  BOOST_TEST(
      Occurrences(index, "Não, over and OVERTIME; 由他接手") ==
          (std::vector<std::string>{"nao@0", "over@6", "and@11", "over@15", "overt@15", "接手@31"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(base_fold) {
  BOOST_TEST(BaseFold("Ünited STRASSE straße Ōsaka") == "united strasse strasse osaka");
}

BOOST_AUTO_TEST_SUITE_END()
