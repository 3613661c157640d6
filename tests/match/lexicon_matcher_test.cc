// An entry runs (and is compiled) only in a text that holds an anchor of each of its sets.
#include "match/lexicon_matcher.h"

#include <stdexcept>

#include <boost/test/unit_test.hpp>

using namespace draftlint;

BOOST_AUTO_TEST_SUITE(lexicon_matcher)

BOOST_AUTO_TEST_CASE(runs_an_entry_only_where_all_its_anchor_sets_occur) {
  std::vector<LexiconEntrySpec> entries;
  entries.push_back({"(?i)taking over", {{"taking"}, {"over"}}, 1, true, "a.txt:1"});
  // A regex RE2 rejects shows when an entry is compiled: only when it would run.
  entries.push_back({"(unclosed", {{"alpha"}, {"beta", "gamma"}}, 2, true, "a.txt:2"});
  const LexiconMatcher matcher(std::move(entries));
  const WordAffixes affixes;

  std::vector<RawHit> hits;
  matcher.FindAll("Rita is taking a break; it is over.", affixes, &hits);
  BOOST_TEST(hits.empty());  // both words occur, the phrase does not
  matcher.FindAll("Rita is taking over.", affixes, &hits);
  BOOST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(hits[0].owner == 1);
  BOOST_TEST(hits[0].begin == 8u);
  BOOST_TEST(hits[0].end == 19u);

  BOOST_CHECK_NO_THROW(matcher.FindAll("alpha alone", affixes, &hits));
  BOOST_CHECK_NO_THROW(matcher.FindAll("beta and gamma", affixes, &hits));
  BOOST_CHECK_THROW(matcher.FindAll("alpha and gamma", affixes, &hits), std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()
