// The bundled template repository, end to end, in every output format.
#include <nlohmann/json.hpp>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "support/process.h"

using namespace draftlint::testing;

namespace {

ProcessResult LintRepo(const std::string& format) {
  return Run({Binary(), "--format", format, "--color", "never", "examples/templates-repo"}, "",
             SourceDir());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(templates_repo)

BOOST_AUTO_TEST_CASE(json_sees_templates_drafts_and_overrides) {
  const auto result = LintRepo("json");
  BOOST_TEST(result.exit_code == 1, result.err);
  const auto json = nlohmann::json::parse(result.out);
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  for (const auto& file : json["files"]) {
    paths.push_back(file["path"]);
    for (const auto& finding : file["findings"])
      rules.push_back(file["path"].get<std::string>() + " " + finding["rule"].get<std::string>());
  }
  // Only included files, in order; README.md and .github are not drafts here.
  BOOST_TEST(
      paths == (std::vector<std::string>{"examples/templates-repo/drafts/to-globex-client.md",
                                         "examples/templates-repo/drafts/to-lusodata.txt",
                                         "examples/templates-repo/legacy/old-note.txt",
                                         "examples/templates-repo/templates/departure-en.md.j2",
                                         "examples/templates-repo/templates/lizhi-zh-Hant.hbs",
                                         "examples/templates-repo/templates/saida-pt.html"}),
      boost::test_tools::per_element());
  // Templates in template mode are clean; the drafts folder's own config is draft mode; the
  // suppressed competitor and the allowed legacy line stay silent.
  BOOST_TEST(rules == (std::vector<std::string>{
                          "examples/templates-repo/drafts/to-lusodata.txt new-employer",
                          "examples/templates-repo/drafts/to-lusodata.txt competitor-mention",
                          "examples/templates-repo/drafts/to-lusodata.txt personal-phone",
                          "examples/templates-repo/drafts/to-lusodata.txt unfilled-placeholder"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(line_github_gitlab_junit_text) {
  const auto line = LintRepo("line");
  BOOST_TEST(
      line.out.find("examples/templates-repo/drafts/to-lusodata.txt:8:1: error: 912 345 678") !=
          std::string::npos,
      line.out);
  const auto github = LintRepo("github");
  BOOST_TEST(
      github.out.find(
          "::error file=examples/templates-repo/drafts/to-lusodata.txt,line=8,col=1,endLine=8,"
          "endColumn=12,title=draftlint personal-phone::") != std::string::npos,
      github.out);
  const auto gitlab = nlohmann::json::parse(LintRepo("gitlab").out);
  BOOST_TEST(gitlab.size() == 4u);
  BOOST_TEST(gitlab[0]["location"]["path"] == "examples/templates-repo/drafts/to-lusodata.txt");
  BOOST_TEST(gitlab[0]["fingerprint"].get<std::string>().size() == 16u);
  const auto junit = LintRepo("junit");
  BOOST_TEST(
      junit.out.find("<testsuite name=\"draftlint\" tests=\"6\" failures=\"1\" errors=\"0\">") !=
          std::string::npos,
      junit.out);
  const auto text = LintRepo("text");
  BOOST_TEST(
      text.out.find(
          "examples/templates-repo/drafts/to-lusodata.txt: 3 error(s), 1 warning(s), 0 info") !=
          std::string::npos,
      text.out);
  BOOST_TEST(text.out.find("3 error(s), 1 warning(s), 0 info in 6 files.") != std::string::npos,
             text.out);
}

BOOST_AUTO_TEST_CASE(sarif_paths_are_relative_to_the_repository) {
  const auto sarif = nlohmann::json::parse(LintRepo("sarif").out);
  const auto& run = sarif["runs"][0];
  BOOST_TEST(run["results"].size() == 4u);
  const auto& artifact = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  BOOST_TEST(artifact["uri"] == "examples/templates-repo/drafts/to-lusodata.txt");
  BOOST_TEST(artifact["uriBaseId"] == "%SRCROOT%");
}

BOOST_AUTO_TEST_CASE(drafts_cannot_inject_workflow_commands_or_break_xml) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/.draftlint.yaml", "competitors: [\"Evil\\n::error::pwned\", \"A<b>&\\\"c\"]\n");
  WriteFile(dir + "/x.txt", "Call me on my mobile +1 415 555 0199.\n%0A::warning::x\n");
  const auto github = Run({Binary(), "--format", "github", dir + "/x.txt"});
  for (size_t at = github.out.find('\n'); at != std::string::npos && at + 1 < github.out.size();
       at = github.out.find('\n', at + 1)) {
    BOOST_TEST(github.out.compare(at + 1, 2, "::") == 0, "every line is a command of ours");
  }
  BOOST_TEST(github.out.find("%250A") == std::string::npos);  // the draft's text is not echoed raw
  WriteFile(dir + "/y.txt", "Hi <b>&amp; \x01 \"quoted\" call me on my mobile +1 415 555 0199\n");
  const auto junit = Run({Binary(), "--format", "junit", dir + "/y.txt"});
  BOOST_TEST(junit.out.find('\x01') == std::string::npos);
  BOOST_TEST(junit.out.find("<b>") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(baseline_forgives_old_findings_by_text) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/n.txt",
            "Hi, my last day is Friday. Rita Gomes takes over (rita@acme.com). Thanks!\n"
            "Call me on my mobile +1 415 555 0199.\n");
  BOOST_TEST(Run({Binary(), "--write-baseline", dir + "/base.json", dir + "/n.txt"}).exit_code ==
             1);
  // A line added above moves the old finding; it stays forgiven. A new one is reported.
  WriteFile(
      dir + "/n.txt",
      "A new first line.\nHi, my last day is Friday. Rita Gomes takes over (rita@acme.com). "
      "Thanks!\nCall me on my mobile +1 415 555 0199.\nOr call me at home on +1 415 555 0142.\n");
  const auto result =
      Run({Binary(), "--format", "line", "--baseline", dir + "/base.json", dir + "/n.txt"});
  BOOST_TEST(result.exit_code == 1);
  BOOST_TEST(result.out.find("+1 415 555 0199") == std::string::npos, result.out);
  BOOST_TEST(result.out.find("+1 415 555 0142") != std::string::npos, result.out);
  // The baseline read is rewritten in place; the new one forgives both numbers.
  BOOST_TEST(Run({Binary(), "--baseline", dir + "/base.json", "--write-baseline",
                  dir + "/base.json", dir + "/n.txt"})
                 .exit_code == 1);
  BOOST_TEST(!std::filesystem::exists(dir + "/base.json.draftlint-tmp"));
  const auto rebased =
      Run({Binary(), "--format", "line", "--baseline", dir + "/base.json", dir + "/n.txt"});
  BOOST_TEST(rebased.out.find("+1 415 555 0142") == std::string::npos, rebased.out);
  BOOST_TEST(Run({Binary(), "--write-baseline", dir + "/no/such/dir/b.json", dir + "/n.txt"})
                 .err.find("b.json: cannot write the baseline") != std::string::npos);
  WriteFile(dir + "/bad.json", "{\"not\": \"a report\"}");
  const auto bad = Run({Binary(), "--baseline", dir + "/bad.json", dir + "/n.txt"});
  BOOST_TEST(bad.exit_code == 2);
  BOOST_TEST(bad.err.find("bad.json: not a draftlint JSON report") != std::string::npos, bad.err);
}

BOOST_AUTO_TEST_CASE(changed_since_lints_changed_files_and_lines) {
  const std::string dir = ScratchDir();
  auto git = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"/usr/bin/git", "-c", "user.email=t@t", "-c", "user.name=t"});
    return Run(args, "", dir);
  };
  BOOST_REQUIRE(git({"init", "-q"}).exit_code == 0);
  WriteFile(dir + "/a.txt",
            "Hi, my last day is Friday. Rita Gomes takes over (rita@acme.com). Thanks!\n"
            "Call me on my mobile +1 415 555 0199.\n");
  WriteFile(dir + "/b.txt", "Call me on my mobile +1 415 555 0198.\n");
  git({"add", "-A"});
  BOOST_REQUIRE(git({"commit", "-qm", "one"}).exit_code == 0);
  WriteFile(dir + "/a.txt",
            "Hi, my last day is Friday. Rita Gomes takes over (rita@acme.com). Thanks!\n"
            "Call me on my mobile +1 415 555 0199.\nOr my home phone, +1 415 555 0142.\n");
  const auto files = Run({Binary(), "--format", "line", "--changed-since", "HEAD", "."}, "", dir);
  BOOST_TEST(files.out.find("b.txt") == std::string::npos, files.out);
  BOOST_TEST(files.out.find("a.txt:2:") != std::string::npos, files.out);
  const auto lines = Run(
      {Binary(), "--format", "line", "--changed-since", "HEAD", "--changed-lines", "."}, "", dir);
  BOOST_TEST(lines.out.find("a.txt:2:") == std::string::npos, lines.out);
  BOOST_TEST(lines.out.find("a.txt:3:") != std::string::npos, lines.out);
  BOOST_TEST(Run({Binary(), "--changed-since", "no-such-ref", "."}, "", dir).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(gitignored_files_are_skipped) {
  const std::string dir = ScratchDir();
  Run({"/usr/bin/git", "init", "-q"}, "", dir);
  WriteFile(dir + "/.gitignore", "out/\n");
  WriteFile(dir + "/out/x.txt", "Call me on my mobile +1 415 555 0199.\n");
  WriteFile(dir + "/in.txt", "Call me on my mobile +1 415 555 0198.\n");
  const auto result = Run({Binary(), "--format", "line", "."}, "", dir);
  BOOST_TEST(result.out.find("in.txt") != std::string::npos, result.out);
  BOOST_TEST(result.out.find("out/x.txt") == std::string::npos, result.out);
  // A folder .gitignore hides is still linted when named.
  const auto named = Run({Binary(), "--format", "line", "out"}, "", dir);
  BOOST_TEST(named.out.find("out/x.txt:1:22:") != std::string::npos, named.out);
}

BOOST_AUTO_TEST_SUITE_END()
