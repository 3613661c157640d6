// The subcommands for people who write rules and read findings: explain, test-pack, init,
// completions; and the progress line, which only a terminal ever sees.

#include <boost/test/unit_test.hpp>

#include "support/process.h"

using namespace draftlint::testing;

namespace {

ProcessResult Draftlint(std::vector<std::string> args, const std::string& cwd = "") {
  args.insert(args.begin(), Binary());
  return Run(args, "", cwd);
}

bool Has(const std::string& text, const std::string& piece) {
  return text.find(piece) != std::string::npos;
}

// A pack with one rule, finding pattern, and two examples: one must fire on "URGENT", one
// must pass.
std::string OnePack(const std::string& pattern) {
  return "pack: mini\nlanguages: [en]\nrules:\n"
         "  - id: shouting\n    severity: warning\n    summary: Shouting.\n"
         "    message: Do not shout.\n    find: {pattern: '" +
         pattern +
         "'}\n"
         "    examples:\n"
         "      - fire: \"This is URGENT.\"\n        span: URGENT\n        lang: en\n"
         "      - pass: \"Not urgent at all.\"\n        lang: en\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(commands)

BOOST_AUTO_TEST_CASE(explain_prints_the_rule_page) {
  const auto result = Draftlint({"explain", "personal-phone"});
  BOOST_TEST(result.exit_code == 0, result.err);
  const std::string& page = result.out;
  BOOST_TEST(page.rfind("# personal-phone\n\nPack `departure` · default severity: **error** · "
                        "languages: en, pt, hu, zh-Hant, zh-Hans, es, de, fr, ja\n",
                        0) == 0,
             page);
  for (const char* section : {"\n## What it catches\n", "\n## Why\n", "\n## Examples\n",
                              "\n## Fixing it\n", "\n## Configuring and silencing it\n"})
    BOOST_TEST(Has(page, section), section);
  // The pack's examples, with the span of each that fires.
  BOOST_TEST(Has(page, "[en] After Friday, call me on my mobile: ⟦+1 415 555 0199⟧.\n"));
  BOOST_TEST(Has(page, "[ja] 後任の山田の電話番号は03-1234-5678です。\n"));
  BOOST_TEST(Has(page, "`<!-- draftlint-disable-next-line personal-phone -->`"));
  BOOST_TEST(Has(page, "  personal-phone: warning        # error, warning, info or off\n"));

  const auto other =
      Draftlint({"explain", "--pack", SourceDir() + "/rules/out-of-office.yaml", "ooo-overshare"});
  BOOST_TEST(other.exit_code == 0, other.err);
  BOOST_TEST(other.out.rfind("# ooo-overshare\n\nPack `out-of-office`", 0) == 0, other.out);

  const auto unknown = Draftlint({"explain", "no-such-rule"});
  BOOST_TEST(unknown.exit_code == 2);
  BOOST_TEST(unknown.err ==
             "draftlint: no rule 'no-such-rule' in pack 'departure' (draftlint --list-rules "
             "lists them)\n");
}

BOOST_AUTO_TEST_CASE(rule_pages_in_docs_are_what_explain_prints) {
  const auto result = Draftlint({"explain", "solicitation"});
  BOOST_TEST(ReadFile(SourceDir() + "/docs/rules/solicitation.md") == result.out);
}

BOOST_AUTO_TEST_CASE(test_pack_reports_like_a_test_runner) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/good.yaml", OnePack("(?-i:\\bURGENT\\b)"));
  WriteFile(dir + "/bad.yaml", OnePack("\\bURGENT\\b"));

  const auto good = Draftlint({"test-pack", dir + "/good.yaml"});
  BOOST_TEST(good.exit_code == 0, good.out + good.err);
  BOOST_TEST(good.out == dir +
                             "/good.yaml\n  ok   shouting (2 examples)\n  2 examples, 0 failed; 0 "
                             "errors, 0 warnings\n\n1 pack: 2 examples, 0 failed; 0 errors, 0 "
                             "warnings.\n");

  // Patterns ignore case unless they say otherwise: this one fires on "urgent" too.
  const auto bad = Draftlint({"test-pack", dir + "/bad.yaml"});
  BOOST_TEST(bad.exit_code == 1, bad.out + bad.err);
  BOOST_TEST(Has(bad.out, "  FAIL shouting (2 examples)\n"), bad.out);
  BOOST_TEST(Has(bad.out, dir + "/bad.yaml:13: should pass \"Not urgent at all.\": fired at "
                                "1:5-1:11 \"urgent\"\n"),
             bad.out);

  // A folder: every pack in it, in name order.
  const auto both = Draftlint({"test-pack", dir});
  BOOST_TEST(both.exit_code == 1);
  BOOST_TEST(both.out.find(dir + "/bad.yaml\n") < both.out.find(dir + "/good.yaml\n"));
  BOOST_TEST(Has(both.out, "2 packs: 4 examples, 1 failed; 0 errors, 0 warnings.\n"));

  // A rule with no example passes, but not with --strict.
  WriteFile(dir + "/bare/p.yaml",
            "pack: bare\nlanguages: [en]\nrules:\n  - id: r\n    severity: info\n"
            "    summary: s\n    message: m\n    find: {pattern: 'x'}\n");
  BOOST_TEST(Draftlint({"test-pack", dir + "/bare"}).exit_code == 0);
  const auto strict = Draftlint({"test-pack", "--strict", dir + "/bare"});
  BOOST_TEST(strict.exit_code == 1);
  BOOST_TEST(Has(strict.out, "  warning: " + dir + "/bare/p.yaml:4: rule 'r' has no examples\n"),
             strict.out);

  // A pack that does not load: exit 2, the error with its file and line.
  WriteFile(dir + "/broken/p.yaml",
            "pack: broken\nlanguages: [en]\nrules:\n  - id: r\n    sevrity: info\n");
  const auto broken = Draftlint({"test-pack", dir + "/broken"});
  BOOST_TEST(broken.exit_code == 2);
  BOOST_TEST(Has(broken.err, dir + "/broken/p.yaml:5"), broken.err);
}

BOOST_AUTO_TEST_CASE(init_writes_a_config_that_loads) {
  const std::string dir = ScratchDir();
  BOOST_REQUIRE(Run({"git", "init", "-q", dir}).exit_code == 0);
  BOOST_REQUIRE(Run({"git", "-C", dir, "config", "user.email", "jo.silva@acme.pt"}).exit_code == 0);
  const auto made = Draftlint({"init"}, dir);
  BOOST_TEST(made.exit_code == 0, made.err);
  BOOST_TEST(made.out ==
             "Wrote .draftlint.yaml (company domain acme.pt, from git config user.email). Add "
             "your competitors, then run: draftlint .\n");
  const std::string config = ReadFile(dir + "/.draftlint.yaml");
  BOOST_TEST(Has(config, "\ncompetitors: []\n"));
  BOOST_TEST(Has(config, "  domains: [acme.pt]  # from git config user.email\n"));

  // The written config is the one the linter then uses.
  WriteFile(dir + "/note.txt", "Write to me at jo@acme.pt.\n");
  const auto lint = Draftlint({"--format", "line", "note.txt"}, dir);
  BOOST_TEST(lint.exit_code == 1);
  BOOST_TEST(!Has(lint.out, "personal-email"), lint.out);

  const auto again = Draftlint({"init"}, dir);
  BOOST_TEST(again.exit_code == 2);
  BOOST_TEST(again.err == "draftlint: .draftlint.yaml exists; --force overwrites it\n");
  BOOST_TEST(Draftlint({"init", "--force"}, dir).exit_code == 0);

  // A free-mail address says nothing about the company.
  const std::string gmail = ScratchDir();
  Run({"git", "init", "-q", gmail});
  Run({"git", "-C", gmail, "config", "user.email", "jo.silva@gmail.com"});
  const auto free = Draftlint({"init"}, gmail);
  BOOST_TEST(free.out ==
             "Wrote .draftlint.yaml. Add your company's domains and competitors, "
             "then run: draftlint .\n");
}

BOOST_AUTO_TEST_CASE(completions_for_each_shell) {
  BOOST_TEST(Has(Draftlint({"completions", "bash"}).out,
                 "complete -o filenames -F _draftlint draftlint\n"));
  BOOST_TEST(Draftlint({"completions", "zsh"}).out.rfind("#compdef draftlint\n", 0) == 0);
  BOOST_TEST(Has(Draftlint({"completions", "fish"}).out,
                 "-l fail-on -x -a 'error warning info never' -d 'Lowest severity that makes the "
                 "exit code 1'\n"));
  BOOST_TEST(Draftlint({"completions", "tcsh"}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(no_progress_line_unless_on_a_terminal) {
  const std::string dir = ScratchDir();
  for (int i = 0; i < 30; ++i)
    WriteFile(dir + "/note" + std::to_string(i) + ".txt", "Thank you, and goodbye.\n");
  const auto result = Draftlint({"--fail-on", "never", dir});
  BOOST_TEST(result.exit_code == 0);
  BOOST_TEST(!Has(result.err, "\r"), result.err);
  BOOST_TEST(!Has(result.err, "files"), result.err);
}

BOOST_AUTO_TEST_SUITE_END()
