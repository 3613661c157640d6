// The command line as SPEC.md fixes it: formats, exit codes, configs, stdin, bad input.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include "support/process.h"

using namespace draftlint::testing;

namespace {

const std::string kClean =
    "Dear Ana,\n\nMy last day at ACME is Friday, 10 October. From Monday Rita Gomes will take over "
    "your "
    "account; you can reach her at rita.gomes@acme.com.\n\nThank you for six great years.\nJoe\n";
const std::string kPhone =
    "Dear Ana,\n\nMy last day is Friday, 10 October. Rita Gomes will take over "
    "(rita.gomes@acme.com).\n"
    "Call me on my mobile, +1 415 555 0199.\n\nThanks,\nJoe\n";

ProcessResult Lint(std::vector<std::string> args, const std::string& input = "",
                   const std::string& cwd = "") {
  args.insert(args.begin(), Binary());
  return Run(args, input, cwd);
}

nlohmann::json Json(const ProcessResult& result) { return nlohmann::json::parse(result.out); }

// Whether a file's JSON findings hold kPhone's number as a personal phone, where it is.
bool HasKPhoneFinding(const nlohmann::json& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const nlohmann::json& finding) {
    return finding["rule"] == "personal-phone" && finding["text"] == "+1 415 555 0199" &&
           finding["start"]["offset"] == 117;
  });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli)

BOOST_AUTO_TEST_CASE(the_pack_and_its_word_lists_are_cached_unless_no_cache) {
  const std::string cache = ScratchDir() + "/cache";
  const std::string draft = SourceDir() + "/examples/risky-note-en.txt";
  auto lint = [&](const std::string& flag) {
    std::vector<std::string> argv = {
        "env", "DRAFTLINT_CACHE_DIR=" + cache, Binary(), "--format", "json", "--fail-on", "never"};
    if (!flag.empty()) argv.push_back(flag);
    argv.push_back(draft);
    const ProcessResult result = Run(argv);
    BOOST_TEST(result.exit_code == 0);
    BOOST_TEST(result.err == "");
    return result.out;
  };
  const std::string uncached = lint("--no-cache");
  BOOST_TEST(!std::filesystem::exists(cache));
  BOOST_TEST(lint("") == uncached);
  // The pack and the English word lists: two files, which the next run reads and does not
  // write again (a value is written to a new file, renamed into place: a new inode).
  auto inode = [](const std::filesystem::path& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? info.st_ino : 0;
  };
  std::map<std::filesystem::path, ino_t> written;
  for (const auto& entry : std::filesystem::directory_iterator(cache))
    written[entry.path()] = inode(entry.path());
  BOOST_TEST(written.size() == 2u);
  BOOST_TEST(lint("") == uncached);
  for (const auto& [path, number] : written) BOOST_TEST(inode(path) == number, path);
}

BOOST_AUTO_TEST_CASE(exit_codes_follow_fail_on) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/clean.txt", kClean);
  WriteFile(dir + "/phone.txt", kPhone);
  BOOST_TEST(Lint({dir + "/clean.txt"}).exit_code == 0);
  BOOST_TEST(Lint({dir + "/phone.txt"}).exit_code == 1);
  BOOST_TEST(Lint({"--fail-on", "never", dir + "/phone.txt"}).exit_code == 0);
  BOOST_TEST(Lint({"--fail-on", "info", dir + "/clean.txt"}).exit_code == 0);
  BOOST_TEST(Lint({"--format", "nope", dir + "/clean.txt"}).exit_code == 2);
  BOOST_TEST(Lint({"--lang", "xx", dir + "/clean.txt"}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(json_spans_are_byte_offsets_on_disk) {
  const std::string dir = ScratchDir();
  // BOM and CRLF: offsets count them, columns do not.
  std::string text = "\xEF\xBB\xBF" + kPhone;
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2))
    text.insert(at, "\r");
  WriteFile(dir + "/crlf.txt", text);
  const auto result = Lint({"--format", "json", dir + "/crlf.txt"});
  BOOST_TEST(result.exit_code == 1);
  const auto json = Json(result);
  bool seen = false;
  for (const auto& finding : json["files"][0]["findings"]) {
    if (finding["rule"] != "personal-phone") continue;
    seen = true;
    const size_t offset = text.find("+1 415 555 0199");
    BOOST_TEST(finding["start"]["offset"] == offset);
    BOOST_TEST(finding["end"]["offset"] == offset + 15);
    BOOST_TEST(finding["start"]["line"] == 4);
    BOOST_TEST(finding["start"]["column"] == 23);
    BOOST_TEST(finding["text"] == "+1 415 555 0199");
  }
  BOOST_TEST(seen);
  BOOST_TEST(json["files"][0]["languages"] == nlohmann::json({"en"}));
}

BOOST_AUTO_TEST_CASE(stdin_and_its_name) {
  const auto result = Lint({"--format", "line", "--stdin-filename", "note.txt", "-"}, kPhone);
  BOOST_TEST(result.exit_code == 1);
  BOOST_TEST(result.out.find("note.txt:4:23: error:") != std::string::npos, result.out);
  const auto bare = Lint({"--format", "json"}, kClean);
  BOOST_TEST(Json(bare)["files"][0]["path"] == "<stdin>");
}

BOOST_AUTO_TEST_CASE(directories_are_walked_in_order_with_the_nearest_config) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/.draftlint.yaml", "competitors: [Globex]\n");
  WriteFile(dir + "/b/.draftlint.yaml", "competitors: [Initech]\n");
  WriteFile(dir + "/a/note.txt", "Globex and Initech.\n");
  WriteFile(dir + "/b/note.md", "Globex and Initech.\n");
  WriteFile(dir + "/b/image.png", "not a draft");
  WriteFile(dir + "/.git/x.txt", "Globex\n");
  const auto result = Lint({"--format", "json", "--fail-on", "never", dir});
  BOOST_TEST(result.exit_code == 0, result.err);
  const auto files = Json(result)["files"];
  BOOST_REQUIRE(files.size() == 2u);
  BOOST_TEST(files[0]["path"] == dir + "/a/note.txt");
  BOOST_TEST(files[1]["path"] == dir + "/b/note.md");
  auto competitors = [](const nlohmann::json& file) {
    std::vector<std::string> names;
    for (const auto& f : file["findings"]) {
      if (f["rule"] == "competitor-mention") names.push_back(f["text"]);
    }
    return names;
  };
  BOOST_TEST(competitors(files[0]) == (std::vector<std::string>{"Globex"}),
             boost::test_tools::per_element());
  BOOST_TEST(competitors(files[1]) == (std::vector<std::string>{"Initech"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(walking_follows_no_symbolic_link) {
  const std::string outside = ScratchDir();
  WriteFile(outside + "/secret.txt", "Globex\n");
  const std::string dir = ScratchDir();
  WriteFile(dir + "/a/note.txt", "Thanks.\n");
  std::filesystem::create_symlink(outside + "/secret.txt", dir + "/a/link.txt");
  std::filesystem::create_directory_symlink(outside, dir + "/a/outside");
  std::filesystem::create_directory_symlink(dir + "/a", dir + "/a/loop");
  std::filesystem::create_symlink(dir + "/a/self.txt", dir + "/a/self.txt");
  for (const bool in_git : {false, true}) {
    if (in_git) BOOST_REQUIRE(Run({"git", "init", "-q", dir}).exit_code == 0);
    const auto result = Lint({"--format", "json", "--fail-on", "never", dir});
    BOOST_TEST(result.exit_code == 0, result.err);
    const auto files = Json(result)["files"];
    BOOST_REQUIRE(files.size() == 1u);
    BOOST_TEST(files[0]["path"] == dir + "/a/note.txt");
  }
  // Named on the command line, a link is read.
  const auto named = Lint({"--format", "json", "--fail-on", "never", dir + "/a/link.txt"});
  BOOST_TEST(Json(named)["files"].size() == 1u);
}

BOOST_AUTO_TEST_CASE(linting_writes_nothing) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/drafts/note.txt", kPhone);
  WriteFile(dir + "/drafts/mail.md", "# Hi\n\n" + kClean);
  WriteFile(dir + "/.draftlint.yaml", "competitors: [Globex]\n");
  auto listing = [&] {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      files.push_back(entry.path().string() + " " +
                      std::to_string(entry.is_regular_file() ? entry.file_size() : 0) + " " +
                      std::to_string(entry.last_write_time().time_since_epoch().count()));
    }
    std::sort(files.begin(), files.end());
    return files;
  };
  const auto before = listing();
  for (const char* format : {"text", "json", "sarif", "github", "line", "gitlab", "junit"})
    BOOST_TEST(Run({Binary(), "--format", format, "drafts"}, "", dir).exit_code == 1, format);
  BOOST_TEST(Run({Binary(), "--list-rules"}, "", dir).exit_code == 0);
  BOOST_TEST(Run({Binary(), "explain", "personal-phone"}, "", dir).exit_code == 0);
  BOOST_TEST(listing() == before, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_hundred_thousand_tiny_files) {
  const std::string dir = ScratchDir();
  for (int k = 0; k < 100000; ++k) {
    WriteFile(dir + "/" + std::to_string(k / 1000) + "/note" + std::to_string(k) + ".txt",
              "Hi " + std::to_string(k) + ", thanks for everything.\n");
  }
  const auto result = Lint({"--format", "line", "--fail-on", "never", dir});
  BOOST_TEST(result.exit_code == 0, result.err);
  std::set<std::string> files;
  for (size_t begin = 0, end; (end = result.out.find('\n', begin)) != std::string::npos;
       begin = end + 1) {
    const std::string line = result.out.substr(begin, end - begin);
    files.insert(line.substr(0, line.find(".txt:") + 4));
  }
  BOOST_TEST(files.size() == 100000u);
  BOOST_TEST(files.count(dir + "/99/note99999.txt") == 1u);
}

BOOST_AUTO_TEST_CASE(same_output_whatever_the_threads) {
  const std::string dir = ScratchDir();
  for (int k = 0; k < 40; ++k)
    WriteFile(dir + "/n" + std::to_string(100 + k) + ".txt", k % 2 ? kPhone : kClean);
  const auto one = Lint({"--format", "json", "-j", "1", dir});
  const auto four = Lint({"--format", "json", "-j", "4", dir});
  BOOST_TEST(one.exit_code == 1);
  BOOST_TEST(one.out == four.out);
}

BOOST_AUTO_TEST_CASE(a_bad_config_names_file_and_line_and_exits_2) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/.draftlint.yaml", "language: auto\ncompetitor: [Globex]\n");
  WriteFile(dir + "/note.txt", kClean);
  const auto result = Lint({dir + "/note.txt"});
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find(".draftlint.yaml:2: unknown key 'competitor'") != std::string::npos,
             result.err);
  const auto unknown_rule = Lint({"--config", dir + "/rules.yaml", dir + "/note.txt"});
  BOOST_TEST(unknown_rule.exit_code == 2);  // --config must exist
  WriteFile(dir + "/rules.yaml", "rules:\n  no-such-rule: off\n");
  const auto bad_rule = Lint({"--config", dir + "/rules.yaml", dir + "/note.txt"});
  BOOST_TEST(bad_rule.exit_code == 2);
  BOOST_TEST(bad_rule.err.find("rules.yaml:2: unknown rule 'no-such-rule'") != std::string::npos,
             bad_rule.err);
}

BOOST_AUTO_TEST_CASE(config_turns_rules_off_and_sets_severity) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/c.yaml", "rules:\n  personal-phone: off\n  missing-thanks: error\n");
  WriteFile(dir + "/note.txt",
            "Rita Gomes takes over on 1 May (rita@acme.com). Call me: +1 415 555 0199.\n");
  const auto json =
      Json(Lint({"--format", "json", "--config", dir + "/c.yaml", dir + "/note.txt"}));
  bool thanks = false;
  for (const auto& finding : json["files"][0]["findings"]) {
    BOOST_TEST(finding["rule"] != "personal-phone");
    if (finding["rule"] == "missing-thanks") thanks = finding["severity"] == "error";
  }
  BOOST_TEST(thanks);
}

BOOST_AUTO_TEST_CASE(binary_and_missing_files_do_not_stop_the_others) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/a.txt", std::string("PK\0\3binary", 10));
  WriteFile(dir + "/b.txt", kPhone);
  const auto result =
      Lint({"--format", "json", dir + "/a.txt", dir + "/missing.txt", dir + "/b.txt"});
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(
      result.err.find("a.txt: binary file (it contains a NUL byte), skipped") != std::string::npos,
      result.err);
  BOOST_TEST(result.err.find("missing.txt: no such file or directory") != std::string::npos,
             result.err);
  const auto files = Json(result)["files"];
  BOOST_REQUIRE(files.size() == 3u);
  BOOST_TEST(files[2]["findings"].size() > 0u);
}

BOOST_AUTO_TEST_CASE(an_unreadable_file_does_not_stop_the_others) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/secret.txt", kPhone);
  WriteFile(dir + "/note.txt", kPhone);
  std::filesystem::permissions(dir + "/secret.txt", std::filesystem::perms::none);
  std::filesystem::permissions(
      dir, std::filesystem::perms::others_read | std::filesystem::perms::others_exec,
      std::filesystem::perm_options::add);
  std::vector<std::string> argv = {Binary(), "--format", "json", dir + "/secret.txt",
                                   dir + "/note.txt"};
  // Root reads any file: as root (CI), lint as nobody.
  if (geteuid() == 0)
    argv.insert(argv.begin(), {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
  const auto result = Run(argv);
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find("secret.txt: cannot read: permission denied or not a file") !=
                 std::string::npos,
             result.err);
  const auto files = Json(result)["files"];
  BOOST_REQUIRE(files.size() == 2u);
  BOOST_TEST(files[0]["findings"].size() == 0u);
  BOOST_TEST(HasKPhoneFinding(files[1]["findings"]), files[1]["findings"].dump());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_reported_and_the_rest_linted) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/latin1.txt", "Ol\xE1! Call me on my mobile, +1 415 555 0199.\n");
  const auto result = Lint({"--format", "json", dir + "/latin1.txt"});
  BOOST_TEST(result.exit_code == 1);
  BOOST_TEST(result.err.find("latin1.txt: invalid UTF-8 at byte 2") != std::string::npos,
             result.err);
  const auto findings = Json(result)["files"][0]["findings"];
  bool phone = false;
  for (const auto& finding : findings) phone = phone || finding["rule"] == "personal-phone";
  BOOST_TEST(phone);
}

BOOST_AUTO_TEST_CASE(files_over_the_size_limit_are_refused) {
  const std::string dir = ScratchDir();
  WriteFile(dir + "/big.txt", std::string(2000, 'a'));
  const auto result = Lint({"--max-size", "1000", dir + "/big.txt"});
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find("big.txt: skipped: 2000 bytes is more than --max-size 1000") !=
                 std::string::npos,
             result.err);

  // A 1 GiB file (sparse: it costs no disk) is refused by the default limit without being
  // read, and the file beside it is still linted.
  std::filesystem::resize_file(dir + "/big.txt", 1ull << 30);
  WriteFile(dir + "/note.txt", kPhone);
  const auto huge = Lint({"--format", "json", dir + "/big.txt", dir + "/note.txt"});
  BOOST_TEST(huge.exit_code == 2);
  BOOST_TEST(huge.err.find("big.txt: skipped: 1073741824 bytes is more than --max-size 67108864") !=
                 std::string::npos,
             huge.err);
  const auto files = Json(huge)["files"];
  BOOST_REQUIRE(files.size() == 2u);
  BOOST_TEST(files[1]["path"] == dir + "/note.txt");
  BOOST_TEST(HasKPhoneFinding(files[1]["findings"]), files[1]["findings"].dump());
}

// A 50 MB file that is one line is linted in parts (src/segment/paragraphs.cc): the numbers
// at its start, across the first part's end, and at its end are all found, where they are.
BOOST_AUTO_TEST_CASE(a_single_50_mb_line) {
  const std::string filler = "We thank you for the years together and for your trust. ";
  const std::string phone = "Call me on my mobile +44 7700 900123. ";
  std::string line = phone;
  std::vector<size_t> expected = {phone.find('+')};
  while (line.size() < 65536 - 30) line += filler;
  expected.push_back(line.size() + phone.find('+'));
  line += phone;
  while (line.size() < 50'000'000) line += filler;
  expected.push_back(line.size() + phone.find('+'));
  line += phone;
  const std::string dir = ScratchDir();
  WriteFile(dir + "/line.txt", line);
  const auto result = Lint({"--format", "line", dir + "/line.txt"});
  BOOST_TEST(result.exit_code == 1, result.err);
  std::vector<size_t> found;
  const std::string prefix = dir + "/line.txt:1:";
  for (size_t begin = 0, end; (end = result.out.find('\n', begin)) != std::string::npos;
       begin = end + 1) {
    const std::string finding = result.out.substr(begin, end - begin);
    if (finding.find("[personal-phone]") == std::string::npos) continue;
    BOOST_REQUIRE(finding.rfind(prefix, 0) == 0);
    found.push_back(std::stoul(finding.substr(prefix.size())) - 1);  // ASCII: column - 1
  }
  BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(list_rules_shows_every_rule) {
  const auto result = Lint({"--list-rules"});
  BOOST_TEST(result.exit_code == 0);
  for (const char* id : {"competitor-mention", "new-employer", "employer-complaint",
                         "personal-phone", "personal-email", "personal-handle", "solicitation",
                         "missing-successor", "missing-successor-contact", "missing-departure-date",
                         "missing-thanks", "unfilled-placeholder", "too-long"}) {
    BOOST_TEST(result.out.find(id) != std::string::npos, id);
  }
  const auto json = nlohmann::json::parse(Lint({"--list-rules", "--format", "json"}).out);
  BOOST_TEST(json.size() == 14u);  // the pack's 13 and invalid-suppression
  BOOST_TEST(json[0]["pack"] == "departure");
}

BOOST_AUTO_TEST_CASE(a_language_without_word_lists_is_said_once) {
  const std::string dir = ScratchDir();
  const std::string pack = SourceDir() + "/tests/data/kinds/rules/kinds.yaml";
  const std::string french =
      "Je vous remercie pour ces belles années de collaboration, vraiment.\n";
  WriteFile(dir + "/a.txt", french);
  WriteFile(dir + "/b.txt", french);
  const auto result = Lint({"--pack", pack, "--fail-on", "never", dir});
  BOOST_TEST(result.exit_code == 0);
  const std::string note = "no word lists in fr for fruit";
  const size_t first = result.err.find(note);
  BOOST_TEST(first != std::string::npos, result.err);
  BOOST_TEST(result.err.find(note, first + 1) == std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(version_and_help) {
  const auto version = Lint({"--version"});
  BOOST_TEST(version.exit_code == 0);
  BOOST_TEST(version.out.find("draftlint 0.1.0") != std::string::npos);
  BOOST_TEST(Lint({"--help"}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(other_formats) {
  const auto github = Lint({"--format", "github", "--stdin-filename", "n.txt"}, kPhone);
  BOOST_TEST(github.out.find("::error file=n.txt,line=4,col=23,endLine=4,endColumn=38") !=
                 std::string::npos,
             github.out);
  const auto text = Lint({"--stdin-filename", "n.txt"}, kPhone);
  BOOST_TEST(text.out.find("n.txt:4:23: error:") != std::string::npos, text.out);
  BOOST_TEST(text.out.find("^~~~~~~~~~~~~~") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
