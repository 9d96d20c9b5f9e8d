package io.github.designdoc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A command's grammar and help: its options and positional parameters, what {@link Arguments} parses and
 * {@link HelpText} and {@link CompletionScript} describe. Built once per command class, in a static field
 * ({@code FmtCommand.SPEC}), so that a run loads the class of the command it runs and no other.
 */
final class Command {
  /** Makes the task of a parsed command line; a {@link UsageError} for values the grammar cannot check. */
  interface Factory {
    Callable<Integer> create(Io io, Arguments args);
  }

  /** An option (it has names) or a positional parameter (it has none). */
  static final class Arg {
    final List<String> names;
    final String label;
    String description = "";
    /** Values an occurrence takes: 0 for a flag. */
    int arity;
    /** For a positional parameter: how many values it takes. */
    int min;
    int max;
    boolean repeatable;
    String split;
    /** The only values allowed, checked when parsing (an enum's constants). */
    List<String> choices = List.of();
    /** Values the shell completes (the choices when there are any). */
    List<String> completions = List.of();
    /** Whether the shell completes file names for the value. */
    boolean files;

    Arg(List<String> names, String label) {
      this.names = names;
      this.label = label;
    }

    boolean isOption() {
      return !names.isEmpty();
    }

    /** The longest name, under which {@link Arguments} keeps the values: {@code --output} for {@code -o}. */
    String name() {
      return names.get(names.size() - 1);
    }

    String shortName() {
      return names.get(0).startsWith("--") ? null : names.get(0);
    }

    String longName() {
      String last = names.get(names.size() - 1);
      return last.startsWith("--") ? last : null;
    }

    /** The label with its repetition: {@code RULE[,RULE...]}, {@code FILE...}, {@code [WHICH]}. */
    String labelText() {
      if (isOption()) {
        return split == null ? label : label + "[" + split + label + "...]";
      }
      String text = max > 1 ? label + "..." : label;
      return min == 0 ? "[" + text + "]" : text;
    }

    /** The key options are sorted by: the shortest name without dashes, case ignored. */
    String sortKey() {
      return names.get(0).replaceFirst("^-+", "").toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A command line the grammar refuses, reported with a pointer to the command's help. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Command command;

    UsageError(Command command, String message) {
      super(message, null, false, false);
      this.command = command;
    }
  }

  static final Arg HELP = standard(List.of("-h", "--help"), "Show this help message and exit.");
  static final Arg VERSION = standard(List.of("-V", "--version"), "Print version information and exit.");
  static final Arg DEBUG = standard(List.of("--debug"), "Print the stack trace of an internal error.");

  final String name;
  final List<String> description;
  final List<Arg> declared = new ArrayList<>();
  final List<Arg> positionals = new ArrayList<>();
  /** Options that exclude each other (one group at most), by name. */
  final List<String> exclusive = new ArrayList<>();
  List<String> footer = List.of();
  /** A line printed above the usage, with blank lines around the usage (the help command's layout). */
  String header;
  /** Whether help lists the options sorted by name; else in the order declared. */
  boolean sorted = true;
  /** The standard options, after the declared ones when not sorted. */
  List<Arg> standard = List.of(HELP, VERSION, DEBUG);
  Factory factory;
  private Arg last;

  private Command(String name, List<String> description) {
    this.name = name;
    this.description = description;
  }

  static Command of(String name, String... description) {
    return new Command(name, List.of(description));
  }

  private static Arg standard(List<String> names, String description) {
    Arg arg = new Arg(names, null);
    arg.description = description;
    return arg;
  }

  boolean isMain() {
    return name.equals("designdoc");
  }

  /** Every option: the declared ones, then the standard ones. */
  List<Arg> options() {
    List<Arg> all = new ArrayList<>(declared);
    all.addAll(standard);
    return all;
  }

  /** The option of this name, or null. */
  Arg option(String name) {
    for (Arg arg : declared) {
      if (arg.names.contains(name)) {
        return arg;
      }
    }
    for (Arg arg : standard) {
      if (arg.names.contains(name)) {
        return arg;
      }
    }
    return null;
  }

  /** Adds a flag, described by the next {@link #help}. */
  Command flag(String... names) {
    last = new Arg(List.of(names), null);
    last.arity = 0;
    declared.add(last);
    return this;
  }

  /** Adds an option taking one value, described by the next {@link #help}. */
  Command option(String label, String... names) {
    last = new Arg(List.of(names), label);
    last.arity = 1;
    declared.add(last);
    return this;
  }

  /** Adds a positional parameter taking {@code min} to {@code max} values. */
  Command positional(String label, int min, int max) {
    last = new Arg(List.of(), label);
    last.min = min;
    last.max = max;
    positionals.add(last);
    return this;
  }

  Command help(String description) {
    last.description = description;
    return this;
  }

  /** The last option may be given more than once, its values kept in order. */
  Command repeatable() {
    last.repeatable = true;
    return this;
  }

  /** The last option's values may also be separated by {@code separator} in one occurrence. */
  Command split(String separator) {
    last.split = separator;
    return this;
  }

  /** The last option takes {@code arity} values per occurrence. */
  Command arity(int arity) {
    last.arity = arity;
    return this;
  }

  /** The last option or parameter takes only these values (checked when parsing, case-sensitive). */
  Command choices(String... values) {
    last.choices = List.of(values);
    last.completions = last.choices;
    return this;
  }

  /** The shell completes these values for the last option or parameter; others are allowed. */
  Command completes(String... values) {
    last.completions = List.of(values);
    return this;
  }

  /** The shell completes file names for the last option or parameter. */
  Command files() {
    last.files = true;
    return this;
  }

  Command exclusive(String... names) {
    exclusive.addAll(List.of(names));
    return this;
  }

  Command unsorted() {
    sorted = false;
    return this;
  }

  Command footer(String... lines) {
    footer = List.of(lines);
    return this;
  }

  Command factory(Factory factory) {
    this.factory = factory;
    return this;
  }
}
