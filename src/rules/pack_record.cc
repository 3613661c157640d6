#include "rules/pack_record.h"

#include <concepts>
#include <map>
#include <type_traits>
#include <vector>

namespace draftlint {
namespace {

// Each struct's fields, in one order for writing and reading. io is a RecordOut or a
// RecordIn; S is the struct, const when written.
template <typename S>
concept PackPart = std::same_as<std::remove_const_t<S>, Source> ||
    std::same_as<std::remove_const_t<S>, Condition> ||
    std::same_as<std::remove_const_t<S>, Detection> ||
    std::same_as<std::remove_const_t<S>, Example> || std::same_as<std::remove_const_t<S>, Rule> ||
    std::same_as<std::remove_const_t<S>, Slot> || std::same_as<std::remove_const_t<S>, Pack>;

template <typename IO, typename S>
void Fields(IO& io, S& s) {
  using T = std::remove_const_t<S>;
  if constexpr (std::same_as<T, Source>) {
    io(s.kind, s.name, s.patterns, s.whole_word, s.accents_optional, s.line);
  } else if constexpr (std::same_as<T, Condition>) {
    io(s.kind, s.lexicon, s.config_list, s.compare, s.captured_only, s.fire, s.stop, s.scope,
       s.before, s.after, s.default_fire, s.any, s.unless_between, s.reset_by, s.regex, s.rules,
       s.line);
  } else if constexpr (std::same_as<T, Detection>) {
    io(s.name, s.sources, s.conditions, s.template_signal, s.template_names, s.line);
  } else if constexpr (std::same_as<T, Example>) {
    io(s.fire, s.text, s.span, s.language, s.mode, s.line);
  } else if constexpr (std::same_as<T, Rule>) {
    io(s.id, s.kind, s.severity, s.summary, s.description, s.rationale, s.message, s.modes,
       s.merge_gap, s.fix, s.fix_title, s.fix_texts, s.detection, s.required, s.when, s.metric,
       s.max, s.examples, s.line, s.coverage);
  } else if constexpr (std::same_as<T, Slot>) {
    io(s.patterns, s.lexicon, s.capture, s.line);
  } else {
    static_assert(std::same_as<T, Pack>);
    io(s.name, s.description, s.path, s.lexicon_dir, s.examples_config, s.languages, s.regions,
       s.word_suffixes, s.word_prefixes, s.accents_optional, s.slots, s.signals, s.rules);
  }
}

class RecordOut {
 public:
  template <typename... Values>
  void operator()(const Values&... values) {
    (Write(values), ...);
  }
  std::string Take() && { return std::move(writer_).Take(); }

 private:
  void Write(const std::string& text) { writer_.String(text); }
  void Write(const std::filesystem::path& path) { writer_.String(path.string()); }
  void Write(bool value) { writer_.Count(value ? 1 : 0); }
  void Write(int value) { writer_.Count(static_cast<uint32_t>(value)); }
  template <typename E>
  requires std::is_enum_v<E>
  void Write(E value) { writer_.Count(static_cast<uint32_t>(value)); }
  template <typename T>
  void Write(const std::optional<T>& value) {
    Write(value.has_value());
    if (value) Write(*value);
  }
  template <typename T>
  void Write(const std::vector<T>& values) {
    writer_.Count(values.size());
    for (const T& value : values) Write(value);
  }
  template <typename K, typename V, typename Less>
  void Write(const std::map<K, V, Less>& values) {
    writer_.Count(values.size());
    for (const auto& [key, value] : values) {
      Write(key);
      Write(value);
    }
  }
  template <PackPart S>
  void Write(const S& part) {
    Fields(*this, part);
  }

  RecordWriter writer_;
};

// Reads what RecordOut wrote. After the first read that fails, every read leaves its value
// alone, and ok() is false.
class RecordIn {
 public:
  explicit RecordIn(std::string_view record) : reader_(record) {}

  template <typename... Values>
  void operator()(Values&... values) {
    (Read(values), ...);
  }
  bool ok() const { return ok_ && reader_.AtEnd(); }

 private:
  bool Count(size_t* count) {
    ok_ = ok_ && reader_.Count(count);
    return ok_;
  }
  void Read(std::string& text) { ok_ = ok_ && reader_.String(&text); }
  void Read(std::filesystem::path& path) {
    std::string text;
    Read(text);
    path = text;
  }
  void Read(bool& value) {
    size_t count = 0;
    if (Count(&count)) value = count != 0;
  }
  void Read(int& value) {
    size_t count = 0;
    if (Count(&count)) value = static_cast<int>(static_cast<uint32_t>(count));
  }
  template <typename E>
  requires std::is_enum_v<E>
  void Read(E& value) {
    size_t count = 0;
    if (Count(&count)) value = static_cast<E>(count);
  }
  template <typename T>
  void Read(std::optional<T>& value) {
    bool present = false;
    Read(present);
    if (!ok_ || !present) return;
    Read(value.emplace());
  }
  template <typename T>
  void Read(std::vector<T>& values) {
    size_t count = 0;
    if (!Count(&count)) return;
    for (size_t k = 0; k < count && ok_; ++k) Read(values.emplace_back());
  }
  template <typename K, typename V, typename Less>
  void Read(std::map<K, V, Less>& values) {
    size_t count = 0;
    if (!Count(&count)) return;
    for (size_t k = 0; k < count && ok_; ++k) {
      K key{};
      Read(key);
      Read(values[key]);
    }
  }
  template <PackPart S>
  void Read(S& part) {
    Fields(*this, part);
  }

  RecordReader reader_;
  bool ok_ = true;
};

// What a pack's checks looked at besides its own file: whether its examples config and its
// lexicons exist. A pack read from the cache is good only while these are as they were.
std::string CheckedStamps(const Pack& pack) {
  std::string stamps;
  if (!pack.examples_config.empty()) stamps += FileStamp(pack.examples_config);
  for (Language language : pack.languages)
    stamps += ListingStamp(pack.lexicon_dir / std::string(LanguageCode(language)));
  stamps += ListingStamp(pack.lexicon_dir / "any");
  return stamps;
}

}  // namespace

std::string EncodePack(const Pack& pack) {
  RecordOut out;
  out(pack);
  return std::move(out).Take();
}

std::optional<Pack> DecodePack(std::string_view record) {
  Pack pack;
  RecordIn in(record);
  in(pack);
  if (!in.ok()) return std::nullopt;
  return pack;
}

Pack LoadPack(const std::filesystem::path& path, const DiskCache* cache) {
  if (!cache) return LoadPack(path);
  const std::string name = "pack " + path.string();
  const std::string key = cache->binary_stamp() + FileStamp(path);
  if (const auto value = cache->Get(name, key)) {
    RecordReader reader(*value);
    std::string checked;
    std::string record;
    if (reader.String(&checked) && reader.String(&record) && reader.AtEnd()) {
      if (auto pack = DecodePack(record); pack && CheckedStamps(*pack) == checked)
        return std::move(*pack);
    }
  }
  Pack pack = LoadPack(path);
  RecordWriter checked_and_pack;
  checked_and_pack.String(CheckedStamps(pack));
  checked_and_pack.String(EncodePack(pack));
  cache->Put(name, key, std::move(checked_and_pack).Take());
  return pack;
}

}  // namespace draftlint
