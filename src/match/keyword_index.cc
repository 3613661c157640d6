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

void KeywordIndex::Add(const std::vector<std::string>& anchors, uint32_t id) {
  id_limit_ = std::max(id_limit_, id + 1);
  for (const std::string& anchor : anchors) {
    if (anchor.empty()) continue;
    const auto* s = reinterpret_cast<const uint8_t*>(anchor.data());
    int32_t i = 0;
    UChar32 first;
    U8_NEXT_OR_FFFD(s, i, static_cast<int32_t>(anchor.size()), first);
    auto [known, added] = anchor_index_.try_emplace(anchor, anchors_.size());
    if (added) {
      anchors_.push_back({anchor, {}});
      const auto index = static_cast<uint32_t>(known->second);
      if (IsCjk(first)) {
        cjk_[first].push_back(index);
      } else {
        const int length = std::min(CodePoints(anchor), kMaxKeyCodePoints);
        has_key_length_[length] = true;
        latin_[std::string(Prefix(anchor, length))].push_back(index);
      }
    }
    anchors_[known->second].ids.push_back(id);
  }
}

void KeywordIndex::AddHits(const Anchor& anchor, uint32_t offset,
                           std::vector<AnchorHit>* hits) const {
  for (uint32_t id : anchor.ids) hits->push_back({id, offset});
}

void KeywordIndex::FindLatin(const std::string& word, uint32_t offset,
                             std::vector<AnchorHit>* hits) const {
  for (int length = 1; length <= kMaxKeyCodePoints; ++length) {
    if (!has_key_length_[length]) continue;
    const std::string_view key = Prefix(word, length);
    if (CodePoints(key) < length) break;
    const auto it = latin_.find(std::string(key));
    if (it == latin_.end()) continue;
    for (uint32_t index : it->second) {
      const Anchor& anchor = anchors_[index];
      if (word.compare(0, anchor.text.size(), anchor.text) == 0) AddHits(anchor, offset, hits);
    }
  }
}

void KeywordIndex::Find(std::string_view text, std::vector<AnchorHit>* hits) const {
  // The scan finds anchors in the order of their offsets. A common word is the anchor of
  // hundreds of ids, so a paragraph has thousands of hits: a counting sort by id, which keeps
  // each id's offsets in order, is several times faster than a comparison sort.
  thread_local std::vector<AnchorHit> scanned;
  thread_local std::vector<uint32_t> bucket;
  scanned.clear();
  Scan(text, &scanned);
  bucket.assign(id_limit_ + 1, 0);
  for (const AnchorHit& hit : scanned) ++bucket[hit.id + 1];
  for (size_t id = 1; id < bucket.size(); ++id) bucket[id] += bucket[id - 1];
  hits->resize(scanned.size());
  for (const AnchorHit& hit : scanned) (*hits)[bucket[hit.id]++] = hit;
}

void KeywordIndex::Scan(std::string_view text, std::vector<AnchorHit>* hits) const {
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
      for (uint32_t index : it->second) {
        const Anchor& anchor = anchors_[index];
        if (text.compare(start, anchor.text.size(), anchor.text) == 0)
          AddHits(anchor, static_cast<uint32_t>(start), hits);
      }
    }
  }
  if (in_word) FindLatin(word, static_cast<uint32_t>(word_start), hits);
}

}  // namespace draftlint
