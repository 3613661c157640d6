// The paragraph hit cache: what was added comes back, the least recently used goes first,
// and paragraphs too long to be worth keeping are not kept.
#include "match/hit_cache.h"

#include <boost/test/unit_test.hpp>

using namespace draftlint;

BOOST_AUTO_TEST_SUITE(hit_cache)

BOOST_AUTO_TEST_CASE(keeps_the_most_recently_used) {
  HitCache cache(2, 100);
  cache.Add("en,\na", {{1, 0, 1, ""}});
  cache.Add("en,\nb", {{2, 0, 1, "v"}});
  BOOST_TEST(cache.Find("en,\na").has_value());  // a is now the most recent
  cache.Add("en,\nc", {});                       // b goes
  BOOST_TEST(!cache.Find("en,\nb").has_value());
  const auto a = cache.Find("en,\na");
  BOOST_REQUIRE(a.has_value());
  BOOST_REQUIRE(a->size() == 1u);
  BOOST_TEST((*a)[0].owner == 1);
  const auto c = cache.Find("en,\nc");
  BOOST_REQUIRE(c.has_value());
  BOOST_TEST(c->empty());  // a paragraph without hits is remembered too
  BOOST_TEST(!cache.Find("pt,\na").has_value());
}

BOOST_AUTO_TEST_CASE(long_paragraphs_are_not_kept) {
  HitCache cache(10, 10);
  cache.Add("en,\nshort", {});
  cache.Add("en,\nrather long", {});
  BOOST_TEST(cache.Find("en,\nshort").has_value());
  BOOST_TEST(!cache.Find("en,\nrather long").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
