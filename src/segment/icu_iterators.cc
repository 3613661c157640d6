#include "segment/icu_iterators.h"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>

namespace draftlint {
namespace {

using Key = std::pair<BreakKind, std::string>;

// Prototypes are built once per process; threads clone them, which is far cheaper.
const icu::BreakIterator& Prototype(const Key& key) {
  static std::mutex mutex;
  static std::map<Key, std::unique_ptr<icu::BreakIterator>> prototypes;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = prototypes[key];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(key.second.c_str());
    slot.reset(key.first == BreakKind::kWord
                   ? icu::BreakIterator::createWordInstance(locale, status)
                   : icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !slot) throw std::runtime_error("ICU: cannot create a break iterator");
  }
  return *slot;
}

struct ThreadState {
  std::map<Key, std::unique_ptr<icu::BreakIterator>> iterators;
  UText text = UTEXT_INITIALIZER;
  ~ThreadState() { utext_close(&text); }
};

}  // namespace

icu::BreakIterator& ThreadIterator(BreakKind kind, const char* locale, std::string_view text) {
  thread_local ThreadState state;
  Key key{kind, locale};
  auto& iterator = state.iterators[key];
  if (!iterator) iterator.reset(Prototype(key).clone());
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(&state.text, text.data(), static_cast<int64_t>(text.size()), &status);
  iterator->setText(&state.text, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: cannot set break iterator text");
  return *iterator;
}

}  // namespace draftlint
