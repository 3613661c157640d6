#include "match/lexicon.h"

#include <re2/re2.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "support/process.h"

using namespace draftlint;

namespace {

std::shared_ptr<const EntryPattern> NoSlots(std::string_view) { return nullptr; }

std::shared_ptr<const EntryPattern> Slots(std::string_view name) {
  if (name == "person") {
    return std::make_shared<EntryPattern>(
        EntryPattern{"(?-i:[A-Z][a-z]+)", std::nullopt, {}, std::nullopt});
  }
  if (name == "team") {
    // Large enough (64 bytes and up) to be shared by alternatives that end with it.
    return std::make_shared<EntryPattern>(EntryPattern{
        "(?-i:[A-Z][a-z]+(?:\\s+(?:of\\s+)?[A-Z][a-z]+){0,3}|[A-Z]{2,6}(?:\\s+[A-Z][a-z]+)?)",
        std::nullopt,
        {},
        std::nullopt});
  }
  if (name == "day") {
    return std::make_shared<EntryPattern>(
        EntryPattern{"(?:monday|friday)",
                     std::vector<std::string>{"monday", "friday"},
                     {},
                     std::vector<std::string>{"monday", "friday"}});
  }
  return nullptr;
}

EntryPattern CompileWithSlots(const std::string& entry, EntryOptions options = {}) {
  std::string error;
  const auto pattern = CompileEntry(entry, Slots, options, &error);
  BOOST_REQUIRE_MESSAGE(pattern, entry << ": " << error);
  return *pattern;
}

std::string Compile(const std::string& entry, EntryOptions options = {}) {
  return CompileWithSlots(entry, options).regex;
}

std::vector<std::string> Anchors(const std::string& entry) {
  const auto anchors = CompileWithSlots(entry).anchors;
  return anchors ? *anchors : std::vector<std::string>{"<none>"};
}

std::vector<std::string> AnchorSets(const std::string& entry) {
  std::vector<std::string> sets;
  for (const auto& set : CompileWithSlots(entry).anchor_sets) {
    std::string joined;
    for (const std::string& anchor : set) joined += (joined.empty() ? "" : "|") + anchor;
    sets.push_back(joined);
  }
  return sets;
}

bool Matches(const std::string& entry, const std::string& text, EntryOptions options = {}) {
  return RE2::FullMatch(text, RE2("(?i)" + Compile(entry, options)));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lexicon)

BOOST_AUTO_TEST_CASE(spaces_match_any_spacing) {
  BOOST_TEST(Matches("call me", "call me"));
  BOOST_TEST(Matches("call me", "CALL  me"));
  BOOST_TEST(!Matches("call me", "callme"));
}

BOOST_AUTO_TEST_CASE(groups_and_optional_parts) {
  BOOST_TEST(Matches("(will|is going to) (be |)taking over", "will be taking over"));
  BOOST_TEST(Matches("(will|is going to) (be |)taking over", "is going to taking over"));
  BOOST_TEST(!Matches("(will|is going to) (be |)taking over", "will betaking over"));
  BOOST_TEST(Matches("su (nuevo|nueva|) interlocutor", "su interlocutor"));
  BOOST_TEST(Matches("su (nuevo|nueva|) interlocutor", "su nueva interlocutor"));
  BOOST_TEST(!Matches("su (nuevo|nueva|) interlocutor", "sunueva interlocutor"));
  BOOST_TEST(Matches("take(s|) over", "takes over"));
  BOOST_TEST(Matches("take(s|) over", "take over"));
}

BOOST_AUTO_TEST_CASE(stems_and_escapes) {
  BOOST_TEST(Matches("frustrat*", "frustrating"));
  BOOST_TEST(Matches("frustrat*", "frustrat"));
  BOOST_TEST(Matches("a \\(b\\)", "a (b)"));
  BOOST_TEST(Matches("1+1", "1+1"));
  BOOST_TEST(!Matches("1+1", "11"));
}

BOOST_AUTO_TEST_CASE(slots_expand) {
  BOOST_TEST(Matches("contact {person}", "contact Rita"));
  BOOST_TEST(!Matches("contact {person}", "contact rita"));
}

BOOST_AUTO_TEST_CASE(cjk_needs_no_spaces) {
  BOOST_TEST(Matches("由{person}接手", "由Rita接手"));
  BOOST_TEST(Matches("由{person}接手", "由 Rita 接手"));
  BOOST_TEST(Matches("加入 公司", "加入公司"));
}

BOOST_AUTO_TEST_CASE(optional_accents_and_sharp_s) {
  EntryOptions loose;
  loose.accents_optional = true;
  BOOST_TEST(Matches("não", "nao", loose));
  BOOST_TEST(Matches("não", "NÃO", loose));
  BOOST_TEST(!Matches("não", "nao"));
  BOOST_TEST(Matches("Grüße", "Grüsse"));
}

BOOST_AUTO_TEST_CASE(syntax_errors_are_explained) {
  std::string error;
  BOOST_TEST(!CompileEntry("(a|b", NoSlots, {}, &error));
  BOOST_TEST(error == "unclosed '('");
  BOOST_TEST(!CompileEntry("a|b", NoSlots, {}, &error));
  BOOST_TEST(error == "'|' outside parentheses");
  BOOST_TEST(!CompileEntry("call {nobody}", NoSlots, {}, &error));
  BOOST_TEST(error == "unknown slot {nobody}");
  BOOST_TEST(!CompileEntry("* me", NoSlots, {}, &error));
}

BOOST_AUTO_TEST_CASE(anchors_are_the_longest_words_every_match_holds) {
  BOOST_TEST(Anchors("{person} will (be |)taking over") == (std::vector<std::string>{"taking"}),
             boost::test_tools::per_element());
  BOOST_TEST(
      Anchors("(joined|joining) {person}") == (std::vector<std::string>{"joined", "joining"}),
      boost::test_tools::per_element());
  // An optional group cannot anchor; a stem anchors as a prefix; accents and case fold.
  BOOST_TEST(Anchors("(very |)Frustrat*") == (std::vector<std::string>{"frustrat"}),
             boost::test_tools::per_element());
  BOOST_TEST(Anchors("não") == (std::vector<std::string>{"nao"}), boost::test_tools::per_element());
  // A word's known letters end at its '*'.
  BOOST_TEST(Anchors("very frust*rated") == (std::vector<std::string>{"frust"}),
             boost::test_tools::per_element());
  // A word glued to a slot is not a word start in the text.
  BOOST_TEST(Anchors("{person}s") == (std::vector<std::string>{"<none>"}),
             boost::test_tools::per_element());
  // Slots pass their anchors on; CJK runs anchor anywhere.
  BOOST_TEST(Anchors("on {day}") == (std::vector<std::string>{"monday", "friday"}),
             boost::test_tools::per_element());
  BOOST_TEST(Anchors("由{person}接手") == (std::vector<std::string>{"接手"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_entry_needs_an_anchor_of_each_of_its_sets) {
  // Every word, required group and anchored slot is a set ("a|b" here), in the entry's
  // order; optional groups and unanchored slots are none.
  BOOST_TEST(AnchorSets("(will|shall) (be |)taking over on {day} for {person}") ==
                 (std::vector<std::string>{"will|shall", "taking", "over", "monday|friday"}),
             boost::test_tools::per_element());
  BOOST_TEST(AnchorSets("{person}").empty());
  // No more than four: the longest words say most, and keep their order.
  BOOST_TEST(AnchorSets("ffffff a dddd bb eeeee ccc") ==
                 (std::vector<std::string>{"ffffff", "dddd", "eeeee", "ccc"}),
             boost::test_tools::per_element());
}

// The words every match begins with, joined by '|'; "<any>" when a match may begin otherwise.
std::string Starts(const std::string& entry, EntryOptions options = {}) {
  const auto starts = CompileWithSlots(entry, options).starts;
  if (!starts) return "<any>";
  std::string joined;
  for (const std::string& start : *starts) joined += (joined.empty() ? "" : "|") + start;
  return joined;
}

BOOST_AUTO_TEST_CASE(starts_are_the_words_every_match_begins_with) {
  BOOST_TEST(Starts("Take over") == "take");
  BOOST_TEST(Starts("(mi|mis) (perfil |)Telegram") == "mi|mis");
  BOOST_TEST(Starts("e-mail me") == "e");
  BOOST_TEST(Starts("Straße") == "strasse");
  BOOST_TEST(Starts("não sei", {.accents_optional = true}) == "nao");
  // A stem begins the match as far as its '*'.
  BOOST_TEST(Starts("frust*rated") == "frust");
  // Optional groups first: their words or what follows them.
  BOOST_TEST(Starts("(very |)frustrat*") == "very|frustrat");
  BOOST_TEST(Starts("((a|b) |)(c|d) e") == "a|b|c|d");
  // CJK runs, as written.
  BOOST_TEST(Starts("由{person}接手") == "由");
  BOOST_TEST(Starts("接手 工作") == "接手");
  // A slot begins a match with its own starts, if it has any.
  BOOST_TEST(Starts("{day} it is") == "monday|friday");
  BOOST_TEST(Starts("(on |){day}") == "on|monday|friday");
  // A slot without starts, punctuation, or a space after an optional group may begin a match.
  BOOST_TEST(Starts("{person} takes over") == "<any>");
  BOOST_TEST(Starts("\\(call me\\)") == "<any>");
  BOOST_TEST(Starts("(mi|) Telegram") == "<any>");
  BOOST_TEST(Starts("(a|{person}) b") == "<any>");
  BOOST_TEST(Starts("(a|)") == "<any>");
  // A group glued to a word is not a word start.
  BOOST_TEST(Starts("take(s|) over") == "take");
}

BOOST_AUTO_TEST_CASE(alternatives_that_end_with_the_same_large_slot_share_it) {
  const std::string team = Slots("team")->regex;
  BOOST_TEST(Compile("(Head of {team}|VP|Director of {team})") ==
             "(?:(?:(?:Head\\s+of\\s+|Director\\s+of\\s+)" + team + ")|VP)");
  BOOST_TEST(Compile("({team}|head of {team})") == "(?:(?:(?:|head\\s+of\\s+)" + team + "))");
  BOOST_TEST(Matches("(Head of {team}|VP|Director of {team})", "Director of Sales Operations"));
  BOOST_TEST(Matches("(Head of {team}|VP|Director of {team})", "head of EMEA Sales"));
  BOOST_TEST(Matches("(Head of {team}|VP|Director of {team})", "VP"));
  BOOST_TEST(!Matches("(Head of {team}|VP|Director of {team})", "Director Sales"));
  // A short slot is not worth a group of its own; nor is a slot something follows.
  BOOST_TEST(Compile("(on {day}|by {day})") ==
             "(?:on\\s+(?:monday|friday)|by\\s+(?:monday|friday))");
  BOOST_TEST(Compile("(Head of {team} now|Director of {team} now)") ==
             "(?:Head\\s+of\\s+" + team + "\\s+now|Director\\s+of\\s+" + team + "\\s+now)");
}

BOOST_AUTO_TEST_CASE(a_word_list_joins_its_entries_the_same_way) {
  const std::string team = Slots("team")->regex;
  const EntryPattern head = CompileWithSlots("Head of {team}");
  const EntryPattern vp = CompileWithSlots("VP");
  const EntryPattern director = CompileWithSlots("Director (of |){team}");
  BOOST_TEST(head.slot_tail == std::string("Head\\s+of\\s+").size());
  BOOST_TEST(vp.slot_tail == std::string::npos);
  BOOST_TEST(JoinAlternatives({&head, &vp, &director}) ==
             "(?:(?:Head\\s+of\\s+|Director(?:\\s+(?:of\\s+|))?)" + team + ")|VP");
}

BOOST_AUTO_TEST_CASE(a_memo_of_groups_changes_nothing_but_the_work) {
  const std::vector<std::string> entries = {"(will|shall) (be |)taking over on {day}",
                                            "they (will|shall) take(s|) over",
                                            "(will|shall)(s|) x",
                                            "take(s|) over (be |)now",
                                            "x (s|) y",
                                            "(Head of {team}|VP) (will|shall)",
                                            "a (Head of {team}|VP)"};
  GroupMemo memo;
  for (const std::string& entry : entries) {
    std::string error;
    const auto alone = CompileEntry(entry, Slots, {}, &error);
    const auto remembered = CompileEntry(entry, Slots, {}, &error, &memo);
    BOOST_REQUIRE(alone);
    BOOST_REQUIRE(remembered);
    BOOST_TEST(remembered->regex == alone->regex, entry);
    BOOST_TEST((remembered->anchors == alone->anchors), entry);
    BOOST_TEST((remembered->anchor_sets == alone->anchor_sets), entry);
    BOOST_TEST((remembered->starts == alone->starts), entry);
    BOOST_TEST(remembered->slot_tail == alone->slot_tail, entry);
  }
  // A group glued to what comes before it is another group: "(s|)" after "take" starts no
  // word, "(s|)" after "x " does.
  std::vector<std::string> keys;
  for (const auto& [key, group] : memo.groups) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  BOOST_TEST(keys == (std::vector<std::string>{"0Head of {team}|VP", "0be |", "0s|", "0will|shall",
                                               "1s|"}),
             boost::test_tools::per_element());
  // A group that does not compile is not remembered.
  std::string error;
  BOOST_TEST(!CompileEntry("x (a|{nobody})", Slots, {}, &error, &memo));
  BOOST_TEST(error == "unknown slot {nobody}");
  BOOST_TEST(memo.groups.size() == 5u);
}

BOOST_AUTO_TEST_CASE(files_have_comments_and_lines) {
  const std::string dir = testing::ScratchDir();
  testing::WriteFile(dir + "/x.txt", "# a comment\ncall me   # trailing\n\n\\#hashtag\nemail me\n");
  const Lexicon lexicon = LoadLexicon(dir + "/x.txt");
  BOOST_REQUIRE(lexicon.entries.size() == 3u);
  BOOST_TEST(lexicon.entries[0].text == "call me");
  BOOST_TEST(lexicon.entries[0].line == 2);
  BOOST_TEST(lexicon.entries[1].text == "\\#hashtag");
  BOOST_TEST(lexicon.entries[2].line == 5);
}

BOOST_AUTO_TEST_CASE(fold_case_is_full_case_folding) {
  BOOST_TEST(FoldCase("Gmail.COM") == "gmail.com");
  BOOST_TEST(FoldCase("STRASSE") == FoldCase("straße"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(literal_regex)

bool Literal(const std::string& name, const std::string& text, bool any_accents) {
  return RE2::FullMatch(text, RE2("(?i)" + LiteralRegex(name, any_accents)));
}

BOOST_AUTO_TEST_CASE(names_match_with_or_without_accents) {
  BOOST_TEST(Literal("Muller", "Müller", true));
  BOOST_TEST(Literal("Müller", "MULLER", true));
  BOOST_TEST(Literal("Société Générale", "Societe  Generale", true));
  BOOST_TEST(!Literal("Müller", "Muller", false));
  BOOST_TEST(Literal("Groß AG", "Gross AG", false));
  BOOST_TEST(Literal("A.B (C)", "a.b (c)", false));
  BOOST_TEST(!Literal("A.B", "AxB", false));
}

BOOST_AUTO_TEST_SUITE_END()
