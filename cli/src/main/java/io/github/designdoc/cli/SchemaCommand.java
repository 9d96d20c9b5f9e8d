package io.github.designdoc.cli;

import io.github.designdoc.json.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code designdoc schema}: prints the JSON Schema of the JSON format, or of the config file. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print a JSON Schema (draft 2020-12): of the JSON format (default), or of the .designdoc.json "
        + "config file with 'config', or of diff --format json with 'diff'.")
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Parameters(paramLabel = "WHICH", arity = "0..1", defaultValue = "json", description = "json (default), config or diff.")
  String which;

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
    main.io.out.writeBytes((schema.endsWith("\n") ? schema : schema + "\n").getBytes(StandardCharsets.UTF_8));
    return 0;
  }
}
