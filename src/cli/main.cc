// draftlint's entry point: parses the command line and hands it to the command it names.
#include <iostream>

#include "cli/app.h"
#include "cli/completions.h"
#include "cli/explain_command.h"
#include "cli/init_command.h"
#include "cli/options.h"
#include "cli/pack_option.h"
#include "cli/test_pack_command.h"
#include "lsp/server.h"

namespace {

// The language server on stdin and stdout.
int ServeLsp(const draftlint::Options& options) {
  const auto pack =
      draftlint::LoadPackOption(options.pack, std::cerr, draftlint::DiskCache::Default().get());
  if (!pack) return 2;
  std::ios::sync_with_stdio(false);
  return draftlint::lsp::Server(std::cin, std::cout, pack).Run();
}

}  // namespace

int main(int argc, char** argv) {
  using draftlint::Command;
  draftlint::Options options;
  const auto parser = draftlint::MakeParser(&options);
  if (const int code = draftlint::ParseOptions(*parser, argc, argv); code >= 0) return code;
  switch (options.command) {
    case Command::kLint:
      return draftlint::RunLint(options);
    case Command::kLsp:
      return ServeLsp(options);
    case Command::kExplain:
      return draftlint::RunExplain(options, std::cout, std::cerr);
    case Command::kTestPack:
      return draftlint::RunTestPack(options, std::cout, std::cerr);
    case Command::kInit:
      return draftlint::RunInit(options, std::cout, std::cerr);
    case Command::kCompletions:
      return draftlint::PrintCompletions(*parser, options.shell, std::cout);
  }
  return 2;
}
