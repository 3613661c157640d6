// Languages per paragraph: CLD2 on each paragraph's normalized text, limited to the languages
// asked for. A paragraph too short to judge (a greeting, a signature, "謝謝！") takes the
// language of the paragraphs around it rather than a guess.
#pragma once

#include <vector>

#include "segment/language.h"
#include "segment/paragraphs.h"

namespace draftlint {

class LanguageDetector {
 public:
  // allowed: the languages a paragraph may be given; empty means all of them.
  explicit LanguageDetector(std::vector<Language> allowed);

  void Assign(std::vector<Paragraph>& paragraphs) const;

 private:
  std::vector<Language> Detect(std::string_view text, bool whole_document) const;
  bool Allowed(Language language) const;

  std::vector<Language> allowed_;
};

}  // namespace draftlint
