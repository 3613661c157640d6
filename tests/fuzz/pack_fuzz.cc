// Fuzzes the pack and config loaders: any YAML gives a pack, or a LoadError naming the file;
// never a crash or a hang. The pack may name lexicons; two exist beside it.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "rules/compiled_pack.h"
#include "rules/config.h"
#include "rules/pack_tester.h"
#include "rules/yaml_reader.h"

using namespace draftlint;

namespace {

std::filesystem::path Scratch() {
  static const std::filesystem::path dir = [] {
    const auto path = std::filesystem::temp_directory_path() /
                      ("draftlint-pack-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(path / "rules");
    for (const char* language : {"en", "any"}) {
      std::filesystem::create_directories(path / "lexicons" / language);
      std::ofstream(path / "lexicons" / language / "w.txt") << "word\n(take|took) over\n";
      std::ofstream(path / "lexicons" / language / "names.txt") << "{person}\nRita\n";
    }
    return path;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto pack_path = Scratch() / "rules" / "p.yaml";
  std::ofstream(pack_path, std::ios::binary | std::ios::trunc) << text;
  try {
    auto pack = std::make_shared<const Pack>(LoadPack(pack_path));
    // A pack that loads must also compile and run on its own examples.
    TestPack(pack);
  } catch (const LoadError&) {
  }
  const auto config_path = Scratch() / ".draftlint.yaml";
  std::ofstream(config_path, std::ios::binary | std::ios::trunc) << text;
  try {
    LoadConfig(config_path);
  } catch (const LoadError&) {
  }
  return 0;
}
