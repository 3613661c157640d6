#include "cli/pack_option.h"

#include "cli/data_dir.h"
#include "rules/pack_record.h"
#include "rules/yaml_reader.h"

namespace draftlint {

std::shared_ptr<const Pack> LoadPackOption(const std::string& pack_option, std::ostream& err,
                                           const DiskCache* cache) {
  std::filesystem::path path = pack_option;
  if (path.empty()) {
    const auto data_dir = FindDataDir();
    if (!data_dir) {
      err << "draftlint: cannot find the rule packs (rules/departure.yaml); set "
             "DRAFTLINT_DATA_DIR\n";
      return nullptr;
    }
    path = *data_dir / "rules" / "departure.yaml";
  }
  try {
    return std::make_shared<const Pack>(LoadPack(path, cache));
  } catch (const LoadError& e) {
    err << "draftlint: " << e.what() << '\n';
    return nullptr;
  }
}

}  // namespace draftlint
