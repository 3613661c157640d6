#include "cli/explain_command.h"

#include <memory>

#include "cli/pack_option.h"
#include "rules/compiled_pack.h"
#include "rules/config.h"
#include "rules/engine.h"

namespace draftlint {
namespace {

// An example in a text block, its expected span between ⟦ and ⟧, its language first.
std::string ExampleBlock(const Example& example) {
  std::string text = example.text;
  if (example.fire && !example.span.empty()) {
    const size_t at = text.find(example.span);
    text.insert(at + example.span.size(), "⟧");
    text.insert(at, "⟦");
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  const std::string prefix =
      example.language ? "[" + std::string(LanguageCode(*example.language)) + "] " : "";
  std::string block = prefix;
  for (char c : text) {
    block += c;
    if (c == '\n') block += std::string(prefix.size(), ' ');
  }
  return block;
}

std::string Examples(const Rule& rule, bool fire) {
  std::string blocks;
  for (const Example& example : rule.examples) {
    if (example.fire != fire) continue;
    blocks += (blocks.empty() ? "" : "\n") + ExampleBlock(example) + "\n";
  }
  return blocks.empty() ? "" : "```text\n" + blocks + "```\n";
}

std::string Silencing(const std::string& id, bool document) {
  std::string text =
      "In `.draftlint.yaml`, change its severity or turn it off, everywhere or for some "
      "files:\n\n```yaml\nrules:\n  " +
      id +
      ": warning        # error, warning, info or off\noverrides:\n  - files: [\"legacy/**\"]\n"
      "    rules: {" +
      id + ": off}\n```\n\n";
  text += document ? "In a draft, a comment that disables it anywhere in the file silences it "
                     "(the finding is about the whole draft):\n\n"
                   : "In a draft, for one place:\n\n";
  text +=
      "| file type | comment |\n| --- | --- |\n"
      "| Markdown, HTML | `<!-- draftlint-disable-next-line " +
      id + " -->` on the line above, or `<!-- draftlint-disable " + id +
      " -->` ... `<!-- draftlint-enable -->` around a part |\n"
      "| Jinja, Liquid | `{# draftlint-disable-next-line " +
      id +
      " #}` |\n"
      "| Handlebars, Mustache | `{{!-- draftlint-disable-next-line " +
      id +
      " --}}` |\n"
      "| plain text | `draftlint:allow " +
      id + "` at the end of the line |\n";
  return text;
}

}  // namespace

std::string RuleMarkdown(const Pack& pack, const Rule* rule, const RuleInfo& info) {
  std::string languages;
  for (const std::string& code : info.languages)
    languages += (languages.empty() ? "" : ", ") + code;
  std::string page = "# " + info.id + "\n\n";
  page += "Pack `" + info.pack + "` · default severity: **" +
          std::string(SeverityName(info.severity)) + "**" +
          (languages.empty() ? "" : " · languages: " + languages) + "\n\n";
  page += info.summary + "\n\n";
  page += "## What it catches\n\n" + info.description + "\n\n";
  if (rule && !rule->rationale.empty()) page += "## Why\n\n" + rule->rationale + "\n\n";
  if (rule && !rule->examples.empty()) {
    page += "## Examples\n\n";
    if (const std::string fires = Examples(*rule, true); !fires.empty())
      page += "It fires on these (the finding between ⟦ and ⟧):\n\n" + fires + "\n";
    if (const std::string passes = Examples(*rule, false); !passes.empty())
      page += "It does not fire on these:\n\n" + passes + "\n";
    page += "`draftlint test-pack " + pack.path.filename().string() +
            "` checks every example above.\n\n";
  }
  if (rule) {
    // "{text}" in a message stands for the span found; in the abstract it is "…".
    std::string message = rule->message;
    for (size_t at = message.find("{text}"); at != std::string::npos;
         at = message.find("{text}", at))
      message.replace(at, 6, "…");
    page += "## Fixing it\n\nThe finding says:\n\n> " + message;
    if (rule->fix != Rule::FixKind::kNone)
      page +=
          "\n\nIn an editor (`draftlint lsp`), the quick fix *" + rule->fix_title + "* does it.";
    page += "\n\n";
  }
  page += "## Configuring and silencing it\n\n" +
          Silencing(info.id, rule && rule->kind != Rule::Kind::kSpan);
  return page;
}

int RunExplain(const Options& options, std::ostream& out, std::ostream& err) {
  const auto pack = LoadPackOption(options.pack, err);
  if (!pack) return 2;
  // The rules as the engine reports them (with the engine's own), at their defaults.
  const Engine engine(std::make_shared<CompiledPack>(pack, Config{}));
  for (const RuleInfo& info : engine.Rules()) {
    if (info.id == options.rule) {
      out << RuleMarkdown(*pack, pack->FindRule(info.id), info);
      return 0;
    }
  }
  err << "draftlint: no rule '" << options.rule << "' in pack '" << pack->name
      << "' (draftlint --list-rules lists them)\n";
  return 2;
}

}  // namespace draftlint
