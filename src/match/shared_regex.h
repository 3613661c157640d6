// Compiled patterns shared by every engine in the process. Each config gets its own engine,
// and two configs that differ only in their competitors or company name hold thousands of
// identical lexicon entries: a folder of templates with a config each, or the corpus with
// one per case, would otherwise compile them once per config. A pattern is kept while an
// engine holds it.
#pragma once

#include <re2/re2.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>

namespace draftlint {

// The pattern compiled with PatternOptions(pattern.size()), compiled now unless an engine
// holds it already. Check ok() on the result: a pattern RE2 rejects is returned (and shared)
// too.
std::shared_ptr<const RE2> SharedRegex(const std::string& pattern);

// A pattern compiled (by SharedRegex) on its first use, by whichever thread needs it first:
// a pack's thousands of patterns are mostly never needed by a given run.
class LazyRegex {
 public:
  // Throws std::runtime_error "origin: RE2's message" for a pattern RE2 rejects.
  const RE2& Get(const std::string& pattern, const std::string& origin) const;

  // Whether Get has compiled the pattern (false for one RE2 rejects).
  bool Ready() const { return ready_.load(std::memory_order_acquire); }

 private:
  mutable std::once_flag compiled_;
  mutable std::shared_ptr<const RE2> re_;
  mutable std::atomic<bool> ready_{false};
};

}  // namespace draftlint
