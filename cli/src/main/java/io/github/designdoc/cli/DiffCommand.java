package io.github.designdoc.cli;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.ReadResult;
import io.github.designdoc.diff.Change;
import io.github.designdoc.diff.DiffReport;
import io.github.designdoc.diff.DocDiff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code designdoc diff}: what changed between two versions of a document, in the template's terms. */
final class DiffCommand implements Callable<Integer> {
  static final Command SPEC = Command.of("diff",
          "Show what changed between two versions of a design document: metadata, sections, and "
              + "components, flows, endpoints, data models and fields, open issues and revisions added, removed, "
              + "changed or moved; prose as one change per section.",
          "Each version is Markdown or JSON (by its extension). With --git REV, compares the version of FILE at "
              + "the git revision REV (git show REV:FILE) with the working file.",
          "Exit status: 0 no changes, 1 changes, 2 a usage error or an input that cannot be read.")
      .unsorted()
      .positional("FILE", 1, Integer.MAX_VALUE).files()
      .help("OLD and NEW, or with --git the one working FILE; - for standard input.")
      .option("REV", "--git").help("Compare FILE at this git revision with the working FILE.")
      .option("FORMAT", "--format").completes("text", "json", "markdown")
      .help("text (one change a line, the default), json (see the diff schema) or markdown (a review comment).")
      .factory(DiffCommand::new);

  private final Io io;
  private final List<String> files;
  private final String git;
  private final String format;

  DiffCommand(Io io, Arguments args) {
    this.io = io;
    files = args.positionals();
    git = args.value("--git");
    format = args.value("--format", "text");
  }

  @Override
  public Integer call() {
    String mode = format.toLowerCase(Locale.ROOT);
    if (!List.of("text", "json", "markdown").contains(mode)) {
      throw new CliException(Main.INPUT, "unknown --format '" + format + "': expected text, json or markdown");
    }
    ReadResult older;
    ReadResult newer;
    String name;
    if (git != null) {
      if (files.size() != 1) {
        throw new CliException(Main.INPUT, "diff --git takes one FILE, the working version");
      }
      Io.Input working = io.read(files.get(0));
      name = working.name;
      older = read(name + " at " + git, DocFormat.of(working), gitShow(git, files.get(0)));
      newer = read(working.name, DocFormat.of(working), working.text);
    } else {
      if (files.size() != 2) {
        throw new CliException(Main.INPUT, "diff takes OLD and NEW, or one FILE with --git REV");
      }
      Io.Input a = io.read(files.get(0));
      Io.Input b = io.read(files.get(1));
      name = b.name;
      older = read(a.name, DocFormat.of(a), a.text);
      newer = read(b.name, DocFormat.of(b), b.text);
    }
    List<Change> changes = DocDiff.between(older, newer);
    String text;
    switch (mode) {
      case "json":
        text = DiffReport.json(changes);
        break;
      case "markdown":
        text = DiffReport.markdown(changes, name);
        break;
      default:
        text = DiffReport.text(changes);
    }
    io.out.print(text);
    io.out.flush();
    if (io.out.checkError()) {
      throw CliException.input("cannot write to standard output");
    }
    return changes.isEmpty() ? 0 : Main.FAILED;
  }

  /** The JSON Schema of {@code --format json}. */
  static String schema() {
    try (InputStream in = DiffCommand.class.getResourceAsStream("designdoc-diff.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("designdoc-diff.schema.json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ReadResult read(String name, DocFormat format, String text) {
    try {
      ReadResult result = format.read(text);
      if (result.hasErrors()) {
        throw CliException.input(name + ": " + FmtCommand.firstError(result.diagnostics()));
      }
      return result;
    } catch (DesignDocFormatException e) {
      throw CliException.input(name + ": " + FmtCommand.firstError(e.diagnostics()));
    }
  }

  /** The text of {@code file} at a git revision, from {@code git show REV:./FILE} run beside the file. */
  private static String gitShow(String revision, String file) {
    Path path = Path.of(file).toAbsolutePath();
    Path folder = path.getParent();
    ProcessBuilder builder = new ProcessBuilder("git", "show", revision + ":./" + path.getFileName())
        .directory(folder.toFile()).redirectErrorStream(false);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errors = new Thread(() -> copy(process.getErrorStream(), err));
      errors.start();
      copy(process.getInputStream(), out);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw CliException.input("git show " + revision + ":" + file + " did not finish in 60 s");
      }
      errors.join();
      if (process.exitValue() != 0) {
        String message = err.toString(StandardCharsets.UTF_8).strip().lines().findFirst().orElse("exit " + process.exitValue());
        throw CliException.input("git show " + revision + ":" + file + " failed: " + message);
      }
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw CliException.input(file + " at " + revision + " is not valid UTF-8 text");
    } catch (IOException e) {
      throw CliException.input("cannot run git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.input("interrupted while running git");
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process ended; what was read is kept
    }
  }
}
