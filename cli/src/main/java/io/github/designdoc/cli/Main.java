package io.github.designdoc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code designdoc} command: dispatches to its subcommands. */
@Command(
    name = "designdoc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Format, convert, lint and create design documents.",
    subcommands = {FmtCommand.class, ConvertCommand.class, LintCommand.class, NewCommand.class,
        SchemaCommand.class})
public final class Main implements Runnable {
  /** Exit code of a usage error, a missing file or input that could not be read. */
  static final int USAGE = 2;

  private final Io io;

  Main(Io io) {
    this.io = io;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: fmt, convert, lint, new or schema");
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
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
    Io io = new Io(in, out, err);
    CommandLine cli = new CommandLine(new Main(io), new Factory(io));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("designdoc: " + e.getMessage());
      err.println("Try 'designdoc " + commandName(e.getCommandLine()) + "--help' for more information.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CliException) {
        err.println("designdoc: " + e.getMessage());
        return ((CliException) e).exitCode();
      }
      if (e instanceof UncheckedIOException) {
        err.println("designdoc: " + e.getCause().getMessage());
        return USAGE;
      }
      err.println("designdoc: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandName(CommandLine commandLine) {
    String name = commandLine.getCommandName();
    return name.equals("designdoc") ? "" : name + " ";
  }

  /** Gives subcommands the streams of this run. */
  static final class Factory implements CommandLine.IFactory {
    private final Io io;

    Factory(Io io) {
      this.io = io;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.cast(type.getDeclaredConstructor(Io.class).newInstance(io));
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"designdoc " + (version == null ? "development build" : version)};
    }
  }
}
