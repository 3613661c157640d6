// Compiled patterns shared by every engine in the process. Each config gets its own engine,
// and two configs that differ only in their competitors or company name hold thousands of
// identical lexicon entries: a folder of templates with a config each, or the corpus with
// one per case, would otherwise compile them once per config. A pattern is kept while an
// engine holds it.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>

namespace draftlint {

// The pattern compiled with PatternOptions(), compiled now unless an engine holds it
// already. Check ok() on the result: a pattern RE2 rejects is returned (and shared) too.
std::shared_ptr<const RE2> SharedRegex(const std::string& pattern);

}  // namespace draftlint
