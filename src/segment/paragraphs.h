// The segment stage turns prose blocks into paragraphs, each with its normalized text and,
// later, its languages. Lines wrapped by an e-mail client are joined into one sentence in
// the normalized text; hard line breaks (a signature, a list) stay breaks, so that ICU ends
// sentences there.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "segment/language.h"
#include "text/document.h"
#include "text/normalized_text.h"
#include "text/prose.h"

namespace draftlint {

struct Paragraph {
  size_t begin = 0;  // original offset of the first prose byte
  size_t end = 0;    // original offset just after the last prose byte
  NormalizedText text;
  std::vector<Language> languages;  // the main language first; filled by LanguageDetector
};

std::vector<Paragraph> SplitParagraphs(const Document& document, const Prose& prose);

// For each line but the last, whether the break after it is soft: the line was wrapped
// mid-sentence because it reached the width the others reach.
std::vector<bool> SoftBreaks(const std::vector<std::string_view>& lines);

}  // namespace draftlint
