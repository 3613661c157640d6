// A broken pack or config is an error that names the file and line.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "rules/compiled_pack.h"
#include "rules/config.h"
#include "rules/engine.h"
#include "rules/pack.h"
#include "rules/yaml_reader.h"
#include "support/process.h"
#include "support/spare_threads.h"

using namespace draftlint;

namespace {

// Writes a pack (and its lexicons) into a scratch folder and returns the pack's path.
std::string WritePack(const std::string& yaml, const std::map<std::string, std::string>& lexicons) {
  const std::string dir = testing::ScratchDir();
  testing::WriteFile(dir + "/rules/p.yaml", yaml);
  for (const auto& [path, text] : lexicons) testing::WriteFile(dir + "/lexicons/" + path, text);
  return dir + "/rules/p.yaml";
}

// The message of the LoadError step throws, or "" when it throws none.
template <typename Step>
std::string ErrorOf(Step&& step) {
  try {
    step();
  } catch (const LoadError& e) {
    return e.what();
  }
  return "";
}

// The error LoadPack gives for a pack (and its lexicons), from the pack's file name on.
std::string PackError(const std::string& yaml,
                      const std::map<std::string, std::string>& lexicons = {
                          {"en/w.txt", "word\n"}}) {
  const std::string path = WritePack(yaml, lexicons);
  const std::string message = ErrorOf([&] { LoadPack(path); });
  return message.empty() ? "" : message.substr(message.find("p.yaml"));
}

std::string ConfigError(const std::string& yaml) {
  const std::string path = testing::ScratchDir() + "/.draftlint.yaml";
  testing::WriteFile(path, yaml);
  try {
    LoadConfig(path);
  } catch (const LoadError& e) {
    const std::string message = e.what();
    return message.substr(message.find(".draftlint.yaml"));
  }
  return "";
}

const std::string kHead = "pack: p\nlanguages: [en]\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(pack_errors)

BOOST_AUTO_TEST_CASE(a_good_pack_loads) {
  BOOST_TEST(PackError(kHead + "rules:\n  - id: r\n    severity: info\n    summary: s\n    "
                               "message: m\n    find: {lexicon: w}\n") == "");
}

BOOST_AUTO_TEST_CASE(unknown_key) {
  BOOST_TEST(
      PackError(kHead + "colour: red\n") ==
      "p.yaml:3: unknown key 'colour' in a pack (known: pack, description, languages, lexicon-dir, "
      "word-suffixes, word-prefixes, accents, regions, slots, signals, rules, examples-config)");
}

BOOST_AUTO_TEST_CASE(bad_regex) {
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    severity: info\n    summary: s\n    message: m\n"
                       "    find: {pattern: 'a(b'}\n") ==
             "p.yaml:8: bad pattern 'a(b': missing ): a(b");
  // An unclosed Unicode class (found by tools/fuzz: ExpandSlots looped on it, appending the
  // pattern to itself until memory ran out).
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    severity: info\n    summary: s\n    message: m\n"
                       "    find: {pattern: 'a\\p{Han'}\n") ==
             "p.yaml:8: bad pattern 'a\\p{Han': invalid character class range: \\p{Han");
}

BOOST_AUTO_TEST_CASE(missing_lexicon) {
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    severity: info\n    summary: s\n    message: m\n"
                       "    find: {lexicon: nowhere}\n")
                 .rfind("p.yaml:8: lexicon 'nowhere' not found", 0) == 0);
}

BOOST_AUTO_TEST_CASE(unknown_signal_and_slot) {
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    severity: info\n    summary: s\n    message: m\n"
                       "    find: {signal: ghost}\n") ==
             "p.yaml:8: unknown signal or rule 'ghost'");
  BOOST_TEST(PackError(kHead + "slots:\n  a: '{b}'\n") == "p.yaml:4: slot 'a': unknown slot {b}");
}

BOOST_AUTO_TEST_CASE(cycles) {
  BOOST_TEST(
      PackError(kHead + "signals:\n  a:\n    find: {signal: b}\n  b:\n    find: {signal: a}\n") ==
      "p.yaml:7: 'a' depends on itself");
}

BOOST_AUTO_TEST_CASE(lexicon_names_cannot_leave_the_lexicon_folder) {
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    severity: info\n    summary: s\n    message: m\n"
                       "    find: {lexicon: ../../etc/passwd}\n")
                 .find("lexicon") != std::string::npos);
  BOOST_TEST(PackError(kHead + "word-suffixes: ../x\n").find("must be lower-case") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(yaml_syntax_error_has_a_line) {
  BOOST_TEST(PackError(kHead + "rules: [\n  - id: r\n").rfind("p.yaml:", 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_key_that_is_a_list_or_a_map) {
  // YAML allows one ("? [a, b]"); a fuzzer found the pack reader aborting on it.
  BOOST_TEST(PackError(kHead + "? [a, b]\n: c\n") ==
             "p.yaml:3: a key in a pack must be a plain word");
  BOOST_TEST(PackError(kHead + "slots:\n  ? {x: y}\n  : 'z'\n") ==
             "p.yaml:4: a key in slots must be a plain word");
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    severity: info\n    summary: s\n    message: m\n"
                       "    find: {lexicon: w}\n    where:\n      - ? [context]\n        : x\n") ==
             "p.yaml:10: a key in a condition must be a plain word");
  BOOST_TEST(ConfigError("rules:\n  ? [r]\n  : off\n") ==
             ".draftlint.yaml:2: a key in rules must be a plain word");
}

BOOST_AUTO_TEST_CASE(wrong_kinds_of_values) {
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    severity: fatal\n    summary: s\n    message: m\n"
                       "    find: {lexicon: w}\n") ==
             "p.yaml:5: severity must be error, warning or info");
  BOOST_TEST(PackError(kHead +
                       "rules:\n  - id: r\n    kind: document\n    severity: info\n    summary: s\n"
                       "    message: m\n    requires: [x]\n    find: {lexicon: w}\n") ==
             "p.yaml:10: 'find' does not belong in a document rule");
}

BOOST_AUTO_TEST_CASE(config_errors_name_file_and_line) {
  BOOST_TEST(
      ConfigError("language: auto\ncompetitor: [Globex]\n") ==
      ".draftlint.yaml:2: unknown key 'competitor' in the config (known: language, mode, region, "
      "competitors, company, rules, files, overrides)");
  BOOST_TEST(ConfigError("mode: final\n") ==
             ".draftlint.yaml:1: mode must be draft or template, not 'final'");
  BOOST_TEST(ConfigError("language: [en, xx]\n") == ".draftlint.yaml:1: unknown language 'xx'");
  BOOST_TEST(ConfigError("region: Portugal\n") ==
             ".draftlint.yaml:1: region must be a two-letter country code such as US or PT");
  BOOST_TEST(ConfigError("company:\n  domains: [joe@acme.com]\n") ==
             ".draftlint.yaml:2: 'joe@acme.com' is not a domain (write acme.com)");
  BOOST_TEST(ConfigError("rules:\n  too-long: loud\n") ==
             ".draftlint.yaml:2: a rule is set to error, warning, info or off");
  BOOST_TEST(
      ConfigError("competitors: [{name: Avenir, match_case: true}]\n") ==
      ".draftlint.yaml:1: unknown key 'match_case' in a competitor (known: name, match-case)");
}

BOOST_AUTO_TEST_CASE(a_full_config_reads) {
  const std::string path = testing::ScratchDir() + "/.draftlint.yaml";
  testing::WriteFile(
      path,
      "language: [en, zh-Hant]\nmode: template\nregion: US\n"
      "competitors: [Globex, 宏達電, {name: Avenir, match-case: true}]\n"
      "company:\n  names: [ACME]\n  domains: [ACME.com]\n  phones: [\"+1 555 0100\"]\n"
      "rules:\n  too-long: off\n  new-employer: error\n");
  const Config config = LoadConfig(path);
  BOOST_TEST(config.languages.size() == 2u);
  BOOST_TEST((config.mode == Mode::kTemplate));
  BOOST_TEST(config.competitors.size() == 3u);
  BOOST_TEST(config.competitors[2].match_case);
  BOOST_TEST(config.company_domains[0] == "acme.com");
  BOOST_TEST(!config.rules.at("too-long").severity.has_value());
  BOOST_TEST((*config.rules.at("new-employer").severity == Severity::kError));
}

const std::string kRule = "    severity: info\n    summary: s\n    message: m\n";

BOOST_AUTO_TEST_CASE(a_fix_must_suit_the_rule_kind) {
  BOOST_TEST(PackError(kHead + "rules:\n  - id: r\n" + kRule +
                       "    find: {lexicon: w}\n    fix: {title: t, insert: {en: x}}\n") ==
             "p.yaml:9: a span rule's fix is remove or replace");
  BOOST_TEST(
      PackError(kHead +
                "signals:\n  s: {find: {lexicon: w}}\nrules:\n  - id: r\n    kind: document\n" +
                kRule + "    requires: [s]\n    fix: {title: t, replace: {en: x}}\n") ==
      "p.yaml:12: a document rule's fix is insert (it has no span to change)");
}

BOOST_AUTO_TEST_CASE(only_signals_and_span_rules_have_hits) {
  BOOST_TEST(PackError(kHead + "rules:\n  - id: d\n    kind: document\n" + kRule +
                       "    requires: [d2]\n  - id: d2\n    kind: metric\n" + kRule +
                       "    metric: sentences\n    max: 3\n") ==
             "p.yaml:4: 'd2' is a document or metric rule; only signals and span rules have hits");
}

BOOST_AUTO_TEST_CASE(names_are_unique) {
  BOOST_TEST(
      PackError(kHead + "signals:\n  s: {find: {lexicon: w}}\n  s: {find: {lexicon: w}}\n") ==
      "p.yaml:5: signal 's' is defined twice");
  BOOST_TEST(PackError(kHead + "signals:\n  s: {find: {lexicon: w}}\nrules:\n  - id: s\n" + kRule +
                       "    find: {lexicon: w}\n") ==
             "p.yaml:6: rule 's' has the name of a signal; rename one");
}

BOOST_AUTO_TEST_CASE(unknown_slot_in_a_pattern) {
  BOOST_TEST(PackError(kHead + "rules:\n  - id: r\n" + kRule +
                       "    find: {pattern: 'a {animal}'}\n") == "p.yaml:8: unknown slot {animal}");
}

BOOST_AUTO_TEST_CASE(bad_examples) {
  const std::string rule =
      kHead + "rules:\n  - id: r\n" + kRule + "    find: {lexicon: w}\n    examples:\n";
  BOOST_TEST(PackError(rule + "      - {fire: a word, pass: a word}\n") ==
             "p.yaml:10: an example is either 'fire:' or 'pass:'");
  BOOST_TEST(PackError(rule + "      - {fire: a word, span: words}\n") ==
             "p.yaml:10: the span 'words' is not in the example");
  BOOST_TEST(PackError(rule + "      - {pass: a word, span: word}\n") ==
             "p.yaml:10: only a 'fire:' example has a span");
  BOOST_TEST(PackError(rule + "      - {fire: a word, lang: xx}\n") ==
             "p.yaml:10: unknown language 'xx'");
  const std::string missing = PackError(kHead + "examples-config: nowhere.yaml\n");
  BOOST_TEST(missing.rfind("p.yaml:3: examples-config: no file /", 0) == 0u);
  BOOST_TEST(missing.substr(missing.size() - 18) == "rules/nowhere.yaml");
}

BOOST_AUTO_TEST_CASE(a_malformed_entry_is_reported_by_every_lint_that_needs_it) {
  // With a spare core, a draft's new languages are compiled side by side before its first
  // paragraph; the entry's error still reaches each lint of an English draft, and says where.
  const std::string path = WritePack(
      "pack: p\nlanguages: [en, pt]\nrules:\n  - id: r\n    severity: info\n"
      "    summary: s\n    message: m\n    find: {lexicon: w}\n",
      {{"en/w.txt", "fine\n(unclosed\n"}, {"pt/w.txt", "bom\n"}});
  Config config;
  config.languages = {Language::kEn};
  const Engine engine(
      std::make_shared<CompiledPack>(std::make_shared<const Pack>(LoadPack(path)), config));
  const testing::SpareThreads spare(1);
  for (int lint = 0; lint < 2; ++lint) {
    const std::string error = ErrorOf(
        [&] { engine.Lint(std::make_shared<const Document>("t.txt", "All fine here.\n")); });
    BOOST_TEST(error.ends_with("/lexicons/en/w.txt:2: unclosed '('"), error);
  }
}

BOOST_AUTO_TEST_CASE(of_two_malformed_lists_the_first_rule_s_is_reported) {
  // A language's word lists are compiled side by side; the error is still the first
  // source's, as when they were compiled one after another.
  const std::string path = WritePack(
      "pack: p\nlanguages: [en]\nrules:\n"
      "  - id: r1\n    severity: info\n    summary: s\n    message: m\n"
      "    find: {lexicon: a}\n"
      "  - id: r2\n    severity: info\n    summary: s\n    message: m\n"
      "    find: {lexicon: b}\n",
      {{"en/a.txt", "(one\n"}, {"en/b.txt", "fine\n{nobody}\n"}});
  Config config;
  config.languages = {Language::kEn};
  const CompiledPack compiled(std::make_shared<const Pack>(LoadPack(path)), config);
  const testing::SpareThreads spare(1);
  const std::string error = ErrorOf([&] { compiled.ForLanguage(Language::kEn); });
  BOOST_TEST(error.ends_with("/lexicons/en/a.txt:1: unclosed '('"), error);
}

BOOST_AUTO_TEST_SUITE_END()
