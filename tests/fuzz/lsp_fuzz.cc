// Fuzzes the language server: any bytes on its input (frames, broken headers, JSON of any
// shape) are answered or ignored, and the server stops at the end of input.
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "lsp/server.h"
#include "rules/yaml_reader.h"

using namespace draftlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto pack = std::make_shared<const Pack>(
      LoadPack(std::string(DRAFTLINT_SOURCE_DIR) + "/rules/departure.yaml"));
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  lsp::Server(in, out, pack).Run();
  return 0;
}
