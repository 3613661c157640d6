// The progress line: drawn in place on stderr at most every 100 ms, erased at the end, never
// drawn when stderr is not a terminal.
#include "cli/progress.h"

#include <sstream>
#include <thread>

#include <boost/test/unit_test.hpp>

using namespace draftlint;

BOOST_AUTO_TEST_SUITE(progress)

BOOST_AUTO_TEST_CASE(redrawn_in_place_and_erased) {
  std::ostringstream out, err;
  {
    ProgressLine line(out, err, 3, true);
    line.Update(1, 0);
    BOOST_TEST(err.str() == "");  // the first 100 ms show nothing: short runs never flicker
    std::this_thread::sleep_for(std::chrono::milliseconds(110));
    line.Update(1, 1);
    BOOST_TEST(err.str() == "\r\x1b[Kdraftlint: 1/3 files, 1 finding");
    line.Update(2, 4);  // too soon after the last one
    BOOST_TEST(err.str() == "\r\x1b[Kdraftlint: 1/3 files, 1 finding");
    std::this_thread::sleep_for(std::chrono::milliseconds(110));
    line.Update(3, 5);  // the last file: the report follows, no line
    BOOST_TEST(err.str() == "\r\x1b[Kdraftlint: 1/3 files, 1 finding");
  }
  BOOST_TEST(err.str() == "\r\x1b[Kdraftlint: 1/3 files, 1 finding\r\x1b[K");
  BOOST_TEST(out.str() == "");
}

BOOST_AUTO_TEST_CASE(nothing_when_disabled_or_one_file) {
  std::ostringstream out, err;
  {
    ProgressLine off(out, err, 10, false);
    ProgressLine one(out, err, 1, true);
    std::this_thread::sleep_for(std::chrono::milliseconds(110));
    off.Update(1, 0);
    one.Update(0, 0);
  }
  BOOST_TEST(err.str() == "");
}

BOOST_AUTO_TEST_CASE(not_wanted_when_stderr_is_not_a_terminal) {
  // ctest gives the test a pipe or a file for stderr.
  BOOST_TEST(!ProgressWanted(true));
  BOOST_TEST(!ProgressWanted(false));
}

BOOST_AUTO_TEST_SUITE_END()
