#include "rules/pack_tester.h"

#include <unicode/utf8.h>

#include <map>

#include "rules/compiled_pack.h"
#include "rules/config.h"
#include "rules/engine.h"
#include "rules/yaml_reader.h"

namespace draftlint {
namespace {

std::string At(const std::filesystem::path& file, int line) {
  return file.string() + ":" + std::to_string(line);
}

std::string Describe(const Finding& finding) {
  return std::to_string(finding.start.line) + ":" + std::to_string(finding.start.column) + "-" +
         std::to_string(finding.stop.line) + ":" + std::to_string(finding.stop.column) + " \"" +
         finding.text + "\"";
}

// One engine per language and mode the examples ask for, all on the examples' config.
class ExampleRunner {
 public:
  ExampleRunner(std::shared_ptr<const Pack> pack, Config config)
      : pack_(std::move(pack)), config_(std::move(config)) {}

  ExampleResult Run(const Rule& rule, const Example& example) {
    ExampleResult result{&rule, &example, false, ""};
    const auto document = std::make_shared<const Document>("example.txt", example.text);
    std::vector<const Finding*> found;
    const FileReport report = EngineFor(example).Lint(document);
    for (const Finding& finding : report.findings) {
      if (finding.rule == rule.id) found.push_back(&finding);
    }
    std::string list;
    for (const Finding* finding : found) list += (list.empty() ? "" : ", ") + Describe(*finding);
    if (!example.fire) {
      result.passed = found.empty();
      result.detail = "fired at " + list;
    } else if (example.span.empty()) {
      result.passed = !found.empty();
      result.detail = "did not fire";
    } else {
      const size_t begin = example.text.find(example.span);
      for (const Finding* finding : found) {
        result.passed = result.passed ||
                        (finding->begin == begin && finding->end == begin + example.span.size());
      }
      result.detail = "expected \"" + example.span + "\"; " +
                      (found.empty() ? "did not fire" : "fired at " + list);
    }
    return result;
  }

 private:
  const Engine& EngineFor(const Example& example) {
    const std::string key =
        std::string(example.language ? LanguageCode(*example.language) : "auto") +
        (example.mode == Mode::kTemplate ? "/template" : "/draft");
    auto& engine = engines_[key];
    if (!engine) {
      Config config = config_;
      if (example.language) config.languages = {*example.language};
      config.mode = example.mode;
      engine = std::make_unique<Engine>(std::make_shared<CompiledPack>(pack_, std::move(config)));
    }
    return *engine;
  }

  std::shared_ptr<const Pack> pack_;
  Config config_;
  std::map<std::string, std::unique_ptr<Engine>> engines_;
};

void CheckCondition(const Pack& pack, const Condition& condition,
                    std::vector<PackProblem>* warnings) {
  if (const std::string bad = UnmatchableCharacter(condition.regex); !bad.empty()) {
    warnings->push_back(
        {At(pack.path, condition.line), "part of this regex can never match: " + bad});
  }
  for (const Condition& inner : condition.any) CheckCondition(pack, inner, warnings);
}

void CheckPatterns(const Pack& pack, std::vector<PackProblem>* warnings) {
  auto check = [&](int line, const std::string& regex) {
    if (const std::string bad = UnmatchableCharacter(regex); !bad.empty())
      warnings->push_back({At(pack.path, line), "part of this pattern can never match: " + bad});
  };
  for (const auto& [name, slot] : pack.slots) {
    for (const auto& [language, regex] : slot.patterns) check(slot.line, regex);
  }
  std::vector<const Detection*> detections;
  for (const Detection& signal : pack.signals) detections.push_back(&signal);
  for (const Rule& rule : pack.rules) {
    if (rule.kind == Rule::Kind::kSpan) detections.push_back(&rule.detection);
  }
  for (const Detection* detection : detections) {
    for (const Source& source : detection->sources) {
      for (const auto& [language, regexes] : source.patterns) {
        for (const std::string& regex : regexes) check(source.line, regex);
      }
    }
    for (const Condition& condition : detection->conditions)
      CheckCondition(pack, condition, warnings);
  }
}

}  // namespace

size_t PackTestReport::failed() const {
  size_t failed = 0;
  for (const ExampleResult& result : results) failed += !result.passed;
  return failed;
}

std::string UnmatchableCharacter(std::string_view regex) {
  const auto* s = reinterpret_cast<const uint8_t*>(regex.data());
  const auto n = static_cast<int32_t>(regex.size());
  bool in_class = false;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    if (c == '\\') {
      U8_NEXT_OR_FFFD(s, i, n, c);  // an escaped character is a literal or a class
      continue;
    }
    if (in_class) {
      in_class = c != ']';
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i < n && s[i] == ']') ++i;  // "[]...]": the first ] is a member
      continue;
    }
    if (c == ' ' && i < n && s[i] == ' ') return "two spaces in a row (the text has one)";
    if (c == '\t') return "a tab (the text has a space)";
    if (c < 0x80) continue;
    const std::string_view original = regex.substr(start, i - start);
    const std::string normalized = NormalizeLiteral(original);
    if (normalized != original) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      return std::string(code) + " \"" + std::string(original) + "\" (the text has \"" +
             normalized + "\" instead)";
    }
  }
  return "";
}

PackTestReport TestPack(std::shared_ptr<const Pack> pack) {
  PackTestReport report;
  const Config config =
      pack->examples_config.empty() ? Config{} : LoadConfig(pack->examples_config);

  ExampleRunner runner(pack, config);
  for (const Rule& rule : pack->rules) {
    bool fires = false;
    for (const Example& example : rule.examples) {
      fires = fires || example.fire;
      if (rule.kind == Rule::Kind::kSpan && example.fire && example.span.empty()) {
        report.warnings.push_back({At(pack->path, example.line),
                                   "a 'fire' example of a span rule should give its 'span:'"});
      }
      try {
        report.results.push_back(runner.Run(rule, example));
      } catch (const LoadError& e) {
        report.results.push_back({&rule, &example, false, e.what()});
      }
    }
    if (rule.examples.empty()) {
      report.warnings.push_back(
          {At(pack->path, rule.line), "rule '" + rule.id + "' has no examples"});
    } else if (!fires) {
      report.warnings.push_back(
          {At(pack->path, rule.line), "rule '" + rule.id + "' has no example that fires"});
    }
    for (Language language : pack->languages) {
      if (std::find(rule.coverage.begin(), rule.coverage.end(), language) == rule.coverage.end()) {
        report.warnings.push_back(
            {At(pack->path, rule.line),
             "rule '" + rule.id + "' can never fire in " + std::string(LanguageCode(language)) +
                 ": the pack lists it, but the rule has no word lists for it"});
      }
    }
  }
  CheckPatterns(*pack, &report.warnings);

  // Every lexicon entry compiled now, not only those the examples reach.
  const CompiledPack compiled(pack, config);
  auto compile = [&](auto&& patterns) {
    try {
      for (std::string& error : patterns().CompileAll()) report.errors.push_back({"", error});
    } catch (const LoadError& e) {
      report.errors.push_back({"", e.what()});
    }
  };
  compile([&]() -> const CompiledPack::Patterns& { return compiled.Neutral(); });
  for (Language language : pack->languages) {
    compile([&]() -> const CompiledPack::Patterns& { return compiled.ForLanguage(language); });
  }
  return report;
}

}  // namespace draftlint
