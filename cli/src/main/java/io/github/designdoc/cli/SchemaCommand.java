package io.github.designdoc.cli;

import io.github.designdoc.json.JsonFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code designdoc schema}: prints the JSON Schema of the JSON format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the JSON format.")
final class SchemaCommand implements Callable<Integer> {
  private final Io io;

  SchemaCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    String schema = JsonFormat.schema();
    io.out.print(schema.endsWith("\n") ? schema : schema + "\n");
    return 0;
  }
}
