package io.github.designdoc.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bash completion script of the commands: command names after {@code designdoc}, each command's
 * options after a {@code -}, the allowed values of options and parameters that have a fixed set, and file
 * names elsewhere. The same script serves zsh through {@code bashcompinit}, which it loads itself.
 */
final class CompletionScript {
  private CompletionScript() {}

  static String bash(Command main, List<Command> commands) {
    StringBuilder out = new StringBuilder();
    out.append("# bash completion for designdoc: source <(designdoc completion bash)\n")
        .append("# zsh: source <(designdoc completion zsh), which loads bashcompinit.\n")
        .append("if [ -n \"${ZSH_VERSION:-}\" ]; then\n")
        .append("  if ! type compdef >/dev/null 2>&1; then\n")
        .append("    autoload -U +X compinit && compinit\n")
        .append("  fi\n")
        .append("  autoload -U +X bashcompinit && bashcompinit\n")
        .append("fi\n\n")
        .append("_designdoc() {\n")
        .append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" command=\"\" i\n")
        .append("  if [ \"$COMP_CWORD\" -gt 0 ]; then\n")
        .append("    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n")
        .append("  fi\n")
        .append("  for ((i = 1; i < COMP_CWORD; i++)); do\n")
        .append("    case \"${COMP_WORDS[i]}\" in\n")
        .append("      -*) ;;\n")
        .append("      *) command=\"${COMP_WORDS[i]}\"; break ;;\n")
        .append("    esac\n")
        .append("  done\n")
        .append("  local options=\"\" words=\"\"\n")
        .append("  case \"$command\" in\n");
    List<String> names = new ArrayList<>();
    commands.forEach(c -> names.add(c.name));
    out.append("    \"\")\n")
        .append("      options=").append(quote(optionNames(main))).append('\n')
        .append("      words=").append(quote(String.join(" ", names))).append('\n')
        .append("      ;;\n");
    for (Command command : commands) {
      out.append("    ").append(command.name).append(")\n");
      out.append("      options=").append(quote(optionNames(command))).append('\n');
      StringBuilder values = new StringBuilder();
      for (Command.Arg option : command.options()) {
        if (option.arity == 0) {
          continue;
        }
        String pattern = String.join("|", option.names);
        if (!option.completions.isEmpty()) {
          values.append("        ").append(pattern).append(") COMPREPLY=($(compgen -W ")
              .append(quote(String.join(" ", option.completions))).append(" -- \"$cur\")); return ;;\n");
        } else if (option.files) {
          values.append("        ").append(pattern).append(") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n");
        } else {
          values.append("        ").append(pattern).append(") COMPREPLY=(); return ;;\n");
        }
      }
      if (values.length() > 0) {
        out.append("      case \"$prev\" in\n").append(values).append("      esac\n");
      }
      Set<String> words = new LinkedHashSet<>();
      for (Command.Arg positional : command.positionals) {
        words.addAll(positional.completions);
      }
      if (command.name.equals("help")) {
        words.addAll(names);
      }
      if (!words.isEmpty()) {
        out.append("      words=").append(quote(String.join(" ", words))).append('\n');
      }
      out.append("      ;;\n");
    }
    out.append("  esac\n")
        .append("  if [[ \"$cur\" == -* ]]; then\n")
        .append("    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n")
        .append("  elif [ -n \"$words\" ]; then\n")
        .append("    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n")
        .append("  else\n")
        .append("    COMPREPLY=($(compgen -f -- \"$cur\"))\n")
        .append("  fi\n")
        .append("}\n\n")
        .append("complete -F _designdoc -o filenames designdoc\n");
    return out.toString();
  }

  private static String optionNames(Command command) {
    List<String> names = new ArrayList<>();
    command.options().forEach(o -> names.addAll(o.names));
    return String.join(" ", names);
  }

  /** A shell word in double quotes; the names and values quoted here hold no {@code "}, {@code $} or {@code `}. */
  private static String quote(String text) {
    if (text.contains("\"") || text.contains("$") || text.contains("`") || text.contains("\\")) {
      throw new IllegalArgumentException("cannot quote " + text);
    }
    return "\"" + text + "\"";
  }
}
