#include "rules/pack.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <functional>
#include <set>

#include "match/pattern_set.h"
#include "rules/slot_expander.h"
#include "rules/yaml_reader.h"

namespace draftlint {
namespace {

class PackReader {
 public:
  explicit PackReader(const std::filesystem::path& path) : yaml_(path) {}

  Pack Read() {
    const YAML::Node root = yaml_.Load();
    yaml_.ExpectKeys(
        root,
        {"pack", "description", "languages", "lexicon-dir", "word-suffixes", "word-prefixes",
         "accents", "regions", "slots", "signals", "rules", "examples-config"},
        "a pack");
    pack_.path = yaml_.path();
    if (!root["pack"]) yaml_.Fail(root, "a pack needs a name ('pack:')");
    pack_.name = yaml_.String(root["pack"], "pack");
    if (root["description"]) pack_.description = yaml_.String(root["description"], "description");
    const std::string lexicon_dir =
        root["lexicon-dir"] ? yaml_.String(root["lexicon-dir"], "lexicon-dir") : "../lexicons";
    pack_.lexicon_dir = (yaml_.path().parent_path() / lexicon_dir).lexically_normal();
    if (const YAML::Node config = root["examples-config"]) {
      pack_.examples_config =
          (yaml_.path().parent_path() / yaml_.String(config, "examples-config")).lexically_normal();
      if (!std::filesystem::is_regular_file(pack_.examples_config))
        yaml_.Fail(config, "examples-config: no file " + pack_.examples_config.string());
    }
    if (!root["languages"]) yaml_.Fail(root, "a pack needs 'languages:'");
    for (const std::string& code : yaml_.Strings(root["languages"], "languages")) {
      pack_.languages.push_back(Language(root["languages"], code));
    }
    if (root["word-suffixes"])
      pack_.word_suffixes = yaml_.String(root["word-suffixes"], "word-suffixes");
    if (root["word-prefixes"])
      pack_.word_prefixes = yaml_.String(root["word-prefixes"], "word-prefixes");
    if (const YAML::Node accents = root["accents"]) {
      if (!accents.IsMap()) yaml_.Fail(accents, "accents must map languages to optional or strict");
      for (const auto& item : accents) {
        const draftlint::Language language = Language(item.first, yaml_.Key(item.first, "accents"));
        if (ReadAccents(item.second)) pack_.accents_optional.push_back(language);
      }
    }
    if (const YAML::Node regions = root["regions"]) {
      if (!regions.IsMap()) yaml_.Fail(regions, "regions must map languages to region codes");
      for (const auto& item : regions) {
        pack_.regions[Language(item.first, yaml_.Key(item.first, "regions"))] =
            yaml_.Strings(item.second, "regions");
      }
    }
    if (const YAML::Node slots = root["slots"]) {
      if (!slots.IsMap()) yaml_.Fail(slots, "slots must be a map");
      for (const auto& item : slots) ReadSlot(yaml_.Key(item.first, "slots"), item.second);
    }
    if (const YAML::Node signals = root["signals"]) {
      if (!signals.IsMap()) yaml_.Fail(signals, "signals must be a map");
      for (const auto& item : signals) {
        yaml_.ExpectKeys(item.second, {"find", "where", "template"}, "a signal");
        const std::string name = yaml_.Key(item.first, "signals");
        if (pack_.FindDetection(name))
          yaml_.Fail(item.first, "signal '" + name + "' is defined twice");
        pack_.signals.push_back(ReadDetection(name, item.second));
      }
    }
    if (const YAML::Node rules = root["rules"]) {
      if (!rules.IsSequence()) yaml_.Fail(rules, "rules must be a list");
      for (const auto& item : rules) ReadRule(item);
    }
    Check();
    for (Rule& rule : pack_.rules) rule.coverage = pack_.Coverage(rule);
    return std::move(pack_);
  }

 private:
  draftlint::Language Language(const YAML::Node& node, const std::string& code) const {
    const auto language = ParseLanguage(code);
    if (!language) yaml_.Fail(node, "unknown language '" + code + "'");
    return *language;
  }

  void ReadSlot(const std::string& name, const YAML::Node& node) {
    Slot slot;
    slot.line = yaml_.Line(node);
    if (node.IsScalar()) {
      slot.patterns["any"] = node.as<std::string>();
    } else {
      if (!node.IsMap()) yaml_.Fail(node, "slot '" + name + "' must be a regex or a map");
      for (const auto& item : node) {
        const std::string key = yaml_.Key(item.first, "a slot");
        if (key == "lexicon") {
          slot.lexicon = yaml_.String(item.second, "lexicon");
          lexicon_lines_.emplace_back(slot.lexicon, slot.line);
        } else if (key == "capture") {
          slot.capture = yaml_.Bool(item.second, "capture");
        } else if (key == "any" || ParseLanguage(key)) {
          slot.patterns[key == "any" ? key : std::string(LanguageCode(*ParseLanguage(key)))] =
              yaml_.String(item.second, "a slot pattern");
        } else {
          yaml_.Fail(item.first, "unknown key '" + key + "' in slot '" + name +
                                     "' (known: lexicon, capture, any, or a language code)");
        }
      }
      if (slot.lexicon.empty() == slot.patterns.empty()) {
        yaml_.Fail(node, "slot '" + name + "' needs either a lexicon or patterns");
      }
    }
    for (const auto& [language, regex] : slot.patterns) CheckRegex(node, regex);
    pack_.slots[name] = std::move(slot);
  }

  Source ReadSource(const YAML::Node& node) {
    yaml_.ExpectKeys(
        node,
        {"lexicon", "pattern", "patterns", "detector", "config", "signal", "whole-word", "accents"},
        "a source");
    Source source;
    source.line = yaml_.Line(node);
    int kinds = 0;
    if (node["lexicon"]) {
      source.kind = Source::Kind::kLexicon;
      source.name = yaml_.String(node["lexicon"], "lexicon");
      lexicon_lines_.emplace_back(source.name, source.line);
      ++kinds;
    }
    if (node["pattern"] || node["patterns"]) {
      source.kind = Source::Kind::kPatterns;
      source.whole_word = false;
      if (node["pattern"])
        source.patterns["any"].push_back(yaml_.String(node["pattern"], "pattern"));
      if (const YAML::Node patterns = node["patterns"]) {
        if (patterns.IsSequence()) {
          for (const std::string& regex : yaml_.Strings(patterns, "patterns"))
            source.patterns["any"].push_back(regex);
        } else if (patterns.IsMap()) {
          for (const auto& item : patterns) {
            const std::string key = yaml_.Key(item.first, "patterns");
            const std::string code =
                key == "any" ? key : std::string(LanguageCode(Language(item.first, key)));
            for (const std::string& regex : yaml_.Strings(item.second, "patterns")) {
              source.patterns[code].push_back(regex);
            }
          }
        } else {
          yaml_.Fail(patterns, "patterns must be a list or a map from language to list");
        }
      }
      for (const auto& [language, regexes] : source.patterns) {
        for (const std::string& regex : regexes) CheckRegex(node, regex);
      }
      ++kinds;
    }
    if (node["detector"]) {
      source.kind = Source::Kind::kDetector;
      source.name = yaml_.String(node["detector"], "detector");
      if (source.name != "phone")
        yaml_.Fail(node["detector"], "unknown detector '" + source.name + "' (known: phone)");
      source.whole_word = false;
      ++kinds;
    }
    if (node["config"]) {
      source.kind = Source::Kind::kConfigList;
      source.name = yaml_.String(node["config"], "config");
      if (source.name != "competitors" && source.name != "company.names") {
        yaml_.Fail(node["config"],
                   "unknown config list '" + source.name + "' (known: competitors, company.names)");
      }
      ++kinds;
    }
    if (node["signal"]) {
      source.kind = Source::Kind::kSignal;
      source.name = yaml_.String(node["signal"], "signal");
      signal_refs_.emplace_back(source.name, source.line);
      ++kinds;
    }
    if (kinds != 1)
      yaml_.Fail(node,
                 "a source needs exactly one of lexicon, pattern(s), detector, config, signal");
    if (node["whole-word"]) source.whole_word = yaml_.Bool(node["whole-word"], "whole-word");
    if (node["accents"]) source.accents_optional = ReadAccents(node["accents"]);
    return source;
  }

  Condition::Scope ReadScope(const YAML::Node& node) {
    if (!node) return Condition::Scope::kSentence;
    const std::string scope = yaml_.String(node, "scope");
    if (scope == "sentence") return Condition::Scope::kSentence;
    if (scope == "paragraph") return Condition::Scope::kParagraph;
    yaml_.Fail(node, "scope must be sentence or paragraph");
  }

  bool ReadAccents(const YAML::Node& node) {
    const std::string accents = yaml_.String(node, "accents");
    if (accents != "optional" && accents != "strict")
      yaml_.Fail(node, "accents must be optional or strict");
    return accents == "optional";
  }

  Condition ReadCondition(const YAML::Node& node) {
    if (!node.IsMap() || node.size() != 1) yaml_.Fail(node, "a condition is a map with one key");
    const std::string kind = yaml_.Key(node.begin()->first, "a condition");
    const YAML::Node body = node.begin()->second;
    Condition condition;
    condition.line = yaml_.Line(node);
    if (kind == "value-in" || kind == "value-not-in") {
      condition.kind =
          kind == "value-in" ? Condition::Kind::kValueIn : Condition::Kind::kValueNotIn;
      yaml_.ExpectKeys(body, {"lexicon", "config", "compare", "captured-only"}, kind.c_str());
      if (body["captured-only"])
        condition.captured_only = yaml_.Bool(body["captured-only"], "captured-only");
      if (body["lexicon"]) {
        condition.lexicon = yaml_.String(body["lexicon"], "lexicon");
        lexicon_lines_.emplace_back(condition.lexicon, condition.line);
      }
      if (body["config"]) {
        condition.config_list = yaml_.String(body["config"], "config");
        static const std::set<std::string> lists = {"company.domains", "company.phones",
                                                    "company.names", "competitors"};
        if (!lists.count(condition.config_list))
          yaml_.Fail(body["config"], "unknown config list '" + condition.config_list + "'");
        condition.compare = condition.config_list == "company.domains" ? Condition::Compare::kDomain
                            : condition.config_list == "company.phones"
                                ? Condition::Compare::kPhone
                                : Condition::Compare::kExact;
      }
      if (condition.lexicon.empty() == condition.config_list.empty()) {
        yaml_.Fail(body, kind + " needs either a lexicon or a config list");
      }
      if (body["compare"]) {
        const std::string compare = yaml_.String(body["compare"], "compare");
        if (compare == "exact")
          condition.compare = Condition::Compare::kExact;
        else if (compare == "domain")
          condition.compare = Condition::Compare::kDomain;
        else if (compare == "leading-word")
          condition.compare = Condition::Compare::kLeadingWord;
        else if (compare == "any-word")
          condition.compare = Condition::Compare::kAnyWord;
        else if (compare == "phone")
          condition.compare = Condition::Compare::kPhone;
        else
          yaml_.Fail(body["compare"],
                     "compare must be exact, domain, leading-word, any-word or phone");
      }
    } else if (kind == "context") {
      condition.kind = Condition::Kind::kContext;
      yaml_.ExpectKeys(body, {"fire", "stop", "scope", "before", "after", "default"}, "context");
      if (!body["fire"]) yaml_.Fail(body, "context needs 'fire:' markers");
      condition.fire = yaml_.Strings(body["fire"], "fire");
      if (body["stop"]) condition.stop = yaml_.Strings(body["stop"], "stop");
      for (const auto& name : condition.fire) signal_refs_.emplace_back(name, condition.line);
      for (const auto& name : condition.stop) signal_refs_.emplace_back(name, condition.line);
      condition.scope = ReadScope(body["scope"]);
      if (body["before"]) condition.before = yaml_.Int(body["before"], "before");
      if (body["after"]) condition.after = yaml_.Int(body["after"], "after");
      if (body["default"]) {
        const std::string answer = yaml_.String(body["default"], "default");
        if (answer != "fire" && answer != "stop")
          yaml_.Fail(body["default"], "default must be fire or stop");
        condition.default_fire = answer == "fire";
      }
    } else if (kind == "any" || kind == "all") {
      condition.kind = kind == "any" ? Condition::Kind::kAny : Condition::Kind::kAll;
      if (!body.IsSequence()) yaml_.Fail(body, kind + " must be a list of conditions");
      for (const auto& item : body) condition.any.push_back(ReadCondition(item));
    } else if (kind == "not-after") {
      condition.kind = Condition::Kind::kNotAfter;
      yaml_.ExpectKeys(body, {"signals", "scope", "unless-between", "reset-by"}, "not-after");
      if (!body["signals"]) yaml_.Fail(body, "not-after needs 'signals:'");
      condition.rules = yaml_.Strings(body["signals"], "signals");
      if (body["unless-between"])
        condition.unless_between = yaml_.Strings(body["unless-between"], "unless-between");
      if (body["reset-by"]) condition.reset_by = yaml_.Strings(body["reset-by"], "reset-by");
      for (const auto& name : condition.reset_by) signal_refs_.emplace_back(name, condition.line);
      for (const auto& name : condition.rules) signal_refs_.emplace_back(name, condition.line);
      for (const auto& name : condition.unless_between)
        signal_refs_.emplace_back(name, condition.line);
      condition.scope = ReadScope(body["scope"]);
    } else if (kind == "not-followed-by" || kind == "not-preceded-by") {
      condition.kind = kind == "not-followed-by" ? Condition::Kind::kNotFollowedBy
                                                 : Condition::Kind::kNotPrecededBy;
      condition.regex = yaml_.String(body, kind.c_str());
      CheckRegex(body, condition.regex);
    } else if (kind == "not-overlapping") {
      condition.kind = Condition::Kind::kNotOverlapping;
      condition.rules = yaml_.Strings(body, "not-overlapping");
      for (const auto& name : condition.rules) signal_refs_.emplace_back(name, condition.line);
    } else {
      yaml_.Fail(node, "unknown condition '" + kind +
                           "' (known: value-in, value-not-in, context, any, all, not-after, "
                           "not-followed-by, not-preceded-by, not-overlapping)");
    }
    return condition;
  }

  Detection ReadDetection(const std::string& name, const YAML::Node& node) {
    Detection detection;
    detection.name = name;
    detection.line = yaml_.Line(node);
    const YAML::Node find = node["find"];
    if (!find) yaml_.Fail(node, "'" + name + "' needs 'find:'");
    if (find.IsSequence()) {
      for (const auto& item : find) detection.sources.push_back(ReadSource(item));
    } else {
      detection.sources.push_back(ReadSource(find));
    }
    if (const YAML::Node where = node["where"]) {
      if (!where.IsSequence()) yaml_.Fail(where, "where must be a list of conditions");
      for (const auto& item : where) detection.conditions.push_back(ReadCondition(item));
    }
    if (const YAML::Node templ = node["template"]) {
      yaml_.ExpectKeys(templ, {"signal", "names"}, "template");
      if (!templ["signal"] || !templ["names"])
        yaml_.Fail(templ, "template needs 'signal:' and 'names:'");
      detection.template_signal = yaml_.String(templ["signal"], "signal");
      detection.template_names = yaml_.String(templ["names"], "names");
      signal_refs_.emplace_back(detection.template_signal, yaml_.Line(templ));
      lexicon_lines_.emplace_back(detection.template_names, yaml_.Line(templ));
    }
    return detection;
  }

  void ReadRule(const YAML::Node& node) {
    yaml_.ExpectKeys(node,
                     {"id", "kind", "severity", "summary", "description", "message", "modes",
                      "find", "where", "template", "requires", "when", "metric", "max", "merge-gap",
                      "fix", "rationale", "examples"},
                     "a rule");
    Rule rule;
    rule.line = yaml_.Line(node);
    if (!node["id"]) yaml_.Fail(node, "a rule needs an 'id:'");
    rule.id = yaml_.String(node["id"], "id");
    if (pack_.FindRule(rule.id)) yaml_.Fail(node["id"], "rule '" + rule.id + "' is defined twice");
    for (const Detection& signal : pack_.signals) {
      if (signal.name == rule.id)
        yaml_.Fail(node["id"], "rule '" + rule.id + "' has the name of a signal; rename one");
    }
    const std::string kind = node["kind"] ? yaml_.String(node["kind"], "kind") : "span";
    if (kind == "span")
      rule.kind = Rule::Kind::kSpan;
    else if (kind == "document")
      rule.kind = Rule::Kind::kDocument;
    else if (kind == "metric")
      rule.kind = Rule::Kind::kMetric;
    else
      yaml_.Fail(node["kind"], "kind must be span, document or metric");
    if (!node["severity"]) yaml_.Fail(node, "rule '" + rule.id + "' needs a severity");
    const auto severity = ParseSeverity(yaml_.String(node["severity"], "severity"));
    if (!severity) yaml_.Fail(node["severity"], "severity must be error, warning or info");
    rule.severity = *severity;
    for (const char* key : {"summary", "message"}) {
      if (!node[key]) yaml_.Fail(node, "rule '" + rule.id + "' needs a " + key);
    }
    rule.summary = yaml_.String(node["summary"], "summary");
    rule.message = yaml_.String(node["message"], "message");
    if (node["description"]) rule.description = yaml_.String(node["description"], "description");
    if (node["rationale"]) rule.rationale = yaml_.String(node["rationale"], "rationale");
    if (const YAML::Node examples = node["examples"]) {
      if (!examples.IsSequence()) yaml_.Fail(examples, "examples must be a list");
      for (const auto& item : examples) rule.examples.push_back(ReadExample(item));
    }
    if (node["modes"]) {
      for (const std::string& mode : yaml_.Strings(node["modes"], "modes")) {
        if (mode == "draft")
          rule.modes.push_back(Mode::kDraft);
        else if (mode == "template")
          rule.modes.push_back(Mode::kTemplate);
        else
          yaml_.Fail(node["modes"], "modes are draft and template");
      }
    }
    auto forbid = [&](std::initializer_list<const char*> keys) {
      for (const char* key : keys) {
        if (node[key])
          yaml_.Fail(node[key],
                     "'" + std::string(key) + "' does not belong in a " + kind + " rule");
      }
    };
    if (const YAML::Node fix = node["fix"]) {
      yaml_.ExpectKeys(fix, {"remove", "replace", "insert", "title"}, "fix");
      int kinds = 0;
      if (fix["remove"]) {
        rule.fix = Rule::FixKind::kRemove;
        ++kinds;
      }
      for (const char* key : {"replace", "insert"}) {
        if (!fix[key]) continue;
        rule.fix = std::string(key) == "replace" ? Rule::FixKind::kReplace : Rule::FixKind::kInsert;
        if (!fix[key].IsMap()) yaml_.Fail(fix[key], std::string(key) + " maps languages to text");
        for (const auto& item : fix[key]) {
          rule.fix_texts[std::string(LanguageCode(Language(
              item.first, yaml_.Key(item.first, "a fix"))))] = yaml_.String(item.second, key);
        }
        ++kinds;
      }
      if (kinds != 1) yaml_.Fail(fix, "a fix is one of remove, replace, insert");
      // A span can be removed or replaced; a missing element is inserted.
      if ((rule.kind == Rule::Kind::kSpan) != (rule.fix != Rule::FixKind::kInsert)) {
        yaml_.Fail(fix, rule.kind == Rule::Kind::kSpan
                            ? "a span rule's fix is remove or replace"
                            : "a " + kind + " rule's fix is insert (it has no span to change)");
      }
      if (!fix["title"]) yaml_.Fail(fix, "a fix needs a title (what the editor shows)");
      rule.fix_title = yaml_.String(fix["title"], "title");
    }
    switch (rule.kind) {
      case Rule::Kind::kSpan:
        forbid({"requires", "when", "metric", "max"});
        if (node["merge-gap"]) rule.merge_gap = yaml_.Int(node["merge-gap"], "merge-gap");
        rule.detection = ReadDetection(rule.id, node);
        break;
      case Rule::Kind::kDocument:
        forbid({"find", "where", "template", "metric", "max", "merge-gap"});
        if (!node["requires"]) yaml_.Fail(node, "a document rule needs 'requires:'");
        rule.required = yaml_.Strings(node["requires"], "requires");
        if (node["when"]) rule.when = yaml_.Strings(node["when"], "when");
        for (const auto& name : rule.required) signal_refs_.emplace_back(name, rule.line);
        for (const auto& name : rule.when) signal_refs_.emplace_back(name, rule.line);
        break;
      case Rule::Kind::kMetric:
        forbid({"find", "where", "template", "requires", "when", "merge-gap"});
        if (!node["metric"] || !node["max"])
          yaml_.Fail(node, "a metric rule needs 'metric:' and 'max:'");
        rule.metric = yaml_.String(node["metric"], "metric");
        if (rule.metric != "sentences")
          yaml_.Fail(node["metric"], "unknown metric (known: sentences)");
        rule.max = yaml_.Int(node["max"], "max");
        break;
    }
    pack_.rules.push_back(std::move(rule));
  }

  Example ReadExample(const YAML::Node& node) {
    yaml_.ExpectKeys(node, {"fire", "pass", "span", "lang", "mode"}, "an example");
    Example example;
    example.line = yaml_.Line(node);
    if (static_cast<bool>(node["fire"]) == static_cast<bool>(node["pass"]))
      yaml_.Fail(node, "an example is either 'fire:' or 'pass:'");
    example.fire = static_cast<bool>(node["fire"]);
    example.text = yaml_.String(node[example.fire ? "fire" : "pass"], "an example");
    if (node["span"]) {
      if (!example.fire) yaml_.Fail(node["span"], "only a 'fire:' example has a span");
      example.span = yaml_.String(node["span"], "span");
      if (example.text.find(example.span) == std::string::npos)
        yaml_.Fail(node["span"], "the span '" + example.span + "' is not in the example");
    }
    if (node["lang"]) example.language = Language(node["lang"], yaml_.String(node["lang"], "lang"));
    if (node["mode"]) {
      const std::string mode = yaml_.String(node["mode"], "mode");
      if (mode != "draft" && mode != "template")
        yaml_.Fail(node["mode"], "modes are draft and template");
      example.mode = mode == "template" ? Mode::kTemplate : Mode::kDraft;
    }
    return example;
  }

  // Slot references are checked when a language is compiled; here each regex is checked
  // with its slots stood in for, so a typo fails at load, not on the first draft in Hungarian.
  void CheckRegex(const YAML::Node& node, const std::string& regex) {
    std::string error;
    const auto expanded = ExpandSlots(
        regex, [](std::string_view) { return std::optional<std::string>("x"); }, &error);
    if (!expanded) yaml_.Fail(node, "bad pattern '" + regex + "': " + error);
    // Parsing is the check: adding to a set parses without compiling, which waits until a
    // paragraph in the pattern's language needs it.
    RE2::Set parser(PatternOptions(), RE2::UNANCHORED);
    if (parser.Add(*expanded, &error) < 0)
      yaml_.Fail(node, "bad pattern '" + regex + "': " + error);
  }

  void Check() {
    YAML::Node none;
    auto fail = [&](int line, const std::string& message) {
      throw LoadError(yaml_.path().string() + ":" + std::to_string(line) + ": " + message);
    };
    for (const auto& [name, line] : signal_refs_) {
      if (pack_.FindDetection(name)) continue;
      if (pack_.FindRule(name))
        fail(line,
             "'" + name + "' is a document or metric rule; only signals and span rules have hits");
      fail(line, "unknown signal or rule '" + name + "'");
    }
    // Slots in sources' patterns exist (those in lexicon entries are checked per language,
    // when the entries compile; `draftlint test-pack` compiles them all).
    const auto known = [&](std::string_view ref) -> std::optional<std::string> {
      if (ref == "competitors" || pack_.slots.count(std::string(ref))) return "x";
      return std::nullopt;
    };
    auto check_slots = [&](const Detection& detection) {
      for (const Source& source : detection.sources) {
        for (const auto& [language, regexes] : source.patterns) {
          for (const std::string& regex : regexes) {
            std::string error;
            if (!ExpandSlots(regex, known, &error)) fail(source.line, error);
          }
        }
      }
    };
    for (const Detection& signal : pack_.signals) check_slots(signal);
    for (const Rule& rule : pack_.rules) {
      if (rule.kind == Rule::Kind::kSpan) check_slots(rule.detection);
    }
    for (const auto& [name, slot] : pack_.slots) {
      for (const auto& [language, regex] : slot.patterns) {
        std::string error;
        if (!ExpandSlots(regex, known, &error)) fail(slot.line, "slot '" + name + "': " + error);
      }
    }
    for (const auto& [lexicon, line] : lexicon_lines_) {
      bool found = std::filesystem::exists(pack_.LexiconPath(lexicon, "any"));
      for (draftlint::Language language : pack_.languages) {
        found =
            found || std::filesystem::exists(pack_.LexiconPath(lexicon, LanguageCode(language)));
      }
      if (!found) {
        fail(line, "lexicon '" + lexicon + "' not found (looked for " +
                       pack_.LexiconPath(lexicon, "<language>").string() + ")");
      }
    }
    if (!pack_.word_suffixes.empty()) CheckLexiconName(pack_.word_suffixes, 1);
    if (!pack_.word_prefixes.empty()) CheckLexiconName(pack_.word_prefixes, 1);
    for (const auto& [lexicon, line] : lexicon_lines_) CheckLexiconName(lexicon, line);
    CheckCycles();
  }

  // Lexicon names are plain words: a name cannot reach outside the lexicon folder.
  void CheckLexiconName(const std::string& name, int line) {
    const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    if (!plain) {
      throw LoadError(yaml_.path().string() + ":" + std::to_string(line) + ": lexicon name '" +
                      name + "' must be lower-case letters, digits, '-' or '_'");
    }
  }

  void CheckCycles() {
    std::map<std::string, int> state;  // 1: visiting, 2: done
    std::function<void(const std::string&, int)> visit = [&](const std::string& name, int line) {
      if (state[name] == 2) return;
      if (state[name] == 1) {
        throw LoadError(yaml_.path().string() + ":" + std::to_string(line) + ": '" + name +
                        "' depends on itself");
      }
      state[name] = 1;
      const Detection* detection = pack_.FindDetection(name);
      if (detection) {
        for (const Source& source : detection->sources) {
          if (source.kind == Source::Kind::kSignal) visit(source.name, source.line);
        }
        std::function<void(const Condition&)> visit_condition = [&](const Condition& condition) {
          for (const auto& marker : condition.fire) visit(marker, condition.line);
          for (const auto& marker : condition.stop) visit(marker, condition.line);
          for (const auto& rule : condition.rules) visit(rule, condition.line);
          for (const auto& name : condition.unless_between) visit(name, condition.line);
          for (const auto& name : condition.reset_by) visit(name, condition.line);
          for (const auto& inner : condition.any) visit_condition(inner);
        };
        for (const Condition& condition : detection->conditions) visit_condition(condition);
        if (!detection->template_signal.empty()) visit(detection->template_signal, detection->line);
      }
      state[name] = 2;
    };
    for (const Detection& signal : pack_.signals) visit(signal.name, signal.line);
    for (const Rule& rule : pack_.rules) {
      if (rule.kind == Rule::Kind::kSpan) visit(rule.id, rule.line);
    }
  }

  YamlReader yaml_;
  Pack pack_;
  std::vector<std::pair<std::string, int>> signal_refs_;
  std::vector<std::pair<std::string, int>> lexicon_lines_;
};

}  // namespace

const Rule* Pack::FindRule(std::string_view id) const {
  for (const Rule& rule : rules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

const Detection* Pack::FindDetection(std::string_view name) const {
  for (const Detection& signal : signals) {
    if (signal.name == name) return &signal;
  }
  const Rule* rule = FindRule(name);
  return rule && rule->kind == Rule::Kind::kSpan ? &rule->detection : nullptr;
}

std::filesystem::path Pack::LexiconPath(std::string_view lexicon, std::string_view language) const {
  return lexicon_dir / std::string(language) / (std::string(lexicon) + ".txt");
}

// A detection covers a language when one of its sources has what it needs there (its
// lexicon, or a lexicon-free source) and every lexicon its conditions read exists there.
bool Pack::Covers(const std::string& name, Language language,
                  std::set<std::string>* visiting) const {
  const Detection* detection = FindDetection(name);
  if (!detection || !visiting->insert(name).second) return true;
  const auto has = [&](const std::string& lexicon) {
    return std::filesystem::exists(LexiconPath(lexicon, LanguageCode(language))) ||
           std::filesystem::exists(LexiconPath(lexicon, "any"));
  };
  bool source = false;
  for (const Source& s : detection->sources) {
    if (s.kind == Source::Kind::kLexicon)
      source = source || has(s.name);
    else if (s.kind == Source::Kind::kSignal)
      source = source || Covers(s.name, language, visiting);
    else
      source = true;
  }
  std::function<bool(const Condition&)> condition = [&](const Condition& c) {
    if (!c.lexicon.empty() && !has(c.lexicon)) return false;
    for (const auto& marker : c.fire) {
      if (!Covers(marker, language, visiting)) return false;
    }
    if (c.kind == Condition::Kind::kAny) {
      return std::any_of(c.any.begin(), c.any.end(), condition);
    }
    return std::all_of(c.any.begin(), c.any.end(), condition);
  };
  const bool conditions =
      std::all_of(detection->conditions.begin(), detection->conditions.end(), condition);
  visiting->erase(name);
  return source && conditions;
}

std::vector<Language> Pack::Coverage(const Rule& rule) const {
  std::vector<Language> covered;
  for (Language language : kAllLanguages) {
    std::set<std::string> visiting;
    bool ok = true;
    if (rule.kind == Rule::Kind::kSpan) ok = Covers(rule.id, language, &visiting);
    if (!rule.required.empty()) {
      ok = std::any_of(rule.required.begin(), rule.required.end(),
                       [&](const std::string& name) { return Covers(name, language, &visiting); });
    }
    for (const auto& name : rule.when) ok = ok && Covers(name, language, &visiting);
    if (ok) covered.push_back(language);
  }
  return covered;
}

Pack LoadPack(const std::filesystem::path& path) {
  try {
    return PackReader(path).Read();
  } catch (const YAML::Exception& e) {
    throw YamlReader(path).Error(e);
  }
}

}  // namespace draftlint
