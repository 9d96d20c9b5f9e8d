package io.github.designdoc.cli;

import io.github.designdoc.json.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code designdoc schema}: prints the JSON Schema of the JSON format, or of the config file. */
final class SchemaCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("schema",
          "Print a JSON Schema (draft 2020-12): of the JSON format (default), or of the .designdoc.json "
              + "config file with 'config', or of diff --format json with 'diff'.")
      .positional("WHICH", 0, 1).completes("json", "config", "diff").help("json (default), config or diff.")
      .factory(SchemaCommand::new);

  private final Io io;
  private final String which;

  SchemaCommand(Io io, Arguments args) {
    this.io = io;
    List<String> given = args.positionals();
    which = given.isEmpty() ? "json" : given.get(0);
  }

  @Override
  public Integer call() {
    String schema;
    switch (which.toLowerCase(Locale.ROOT)) {
      case "json":
        schema = JsonFormat.schema();
        break;
      case "config":
        schema = Config.schema();
        break;
      case "diff":
        schema = DiffCommand.schema();
        break;
      default:
        throw CliException.input("schema takes json, config or diff, not '" + which + "'");
    }
    io.out.writeBytes((schema.endsWith("\n") ? schema : schema + "\n").getBytes(StandardCharsets.UTF_8));
    return 0;
  }
}
