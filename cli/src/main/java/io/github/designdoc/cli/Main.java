package io.github.designdoc.cli;

import io.github.designdoc.json.JsonFormat;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code designdoc} command: dispatches to its subcommands.
 *
 * <p>Exit codes: 0 success, 1 a check failed ({@code fmt --check}, lint findings at or above
 * {@code --fail-on}), 2 a usage error or input that could not be read or written, 3 an internal error
 * (out of memory and stack overflow included), each with one line on standard error.
 *
 * <p>The subcommands are added when picocli builds the command's model ({@link Subcommands}): a run of
 * one subcommand builds the model of that one only, which is most of picocli's start-up time; any other
 * use (picocli's generators, help, completion) gets them all.
 */
@Command(
    name = "designdoc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Format, edit, convert, lint, compare, index and create design documents.",
    modelTransformer = Main.Subcommands.class,
    footer = {"", "Exit codes: 0 success, 1 a check failed, 2 a usage or input error, 3 an internal error."})
public final class Main implements Runnable {
  /** Exit code of a check that failed: {@code fmt --check}, lint findings. */
  static final int FAILED = 1;
  /** Exit code of a usage error, a missing file or input that could not be read or written. */
  static final int INPUT = 2;
  /** Exit code of an internal error. */
  static final int INTERNAL = 3;

  final Io io;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean debug;

  /** The tool on the process's standard streams; what picocli's generators (completion) instantiate. */
  public Main() {
    this(Io.system());
  }

  Main(Io io) {
    this.io = io;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this),
        "a command is required: fmt, edit, convert, lint, new, schema or completion");
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
    return run(args, io, cli -> { });
  }

  /** Runs with the command line customized first (tests add commands that fail in chosen ways). */
  static int run(String[] args, Io io, java.util.function.Consumer<CommandLine> customize) {
    boolean debug = debug(args);
    PrintStream err = io.err;
    int code;
    try {
      code = execute(args, io, debug, customize);
    } catch (OutOfMemoryError e) {
      code = internal(err, "out of memory: the input needs a larger heap (java -Xmx1g -jar ...)", e, debug);
    } catch (StackOverflowError e) {
      code = internal(err, "stack overflow: the input is nested too deeply", e, debug);
    } catch (RuntimeException | Error e) {
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

  private static int execute(String[] args, Io io, boolean debug, java.util.function.Consumer<CommandLine> customize) {
    CommandLine cli;
    Subcommands.ARGS.set(args);
    try {
      cli = new CommandLine(new Main(io));
    } finally {
      Subcommands.ARGS.remove();
    }
    customize.accept(cli);
    cli.setOut(new PrintWriter(io.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(io.err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler((e, a) -> {
      io.err.println("designdoc: " + e.getMessage());
      io.err.println("Try 'designdoc " + commandName(e.getCommandLine()) + "--help' for more information.");
      return INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CliException) {
        io.err.println("designdoc: " + e.getMessage());
        return ((CliException) e).exitCode();
      }
      if (e instanceof UncheckedIOException) {
        io.err.println("designdoc: " + SafeWrite.reason(((UncheckedIOException) e).getCause()));
        return INPUT;
      }
      return internal(io.err, "internal error: " + describe(e), e, debug);
    });
    return cli.execute(args);
  }

  /**
   * Adds the subcommands to the model picocli builds of {@link Main}: those {@link #subcommands(String[])}
   * gives for the command line being run on this thread, else all of them.
   */
  static final class Subcommands implements CommandLine.IModelTransformer {
    /** The command line {@link Main#run} is building the model for, on this thread. */
    static final ThreadLocal<String[]> ARGS = new ThreadLocal<>();

    @Override
    public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
      String[] args = ARGS.get();
      for (Class<?> subcommand : subcommands(args == null ? new String[0] : args)) {
        CommandLine command = new CommandLine(subcommand == CommandLine.HelpCommand.class
            ? new CommandLine.HelpCommand() : subcommand);
        spec.addSubcommand(command.getCommandName(), command);
      }
      return spec;
    }
  }

  /** Every subcommand, in the order help lists them. */
  static final List<String> COMMANDS = List.of("fmt", "edit", "convert", "lint", "diff", "index", "new", "schema",
      "completion", "help");

  /**
   * The subcommands to build for this command line: only the one it runs when its first word names a
   * command that needs no other (not {@code help} or {@code completion}, which describe them all), else
   * all of them, so that help and errors list every command.
   */
  static List<Class<?>> subcommands(String[] args) {
    String first = null;
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        first = arg;
        break;
      }
      if (arg.equals("--")) {
        break;
      }
    }
    Class<?> only = first == null ? null : command(first);
    if (only != null && only != CompletionCommand.class && only != CommandLine.HelpCommand.class) {
      return List.of(only);
    }
    List<Class<?>> all = new ArrayList<>(COMMANDS.size());
    COMMANDS.forEach(name -> all.add(command(name)));
    return all;
  }

  /** The class of the subcommand of this name, null for none; each is only loaded when named here. */
  private static Class<?> command(String name) {
    switch (name) {
      case "fmt": return FmtCommand.class;
      case "edit": return EditCommand.class;
      case "convert": return ConvertCommand.class;
      case "lint": return LintCommand.class;
      case "diff": return DiffCommand.class;
      case "index": return IndexCommand.class;
      case "new": return NewCommand.class;
      case "schema": return SchemaCommand.class;
      case "completion": return CompletionCommand.class;
      case "help": return CommandLine.HelpCommand.class;
      default: return null;
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

  private static String commandName(CommandLine commandLine) {
    String name = commandLine.getCommandName();
    return name.equals("designdoc") ? "" : name + " ";
  }

  /** The version from the jar's manifest, and the JSON format's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"designdoc " + version() + " (JSON format " + JsonFormat.VERSION + ")"};
    }

    static String version() {
      String version = Main.class.getPackage().getImplementationVersion();
      return version == null ? "development build" : version;
    }
  }
}
