#include "cli/completions.h"

#include <vector>

namespace draftlint {
namespace {

// What a shell needs to know about an option.
struct OptionSpec {
  std::string long_name;   // without "--"
  std::string short_name;  // without "-"; may be empty
  std::string help;
  bool takes_value = false;
  bool path = false;                 // its value is a file or folder
  std::vector<std::string> choices;  // its value is one of these
};

struct CommandSpec {
  std::string name;  // "" for the main command
  std::string help;
  std::vector<OptionSpec> options;
  std::vector<std::string> positional_choices;  // completions shell ... bash, zsh, fish
  bool positional_paths = false;
  bool positional_rules = false;  // explain RULE: the ids draftlint --list-rules prints
};

// CLI11 shows a set of choices as "{a,b,c}" in an option's type name, and files as FILE.
std::vector<std::string> Choices(const std::string& type_name) {
  const size_t open = type_name.find('{');
  const size_t close = type_name.find('}', open);
  std::vector<std::string> choices;
  if (open == std::string::npos || close == std::string::npos) return choices;
  std::string item;
  for (char c : type_name.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      choices.push_back(item);
      item.clear();
    } else if (c != ' ') {
      item += c;
    }
  }
  choices.push_back(item);
  return choices;
}

bool IsPath(const std::string& type_name) {
  return type_name.find("FILE") != std::string::npos ||
         type_name.find("PATH") != std::string::npos || type_name.find("DIR") != std::string::npos;
}

CommandSpec Describe(const CLI::App& app, const std::string& name) {
  CommandSpec command{name, app.get_description(), {}, {}, false};
  for (const CLI::Option* option : app.get_options()) {
    const std::string type = option->get_type_name();
    if (option->get_group().empty()) continue;  // hidden from --help, and so from shells
    if (option->get_positional() && !option->nonpositional()) {
      command.positional_choices = Choices(type);
      command.positional_rules = name == "explain";
      command.positional_paths = command.positional_choices.empty() && !command.positional_rules;
      continue;
    }
    OptionSpec spec;
    spec.long_name = option->get_lnames().empty() ? "" : option->get_lnames().front();
    spec.short_name = option->get_snames().empty() ? "" : option->get_snames().front();
    if (spec.long_name.empty()) continue;
    spec.help = option->get_description();
    spec.takes_value = option->get_items_expected_max() != 0;  // 0 for flags
    spec.choices = Choices(type);
    spec.path = spec.takes_value && spec.choices.empty() && IsPath(type);
    command.options.push_back(spec);
  }
  return command;
}

std::vector<CommandSpec> Commands(const CLI::App& parser) {
  std::vector<CommandSpec> commands = {Describe(parser, "")};
  for (const CLI::App* sub : parser.get_subcommands([](const CLI::App*) { return true; }))
    commands.push_back(Describe(*sub, sub->get_name()));
  return commands;
}

std::string Join(const std::vector<std::string>& items, const std::string& separator = " ") {
  std::string joined;
  for (const std::string& item : items) joined += (joined.empty() ? "" : separator) + item;
  return joined;
}

// Single quotes for the shell: ' becomes '\''.
std::string Quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

void Bash(const std::vector<CommandSpec>& commands, std::ostream& out) {
  std::vector<std::string> names;
  for (size_t c = 1; c < commands.size(); ++c) names.push_back(commands[c].name);
  out << "# bash completion for draftlint (made by: draftlint completions bash)\n"
         "_draftlint() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    case ${COMP_WORDS[i]} in "
      << Join(names, "|") << ") command=${COMP_WORDS[i]}; break ;; esac\n"
      << "  done\n"
         "  local options words paths=\n"
         "  case $command in\n";
  for (const CommandSpec& command : commands) {
    out << "    " << (command.name.empty() ? "''" : command.name) << ")\n";
    out << "      case $prev in\n";
    for (const OptionSpec& option : command.options) {
      if (!option.takes_value) continue;
      std::string names = "--" + option.long_name;
      if (!option.short_name.empty()) names += "|-" + option.short_name;
      if (!option.choices.empty()) {
        out << "        " << names << ") COMPREPLY=($(compgen -W " << Quoted(Join(option.choices))
            << " -- \"$cur\")); return ;;\n";
      } else if (option.path) {
        out << "        " << names << ") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
      } else {
        out << "        " << names << ") return ;;\n";
      }
    }
    out << "      esac\n";
    std::vector<std::string> flags;
    for (const OptionSpec& option : command.options) {
      flags.push_back("--" + option.long_name);
      if (!option.short_name.empty()) flags.push_back("-" + option.short_name);
    }
    out << "      options=" << Quoted(Join(flags)) << '\n';
    std::vector<std::string> words = command.positional_choices;
    if (command.name.empty()) words.insert(words.end(), names.begin(), names.end());
    if (command.positional_rules) {
      out << "      words=$(draftlint --list-rules 2>/dev/null | awk 'NR > 1 {print $1}')\n";
    } else {
      out << "      words=" << Quoted(Join(words)) << '\n';
    }
    out << "      paths=" << (command.positional_paths ? "yes" : "") << " ;;\n";
  }
  out << "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
         "  else\n"
         "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "    [[ -n $paths ]] && COMPREPLY+=($(compgen -f -- \"$cur\"))\n"
         "  fi\n"
         "}\n"
         "complete -o filenames -F _draftlint draftlint\n";
}

// zsh's _arguments spec of an option: '--format[Output format]:value:(text json)'.
std::string ZshOption(const OptionSpec& option) {
  std::string help;
  for (char c : option.help) help += (c == '[' || c == ']' || c == ':' || c == '\'') ? ' ' : c;
  std::string action;
  if (option.takes_value) {
    action = !option.choices.empty() ? ":value:(" + Join(option.choices) + ")"
             : option.path           ? ":file:_files"
                                     : ":value: ";
  }
  std::string spec;
  if (!option.short_name.empty()) {
    spec += "'(-" + option.short_name + " --" + option.long_name + ")'{-" + option.short_name +
            ",--" + option.long_name + "}'[" + help + "]" + action + "'";
  } else {
    spec += "'--" + option.long_name + "[" + help + "]" + action + "'";
  }
  return spec;
}

// The standard layout of a zsh completion with subcommands: the main command's options and
// its first word (a subcommand or a path), then, once a subcommand is seen, that subcommand's
// own options and positional argument.
void Zsh(const std::vector<CommandSpec>& commands, std::ostream& out) {
  out << "#compdef draftlint\n"
         "# zsh completion for draftlint (made by: draftlint completions zsh)\n"
         "_draftlint() {\n"
         "  local curcontext=$curcontext state line ret=1\n"
         "  local -a subcommands\n"
         "  subcommands=(\n";
  for (size_t c = 1; c < commands.size(); ++c) {
    std::string help;
    for (char ch : commands[c].help) help += ch == ':' || ch == '\'' ? ' ' : ch;
    out << "    '" << commands[c].name << ":" << help << "'\n";
  }
  out << "  )\n"
         "  _arguments -C \\\n";
  for (const OptionSpec& option : commands[0].options)
    out << "    " << ZshOption(option) << " \\\n";
  out << "    '1: :->first' \\\n"
         "    '*:: :->rest' && ret=0\n"
         "  case $state in\n"
         "    first)\n"
         "      _describe -t commands command subcommands && ret=0\n"
         "      _files && ret=0 ;;\n"
         "    rest)\n"
         "      case $words[1] in\n";
  for (size_t c = 1; c < commands.size(); ++c) {
    const CommandSpec& command = commands[c];
    out << "        " << command.name << ")\n          _arguments \\\n";
    for (const OptionSpec& option : command.options)
      out << "            " << ZshOption(option) << " \\\n";
    if (!command.positional_choices.empty()) {
      out << "            ':" << command.name << ":(" << Join(command.positional_choices)
          << ")' \\\n";
    } else if (command.positional_paths) {
      out << "            '*:file:_files' \\\n";
    } else if (command.positional_rules) {
      out << "            ':rule:(${${(f)\"$(draftlint --list-rules 2>/dev/null)\"}[2,-1]%% *})' "
             "\\\n";
    }
    out << "            && ret=0 ;;\n";
  }
  out << "        *)\n"
         "          _files && ret=0 ;;\n"
         "      esac ;;\n"
         "  esac\n"
         "  return ret\n"
         "}\n"
         "_draftlint \"$@\"\n";
}

void Fish(const std::vector<CommandSpec>& commands, std::ostream& out) {
  std::vector<std::string> names;
  for (size_t c = 1; c < commands.size(); ++c) names.push_back(commands[c].name);
  out << "# fish completion for draftlint (made by: draftlint completions fish)\n";
  for (size_t c = 1; c < commands.size(); ++c) {
    out << "complete -c draftlint -n '__fish_use_subcommand' -a " << commands[c].name << " -d "
        << Quoted(commands[c].help) << '\n';
  }
  for (const CommandSpec& command : commands) {
    const std::string condition = command.name.empty()
                                      ? "not __fish_seen_subcommand_from " + Join(names)
                                      : "__fish_seen_subcommand_from " + command.name;
    for (const OptionSpec& option : command.options) {
      out << "complete -c draftlint -n " << Quoted(condition) << " -l " << option.long_name;
      if (!option.short_name.empty()) out << " -s " << option.short_name;
      if (!option.choices.empty()) {
        out << " -x -a " << Quoted(Join(option.choices));
      } else if (option.path) {
        out << " -r -F";
      } else if (option.takes_value) {
        out << " -x";
      }
      out << " -d " << Quoted(option.help) << '\n';
    }
    if (!command.positional_choices.empty()) {
      out << "complete -c draftlint -n " << Quoted(condition) << " -x -a "
          << Quoted(Join(command.positional_choices)) << '\n';
    } else if (command.positional_rules) {
      out << "complete -c draftlint -n " << Quoted(condition) << " -x -a "
          << Quoted("(draftlint --list-rules 2>/dev/null | string match -r '^[a-z][a-z0-9-]*')")
          << '\n';
    }
  }
}

}  // namespace

int PrintCompletions(const CLI::App& parser, const std::string& shell, std::ostream& out) {
  const std::vector<CommandSpec> commands = Commands(parser);
  if (shell == "bash") Bash(commands, out);
  if (shell == "zsh") Zsh(commands, out);
  if (shell == "fish") Fish(commands, out);
  return 0;
}

}  // namespace draftlint
