// ICU break iterators are costly to create and not thread-safe: each thread keeps its own
// clone of a prototype per kind and locale.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <string_view>

namespace draftlint {

enum class BreakKind { kWord, kSentence };

// The calling thread's iterator, already pointed at text (which must outlive its use).
icu::BreakIterator& ThreadIterator(BreakKind kind, const char* locale, std::string_view text);

}  // namespace draftlint
