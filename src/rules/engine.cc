#include "rules/engine.h"

#include <algorithm>
#include <map>

#include "rules/evaluation.h"
#include "rules/suppressions.h"
#include "segment/language_detector.h"
#include "segment/paragraphs.h"
#include "text/front_end.h"

namespace draftlint {
namespace {

// The document's languages, the one with the most text first.
std::vector<std::string> DocumentLanguages(const std::vector<Paragraph>& paragraphs) {
  std::map<Language, size_t> bytes;
  std::vector<Language> order;
  for (const Paragraph& paragraph : paragraphs) {
    for (Language language : paragraph.languages) {
      if (!bytes.count(language)) order.push_back(language);
      bytes[language] += paragraph.text.view().size();
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](Language a, Language b) { return bytes[a] > bytes[b]; });
  std::vector<std::string> codes;
  for (Language language : order) codes.emplace_back(LanguageCode(language));
  return codes;
}

}  // namespace

Engine::Engine(std::shared_ptr<const CompiledPack> pack, Stages stages)
    : pack_(std::move(pack)), stages_(stages), hit_cache_(std::make_unique<HitCache>()) {}

FileReport Engine::Lint(std::shared_ptr<const Document> document, bool show_signals) const {
  FileReport report;
  report.path = document->path();
  report.document = document;
  const auto& invalid = document->invalid_utf8();
  if (!invalid.empty()) {
    std::string warning = "invalid UTF-8 at byte " + std::to_string(invalid.front());
    if (invalid.size() > 1)
      warning += " (and " + std::to_string(invalid.size() - 1) + " more place(s))";
    warning += "; linted with U+FFFD in its place";
    report.warnings.push_back(std::move(warning));
  }
  const Pack& pack = pack_->pack();
  const Suppressions suppressions(
      *document, [&](std::string_view id) { return pack.FindRule(id) != nullptr; });
  Prose prose = ProseOf(*document);
  CutRanges(suppressions.directives(), &prose);
  std::vector<Paragraph> paragraphs = SplitParagraphs(*document, prose);
  if (stages_.language) {
    LanguageDetector(pack_->config().languages).Assign(paragraphs);
  } else {
    for (Paragraph& paragraph : paragraphs) paragraph.languages = {Language::kEn};
  }
  report.languages = DocumentLanguages(paragraphs);
  Evaluation evaluation(*pack_, *document, std::move(paragraphs),
                        pack_->config().RulesFor(document->path()), stages_, hit_cache_.get());
  std::vector<Finding> findings = evaluation.Run();
  if (show_signals) report.signals = evaluation.SignalHits();
  report.uncovered = evaluation.uncovered();

  for (Finding& finding : findings) {
    if (!suppressions.Suppressed(finding)) report.findings.push_back(std::move(finding));
  }
  for (const Finding& invalid : suppressions.invalid()) report.findings.push_back(invalid);
  std::sort(report.findings.begin(), report.findings.end(), FindingBefore);
  return report;
}

void Engine::Warm() const {
  // Evaluation::FindParagraphHits runs them only with the lexicons stage.
  if (stages_.lexicons) pack_->Neutral();
}

std::vector<RuleInfo> Engine::Rules() const {
  std::vector<RuleInfo> rules;
  const Pack& pack = pack_->pack();
  for (const Rule& rule : pack.rules) {
    RuleInfo info;
    info.id = rule.id;
    info.pack = pack.name;
    info.severity = rule.severity;
    info.summary = rule.summary;
    info.description = rule.description;
    info.rationale = rule.rationale;
    const auto it = pack_->config().rules.find(rule.id);
    if (it != pack_->config().rules.end()) {
      info.enabled = it->second.severity.has_value();
      if (info.enabled) info.severity = *it->second.severity;
    }
    for (Language language : rule.coverage) info.languages.emplace_back(LanguageCode(language));
    rules.push_back(std::move(info));
  }
  // The engine's own rule: a suppression comment naming a rule no pack has.
  RuleInfo invalid;
  invalid.id = "invalid-suppression";
  invalid.pack = "draftlint";
  invalid.severity = Severity::kWarning;
  invalid.summary = "A draftlint comment names an unknown rule.";
  invalid.description =
      "A draftlint-disable, draftlint-enable, draftlint-disable-next-line or draftlint:allow "
      "comment names "
      "a rule that no loaded pack defines, so it silences nothing.";
  for (Language language : kAllLanguages) invalid.languages.emplace_back(LanguageCode(language));
  rules.push_back(std::move(invalid));
  return rules;
}

}  // namespace draftlint
