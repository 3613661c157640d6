// A cache on disk, kept between runs, for work that is slow to redo and is made only from
// files and a few strings: a pack parsed from YAML, a language's lexicon entries translated
// to RE2 syntax (German's 530 KB of word lists take some 45 ms to translate, and every
// process needs them again).
//
// A value is stored under a name, one file per name and draftlint binary: a changed input
// replaces the old value rather than piling up beside it, and two installed builds sharing
// the folder do not replace each other's values on every run. With it is stored its key: the
// full text of everything it was made from, files stood for by their FileStamp (path, size,
// and their times on disk or, while fresh, a hash of their bytes). Get returns the value only
// when the stored key is the same byte for byte, so a stale or colliding file is a miss, never
// a wrong answer. The cache only ever helps: a folder that cannot be made or written, or a
// file that cannot be read, is a miss; a value is written to a file of its own and renamed
// into place, so that a reader never sees half of one. The folder does not grow for ever: a
// hit marks its file as used, and writing a value removes the files no run has used for
// kUnusedDays (a pack deleted, a binary gone).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace draftlint {

class DiskCache {
 public:
  static constexpr int kUnusedDays = 30;

  explicit DiskCache(std::filesystem::path folder);

  // The cache in $DRAFTLINT_CACHE_DIR, else $XDG_CACHE_HOME/draftlint, else
  // $HOME/.cache/draftlint; nullptr when none of them is set.
  static std::shared_ptr<const DiskCache> Default();

  std::optional<std::string> Get(std::string_view name, std::string_view key) const;
  void Put(std::string_view name, std::string_view key, std::string_view value) const;

  const std::filesystem::path& folder() const { return folder_; }
  // The running binary's path, size and modification time, for keys: another build may
  // translate the same files differently. (Hashing its megabytes would cost more than the
  // cache saves.)
  const std::string& binary_stamp() const { return binary_stamp_; }

 private:
  std::filesystem::path PathOf(std::string_view name) const;
  // Removes the files (values and left-over temporary ones) unused for kUnusedDays.
  void RemoveUnused() const;

  std::filesystem::path folder_;
  std::string binary_;  // the running binary's path
  std::string binary_stamp_;
};

// A file as a key sees it, or that it is missing: its path and size, and its inode and times
// of change; or, when it changed in the last kSettleSeconds before `now`, a hash of its bytes.
// Its times, so that a run need not read every word list of a language to know them
// unchanged; its bytes while it is fresh, since an edit that keeps the size within one tick
// of a coarse file-system clock keeps the times too (as git decides a "racy" file).
inline constexpr int kSettleSeconds = 2;
std::string FileStamp(const std::filesystem::path& path,
                      std::chrono::system_clock::time_point now = std::chrono::system_clock::now());
// The FileStamp of every file directly in a folder, in the order of their names: a file
// added or removed changes it too.
std::string FolderStamp(const std::filesystem::path& folder);
// Which files a folder holds, as a key sees it: their names, in order.
std::string ListingStamp(const std::filesystem::path& folder);

// Values are written as a sequence of counts and strings, read back in the same order.
class RecordWriter {
 public:
  void Count(size_t count);
  void String(std::string_view text);
  void Strings(const std::vector<std::string>& texts);
  void Numbers(const std::vector<uint32_t>& numbers);
  std::string Take() && { return std::move(out_); }

 private:
  std::string out_;
};

// Each read returns false, and leaves the output alone, when the record ends too soon: a
// value cut short or written by another format is a miss.
class RecordReader {
 public:
  explicit RecordReader(std::string_view in) : in_(in) {}
  bool Count(size_t* count);
  bool String(std::string* text);
  // Like String, without the copy: text points into the record.
  bool View(std::string_view* text);
  bool Strings(std::vector<std::string>* texts);
  bool Numbers(std::vector<uint32_t>* numbers);
  bool AtEnd() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace draftlint
