// The cache on disk: a value comes back only under the key it was stored with, anything
// damaged or unwritable is a miss, and a pack's translated word lists are read from it until
// a word list changes.
#include "rules/disk_cache.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>
#include <thread>

#include "rules/engine.h"
#include "support/lint.h"
#include "support/process.h"

using namespace draftlint;
using testing::At;
using testing::Span;

namespace {

std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry);
  return files;
}

// A pack with one span rule over the word list fruit.txt.
std::string WriteFruitPack(const std::string& dir, const std::string& fruit) {
  testing::WriteFile(dir + "/rules/p.yaml",
                     "pack: p\nlanguages: [en]\nrules:\n  - id: fruit\n    severity: info\n"
                     "    summary: s\n    message: m\n    find: {lexicon: fruit}\n");
  testing::WriteFile(dir + "/lexicons/en/fruit.txt", fruit);
  return dir + "/rules/p.yaml";
}

std::vector<Span> FruitSpans(const std::string& pack_path, const std::string& cache_folder,
                             const std::string& text,
                             std::vector<CompetitorName> competitors = {}) {
  Config config;
  config.languages = {Language::kEn};
  config.competitors = std::move(competitors);
  const auto pack = std::make_shared<const Pack>(LoadPack(pack_path));
  const Engine engine(std::make_shared<CompiledPack>(
      pack, config, std::make_shared<const DiskCache>(cache_folder)));
  return testing::SpansOf(engine.Lint(std::make_shared<const Document>("t.txt", text)), "fruit");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(disk_cache)

BOOST_AUTO_TEST_CASE(a_value_comes_back_under_its_own_key_only) {
  const DiskCache cache(testing::ScratchDir() + "/cache");
  BOOST_TEST(!cache.Get("n", "k").has_value());
  cache.Put("n", "k", std::string("v\0w", 3));
  BOOST_TEST(cache.Get("n", "k").value() == std::string("v\0w", 3));
  BOOST_TEST(!cache.Get("n", "k2").has_value());
  BOOST_TEST(!cache.Get("other", "k").has_value());
  // A name holds one value: a new key replaces the old one rather than adding a file.
  cache.Put("n", "k2", "v2");
  BOOST_TEST(cache.Get("n", "k2").value() == "v2");
  BOOST_TEST(!cache.Get("n", "k").has_value());
  BOOST_TEST(FilesIn(cache.folder()).size() == 1u);
  // An empty value is a value; a large one comes back whole.
  cache.Put("empty", "k", "");
  BOOST_TEST(cache.Get("empty", "k").value() == "");
  std::string large(3 << 20, 'x');
  large.back() = 'y';
  cache.Put("large", "k", large);
  BOOST_TEST(cache.Get("large", "k").value() == large);
}

BOOST_AUTO_TEST_CASE(writers_at_once_leave_one_whole_value) {
  const DiskCache cache(testing::ScratchDir() + "/cache");
  std::vector<std::string> values;
  for (char c = 'a'; c < 'i'; ++c) values.push_back(std::string(1 << 20, c));
  std::vector<std::thread> writers;
  for (const std::string& value : values)
    writers.emplace_back([&cache, &value] { cache.Put("n", "k", value); });
  for (std::thread& writer : writers) writer.join();
  const auto read = cache.Get("n", "k");
  BOOST_TEST_REQUIRE(read.has_value());
  BOOST_TEST((std::find(values.begin(), values.end(), *read) != values.end()));
  // No writer's temporary file is left behind.
  BOOST_TEST(FilesIn(cache.folder()).size() == 1u);
}

BOOST_AUTO_TEST_CASE(files_unused_for_a_month_go_when_a_value_is_written) {
  const DiskCache cache(testing::ScratchDir() + "/cache");
  cache.Put("used", "k", "v");
  cache.Put("unused", "k", "v");
  testing::WriteFile(cache.folder().string() + "/left.bin.tmp-1-2-3", "half");
  testing::WriteFile(cache.folder().string() + "/notes.txt", "not the cache's");
  const auto long_ago =
      std::filesystem::file_time_type::clock::now() - std::chrono::days(DiskCache::kUnusedDays + 1);
  for (const auto& file : FilesIn(cache.folder())) std::filesystem::last_write_time(file, long_ago);
  // A hit marks its file as used.
  BOOST_TEST(cache.Get("used", "k").value() == "v");
  cache.Put("new", "k", "v");
  BOOST_TEST(cache.Get("used", "k").value() == "v");
  BOOST_TEST(cache.Get("new", "k").value() == "v");
  BOOST_TEST(!cache.Get("unused", "k").has_value());
  std::set<std::string> names;
  for (const auto& file : FilesIn(cache.folder())) names.insert(file.filename().string());
  BOOST_TEST(names.size() == 3u);
  BOOST_TEST(names.count("notes.txt") == 1u);
  BOOST_TEST(names.count("left.bin.tmp-1-2-3") == 0u);
}

BOOST_AUTO_TEST_CASE(a_damaged_file_is_a_miss) {
  const DiskCache cache(testing::ScratchDir() + "/cache");
  cache.Put("n", "k", "value");
  const auto file = FilesIn(cache.folder()).at(0);
  const std::string whole = testing::ReadFile(file.string());
  for (size_t cut : {size_t{0}, size_t{5}, whole.size() - 1}) {
    testing::WriteFile(file.string(), whole.substr(0, cut));
    BOOST_TEST(!cache.Get("n", "k").has_value(), "cut at " << cut);
  }
  testing::WriteFile(file.string(), whole + "x");
  BOOST_TEST(!cache.Get("n", "k").has_value());
  testing::WriteFile(file.string(), "draftlint cache 0\n" + whole.substr(whole.find('\n') + 1));
  BOOST_TEST(!cache.Get("n", "k").has_value());
}

BOOST_AUTO_TEST_CASE(a_folder_that_cannot_be_made_is_a_miss_not_an_error) {
  const std::string blocker = testing::ScratchDir() + "/file";
  testing::WriteFile(blocker, "not a folder");
  const DiskCache cache(blocker + "/cache");
  cache.Put("n", "k", "v");
  BOOST_TEST(!cache.Get("n", "k").has_value());
}

BOOST_AUTO_TEST_CASE(a_fresh_file_is_stamped_by_its_bytes_not_its_time) {
  const std::string dir = testing::ScratchDir();
  testing::WriteFile(dir + "/a.txt", "one");
  const std::string folder = FolderStamp(dir);
  const std::string file = FileStamp(dir + "/a.txt");
  BOOST_TEST(file.starts_with(dir + "/a.txt\t3\t"));
  BOOST_TEST(file.find("modified") == std::string::npos);
  BOOST_TEST(FileStamp(dir + "/none.txt") == dir + "/none.txt\tmissing\n");
  BOOST_TEST(FileStamp(dir) == dir + "\tmissing\n");

  std::filesystem::last_write_time(
      dir + "/a.txt", std::filesystem::last_write_time(dir + "/a.txt") + std::chrono::seconds(1));
  BOOST_TEST(FileStamp(dir + "/a.txt") == file);
  // Same size, same second: only the bytes tell.
  testing::WriteFile(dir + "/a.txt", "two");
  BOOST_TEST(FileStamp(dir + "/a.txt") != file);
  BOOST_TEST(FolderStamp(dir) != folder);
  const std::string edited = FolderStamp(dir);
  testing::WriteFile(dir + "/b.txt", "");
  BOOST_TEST(FolderStamp(dir) != edited);
  BOOST_TEST(FolderStamp(dir + "/none") == dir + "/none\tunreadable\n");
}

BOOST_AUTO_TEST_CASE(a_settled_file_is_stamped_by_its_times) {
  const std::string dir = testing::ScratchDir();
  const std::string path = dir + "/a.txt";
  testing::WriteFile(path, "one");
  // As a run a minute later sees it.
  const auto later = std::chrono::system_clock::now() + std::chrono::minutes(1);
  const std::string settled = FileStamp(path, later);
  BOOST_TEST(settled.starts_with(path + "\t3\tinode "));
  BOOST_TEST(settled.find("\tmodified ") != std::string::npos);
  BOOST_TEST(settled != FileStamp(path));
  BOOST_TEST(FileStamp(path, later) == settled);
  // Its modification time, set back or ahead, changes it.
  std::filesystem::last_write_time(path,
                                   std::filesystem::last_write_time(path) - std::chrono::hours(24));
  BOOST_TEST(FileStamp(path, later) != settled);
  // A file whose time is ahead of the clock is fresh, however far ahead.
  std::filesystem::last_write_time(path,
                                   std::filesystem::last_write_time(path) + std::chrono::hours(48));
  BOOST_TEST(FileStamp(path, later).find("\tmodified ") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_listing_stamp_changes_with_the_files_a_folder_holds_only) {
  const std::string dir = testing::ScratchDir();
  testing::WriteFile(dir + "/a.txt", "one");
  const std::string listed = ListingStamp(dir);
  BOOST_TEST(listed == dir + "\t1 files:\ta.txt\n");
  testing::WriteFile(dir + "/a.txt", "a longer one");
  BOOST_TEST(ListingStamp(dir) == listed);
  testing::WriteFile(dir + "/b.txt", "");
  BOOST_TEST(ListingStamp(dir) == dir + "\t2 files:\ta.txt\tb.txt\n");
  std::filesystem::remove(dir + "/b.txt");
  BOOST_TEST(ListingStamp(dir) == listed);
  BOOST_TEST(ListingStamp(dir + "/a.txt") == dir + "/a.txt\tunreadable\n");
  BOOST_TEST(ListingStamp(dir + "/none") == dir + "/none\tunreadable\n");
}

BOOST_AUTO_TEST_CASE(records_read_back_what_was_written_and_refuse_a_short_one) {
  RecordWriter writer;
  writer.Count(2);
  writer.String("é");
  writer.Strings({"a", "", "bc"});
  writer.Numbers({7, 0, 4000000000u});
  const std::string record = std::move(writer).Take();
  RecordReader reader(record);
  size_t count = 0;
  std::string text;
  std::vector<std::string> texts;
  BOOST_TEST(reader.Count(&count));
  BOOST_TEST(count == 2u);
  BOOST_TEST(reader.String(&text));
  BOOST_TEST(text == "é");
  BOOST_TEST(reader.Strings(&texts));
  BOOST_TEST(texts == (std::vector<std::string>{"a", "", "bc"}), boost::test_tools::per_element());
  std::vector<uint32_t> numbers;
  BOOST_TEST(reader.Numbers(&numbers));
  BOOST_TEST(numbers == (std::vector<uint32_t>{7, 0, 4000000000u}),
             boost::test_tools::per_element());
  BOOST_TEST(reader.AtEnd());

  RecordReader viewer(record);
  std::string_view view;
  BOOST_TEST(viewer.Count(&count));
  BOOST_TEST(viewer.View(&view));
  BOOST_TEST(view == "é");
  BOOST_TEST(view.data() == record.data() + 2 * sizeof(uint32_t));
  BOOST_TEST(viewer.Count(&count));
  BOOST_TEST(count == 3u);
  BOOST_TEST(viewer.View(&view));
  BOOST_TEST(view == "a");

  RecordReader short_reader(std::string_view(record).substr(0, record.size() - 1));
  BOOST_TEST(short_reader.Count(&count));
  BOOST_TEST(short_reader.String(&text));
  BOOST_TEST(short_reader.Strings(&texts));
  numbers = {9};
  BOOST_TEST(!short_reader.Numbers(&numbers));
  BOOST_TEST(numbers == std::vector<uint32_t>{9}, boost::test_tools::per_element());
  RecordReader shorter_reader(std::string_view(record).substr(0, record.size() - 17));
  BOOST_TEST(shorter_reader.Count(&count));
  BOOST_TEST(shorter_reader.String(&text));
  texts = {"kept"};
  BOOST_TEST(!shorter_reader.Strings(&texts));
  BOOST_TEST(texts == std::vector<std::string>{"kept"}, boost::test_tools::per_element());
  RecordReader short_viewer(std::string_view(record).substr(0, 6));
  view = "kept";
  BOOST_TEST(short_viewer.Count(&count));
  BOOST_TEST(!short_viewer.View(&view));
  BOOST_TEST(view == "kept");
}

BOOST_AUTO_TEST_CASE(a_pack_s_word_lists_are_read_from_the_cache_until_one_changes) {
  const std::string dir = testing::ScratchDir();
  const std::string cache = dir + "/cache";
  const std::string pack = WriteFruitPack(dir, "apple\nplum\n");
  const std::string text = "An apple, a mango and a plum.";
  const std::vector<Span> expected = {At("fruit", text, "apple"), At("fruit", text, "plum")};
  BOOST_TEST(FruitSpans(pack, cache, text) == expected, boost::test_tools::per_element());
  const auto files = FilesIn(cache);
  BOOST_TEST_REQUIRE(files.size() == 1u);

  // The cache is what the second run reads: "apple", translated, is changed to "mango" there
  // (same length, so the record stays whole), and "mango" is what is found.
  std::string value = testing::ReadFile(files[0].string());
  BOOST_TEST_REQUIRE(value.find("apple") != std::string::npos);
  for (size_t at = value.find("apple"); at != std::string::npos; at = value.find("apple", at))
    value.replace(at, 5, "mango");
  testing::WriteFile(files[0].string(), value);
  BOOST_TEST(FruitSpans(pack, cache, text) ==
                 (std::vector<Span>{At("fruit", text, "mango"), At("fruit", text, "plum")}),
             boost::test_tools::per_element());

  // A word list edited since is translated again, and the cache follows.
  testing::WriteFile(dir + "/lexicons/en/fruit.txt", "apple\nplum\nmango\n");
  const std::vector<Span> all = {At("fruit", text, "apple"), At("fruit", text, "mango"),
                                 At("fruit", text, "plum")};
  BOOST_TEST(FruitSpans(pack, cache, text) == all, boost::test_tools::per_element());
  BOOST_TEST(FilesIn(cache).size() == 1u);
  BOOST_TEST(testing::ReadFile(files[0].string()).find("apple") != std::string::npos);
  // So is a word list added next to it: the folder's files are part of the key.
  testing::WriteFile(dir + "/lexicons/en/other.txt", "pear\n");
  BOOST_TEST(FruitSpans(pack, cache, text) == all, boost::test_tools::per_element());
  BOOST_TEST(testing::ReadFile(files[0].string()).find("other.txt") != std::string::npos);

  // A record whose entry names an anchor its table does not have is damaged: a miss, and the
  // lists are translated again. The first entry's origin is followed by its number of anchor
  // sets, the first set's size, then the set's first anchor.
  value = testing::ReadFile(files[0].string());
  const size_t origin = value.find("fruit.txt:1");
  BOOST_TEST_REQUIRE(origin != std::string::npos);
  value[origin + std::string("fruit.txt:1").size() + 8] = '\x7f';
  testing::WriteFile(files[0].string(), value);
  BOOST_TEST(FruitSpans(pack, cache, text) == all, boost::test_tools::per_element());
}

// Translated entries hold a stand-in for {competitors}: every config shares them, and each
// fills in its own names.
BOOST_AUTO_TEST_CASE(one_translation_serves_every_config_s_competitors) {
  const std::string dir = testing::ScratchDir();
  const std::string pack = WriteFruitPack(dir, "joined {competitors}\n");
  const std::string cache = dir + "/cache";
  const std::string text = "I joined Globex, then joined Initech, then joined 宏達電.";
  auto spans = [&](std::vector<CompetitorName> competitors) {
    return FruitSpans(pack, cache, text, std::move(competitors));
  };
  BOOST_TEST(spans({{"Globex", false}}) == std::vector<Span>{At("fruit", text, "joined Globex")},
             boost::test_tools::per_element());
  BOOST_TEST(spans({{"Initech", false}}) == std::vector<Span>{At("fruit", text, "joined Initech")},
             boost::test_tools::per_element());
  BOOST_TEST(FilesIn(cache).size() == 1u);
  // A name no anchor finds (in two scripts), and no name at all.
  BOOST_TEST(spans({{"宏達電", false}}) == std::vector<Span>{At("fruit", text, "joined 宏達電")},
             boost::test_tools::per_element());
  BOOST_TEST(spans({}) == std::vector<Span>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
