#include "rules/disk_cache.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <system_error>
#include <thread>

namespace draftlint {
namespace {

// Changes whenever the layout of a cache file changes.
constexpr std::string_view kMagic = "draftlint cache 1\n";

std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  // POSIX calls rather than a stream, whose set-up cost as much as reading a word list did
  // when every key read all of a language's.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> bytes;
  struct stat info;
  if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    std::string read(static_cast<size_t>(info.st_size), '\0');
    size_t done = 0;
    ssize_t got = 1;
    while (done < read.size() && got != 0) {
      got = ::read(fd, read.data() + done, read.size() - done);
      if (got < 0 && errno != EINTR) break;
      if (got > 0) done += static_cast<size_t>(got);
    }
    // A file that shrank while read is read as far as it goes; one that grew, to its old size.
    if (got >= 0) {
      read.resize(done);
      bytes = std::move(read);
    }
  }
  close(fd);
  return bytes;
}

}  // namespace

DiskCache::DiskCache(std::filesystem::path folder) : folder_(std::move(folder)) {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  binary_ = exe.string();
  const auto size = error ? 0 : std::filesystem::file_size(exe, error);
  const auto time =
      error ? std::filesystem::file_time_type() : std::filesystem::last_write_time(exe, error);
  // Without them, a value could outlive the build that made it: then nothing is ever a hit.
  binary_stamp_ = error ? "binary unknown " + std::to_string(getpid()) + "\n"
                        : binary_ + "\t" + std::to_string(size) + "\t" +
                              std::to_string(time.time_since_epoch().count()) + "\n";
}

std::shared_ptr<const DiskCache> DiskCache::Default() {
  std::filesystem::path folder;
  if (const char* dir = std::getenv("DRAFTLINT_CACHE_DIR"); dir && *dir) {
    folder = dir;
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    folder = std::filesystem::path(xdg) / "draftlint";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    folder = std::filesystem::path(home) / ".cache" / "draftlint";
  } else {
    return nullptr;
  }
  return std::make_shared<const DiskCache>(std::move(folder));
}

std::filesystem::path DiskCache::PathOf(std::string_view name) const {
  // Names hold paths and may be long: the file is named by the hash of the binary's path and
  // the name, which are not needed to read it back, since the key decides a hit.
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016zx",
                std::hash<std::string>()(binary_ + "\n" + std::string(name)));
  return folder_ / (std::string(hex) + ".bin");
}

std::optional<std::string> DiskCache::Get(std::string_view name, std::string_view key) const {
  const std::filesystem::path path = PathOf(name);
  auto bytes = ReadFile(path);
  if (!bytes || !std::string_view(*bytes).starts_with(kMagic)) return std::nullopt;
  RecordReader reader(std::string_view(*bytes).substr(kMagic.size()));
  std::string_view stored_key;
  std::string_view value;
  if (!reader.View(&stored_key) || stored_key != key || !reader.View(&value) || !reader.AtEnd()) {
    return std::nullopt;
  }
  // The value is the file's tail: moved to the front of the buffer read rather than copied,
  // since a language's entries are a megabyte.
  const size_t value_at = static_cast<size_t>(value.data() - bytes->data());
  bytes->erase(0, value_at);
  // Used: its modification time is what RemoveUnused goes by.
  std::error_code error;
  std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now(), error);
  return bytes;
}

void DiskCache::RemoveUnused() const {
  const auto oldest =
      std::filesystem::file_time_type::clock::now() - std::chrono::days(kUnusedDays);
  std::error_code error;
  for (std::filesystem::directory_iterator it(folder_, error), end; !error && it != end;
       it.increment(error)) {
    std::error_code ignored;
    const std::string file = it->path().filename().string();
    const bool ours = file.ends_with(".bin") || file.find(".bin.tmp-") != std::string::npos;
    if (ours && it->is_regular_file(ignored) && it->last_write_time(ignored) < oldest)
      std::filesystem::remove(it->path(), ignored);
  }
}

void DiskCache::Put(std::string_view name, std::string_view key, std::string_view value) const {
  std::error_code error;
  std::filesystem::create_directories(folder_, error);
  if (error) return;
  RecordWriter writer;
  writer.String(key);
  writer.String(value);
  const std::string record = std::move(writer).Take();
  // Another process or thread may be writing the same name: each writes a file of its own.
  static std::atomic<unsigned> serial{0};
  const std::filesystem::path path = PathOf(name);
  std::filesystem::path temporary = path;
  temporary += ".tmp-" + std::to_string(getpid()) + "-" +
               std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id())) + "-" +
               std::to_string(serial++);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(kMagic.data(), static_cast<std::streamsize>(kMagic.size()));
    out.write(record.data(), static_cast<std::streamsize>(record.size()));
    out.close();
    if (!out) {
      std::filesystem::remove(temporary, error);
      return;
    }
  }
  std::filesystem::rename(temporary, path, error);
  if (error) std::filesystem::remove(temporary, error);
  RemoveUnused();
}

std::string FileStamp(const std::filesystem::path& path,
                      std::chrono::system_clock::time_point now) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    return path.string() + "\tmissing\n";
  }
  // A time set ahead of the clock counts as fresh too.
  const auto changed =
      std::chrono::system_clock::from_time_t(std::max(info.st_mtim.tv_sec, info.st_ctim.tv_sec));
  if (changed + std::chrono::seconds(kSettleSeconds) < now) {
    char times[96];
    std::snprintf(times, sizeof times, "\tinode %ju\tmodified %jd.%09ld\tchanged %jd.%09ld\n",
                  static_cast<uintmax_t>(info.st_ino), static_cast<intmax_t>(info.st_mtim.tv_sec),
                  info.st_mtim.tv_nsec, static_cast<intmax_t>(info.st_ctim.tv_sec),
                  info.st_ctim.tv_nsec);
    return path.string() + "\t" + std::to_string(info.st_size) + times;
  }
  const auto bytes = ReadFile(path);
  if (!bytes) return path.string() + "\tmissing\n";
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string_view>()(*bytes));
  return path.string() + "\t" + std::to_string(bytes->size()) + "\t" + hash + "\n";
}

namespace {

// The names of the regular files directly in a folder, sorted; nullopt when it cannot be
// listed. POSIX calls rather than std::filesystem, whose paths (split into components, and
// compared component by component when sorted) made each file of a listing cost some 8,000
// instructions: a pack's ten word-list folders were a fifth of a small draft's main thread.
std::optional<std::vector<std::string>> FileNamesIn(const std::filesystem::path& folder) {
  DIR* dir = opendir(folder.c_str());
  if (!dir) return std::nullopt;
  std::vector<std::string> names;
  bool failed = false;
  while (true) {
    errno = 0;
    const dirent* entry = readdir(dir);
    if (!entry) {
      failed = errno != 0;
      break;
    }
    bool regular = entry->d_type == DT_REG;
    // Not every file system says; a link counts as what it points to.
    if (entry->d_type == DT_UNKNOWN || entry->d_type == DT_LNK) {
      struct stat info;
      regular = fstatat(dirfd(dir), entry->d_name, &info, 0) == 0 && S_ISREG(info.st_mode);
    }
    if (regular) names.emplace_back(entry->d_name);
  }
  closedir(dir);
  if (failed) return std::nullopt;
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

std::string FolderStamp(const std::filesystem::path& folder) {
  const auto names = FileNamesIn(folder);
  if (!names) return folder.string() + "\tunreadable\n";
  std::string stamp = folder.string() + "\t" + std::to_string(names->size()) + " files\n";
  for (const std::string& name : *names) stamp += FileStamp(folder / name);
  return stamp;
}

std::string ListingStamp(const std::filesystem::path& folder) {
  const auto names = FileNamesIn(folder);
  if (!names) return folder.string() + "\tunreadable\n";
  std::string stamp = folder.string() + "\t" + std::to_string(names->size()) + " files:";
  for (const std::string& name : *names) stamp += "\t" + name;
  return stamp + "\n";
}

// Counts and lengths are 4 bytes in the machine's order: a cache is read where it is written.
void RecordWriter::Count(size_t count) {
  const auto value = static_cast<uint32_t>(count);
  out_.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void RecordWriter::String(std::string_view text) {
  Count(text.size());
  out_.append(text);
}

void RecordWriter::Strings(const std::vector<std::string>& texts) {
  Count(texts.size());
  for (const std::string& text : texts) String(text);
}

void RecordWriter::Numbers(const std::vector<uint32_t>& numbers) {
  Count(numbers.size());
  if (!numbers.empty()) {
    out_.append(reinterpret_cast<const char*>(numbers.data()), numbers.size() * sizeof(uint32_t));
  }
}

bool RecordReader::Count(size_t* count) {
  uint32_t value;
  if (in_.size() < sizeof value) return false;
  std::memcpy(&value, in_.data(), sizeof value);
  in_.remove_prefix(sizeof value);
  *count = value;
  return true;
}

bool RecordReader::String(std::string* text) {
  std::string_view view;
  if (!View(&view)) return false;
  text->assign(view);
  return true;
}

bool RecordReader::View(std::string_view* text) {
  size_t size;
  if (!Count(&size) || in_.size() < size) return false;
  *text = in_.substr(0, size);
  in_.remove_prefix(size);
  return true;
}

bool RecordReader::Strings(std::vector<std::string>* texts) {
  size_t count;
  // Each string takes at least its 4-byte length: a larger count is a damaged record.
  if (!Count(&count) || count > in_.size() / 4) return false;
  std::vector<std::string> read(count);
  for (std::string& text : read) {
    if (!String(&text)) return false;
  }
  *texts = std::move(read);
  return true;
}

bool RecordReader::Numbers(std::vector<uint32_t>* numbers) {
  size_t count;
  if (!Count(&count) || count > in_.size() / sizeof(uint32_t)) return false;
  numbers->resize(count);
  // memcpy may not be handed an empty vector's null data.
  if (count > 0) std::memcpy(numbers->data(), in_.data(), count * sizeof(uint32_t));
  in_.remove_prefix(count * sizeof(uint32_t));
  return true;
}

}  // namespace draftlint
