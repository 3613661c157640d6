// A parsed pack as a record for the cache on disk, and loading a pack through that cache.
// yaml-cpp takes some 40 million instructions (8 ms) to read the 36 KB departure pack, a
// third of linting a short English draft; the pack as a record reads back in a fraction of
// a millisecond.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "rules/disk_cache.h"
#include "rules/pack.h"

namespace draftlint {

// Every field of the pack, each struct's fields listed once for both directions
// (pack_record.cc). A field added to pack.h must be added there too: pack_record_test reads
// every shipped pack back and compares it field by field, which catches a missing field
// once a shipped pack sets it.
std::string EncodePack(const Pack& pack);
// nullopt when the record is damaged or cut short.
std::optional<Pack> DecodePack(std::string_view record);

// LoadPack, read from the cache when the pack file, this binary and what the pack's checks
// looked at (its lexicon folders, its examples config) are as they were when it was written;
// else read from YAML and written to the cache. Without a cache (null),
// LoadPack itself. Errors are LoadPack's: a pack with an error is never cached.
Pack LoadPack(const std::filesystem::path& path, const DiskCache* cache);

}  // namespace draftlint
