package io.github.designdoc.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A command line parsed by a {@link Command}'s grammar: {@code --name VALUE}, {@code --name=VALUE},
 * {@code -o VALUE}, {@code -oVALUE}, {@code -o=VALUE}, clustered flags ({@code -hq}), {@code --} before
 * positional parameters only, and {@code -} as a positional parameter (standard input).
 */
final class Arguments {
  final Command command;
  private final Map<Command.Arg, List<String>> values = new HashMap<>();
  private final List<String> positionals = new ArrayList<>();
  /** Where the main command's options end: the index of the subcommand's name, else the length. */
  int end;

  private Arguments(Command command) {
    this.command = command;
  }

  /**
   * Parses {@code args} from {@code from} on. For the main command, parsing stops at the first positional
   * parameter, the subcommand's name, whose index {@link #end} gives.
   *
   * @throws Command.UsageError for an unknown option, a missing or refused value, too many parameters
   */
  static Arguments parse(Command command, String[] args, int from) {
    Arguments parsed = new Arguments(command);
    parsed.end = args.length;
    boolean options = true;
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (options && arg.equals("--")) {
        options = false;
      } else if (options && arg.startsWith("--")) {
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        Command.Arg option = command.option(name);
        if (option == null) {
          throw parsed.error("Unknown option: '" + arg + "'");
        }
        i = parsed.take(option, name, equals < 0 ? null : arg.substring(equals + 1), args, i);
      } else if (options && arg.startsWith("-") && arg.length() > 1) {
        for (int j = 1; j < arg.length(); j++) {
          String name = "-" + arg.charAt(j);
          Command.Arg option = command.option(name);
          if (option == null) {
            throw parsed.error(j == 1 ? "Unknown option: '" + arg + "'"
                : "Unknown option: '" + name + "' (while processing option: '" + arg + "')");
          }
          if (option.arity > 0 || j == arg.length() - 1) {
            String rest = arg.substring(j + 1);
            i = parsed.take(option, name, rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1) : rest,
                args, i);
            break;
          }
          parsed.take(option, name, null, args, i);
        }
      } else if (command.isMain()) {
        parsed.end = i;
        break;
      } else {
        int count = parsed.positionals.size();
        Command.Arg positional = parsed.positional(count);
        if (positional == null) {
          throw parsed.error("Unmatched argument at index " + i + ": '" + arg + "'");
        }
        if (!positional.choices.isEmpty() && !positional.choices.contains(arg)) {
          throw parsed.error("Invalid value for positional parameter at index " + count + " (" + positional.label
              + "): expected one of " + positional.choices + " (case-sensitive) but was '" + arg + "'");
        }
        parsed.positionals.add(arg);
      }
    }
    return parsed;
  }

  /** Checks what parsing alone cannot: required parameters and options that exclude each other. */
  Arguments check() {
    int required = 0;
    for (Command.Arg positional : command.positionals) {
      required += positional.min;
      if (positionals.size() < required) {
        throw error("Missing required parameter: '" + positional.label + "'");
      }
    }
    List<String> given = new ArrayList<>();
    for (String name : command.exclusive) {
      if (flag(name)) {
        given.add(name);
      }
    }
    if (given.size() > 1) {
      throw error("Error: " + String.join(", ", given) + " are mutually exclusive (specify only one)");
    }
    return this;
  }

  private Command.Arg positional(int index) {
    int seen = 0;
    for (Command.Arg positional : command.positionals) {
      seen += positional.max;
      if (index < seen) {
        return positional;
      }
    }
    return null;
  }

  /** Takes an option's values from {@code args} after {@code i}; returns the index of the last one taken. */
  private int take(Command.Arg option, String name, String attached, String[] args, int i) {
    List<String> taken = values.get(option);
    if (taken != null && !option.repeatable) {
      throw error("option '" + option.name() + "'" + (option.label == null ? "" : " (" + option.label + ")")
          + " should be specified only once");
    }
    if (taken == null) {
      taken = new ArrayList<>();
      values.put(option, taken);
    }
    name = option.name();
    if (option.arity == 0) {
      if (attached != null && !attached.equalsIgnoreCase("true") && !attached.equalsIgnoreCase("false")) {
        throw error("Invalid value for option '" + name + "': '" + attached + "' is not a boolean");
      }
      taken.add(attached == null ? "true" : attached.toLowerCase(Locale.ROOT));
      return i;
    }
    List<String> occurrence = new ArrayList<>();
    if (attached != null) {
      occurrence.add(attached);
    }
    while (occurrence.size() < option.arity && i + 1 < args.length && !isOption(args[i + 1])) {
      occurrence.add(args[++i]);
    }
    if (occurrence.size() < option.arity) {
      if (option.arity > 1) {
        throw error("option '" + name + "' (" + option.label + ") requires " + option.arity + " values, but only "
            + occurrence.size() + " were specified: " + occurrence);
      }
      if (i + 1 < args.length) {
        throw error("Expected parameter for option '" + name + "' but found '" + args[i + 1] + "'");
      }
      throw error("Missing required parameter for option '" + name + "' (" + option.label + ")");
    }
    for (String value : occurrence) {
      List<String> parts = option.split == null ? List.of(value) : List.of(value.split(option.split));
      for (String part : parts) {
        if (!option.choices.isEmpty() && !option.choices.contains(part)) {
          throw error("Invalid value for option '" + name + "': expected one of " + option.choices
              + " (case-sensitive) but was '" + part + "'");
        }
        taken.add(part);
      }
    }
    return i;
  }

  private boolean isOption(String arg) {
    if (arg.startsWith("--")) {
      int equals = arg.indexOf('=');
      return command.option(equals < 0 ? arg : arg.substring(0, equals)) != null;
    }
    return arg.startsWith("-") && arg.length() > 1 && command.option(arg.substring(0, 2)) != null;
  }

  Command.UsageError error(String message) {
    return new Command.UsageError(command, message);
  }

  private List<String> raw(String name) {
    Command.Arg option = command.option(name);
    if (option == null) {
      throw new IllegalArgumentException("no option " + name + " in " + command.name);
    }
    return values.get(option);
  }

  /** Whether a flag was given (and not as {@code --flag=false}). */
  boolean flag(String name) {
    List<String> given = raw(name);
    return given != null && given.get(given.size() - 1).equals("true");
  }

  /** An option's value, or null when it was not given. */
  String value(String name) {
    List<String> given = raw(name);
    return given == null ? null : given.get(0);
  }

  String value(String name, String absent) {
    String value = value(name);
    return value == null ? absent : value;
  }

  /** A repeatable option's values in order, or null when it was not given. */
  List<String> values(String name) {
    List<String> given = raw(name);
    return given == null ? null : new ArrayList<>(given);
  }

  /** A repeatable option's values in order, empty when it was not given. */
  List<String> list(String name) {
    List<String> given = raw(name);
    return given == null ? new ArrayList<>() : new ArrayList<>(given);
  }

  Path path(String name) {
    String value = value(name);
    try {
      return value == null ? null : Path.of(value);
    } catch (InvalidPathException e) {
      throw error("Invalid value for option '" + name + "': '" + value + "' is not a path");
    }
  }

  Integer integer(String name) {
    String value = value(name);
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw error("Invalid value for option '" + name + "': '" + value + "' is not an int");
    }
  }

  /** A repeatable {@code KEY=VALUE} option's entries in order, empty when it was not given. */
  Map<String, String> map(String name) {
    Map<String, String> map = new LinkedHashMap<>();
    Command.Arg option = command.option(name);
    for (String entry : list(name)) {
      int equals = entry.indexOf('=');
      if (equals < 0) {
        throw error("Value for option '" + name + "' (" + option.label + ") should be in KEY=VALUE format but was "
            + entry);
      }
      map.put(entry.substring(0, equals), entry.substring(equals + 1));
    }
    return map;
  }

  List<String> positionals() {
    return new ArrayList<>(positionals);
  }
}
