// Which lexicon entries can occur in a text, found without running them: every entry has
// anchors (literal words it cannot match without, such as "over" in "{person} will take
// over"), and the index looks the text's words up among them. Only the entries found are
// then compiled (once) and run. This is what keeps start-up small and throughput high: a
// language's thousands of entries are neither compiled nor scanned for, except the few a
// paragraph can hold.
//
// Latin-script anchors match at the start of a word (a stem "frustrat" matches
// "frustrating"); CJK anchors match anywhere. Both sides compare in BaseFold form. Each
// anchor found comes with where it starts, so that an entry's anchors can be required in the
// order the entry has them.
#pragma once

#include <unicode/umachine.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace draftlint {

// An anchor of id found in a text, starting at byte offset.
struct AnchorHit {
  uint32_t id = 0;
  uint32_t offset = 0;
};

class KeywordIndex {
 public:
  // Registers id under each of its anchors (in BaseFold form, non-empty).
  void Add(const std::vector<std::string>& anchors, uint32_t id);

  // Sets hits to every occurrence in text of an anchor of any id, ordered by id and then by
  // offset.
  void Find(std::string_view text, std::vector<AnchorHit>* hits) const;

 private:
  // A distinct anchor and every id registered under it: a common word ("de", "me") anchors
  // hundreds of ids, and is compared with the text once, not once per id.
  struct Anchor {
    std::string text;
    std::vector<uint32_t> ids;
  };
  // Appends the anchors found, in the order of their offsets.
  void Scan(std::string_view text, std::vector<AnchorHit>* hits) const;
  void FindLatin(const std::string& word, uint32_t offset, std::vector<AnchorHit>* hits) const;
  void AddHits(const Anchor& anchor, uint32_t offset, std::vector<AnchorHit>* hits) const;

  std::vector<Anchor> anchors_;
  std::unordered_map<std::string, size_t> anchor_index_;  // text -> its place in anchors_
  // Latin anchors (places in anchors_) by their first one to three code points (in BaseFold
  // form).
  std::unordered_map<std::string, std::vector<uint32_t>> latin_;
  bool has_key_length_[4] = {false, false, false, false};
  uint32_t id_limit_ = 0;  // above every id
  // CJK anchors by their first code point.
  std::unordered_map<UChar32, std::vector<uint32_t>> cjk_;
};

}  // namespace draftlint
