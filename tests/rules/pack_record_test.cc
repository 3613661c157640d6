// A pack read back from its record is the pack, field by field; through the cache, a pack is
// read again from YAML whenever it or what its checks looked at has changed.
#include "rules/pack_record.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "rules/yaml_reader.h"
#include "support/process.h"

using namespace draftlint;

namespace {

const std::string kPack =
    "pack: p\nlanguages: [en]\nrules:\n  - id: fruit\n    severity: info\n    summary: s\n"
    "    message: m\n    find: {lexicon: fruit}\n";

std::string ErrorOf(const std::string& path, const DiskCache& cache) {
  try {
    LoadPack(path, &cache);
  } catch (const LoadError& e) {
    const std::string message = e.what();
    return message.substr(message.find("p.yaml"));
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pack_record)

BOOST_AUTO_TEST_CASE(every_pack_reads_back_field_by_field) {
  for (const char* file :
       {"rules/departure.yaml", "rules/out-of-office.yaml", "tests/data/kinds/rules/kinds.yaml"}) {
    const Pack pack = LoadPack(testing::SourceDir() + "/" + file);
    const std::string record = EncodePack(pack);
    const std::optional<Pack> back = DecodePack(record);
    BOOST_TEST_REQUIRE(back.has_value(), file);
    BOOST_TEST((*back == pack), file);
    // Each part is compared too, so that a failure says where.
    BOOST_TEST_REQUIRE(back->rules.size() == pack.rules.size());
    for (size_t k = 0; k < pack.rules.size(); ++k)
      BOOST_TEST((back->rules[k] == pack.rules[k]), file << " rule " << pack.rules[k].id);
    BOOST_TEST((back->slots == pack.slots), file);
    BOOST_TEST((back->signals == pack.signals), file);
    // Cut short, or with a byte more, it is not a pack.
    for (size_t cut : {size_t{0}, record.size() / 2, record.size() - 1})
      BOOST_TEST(!DecodePack(record.substr(0, cut)).has_value(), file << " cut at " << cut);
    BOOST_TEST(!DecodePack(record + "x").has_value(), file);
  }
}

BOOST_AUTO_TEST_CASE(through_the_cache_a_changed_pack_is_read_again) {
  const std::string dir = testing::ScratchDir();
  const DiskCache cache(dir + "/cache");
  testing::WriteFile(dir + "/rules/p.yaml", kPack);
  testing::WriteFile(dir + "/lexicons/en/fruit.txt", "apple\n");
  const Pack first = LoadPack(dir + "/rules/p.yaml", &cache);
  BOOST_TEST(std::filesystem::exists(cache.folder()));
  BOOST_TEST((LoadPack(dir + "/rules/p.yaml", &cache) == first));
  BOOST_TEST((first == LoadPack(dir + "/rules/p.yaml")));

  // An error in the pack is reported, though the cache holds the pack as it was.
  testing::WriteFile(dir + "/rules/p.yaml", kPack + "colour: red\n");
  BOOST_TEST(ErrorOf(dir + "/rules/p.yaml", cache).starts_with("p.yaml:9: unknown key 'colour'"));
  // So is a lexicon the pack needs and that is gone.
  testing::WriteFile(dir + "/rules/p.yaml", kPack);
  BOOST_TEST(ErrorOf(dir + "/rules/p.yaml", cache) == "");
  std::filesystem::remove(dir + "/lexicons/en/fruit.txt");
  BOOST_TEST(
      ErrorOf(dir + "/rules/p.yaml", cache).starts_with("p.yaml:8: lexicon 'fruit' not found"));
}

BOOST_AUTO_TEST_CASE(while_nothing_changed_the_cache_is_what_is_read) {
  const std::string dir = testing::ScratchDir();
  const DiskCache cache(dir + "/cache");
  std::string yaml = kPack;
  yaml.replace(yaml.find("summary: s"), 10, "summary: first-summary");
  testing::WriteFile(dir + "/rules/p.yaml", yaml);
  testing::WriteFile(dir + "/lexicons/en/fruit.txt", "apple\n");
  LoadPack(dir + "/rules/p.yaml", &cache);
  // The summary, changed in the cache file (to one of the same length, so that the record
  // stays whole), is what the next load gives.
  const auto file = std::filesystem::directory_iterator(cache.folder())->path();
  std::string bytes = testing::ReadFile(file.string());
  BOOST_TEST_REQUIRE(bytes.find("first-summary") != std::string::npos);
  bytes.replace(bytes.find("first-summary"), 13, "cache-summary");
  testing::WriteFile(file.string(), bytes);
  BOOST_TEST(LoadPack(dir + "/rules/p.yaml", &cache).rules.at(0).summary == "cache-summary");
}

BOOST_AUTO_TEST_SUITE_END()
