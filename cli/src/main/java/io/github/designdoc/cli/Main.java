package io.github.designdoc.cli;

import io.github.designdoc.json.JsonFormat;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The {@code designdoc} command: dispatches to its subcommands.
 *
 * <p>Exit codes: 0 success, 1 a check failed ({@code fmt --check}, lint findings at or above
 * {@code --fail-on}), 2 a usage error or input that could not be read or written, 3 an internal error
 * (out of memory and stack overflow included), each with one line on standard error.
 */
public final class Main {
  /** Exit code of a check that failed: {@code fmt --check}, lint findings. */
  static final int FAILED = 1;
  /** Exit code of a usage error, a missing file or input that could not be read or written. */
  static final int INPUT = 2;
  /** Exit code of an internal error. */
  static final int INTERNAL = 3;

  /** Every subcommand, in the order help lists them. */
  static final List<String> COMMANDS = List.of("fmt", "edit", "convert", "lint", "diff", "index", "new", "schema",
      "completion", "help");

  static final Command MAIN = Command.of("designdoc",
          "Format, edit, convert, lint, compare, index and create design documents.")
      .footer("", "Exit codes: 0 success, 1 a check failed, 2 a usage or input error, 3 an internal error.");

  static final Command HELP = help();

  private Main() {}

  private static Command help() {
    Command help = Command.of("help",
            "When no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.")
        .positional("COMMAND", 0, 1).help("The COMMAND to display the usage help message for.");
    help.header = "Display help information about the specified command.";
    Command.Arg option = new Command.Arg(List.of("-h", "--help"), null);
    option.description = "Show usage help for the help command and exit.";
    help.standard = List.of(option, Command.DEBUG);
    return help;
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    Io io = Io.system();
    System.exit(run(args, io));
  }

  /**
   * Runs the tool with the given streams and returns its exit code, without exiting.
   *
   * @param args the command line
   * @param in standard input, read by {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args must not be null");
    return run(args, new Io(in, out, err));
  }

  static int run(String[] args, Io io) {
    return run(args, io, List.of());
  }

  /** Runs with {@code extra} commands besides the tool's (tests add commands that fail in chosen ways). */
  static int run(String[] args, Io io, List<Command> extra) {
    boolean debug = debug(args);
    PrintStream err = io.err;
    int code;
    try {
      code = execute(args, io, extra);
    } catch (Command.UsageError e) {
      err.println("designdoc: " + e.getMessage());
      err.println("Try 'designdoc " + (e.command.isMain() ? "" : e.command.name + " ")
          + "--help' for more information.");
      code = INPUT;
    } catch (CliException e) {
      err.println("designdoc: " + e.getMessage());
      code = e.exitCode();
    } catch (UncheckedIOException e) {
      err.println("designdoc: " + SafeWrite.reason(e.getCause()));
      code = INPUT;
    } catch (OutOfMemoryError e) {
      code = internal(err, "out of memory: the input needs a larger heap (java -Xmx1g -jar ...)", e, debug);
    } catch (StackOverflowError e) {
      code = internal(err, "stack overflow: the input is nested too deeply", e, debug);
    } catch (Exception | Error e) {
      code = internal(err, "internal error: " + describe(e), e, debug);
    }
    io.out.flush();
    if (io.out.checkError()) {
      err.println("designdoc: cannot write to standard output");
      code = Math.max(code, INPUT);
    }
    err.flush();
    return code;
  }

  private static int execute(String[] args, Io io, List<Command> extra) throws Exception {
    Arguments main = Arguments.parse(MAIN, args, 0);
    if (main.end == args.length) {
      if (main.flag("--help")) {
        return print(io, HelpText.of(MAIN, all(extra)));
      }
      if (main.flag("--version")) {
        return print(io, version() + "\n");
      }
      throw main.error("a command is required: fmt, edit, convert, lint, new, schema or completion");
    }
    String name = args[main.end];
    Command command = command(name, extra);
    if (command == null) {
      throw main.error("Unmatched argument at index " + main.end + ": '" + name + "'");
    }
    Arguments parsed = Arguments.parse(command, args, main.end + 1);
    if (main.flag("--help")) {
      return print(io, HelpText.of(MAIN, all(extra)));
    }
    if (main.flag("--version")) {
      return print(io, version() + "\n");
    }
    if (parsed.flag("--help")) {
      return print(io, help(command, extra));
    }
    if (command != HELP && parsed.flag("--version")) {
      return print(io, version() + "\n");
    }
    parsed.check();
    if (command == HELP) {
      List<String> names = parsed.positionals();
      if (names.isEmpty()) {
        return print(io, HelpText.of(MAIN, all(extra)));
      }
      Command described = command(names.get(0), extra);
      if (described == null) {
        throw main.error("Unknown subcommand '" + names.get(0) + "'.");
      }
      return print(io, help(described, extra));
    }
    if (command == CompletionCommand.SPEC) {
      return new CompletionCommand(io, parsed, CompletionScript.bash(MAIN, all(extra))).call();
    }
    Callable<Integer> task = command.factory.create(io, parsed);
    return task.call();
  }

  private static String help(Command command, List<Command> extra) {
    return HelpText.of(command, command == MAIN ? all(extra) : List.of());
  }

  private static int print(Io io, String text) {
    io.out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return 0;
  }

  /** Every command, in the order help lists them, then the extra ones. */
  static List<Command> all(List<Command> extra) {
    List<Command> all = new ArrayList<>();
    COMMANDS.forEach(name -> all.add(command(name, List.of())));
    all.addAll(extra);
    return all;
  }

  /**
   * The command of this name, null for none. Each command's grammar is a static field of its class, which
   * is only loaded when named here: a run loads the class of the command it runs and no other.
   */
  static Command command(String name, List<Command> extra) {
    switch (name) {
      case "fmt": return FmtCommand.SPEC;
      case "edit": return EditCommand.SPEC;
      case "convert": return ConvertCommand.SPEC;
      case "lint": return LintCommand.SPEC;
      case "diff": return DiffCommand.SPEC;
      case "index": return IndexCommand.SPEC;
      case "new": return NewCommand.SPEC;
      case "schema": return SchemaCommand.SPEC;
      case "completion": return CompletionCommand.SPEC;
      case "help": return HELP;
      default:
        for (Command command : extra) {
          if (command.name.equals(name)) {
            return command;
          }
        }
        return null;
    }
  }

  private static boolean debug(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static int internal(PrintStream err, String message, Throwable e, boolean debug) {
    err.println("designdoc: " + message + (debug ? "" : " (run with --debug for details)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return INTERNAL;
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
  }

  /** The version line: the jar manifest's version and the JSON format's version. */
  static String version() {
    return "designdoc " + implementationVersion() + " (JSON format " + JsonFormat.VERSION + ")";
  }

  /** The jar manifest's version, or "development build". */
  static String implementationVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
