#include "rules/suppressions.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <limits>

namespace draftlint {
namespace {

constexpr size_t kToTheEnd = std::numeric_limits<size_t>::max();

// The rule ids of a directive's argument, with their offsets in the file.
std::vector<std::pair<std::string, size_t>> RuleList(std::string_view arguments, size_t offset) {
  std::vector<std::pair<std::string, size_t>> rules;
  size_t i = 0;
  while (i < arguments.size()) {
    while (i < arguments.size() &&
           (arguments[i] == ',' || arguments[i] == ' ' || arguments[i] == '\t'))
      ++i;
    const size_t start = i;
    while (i < arguments.size() && arguments[i] != ',' && arguments[i] != ' ' &&
           arguments[i] != '\t')
      ++i;
    if (i > start)
      rules.emplace_back(std::string(arguments.substr(start, i - start)), offset + start);
  }
  return rules;
}

}  // namespace

Suppressions::Suppressions(const Document& document,
                           const std::function<bool(std::string_view)>& known) {
  static const RE2 comment(
      R"((?:<!--|\{#|\{\{!(?:--)?)\s*draftlint-(disable-next-line|disable|enable)((?:[ \t]+[A-Za-z0-9_,\- \t]*?)?)\s*(?:-->|#\}|--\}\}|\}\}))");
  static const RE2 allow(R"(draftlint:allow((?:[ \t]+[A-Za-z0-9_,\- \t]*)?)[ \t]*(?:\r?\n|\r|$))");
  const std::string_view bytes = document.bytes();

  // Open disable ranges per rule: the line they started on.
  std::map<std::string, size_t> open;
  auto note_rules = [&](std::string_view arguments, size_t offset) {
    auto rules = RuleList(arguments, offset);
    std::vector<std::string> ids;
    for (auto& [rule, at] : rules) {
      if (!known(rule)) {
        Finding finding;
        finding.rule = "invalid-suppression";
        finding.severity = Severity::kWarning;
        finding.message = "draftlint comment names an unknown rule '" + rule +
                          "' (draftlint --list-rules lists them)";
        finding.begin = at;
        finding.end = at + rule.size();
        finding.text = rule;
        finding.start = document.PositionOf(finding.begin);
        finding.stop = document.PositionOf(finding.end);
        invalid_.push_back(std::move(finding));
        continue;
      }
      ids.push_back(rule);
    }
    if (rules.empty()) ids.push_back("*");
    return ids;
  };

  // Each match of pattern, as (whole match, group 1, group 2).
  auto each = [&](const RE2& pattern, const std::function<void(const re2::StringPiece*)>& take) {
    re2::StringPiece groups[3];
    const int count = 1 + pattern.NumberOfCapturingGroups();
    for (size_t pos = 0; pos < bytes.size() &&
                         pattern.Match(bytes, pos, bytes.size(), RE2::UNANCHORED, groups, count);) {
      const auto begin = static_cast<size_t>(groups[0].data() - bytes.data());
      directives_.push_back({begin, begin + groups[0].size()});
      take(groups);
      pos = begin + std::max<size_t>(groups[0].size(), 1);
    }
  };
  each(comment, [&](const re2::StringPiece* groups) {
    const std::string_view kind(groups[1].data(), groups[1].size());
    const auto offset = static_cast<size_t>(groups[2].data() - bytes.data());
    const size_t line = document.PositionOf(offset).line;
    const auto rules = note_rules(std::string_view(groups[2].data(), groups[2].size()), offset);
    if (kind == "disable-next-line") {
      for (const std::string& rule : rules) ranges_[rule].push_back({line + 1, line + 1});
    } else if (kind == "disable") {
      for (const std::string& rule : rules) open.emplace(rule, line);
    } else {
      for (const std::string& rule : rules) {
        for (auto it = open.begin(); it != open.end();) {
          if (rule == "*" || it->first == rule) {
            ranges_[it->first].push_back({it->second, line});
            it = open.erase(it);
          } else {
            ++it;
          }
        }
      }
    }
  });
  for (const auto& [rule, line] : open) ranges_[rule].push_back({line, kToTheEnd});

  each(allow, [&](const re2::StringPiece* groups) {
    const auto offset = static_cast<size_t>(groups[1].data() - bytes.data());
    const size_t line = document.PositionOf(offset).line;
    for (const std::string& rule :
         note_rules(std::string_view(groups[1].data(), groups[1].size()), offset)) {
      ranges_[rule].push_back({line, line});
    }
  });
  std::sort(directives_.begin(), directives_.end(),
            [](auto& a, auto& b) { return a.begin < b.begin; });
}

bool Suppressions::Suppressed(const Finding& finding) const {
  for (const char* key : {"*", finding.rule.c_str()}) {
    const auto it = ranges_.find(key);
    if (it == ranges_.end()) continue;
    // A document finding has no line of its own: any disable of its rule silences it.
    if (finding.document_scope) return true;
    for (const auto& [first, last] : it->second) {
      if (finding.start.line >= first && finding.start.line <= last) return true;
    }
  }
  return false;
}

}  // namespace draftlint
