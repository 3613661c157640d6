#include "match/hit_search.h"

#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <functional>
#include <string>

using draftlint::PatternOptions;

namespace {

// What RE2 logs, on stderr, while body runs (body must not throw: stderr would stay
// redirected).
std::string LoggedBy(const std::function<void()>& body) {
  std::fflush(stderr);
  FILE* log = std::tmpfile();
  const int saved = dup(2);
  dup2(fileno(log), 2);
  body();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::string logged;
  std::rewind(log);
  for (int c = std::fgetc(log); c != EOF; c = std::fgetc(log)) logged += static_cast<char>(c);
  std::fclose(log);
  return logged;
}

// A three-character Han word, different for each k below 97 * 97.
std::string HanWord(int k) {
  std::string word;
  for (const int c : {0x4E00 + k % 97 * 13, 0x5E00 + k / 97 * 31, 0x6E00 + k % 89}) {
    word += static_cast<char>(0xE0 | (c >> 12));
    word += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    word += static_cast<char>(0x80 | (c & 0x3F));
  }
  return word;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(hit_search)

// The shape of the largest lexicon entries: a list of 700 words, three times over (21 KB of
// pattern, 19,000 instructions). With 8 MB, RE2's DFA has no room for the 20 states it needs,
// and RE2 falls back on its NFA for every search.
BOOST_AUTO_TEST_CASE(a_large_pattern_gets_a_dfa_budget_to_match) {
  std::string words;
  for (int k = 0; k < 700; ++k) words += (k > 0 ? "|" : "") + HanWord(k);
  const std::string pattern =
      "(?i)(?:(?:" + words + ")(?:の|で)(?:" + words + ")(?:" + words + "))";
  const std::string hit = HanWord(5) + "の" + HanWord(7) + HanWord(9);
  const std::string text = "テキスト" + hit + "です";
  auto search = [&](RE2::Options options) {
    options.set_log_errors(true);
    const RE2 re(pattern, options);
    re2::StringPiece match;
    BOOST_TEST(re.Match(text, 0, text.size(), RE2::UNANCHORED, &match, 1));
    BOOST_TEST(match.data() - text.data() == 12);
    BOOST_TEST(match.size() == hit.size());
  };
  BOOST_TEST(LoggedBy([&] { search(PatternOptions()); }).find("DFA out of memory") !=
             std::string::npos);
  BOOST_TEST(LoggedBy([&] { search(PatternOptions(pattern.size())); }) == "");
}

BOOST_AUTO_TEST_SUITE_END()
