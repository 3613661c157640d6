// Where a text holds anchors: literal words that lexicon entries cannot match without (such
// as "over" in "{person} will take over"), or that their matches begin with. Looking the
// text's words up among a language's anchors is how LexiconMatcher finds the few of its
// thousands of entries a paragraph can hold without compiling or running the others.
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

// An anchor found in a text: its number (as Add gave it) and the byte offset it starts at.
struct AnchorHit {
  uint32_t anchor = 0;
  uint32_t offset = 0;
};

class KeywordIndex {
 public:
  // Registers an anchor (in BaseFold form, non-empty) and returns its number: numbers count
  // up from 0, and the same text gets the same number.
  uint32_t Add(const std::string& anchor);

  size_t size() const { return anchors_.size(); }
  const std::string& anchor(uint32_t number) const { return anchors_[number]; }

  // Sets hits to every occurrence in text of a registered anchor, in the order of offsets.
  void Find(std::string_view text, std::vector<AnchorHit>* hits) const;

 private:
  void FindLatin(const std::string& word, uint32_t offset, std::vector<AnchorHit>* hits) const;

  std::vector<std::string> anchors_;
  std::unordered_map<std::string, uint32_t> numbers_;  // text -> number
  // Latin anchors (numbers) by their first one to three code points (in BaseFold form).
  std::unordered_map<std::string, std::vector<uint32_t>> latin_;
  bool has_key_length_[4] = {false, false, false, false};
  // CJK anchors by their first code point.
  std::unordered_map<UChar32, std::vector<uint32_t>> cjk_;
};

}  // namespace draftlint
