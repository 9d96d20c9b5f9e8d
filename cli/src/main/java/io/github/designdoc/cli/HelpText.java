package io.github.designdoc.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A command's help: the usage line, the description, a table of its parameters and options and, for the
 * main command, of its subcommands, wrapped at 80 columns.
 */
final class HelpText {
  private static final int WIDTH = 80;
  /** Option names and labels longer than this go on a line of their own, the description below. */
  private static final int LONGEST_INLINE = 19;

  private HelpText() {}

  /** The help of {@code command}; {@code commands} are listed for the main command. */
  static String of(Command command, List<Command> commands) {
    StringBuilder out = new StringBuilder();
    if (command.header != null) {
      out.append(command.header).append("\n\n");
    }
    usage(out, command);
    if (command.header != null) {
      out.append('\n');
    }
    for (String paragraph : command.description) {
      lines(out, paragraph, 0, 0);
    }
    if (command.header != null) {
      out.append('\n');
    }
    table(out, command);
    if (!commands.isEmpty()) {
      out.append("Commands:\n");
      int width = commands.stream().mapToInt(c -> c.name.length()).max().orElse(0) + 2;
      for (Command sub : commands) {
        out.append("  ").append(pad(sub.name, width));
        column(out, sub.header != null ? sub.header : sub.description.get(0), 2 + width);
      }
    }
    for (String line : command.footer) {
      lines(out, line, 0, 0);
    }
    return out.toString();
  }

  /** {@code Usage: designdoc fmt [-hV] [--debug] ... FILE...}, wrapped under its first element. */
  private static void usage(StringBuilder out, Command command) {
    List<String> parts = new ArrayList<>();
    List<Command.Arg> options = new ArrayList<>(command.options());
    options.sort(Comparator.comparing(Command.Arg::sortKey));
    StringBuilder cluster = new StringBuilder();
    List<String> flags = new ArrayList<>();
    List<Command.Arg> valued = new ArrayList<>();
    for (Command.Arg option : options) {
      if (command.exclusive.contains(option.name())) {
        continue;
      }
      if (option.arity == 0) {
        if (option.shortName() != null) {
          cluster.append(option.shortName().substring(1));
        } else {
          flags.add("[" + option.name() + "]");
        }
      } else {
        valued.add(option);
      }
    }
    if (cluster.length() > 0) {
      parts.add("[-" + cluster + "]");
    }
    parts.addAll(flags);
    valued.sort(Comparator.comparing((Command.Arg o) -> o.repeatable).thenComparing(o -> o.arity)
        .thenComparing(Command.Arg::sortKey));
    for (Command.Arg option : valued) {
      parts.add("[" + option.names.get(0) + "=" + option.labelText() + "]" + (option.repeatable ? "..." : ""));
    }
    if (!command.exclusive.isEmpty()) {
      parts.add("[" + String.join(" | ", command.exclusive) + "]");
    }
    for (Command.Arg positional : command.positionals) {
      parts.add(positional.labelText());
    }
    if (command.isMain()) {
      parts.add("[COMMAND]");
    }
    String start = "Usage: designdoc" + (command.isMain() ? "" : " " + command.name);
    StringBuilder line = new StringBuilder(start);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (!fits(line.length() + 1 + part.length(), i == parts.size() - 1, WIDTH) && line.length() > start.length()) {
        out.append(line).append('\n');
        line = new StringBuilder(" ".repeat(start.length()));
      }
      line.append(' ').append(part);
    }
    out.append(line).append('\n');
  }

  /** The parameters, then the options (sorted by name, or as declared), with their descriptions. */
  private static void table(StringBuilder out, Command command) {
    List<Command.Arg> options = command.options();
    if (command.sorted) {
      options.sort(Comparator.comparing(Command.Arg::sortKey));
    }
    List<String[]> rows = new ArrayList<>();
    for (Command.Arg positional : command.positionals) {
      rows.add(new String[] {"   ", positional.labelText(), positional.description});
    }
    for (Command.Arg option : options) {
      String shortName = option.shortName();
      String longName = option.longName();
      String first = shortName == null ? "   " : shortName + (longName == null ? " " : ",");
      String second = (longName == null ? "" : longName) + (option.label == null ? "" : "=" + option.labelText());
      rows.add(new String[] {first, second, option.description});
    }
    int longest = 0;
    for (String[] row : rows) {
      if (row[1].length() <= LONGEST_INLINE) {
        longest = Math.max(longest, row[1].length());
      }
    }
    int descriptionColumn = 6 + longest + 3;
    for (String[] row : rows) {
      String names = "  " + row[0] + " " + row[1];
      if (row[1].length() > longest) {
        out.append(names).append('\n').append(" ".repeat(descriptionColumn));
      } else {
        out.append(pad(names, descriptionColumn));
      }
      column(out, row[2], descriptionColumn);
    }
  }

  /** {@code text} wrapped from {@code column} to the right margin, its later lines indented two more. */
  private static void column(StringBuilder out, String text, int column) {
    List<String> lines = wrap(text, WIDTH - column, WIDTH - column - 2);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append(" ".repeat(column + 2));
      }
      out.append(lines.get(i)).append('\n');
    }
  }

  private static void lines(StringBuilder out, String text, int first, int next) {
    if (text.isEmpty()) {
      out.append('\n');
      return;
    }
    for (String line : wrap(text, WIDTH - first, WIDTH - next)) {
      out.append(line).append('\n');
    }
  }

  /**
   * Whether a line of {@code length} fits in {@code width}: with room for the space after it unless it ends
   * the text, as picocli wraps.
   */
  private static boolean fits(int length, boolean last, int width) {
    return length + (last ? 0 : 1) <= width;
  }

  /** Greedy wrapping at spaces; a word longer than a line gets a line of its own. */
  static List<String> wrap(String text, int firstWidth, int nextWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int width = firstWidth;
    String[] words = text.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (line.length() == 0) {
        line.append(word);
      } else if (fits(line.length() + 1 + word.length(), i == words.length - 1, width)) {
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        width = nextWidth;
        line = new StringBuilder(word);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
