#include "match/lexicon_matcher.h"

#include <algorithm>
#include <stdexcept>

namespace draftlint {

LexiconMatcher::LexiconMatcher(std::vector<LexiconEntrySpec> entries)
    : entries_(std::make_unique<Entry[]>(entries.size())), entry_count_(entries.size()) {
  for (size_t k = 0; k < entries.size(); ++k) {
    index_.Add(entries[k].anchors, static_cast<uint32_t>(k));
    entries_[k].spec = std::move(entries[k]);
  }
}

const RE2& LexiconMatcher::Compiled(Entry& entry) const {
  std::call_once(entry.compiled, [&] {
    auto re = std::make_unique<RE2>(entry.spec.regex, PatternOptions());
    if (!re->ok()) throw std::runtime_error(entry.spec.origin + ": " + re->error());
    entry.re = std::move(re);
  });
  return *entry.re;
}

void LexiconMatcher::FindAll(std::string_view text, const WordAffixes& affixes,
                             std::vector<RawHit>* hits) const {
  std::vector<uint32_t> ids;
  index_.Find(text, &ids);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (uint32_t id : ids) {
    Entry& entry = entries_[id];
    FindHits(Compiled(entry), text, entry.spec.owner, entry.spec.whole_word, affixes, hits);
  }
}

std::vector<std::string> LexiconMatcher::CompileAll() const {
  std::vector<std::string> errors;
  for (size_t i = 0; i < entry_count_; ++i) {
    try {
      Compiled(entries_[i]);
    } catch (const std::runtime_error& e) {
      errors.push_back(e.what());
    }
  }
  return errors;
}

}  // namespace draftlint
