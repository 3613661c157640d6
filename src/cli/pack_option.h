// The rule pack a command runs: the one --pack names, or the shipped departure pack.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "rules/disk_cache.h"
#include "rules/pack.h"

namespace draftlint {

// Loads it, through cache unless that is null (pack_record.h); on an error, says why on err
// and returns null.
std::shared_ptr<const Pack> LoadPackOption(const std::string& pack_option, std::ostream& err,
                                           const DiskCache* cache = nullptr);

}  // namespace draftlint
