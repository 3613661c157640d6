#include "match/shared_regex.h"

#include <boost/test/unit_test.hpp>

using draftlint::SharedRegex;

BOOST_AUTO_TEST_SUITE(shared_regex)

BOOST_AUTO_TEST_CASE(the_same_pattern_is_compiled_once_while_held) {
  const auto first = SharedRegex("(?i)take over");
  const auto again = SharedRegex("(?i)take over");
  BOOST_TEST(first.get() == again.get());
  BOOST_TEST(RE2::PartialMatch("Rita will TAKE OVER", *first));
  BOOST_TEST(SharedRegex("(?i)take  over").get() != first.get());
}

BOOST_AUTO_TEST_CASE(a_pattern_no_engine_holds_is_compiled_anew) {
  {
    const auto held = SharedRegex("hand(?:over|off)");
    BOOST_TEST(held.use_count() == 1);  // the registry does not hold it
  }
  const auto again = SharedRegex("hand(?:over|off)");
  BOOST_TEST(again->ok());
  BOOST_TEST(again.use_count() == 1);
}

BOOST_AUTO_TEST_CASE(a_rejected_pattern_says_why) {
  const auto bad = SharedRegex("(unclosed");
  BOOST_TEST(!bad->ok());
  BOOST_TEST(bad->error().find("missing )") != std::string::npos, bad->error());
}

BOOST_AUTO_TEST_SUITE_END()
