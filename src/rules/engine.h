// The engine runs a compiled pack over one document: cuts it into paragraphs, gives each its
// languages, finds pattern hits, evaluates the rules, and returns the file's report.
// Thread-safe: one Engine serves every thread.
#pragma once

#include <memory>

#include "match/hit_cache.h"
#include "report/finding.h"
#include "rules/compiled_pack.h"
#include "rules/stages.h"
#include "text/document.h"

namespace draftlint {

class Engine {
 public:
  explicit Engine(std::shared_ptr<const CompiledPack> pack, Stages stages = {});

  const CompiledPack& pack() const { return *pack_; }

  // Lints a document that is not binary. Throws LoadError when a lexicon the document's
  // languages need turns out to be malformed.
  FileReport Lint(std::shared_ptr<const Document> document, bool show_signals = false) const;

  // Compiles now what linting any draft compiles first, whatever its languages: the patterns
  // every paragraph runs (CompiledPack::Neutral), when the run matches word lists. Throws
  // LoadError as Lint would.
  void Warm() const;

  // The rules as configured for this run (severity from config; rules turned off omitted).
  std::vector<RuleInfo> Rules() const;

 private:
  std::shared_ptr<const CompiledPack> pack_;
  Stages stages_;
  // Paragraphs seen before (by this engine, in any document) are not searched again.
  std::unique_ptr<HitCache> hit_cache_;
};

}  // namespace draftlint
