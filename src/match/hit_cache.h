// The hits found in a paragraph's text, remembered by that text: an editor re-lints the
// whole draft after every keystroke, and all paragraphs but the one being typed in are the
// same as before. Bounded (least recently used entries go first) and thread-safe.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/hit_search.h"

namespace draftlint {

class HitCache {
 public:
  // Keeps at most `capacity` paragraphs, none longer than `longest` bytes.
  explicit HitCache(size_t capacity = 4096, size_t longest = 16 * 1024)
      : capacity_(capacity), longest_(longest) {}

  // key: the paragraph's text and whatever else decides its hits (its languages).
  std::optional<std::vector<RawHit>> Find(const std::string& key);
  void Add(const std::string& key, const std::vector<RawHit>& hits);

 private:
  using Order = std::list<std::string>;  // most recently used first
  struct Entry {
    std::vector<RawHit> hits;
    Order::iterator position;
  };

  const size_t capacity_;
  const size_t longest_;
  std::mutex mutex_;
  Order order_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace draftlint
