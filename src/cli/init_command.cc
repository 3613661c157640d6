#include "cli/init_command.h"

#include <filesystem>
#include <fstream>

#include "cli/data_dir.h"
#include "cli/subprocess.h"
#include "match/lexicon.h"
#include "rules/config.h"
#include "rules/yaml_reader.h"

namespace draftlint {
namespace {

constexpr const char* kFileName = ".draftlint.yaml";

// The domain of the committer's e-mail, unless it is a free-mail one (the shipped list).
std::string GuessDomain() {
  const auto email = RunAndRead({"git", "config", "user.email"});
  if (!email) return "";
  const size_t at = email->rfind('@');
  if (at == std::string::npos) return "";
  std::string domain = email->substr(at + 1);
  while (!domain.empty() && (domain.back() == '\n' || domain.back() == ' ')) domain.pop_back();
  for (char& c : domain) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (domain.find('.') == std::string::npos) return "";
  if (const auto data_dir = FindDataDir()) {
    const auto freemail = *data_dir / "lexicons" / "any" / "freemail-domains.txt";
    if (std::filesystem::exists(freemail)) {
      for (const LexiconEntry& entry : LoadLexicon(freemail).entries) {
        if (FoldCase(entry.text) == domain) return "";
      }
    }
  }
  return domain;
}

}  // namespace

std::string InitialConfig(const std::string& domain) {
  return std::string(
             "# draftlint's settings for the drafts in this folder and below: each draft uses the\n"
             "# nearest .draftlint.yaml in its folder or above. Every key is optional; unknown\n"
             "# keys are errors. `draftlint explain RULE` tells what a rule checks.\n"
             "\n"
             "# The languages drafts are written in, or auto to detect each paragraph's:\n"
             "# en, pt, hu, zh-Hant, zh-Hans, es, de, fr, ja.\n"
             "language: auto\n"
             "\n"
             "# draft: messages about to be sent. template: templates, whose placeholders are\n"
             "# expected and stand for what they name.\n"
             "mode: draft\n"
             "\n"
             "# The region for phone numbers written without +country (US, PT, HU, TW, ...);\n"
             "# without it, the region of each paragraph's language.\n"
             "# region: US\n"
             "\n"
             "# Competitors: naming one in a note to clients is an error. Write\n"
             "# {name: Avenir, match-case: true} for a name that is also a common word.\n"
             "competitors: []\n"
             "\n"
             "# The company's own names, e-mail domains and shared lines: never personal.\n"
             "company:\n"
             "  names: []\n") +
         (domain.empty() ? "  domains: []\n"
                         : "  domains: [" + domain + "]  # from git config user.email\n") +
         "  phones: []\n"
         "\n"
         "# Rule severities (error, warning, info) or off; draftlint --list-rules lists them.\n"
         "# rules:\n"
         "#   too-long: off\n"
         "\n"
         "# Which files `draftlint .` lints, as globs relative to this folder (default: the\n"
         "# draft-like extensions), and rule settings for some of them.\n"
         "# files:\n"
         "#   include: [\"templates/**\"]\n"
         "#   exclude: [\"archive/**\"]\n"
         "# overrides:\n"
         "#   - files: [\"legacy/**\"]\n"
         "#     rules: {too-long: off}\n";
}

int RunInit(const Options& options, std::ostream& out, std::ostream& err) {
  if (std::filesystem::exists(kFileName) && !options.force) {
    err << "draftlint: " << kFileName << " exists; --force overwrites it\n";
    return 2;
  }
  const std::string domain = GuessDomain();
  {
    std::ofstream file(kFileName, std::ios::binary | std::ios::trunc);
    file << InitialConfig(domain);
    if (!file) {
      err << "draftlint: cannot write " << kFileName << '\n';
      return 2;
    }
  }
  try {
    LoadConfig(kFileName);
  } catch (const LoadError& e) {
    err << "draftlint: the file written does not load (a bug): " << e.what() << '\n';
    return 2;
  }
  out << "Wrote " << kFileName
      << (domain.empty() ? ". Add your company's domains and competitors"
                         : " (company domain " + domain +
                               ", from git config user.email). Add your competitors")
      << ", then run: draftlint .\n";
  return 0;
}

}  // namespace draftlint
