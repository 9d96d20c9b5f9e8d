package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.json.JsonFormat;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands other than fmt, edit and lint, and what every command shares: exit codes, help, streams. */
class MainTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String template() {
    return MarkdownWriter.create().write(DesignDoc.template());
  }

  @Test
  void everyCommandIsFoundByItsNameAndHelpListsThemInOrder() {
    // That a run loads the class of the command it runs and no other is checked on the jar (JarIT).
    for (String name : Main.COMMANDS) {
      assertEquals(name, Main.command(name, List.of()).name);
    }
    assertEquals(null, Main.command("frobnicate", List.of()));
    List<String> names = new java.util.ArrayList<>();
    Main.all(List.of()).forEach(c -> names.add(c.name));
    assertEquals(Main.COMMANDS, names);
  }

  @Test
  void helpListsEveryCommand() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--help"}, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
        new PrintStream(new ByteArrayOutputStream(), true));
    assertEquals(0, code);
    String help = out.toString(StandardCharsets.UTF_8);
    for (String command : Main.COMMANDS) {
      assertTrue(help.contains("  " + command + " "), command + " missing from\n" + help);
    }
  }

  @Test
  void convertMarkdownToJsonAndBack() throws Exception {
    Path md = write("doc.md", template());
    Cli toJson = Cli.run("convert", md.toString());
    assertEquals(0, toJson.code, toJson.err);
    assertEquals(DesignDoc.template(), JsonReader.create().read(toJson.out));

    Path json = dir.resolve("doc.json");
    assertEquals(0, Cli.run("convert", md.toString(), "-o", json.toString()).code);
    assertEquals(toJson.out, Files.readString(json));
    Cli back = Cli.run("convert", json.toString());
    assertEquals(0, back.code, back.err);
    assertEquals(template().strip(), back.out.strip());

    Cli explicit = Cli.runWithInput(toJson.out, "convert", "-", "--to", "markdown");
    assertEquals(back.out, explicit.out);
  }

  @Test
  void convertOutputKeepsPermissionsAndRefusesWhatItMustNotReplace() throws Exception {
    Path md = write("doc.md", template());
    Path json = write("doc.json", "old");
    Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(0, Cli.run("convert", md.toString(), "-o", json.toString()).code);
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(json)));

    Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("r--r--r--"));
    String before = Files.readString(json);
    Cli readOnly = Cli.run("convert", md.toString(), "-o", json.toString()).assertInputError();
    assertEquals("designdoc: cannot write " + json + ": the file is read-only\n", readOnly.err);
    assertEquals(before, Files.readString(json));

    Cli device = Cli.run("convert", md.toString(), "--to", "json", "-o", "/dev/null").assertInputError();
    assertTrue(device.err.contains("not a regular file"), device.err);
    assertFalse(Files.isRegularFile(Path.of("/dev/null")));
  }

  @Test
  void convertNeedsAKnownOutputFormat() throws Exception {
    Path md = write("doc.md", template());
    Cli yaml = Cli.run("convert", md.toString(), "-o", dir.resolve("doc.yaml").toString()).assertInputError();
    assertTrue(yaml.err.contains("from its extension"), yaml.err);
    assertFalse(Files.exists(dir.resolve("doc.yaml")));
    Cli.run("convert", md.toString(), "--to", "yaml").assertInputError();
  }

  @Test
  void convertRejectsInvalidJsonInOneLine() throws Exception {
    Path json = write("bad.json", "{\"formatVersion\": \"2.0\", \"title\": 42}");
    Cli run = Cli.run("convert", json.toString()).assertInputError();
    assertTrue(run.err.startsWith("designdoc: " + json + ": "), run.err);
  }

  @Test
  void newPrintsTheTemplateWithTheGivenPartsAndDraftByDefault() {
    Cli run = Cli.run("new", "--title", "Search", "--author", "Ada", "--author", "Grace", "--date", "2026-01-02");
    assertEquals(0, run.code, run.err);
    DesignDoc doc = MarkdownReader.create().read(run.out).document();
    assertEquals("Search", doc.title());
    assertEquals(List.of("Ada", "Grace"), doc.authors());
    assertEquals("Draft", doc.status().orElseThrow().text());
    assertEquals("2026-01-02", doc.date().orElseThrow().text());
    assertEquals(DesignDoc.template().components(), doc.components());

    Cli approved = Cli.run("new", "--title", "Search", "--status", "Approved");
    assertEquals("Approved", MarkdownReader.create().read(approved.out).document().status().orElseThrow().text());
    Cli.run("new", "--title", " ").assertInputError();
  }

  @Test
  void schemaPrintsTheJsonFormatsOrTheConfigFilesSchema() {
    Cli run = Cli.run("schema");
    assertEquals(0, run.code);
    assertEquals(JsonFormat.schema().strip(), run.out.strip());
    Cli config = Cli.run("schema", "config");
    assertEquals(0, config.code);
    assertEquals(Config.schema().strip(), config.out.strip());
    assertTrue(config.out.contains("\"maxWarnings\""), config.out);
    Cli.run("schema", "yaml").assertInputError();
  }

  @Test
  void usageErrorsAndMissingFilesExitTwoWithOneLine() {
    Cli.run("fmt", dir.resolve("missing.md").toString()).assertInputError();
    Cli.run("convert").assertInputError();
    Cli.run("frobnicate").assertInputError();
    Cli.run("fmt", "--bogus", "x.md").assertInputError();
    Cli.run(new String[0]).assertInputError();
    Cli.run("edit", dir.resolve("missing.md").toString()).assertInputError();
  }

  @Test
  void invalidUtf8IsAnInputError() throws Exception {
    Path file = dir.resolve("bad.md");
    Files.write(file, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
    Cli run = Cli.run("fmt", file.toString()).assertInputError();
    assertTrue(run.err.contains("not valid UTF-8"), run.err);
  }

  @Test
  void helpVersionAndTheHelpCommand() {
    for (String command : List.of("fmt", "edit", "convert", "lint", "new", "schema", "completion")) {
      Cli run = Cli.run(command, "--help");
      assertEquals(0, run.code, command);
      assertTrue(run.out.startsWith("Usage: designdoc " + command), run.out);
      Cli help = Cli.run("help", command);
      assertEquals(0, help.code, command);
      assertEquals(run.out, help.out);
    }
    Cli version = Cli.run("--version");
    assertEquals(0, version.code);
    assertTrue(version.out.matches("designdoc \\S.* \\(JSON format " + JsonFormat.VERSION.replace(".", "\\.")
        + "\\)\n"), version.out);
  }

  @Test
  void completionScriptsCoverEveryCommandAndItsOptions() throws Exception {
    Cli bash = Cli.run("completion", "bash");
    assertEquals(0, bash.code, bash.err);
    assertTrue(bash.out.contains("complete -F"), bash.out);
    for (String command : List.of("fmt", "edit", "convert", "lint", "new", "schema")) {
      assertTrue(bash.out.contains(command), command);
    }
    assertTrue(bash.out.contains("--fail-on") && bash.out.contains("--add-revision"), "options are completed");
    Cli zsh = Cli.run("completion", "zsh");
    assertEquals(0, zsh.code);
    assertTrue(zsh.out.startsWith("#compdef designdoc\n"), zsh.out);
    assertTrue(zsh.out.contains("bashcompinit"), "the script loads bashcompinit in zsh");
    assertEquals(bash.out, zsh.out.substring("#compdef designdoc\n".length()));
    Cli.run("completion", "fish").assertInputError();

    Path bashBinary = Path.of("/bin/bash");
    Assumptions.assumeTrue(Files.isExecutable(bashBinary), "no /bin/bash to run the script");
    Path script = write("designdoc.bash", bash.out);
    assertEquals("", shell(bashBinary, "-n", script.toString()), "bash -n finds no syntax error");
    assertTrue(shell(bashBinary, "-c", "source " + script + " && complete -p designdoc").contains("_designdoc"));
    Files.writeString(dir.resolve("notes.md"), "x");
    // What the shell offers after the words typed so far, the cursor in the last one.
    assertEquals("lint", complete(bashBinary, script, "designdoc", "li"));
    assertEquals("fmt", complete(bashBinary, script, "designdoc", "--debug", "fm"));
    assertEquals("--fail-on --format", complete(bashBinary, script, "designdoc", "lint", "--f"));
    assertEquals("sarif", complete(bashBinary, script, "designdoc", "lint", "--format", "s"));
    assertEquals("error warning", complete(bashBinary, script, "designdoc", "lint", "--fail-on", ""));
    assertEquals("bash zsh", complete(bashBinary, script, "designdoc", "completion", ""));
    assertEquals("config", complete(bashBinary, script, "designdoc", "schema", "c"));
    assertEquals("edit", complete(bashBinary, script, "designdoc", "help", "ed"));
    assertEquals("--add-open-issue --add-revision", complete(bashBinary, script, "designdoc", "edit", "x.md", "--add"));
    assertEquals("notes.md", complete(bashBinary, script, "designdoc", "fmt", "--check", "no"));
    assertEquals("", complete(bashBinary, script, "designdoc", "fmt", "--include", "no"),
        "a GLOB is not completed from file names by the script");
  }

  /** Runs bash with {@code args} in the test's folder; its output. */
  private String shell(Path bash, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(bash.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  /** The completions the script's function gives for {@code words}, sorted and separated by spaces. */
  private String complete(Path bash, Path script, String... words) throws Exception {
    StringBuilder line = new StringBuilder("source " + script + " && COMP_WORDS=(");
    for (String word : words) {
      line.append(" '").append(word).append('\'');
    }
    line.append(") && COMP_CWORD=").append(words.length - 1)
        .append(" && _designdoc && printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '");
    return shell(bash, "-c", line.toString()).strip();
  }

  @Test
  void aFailingStandardOutputIsAnError() throws Exception {
    Path md = write("doc.md", template());
    PrintStream broken = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    }, true, StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"fmt", md.toString()}, new ByteArrayInputStream(new byte[0]), broken,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertEquals("designdoc: cannot write to standard output\n", err.toString(StandardCharsets.UTF_8));
  }

  /** A command that fails the way its parameter says. */
  static final class Fail implements java.util.concurrent.Callable<Integer> {
    static final Command SPEC = Command.of("fail", "Fail as told.").positional("HOW", 1, 1).help("oom, stack or npe.")
        .factory((io, args) -> new Fail(args.positionals().get(0)));

    final String how;

    Fail(String how) {
      this.how = how;
    }

    @Override
    public Integer call() {
      switch (how) {
        case "oom":
          throw new OutOfMemoryError("Java heap space");
        case "stack":
          throw new StackOverflowError();
        case "npe":
          throw new NullPointerException("something was null");
        default:
          throw new IllegalStateException("unexpected");
      }
    }
  }

  private static Cli failing(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    int code = Main.run(args, io, List.of(Fail.SPEC));
    return new Cli.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)).cli();
  }

  @Test
  void internalErrorsAreExitThreeWithOneLineAndAStackTraceOnlyWithDebug() {
    Cli oom = failing("fail", "oom");
    assertEquals(3, oom.code);
    assertEquals("designdoc: out of memory: the input needs a larger heap (java -Xmx1g -jar ...) "
        + "(run with --debug for details)\n", oom.err);
    Cli stack = failing("fail", "stack");
    assertEquals(3, stack.code);
    assertTrue(stack.err.startsWith("designdoc: stack overflow"), stack.err);
    stack.assertOneLineOnStderr();
    Cli npe = failing("fail", "npe");
    assertEquals(3, npe.code);
    assertEquals("designdoc: internal error: NullPointerException: something was null (run with --debug for details)\n",
        npe.err);
    Cli debug = failing("--debug", "fail", "npe");
    assertEquals(3, debug.code);
    assertTrue(debug.err.contains("\tat "), "a stack trace with --debug: " + debug.err);
    Cli debugAfter = failing("fail", "--debug", "npe");
    assertEquals(3, debugAfter.code);
    assertTrue(debugAfter.err.contains("\tat "), "--debug is accepted after the command too: " + debugAfter.err);
  }
}
