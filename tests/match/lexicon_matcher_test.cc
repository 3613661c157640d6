// An entry runs (and is compiled) only in a text that holds an anchor of each of its sets, in
// the entry's order.
#include "match/lexicon_matcher.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <stdexcept>

#include "match/shared_regex.h"
#include "support/spare_threads.h"

using namespace draftlint;

BOOST_AUTO_TEST_SUITE(lexicon_matcher)

// An entry as these tests write it: its anchors as words.
struct WordSpec {
  std::string regex;
  std::vector<std::vector<std::string>> anchor_sets;
  int owner = 0;
  bool whole_word = true;
  std::string origin;
  std::vector<std::string> starts;
};

// A matcher of these entries, their anchors numbered in order of first appearance.
LexiconMatcher Numbered(const std::vector<WordSpec>& words) {
  std::vector<std::string> anchors;
  auto number = [&](const std::string& anchor) {
    const auto known = std::find(anchors.begin(), anchors.end(), anchor);
    if (known != anchors.end()) return static_cast<uint32_t>(known - anchors.begin());
    anchors.push_back(anchor);
    return static_cast<uint32_t>(anchors.size() - 1);
  };
  std::vector<LexiconEntrySpec> entries;
  for (const WordSpec& word : words) {
    LexiconEntrySpec& entry = entries.emplace_back();
    entry.regex = word.regex;
    for (const auto& set : word.anchor_sets) {
      entry.anchor_sets.emplace_back();
      for (const std::string& anchor : set) entry.anchor_sets.back().push_back(number(anchor));
    }
    entry.owner = word.owner;
    entry.whole_word = word.whole_word;
    entry.origin = word.origin;
    for (const std::string& start : word.starts) entry.starts.push_back(number(start));
  }
  return LexiconMatcher(std::move(anchors), std::move(entries));
}

BOOST_AUTO_TEST_CASE(runs_an_entry_only_where_all_its_anchor_sets_occur) {
  std::vector<WordSpec> entries;
  entries.push_back({"(?i)taking over", {{"taking"}, {"over"}}, 1, true, "a.txt:1", {}});
  // A regex RE2 rejects shows when an entry is compiled: only when it would run.
  entries.push_back({"(unclosed", {{"alpha"}, {"beta", "gamma"}}, 2, true, "a.txt:2", {}});
  const LexiconMatcher matcher = Numbered(entries);
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

BOOST_AUTO_TEST_CASE(runs_an_entry_only_where_its_anchor_sets_occur_in_its_order) {
  // A regex RE2 rejects shows whether the entry ran.
  std::vector<WordSpec> entries;
  entries.push_back({"(?i)delta", {{"delta"}}, 1, true, "a.txt:1", {}});
  entries.push_back(
      {"(unclosed", {{"alpha"}, {"beta", "gamma"}, {"delta"}}, 2, true, "a.txt:2", {}});
  const LexiconMatcher matcher = Numbered(entries);
  const WordAffixes affixes;
  std::vector<RawHit> hits;
  BOOST_CHECK_NO_THROW(matcher.FindAll("gamma alpha delta", affixes, &hits));
  BOOST_CHECK_NO_THROW(matcher.FindAll("alpha delta gamma", affixes, &hits));
  BOOST_CHECK_NO_THROW(matcher.FindAll("delta gamma alpha", affixes, &hits));
  // Each set may be met by any of its occurrences: the first "gamma" is too early, the second
  // is not.
  BOOST_CHECK_THROW(matcher.FindAll("gamma alpha delta gamma delta", affixes, &hits),
                    std::runtime_error);
  BOOST_CHECK_THROW(matcher.FindAll("alpha alpha beta delta", affixes, &hits), std::runtime_error);
  // The entry before, whose one set "delta" is met, does not take the next entry's sets for
  // its own.
  hits.clear();
  BOOST_CHECK_THROW(matcher.FindAll("delta alpha gamma delta", affixes, &hits), std::runtime_error);
  BOOST_TEST(hits.size() == 2u);
}

BOOST_AUTO_TEST_CASE(an_entry_found_by_its_rarest_set_still_needs_every_set_in_order) {
  // A regex RE2 rejects shows whether the entry ran. "nachfolgerin" is the set a paragraph
  // is checked for; the common words around it must still come in the entry's order.
  std::vector<WordSpec> entries;
  entries.push_back(
      {"(unclosed", {{"de"}, {"zu", "zum"}, {"nachfolgerin"}}, 1, true, "a.txt:1", {}});
  const LexiconMatcher matcher = Numbered(entries);
  const WordAffixes affixes;
  std::vector<RawHit> hits;
  BOOST_CHECK_NO_THROW(matcher.FindAll("de zu zum", affixes, &hits));
  BOOST_CHECK_NO_THROW(matcher.FindAll("Nachfolgerin de zu", affixes, &hits));
  BOOST_CHECK_NO_THROW(matcher.FindAll("zum de Nachfolgerin", affixes, &hits));
  BOOST_CHECK_THROW(matcher.FindAll("de zum Nachfolgerin", affixes, &hits), std::runtime_error);
  BOOST_CHECK_THROW(matcher.FindAll("zu de de zu nachfolgerin", affixes, &hits),
                    std::runtime_error);
}

BOOST_AUTO_TEST_CASE(an_entry_missing_its_first_set_leaves_the_next_entry_its_sets) {
  std::vector<WordSpec> entries;
  entries.push_back({"(?i)alpha beta", {{"alpha"}, {"beta"}}, 1, true, "a.txt:1", {}});
  entries.push_back({"(?i)gamma", {{"gamma"}}, 2, true, "a.txt:2", {}});
  const LexiconMatcher matcher = Numbered(entries);
  std::vector<RawHit> hits;
  matcher.FindAll("beta gamma", WordAffixes(), &hits);
  BOOST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(hits[0].owner == 2);
}

// "begin-end" of every hit.
std::vector<std::string> Spans(const LexiconMatcher& matcher, std::string_view text) {
  std::vector<RawHit> hits;
  matcher.FindAll(text, WordAffixes(), &hits);
  std::vector<std::string> spans;
  for (const RawHit& hit : hits)
    spans.push_back(std::to_string(hit.begin) + "-" + std::to_string(hit.end) + hit.value);
  return spans;
}

BOOST_AUTO_TEST_CASE(an_entry_tried_at_its_starts_finds_what_a_search_finds) {
  const std::string regex = "(?i)(?:(?:very\\s+|)take(?:s|)\\s+(over|on))";
  auto matcher = [&](std::vector<std::string> starts) {
    std::vector<WordSpec> entries;
    entries.push_back({regex, {{"take"}}, 1, true, "a.txt:1", std::move(starts)});
    return Numbered(entries);
  };
  const LexiconMatcher searched = matcher({});
  const LexiconMatcher anchored = matcher({"very", "take"});
  // Not whole words ("retake", "overtake on"), overlapping, repeated, at the ends.
  for (const std::string text :
       {"take over", "Rita will very TAKE over, then takes on more.", "retake over; take on",
        "very very takes over", "overtake on and take over", "take take over",
        "take overs, take on", "very take overtime"}) {
    BOOST_TEST(Spans(anchored, text) == Spans(searched, text), boost::test_tools::per_element());
  }
  BOOST_TEST(Spans(anchored, "Rita will very TAKE over, then takes on more.") ==
                 (std::vector<std::string>{"10-24over", "31-39on"}),
             boost::test_tools::per_element());
  BOOST_TEST(Spans(anchored, "retake over; take on") == (std::vector<std::string>{"13-20on"}),
             boost::test_tools::per_element());
  BOOST_TEST(Spans(anchored, "take overs, take on") == (std::vector<std::string>{"12-19on"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_anchor_the_table_repeats_finds_the_entries_of_either_number) {
  std::vector<LexiconEntrySpec> entries;
  entries.push_back({"(?i)taking\\s+over", {{1}, {2}}, 1, true, "a.txt:1", {1}});
  entries.push_back({"(?i)over\\s+to", {{0}}, 2, true, "a.txt:2", {2}});
  const LexiconMatcher matcher({"over", "taking", "over"}, std::move(entries));
  BOOST_TEST(
      Spans(matcher, "Rita is taking over to Ana.") == (std::vector<std::string>{"8-19", "15-22"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(entries_compiled_side_by_side_find_what_they_find_one_by_one) {
  // Several entries new to a paragraph are compiled on spare threads first; one RE2 rejects
  // is still reported when it would run, after the hits of the entries before it.
  auto make = [] {
    std::vector<WordSpec> entries;
    entries.push_back({"(?i)taking\\s+over", {{"taking"}}, 1, true, "a.txt:1", {"taking"}});
    entries.push_back({"(?i)(rita|joe)\\s+will", {{"will"}}, 2, true, "a.txt:2", {}});
    entries.push_back({"(?i)over\\s+to\\s+(\\w+)", {{"over"}}, 3, true, "a.txt:3", {"over"}});
    entries.push_back({"(unclosed", {{"zeta"}}, 4, true, "a.txt:4", {}});
    return Numbered(entries);
  };
  const std::string text = "Rita will be taking over to Ana; Joe will not.";
  const LexiconMatcher alone = make();
  const std::vector<std::string> expected = Spans(alone, text);
  BOOST_TEST(expected == (std::vector<std::string>{"13-24", "0-9Rita", "33-41Joe", "20-31Ana"}),
             boost::test_tools::per_element());
  const testing::SpareThreads spare(1);
  const LexiconMatcher together = make();
  BOOST_TEST(Spans(together, text) == expected, boost::test_tools::per_element());
  const LexiconMatcher fresh = make();
  std::vector<RawHit> hits;
  BOOST_CHECK_THROW(fresh.FindAll("over to zeta, taking over", WordAffixes(), &hits),
                    std::runtime_error);
  BOOST_TEST(hits.size() == 2u);
}

BOOST_AUTO_TEST_CASE(compiling_for_texts_compiles_the_entries_they_would_run_and_no_other) {
  // An entry the matcher compiled is held by it: SharedRegex hands out that copy.
  auto held = [](const std::string& regex) { return SharedRegex(regex).use_count() > 1; };
  std::vector<WordSpec> entries;
  entries.push_back({"(?i)stepping\\s+in", {{"stepping"}, {"in"}}, 1, true, "a.txt:1", {}});
  entries.push_back({"(?i)steps\\s+up", {{"steps"}, {"up"}}, 2, true, "a.txt:2", {"steps"}});
  entries.push_back({"(?i)from\\s+tuesday", {{"tuesday"}}, 3, true, "a.txt:3", {}});
  entries.push_back({"(unclosed", {{"zeta"}}, 4, true, "a.txt:4", {}});
  const LexiconMatcher matcher = Numbered(entries);
  const testing::SpareThreads spare(1);
  BOOST_CHECK_NO_THROW(matcher.CompileFor({"Ana is stepping in.", "Up it steps; zeta."}));
  BOOST_TEST(held("(?i)stepping\\s+in"));
  BOOST_TEST(!held("(?i)steps\\s+up"));  // "up" comes before "steps"
  BOOST_TEST(!held("(?i)from\\s+tuesday"));
  // The entry RE2 rejects is reported when it runs, not when it is compiled ahead.
  std::vector<RawHit> hits;
  BOOST_CHECK_THROW(matcher.FindAll("zeta", WordAffixes(), &hits), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(compiling_every_entry_reports_errors_in_the_entries_order) {
  std::vector<WordSpec> entries;
  for (int k = 0; k < 30; ++k) {
    const bool bad = k % 7 == 3;
    entries.push_back({bad ? "(unclosed" : "(?i)word" + std::to_string(k),
                       {{"word"}},
                       k,
                       true,
                       "a.txt:" + std::to_string(k + 1),
                       {}});
  }
  const testing::SpareThreads spare(1);
  const std::vector<std::string> errors = Numbered(entries).CompileAll();
  BOOST_REQUIRE(errors.size() == 4u);
  for (size_t k = 0; k < errors.size(); ++k) {
    BOOST_TEST(errors[k].rfind("a.txt:" + std::to_string(7 * k + 4) + ": missing )", 0) == 0u,
               errors[k]);
  }
}

BOOST_AUTO_TEST_SUITE_END()
