#include "match/keyword_index.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "match/base_fold.h"
#include "text/unicode_class.h"

namespace draftlint {
namespace {

constexpr int kMaxKeyCodePoints = 3;
constexpr size_t kMaxWordBytes = 64;

bool IsWordChar(UChar32 c) { return c < 0x80 ? std::isalnum(c) != 0 : (u_isalnum(c) && !IsCjk(c)); }

// The first n code points of UTF-8 text (all of it when shorter).
std::string_view Prefix(std::string_view text, int n) {
  size_t end = 0;
  for (int k = 0; k < n && end < text.size(); ++k) {
    ++end;
    while (end < text.size() && U8_IS_TRAIL(text[end])) ++end;
  }
  return text.substr(0, end);
}

int CodePoints(std::string_view text) {
  int count = 0;
  for (char c : text) count += !U8_IS_TRAIL(c);
  return count;
}

}  // namespace

uint32_t KeywordIndex::Add(const std::string& anchor) {
  auto [known, added] = numbers_.try_emplace(anchor, static_cast<uint32_t>(anchors_.size()));
  if (!added) return known->second;
  const uint32_t number = known->second;
  anchors_.push_back(anchor);
  const auto* s = reinterpret_cast<const uint8_t*>(anchor.data());
  int32_t i = 0;
  UChar32 first;
  U8_NEXT_OR_FFFD(s, i, static_cast<int32_t>(anchor.size()), first);
  if (IsCjk(first)) {
    cjk_[first].push_back(number);
  } else {
    const int length = std::min(CodePoints(anchor), kMaxKeyCodePoints);
    has_key_length_[length] = true;
    latin_[std::string(Prefix(anchor, length))].push_back(number);
  }
  return number;
}

void KeywordIndex::FindLatin(const std::string& word, uint32_t offset,
                             std::vector<AnchorHit>* hits) const {
  for (int length = 1; length <= kMaxKeyCodePoints; ++length) {
    if (!has_key_length_[length]) continue;
    const std::string_view key = Prefix(word, length);
    if (CodePoints(key) < length) break;
    const auto it = latin_.find(std::string(key));
    if (it == latin_.end()) continue;
    for (uint32_t number : it->second) {
      if (word.compare(0, anchors_[number].size(), anchors_[number]) == 0)
        hits->push_back({number, offset});
    }
  }
}

void KeywordIndex::Find(std::string_view text, std::vector<AnchorHit>* hits) const {
  hits->clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  std::string word;
  bool in_word = false;
  int32_t word_start = 0;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT_OR_FFFD(s, i, n, c);
    }
    if (IsWordChar(c)) {
      if (!in_word) {
        word.clear();
        in_word = true;
        word_start = start;
      }
      // Anchors are short: a long word (a URL, a hash) need not be kept whole.
      if (word.size() < kMaxWordBytes) AppendBaseFold(c, &word);
      continue;
    }
    if (in_word) {
      FindLatin(word, static_cast<uint32_t>(word_start), hits);
      in_word = false;
    }
    if (c >= 0x2E80 && !cjk_.empty()) {
      const auto it = cjk_.find(c);
      if (it == cjk_.end()) continue;
      for (uint32_t number : it->second) {
        if (text.compare(start, anchors_[number].size(), anchors_[number]) == 0)
          hits->push_back({number, static_cast<uint32_t>(start)});
      }
    }
  }
  if (in_word) FindLatin(word, static_cast<uint32_t>(word_start), hits);
}

}  // namespace draftlint
