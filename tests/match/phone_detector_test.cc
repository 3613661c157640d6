#include "match/phone_detector.h"

#include <boost/test/unit_test.hpp>

using namespace draftlint;

namespace {

std::vector<std::string> Phones(const std::string& text, const std::vector<std::string>& regions) {
  std::vector<PhoneHit> hits;
  PhoneDetector().Find(text, regions, &hits);
  std::vector<std::string> found;
  for (const PhoneHit& hit : hits)
    found.push_back(text.substr(hit.begin, hit.end - hit.begin) + "=" + hit.e164);
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(phone_detector)

BOOST_AUTO_TEST_CASE(international_and_national_numbers) {
  BOOST_TEST(
      Phones("call +1 415 555 0199 or (415) 555-0142.", {"US"}) ==
          (std::vector<std::string>{"+1 415 555 0199=+14155550199", "(415) 555-0142=+14155550142"}),
      boost::test_tools::per_element());
  BOOST_TEST(Phones("telemóvel 912 345 678", {"PT"}) ==
                 (std::vector<std::string>{"912 345 678=+351912345678"}),
             boost::test_tools::per_element());
  BOOST_TEST(Phones("hívjon: 06-30/123-4567", {"HU"}) ==
                 (std::vector<std::string>{"06-30/123-4567=+36301234567"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_region_that_reads_the_whole_number_wins) {
  BOOST_TEST(Phones("手機 0912-345-678", {"HU", "TW"}) ==
                 (std::vector<std::string>{"0912-345-678=+886912345678"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dates_and_short_numbers_are_not_phones) {
  BOOST_TEST(Phones("on 2025-10-10, 10/10/2025 or in room 12", {"US"}).empty());
}

BOOST_AUTO_TEST_CASE(e164_of_a_written_number) {
  BOOST_TEST(PhoneToE164("+1 555 0100", "US") == "+15550100");
  BOOST_TEST(PhoneToE164("21 000 1000", "PT") == "+351210001000");
  BOOST_TEST(PhoneToE164("not a phone", "US") == "");
}

BOOST_AUTO_TEST_SUITE_END()
