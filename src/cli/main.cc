#include <cstring>
#include <iostream>

#include "cli/app.h"
#include "cli/data_dir.h"
#include "lsp/server.h"
#include "rules/yaml_reader.h"

namespace {

// "draftlint lsp [--pack FILE]": the language server on stdin and stdout.
int ServeLsp(int argc, char** argv) {
  std::filesystem::path pack_path;
  for (int k = 2; k < argc; ++k) {
    if (std::strcmp(argv[k], "--pack") == 0 && k + 1 < argc) {
      pack_path = argv[++k];
    } else if (std::strcmp(argv[k], "--stdio") != 0) {
      std::cerr << "draftlint lsp: unknown option " << argv[k]
                << " (known: --pack FILE, --stdio)\n";
      return 2;
    }
  }
  if (pack_path.empty()) {
    const auto data_dir = draftlint::FindDataDir();
    if (!data_dir) {
      std::cerr << "draftlint: cannot find the rule packs (rules/departure.yaml); set "
                   "DRAFTLINT_DATA_DIR\n";
      return 2;
    }
    pack_path = *data_dir / "rules" / "departure.yaml";
  }
  try {
    auto pack = std::make_shared<const draftlint::Pack>(draftlint::LoadPack(pack_path));
    std::ios::sync_with_stdio(false);
    return draftlint::lsp::Server(std::cin, std::cout, pack).Run();
  } catch (const draftlint::LoadError& e) {
    std::cerr << "draftlint: " << e.what() << '\n';
    return 2;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "lsp") == 0) return ServeLsp(argc, argv);
  return draftlint::RunApp(argc, argv);
}
