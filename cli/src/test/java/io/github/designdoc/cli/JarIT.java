package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built, self-contained {@code target/designdoc.jar} as a user would, with {@code java -jar}. */
class JarIT {
  @TempDir
  Path dir;

  private static final Path JAR = Path.of("target", "designdoc.jar").toAbsolutePath();

  /** What a run printed and how it ended. */
  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  @BeforeEach
  void jarIsBuilt() {
    assertTrue(Files.isRegularFile(JAR), "missing " + JAR);
  }

  private Run exec(List<String> jvm, Path workingDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).directory(workingDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish in 120 s");
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Run exec(String... args) throws IOException, InterruptedException {
    return exec(List.of(), dir, args);
  }

  @Test
  void newThenLintThenFmtCheckThroughTheJar() throws Exception {
    Run created = exec("new", "--title", "Search", "--author", "Ada", "--date", "2026-01-02");
    assertEquals(0, created.code, created.err);
    assertTrue(created.out.contains("Draft"), "the status defaults to Draft: " + created.out);
    Path doc = dir.resolve("search.md");
    Files.writeString(doc, created.out, StandardCharsets.UTF_8);

    Run check = exec("fmt", "--check", doc.toString());
    assertEquals(0, check.code, check.out + check.err);

    Run lint = exec("lint", "--no-config", doc.toString());
    assertEquals(0, lint.code, lint.err);
    assertTrue(lint.out.matches("(?s).*search\\.md:\\d+:\\d+: warning http-method .*"), lint.out);

    Run missing = exec("fmt", dir.resolve("missing.md").toString());
    assertEquals(2, missing.code);
    assertEquals("designdoc: no such file: " + dir.resolve("missing.md") + "\n", missing.err);

    Run version = exec("--version");
    assertEquals(0, version.code);
    assertTrue(version.out.matches("designdoc 0\\.1\\.0\\S* \\(JSON format \\d+\\.\\d+\\)\n"), version.out);
  }

  @Test
  void theLauncherMakesAClassDataArchiveOnceAndPrintsTheSameAsTheJar() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    Path home = dir.resolve("designdoc");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib"));
    Path launcher = Files.copy(Path.of("dist", "bin", "designdoc"), home.resolve("bin/designdoc"));
    Files.copy(JAR, home.resolve("lib/designdoc.jar"));
    Path cache = dir.resolve("cache");
    Run created = exec("new", "--title", "Search", "--date", "2026-01-02");
    Path doc = dir.resolve("search.md");
    Files.writeString(doc, created.out, StandardCharsets.UTF_8);
    String expected = exec("fmt", doc.toString()).out;

    for (int run = 1; run <= 2; run++) {
      ProcessBuilder builder = new ProcessBuilder("/bin/sh", launcher.toString(), "fmt", doc.toString())
          .directory(dir.toFile());
      builder.environment().put("XDG_CACHE_HOME", cache.toString());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().remove("JAVA_OPTS");
      builder.environment().remove("DESIGNDOC_CDS");
      builder.environment().remove("DESIGNDOC_JAVA_FLAGS");
      Path out = dir.resolve("launcher-out-" + run);
      Path err = dir.resolve("launcher-err-" + run);
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish in 120 s");
      assertEquals(0, process.exitValue(), Files.readString(err));
      assertEquals(expected, Files.readString(out), "run " + run + " prints what the jar prints, nothing else");
      assertEquals("", Files.readString(err), "run " + run);
      try (var archives = Files.list(cache.resolve("designdoc"))) {
        List<Path> files = archives.toList();
        assertEquals(1, files.size(), "one archive, no temporary file left: " + files);
        assertTrue(files.get(0).getFileName().toString().endsWith(".jsa"), files.toString());
        assertTrue(Files.size(files.get(0)) > 0);
      }
    }
  }

  @Test
  void markdownOnlyCommandsDoNotLoadJackson() throws Exception {
    Run created = exec("new", "--title", "Search", "--date", "2026-01-02");
    Path doc = dir.resolve("search.md");
    Files.writeString(doc, created.out, StandardCharsets.UTF_8);
    Path json = dir.resolve("search.json");

    for (String[] args : List.of(new String[] {"fmt", "--check", doc.toString()},
        new String[] {"lint", "--no-config", doc.toString()},
        new String[] {"edit", doc.toString(), "--status", "Approved"})) {
      Path log = dir.resolve("classes-" + args[0] + ".log");
      Run run = exec(List.of("-Xlog:class+load=info:file=" + log), dir, args);
      assertTrue(run.code <= 1, run.err);
      String loaded = Files.readString(log);
      assertTrue(loaded.contains("io.github.designdoc.markdown.MarkdownReader"), "the log lists loaded classes");
      assertFalse(loaded.contains("tools.jackson."), String.join(" ", args) + " loaded Jackson");
      assertFalse(loaded.contains("io.github.designdoc.json."), String.join(" ", args) + " loaded the JSON module");
      // a run loads the class (and grammar) of the command it runs only
      assertFalse(loaded.contains(args[0].equals("lint") ? "io.github.designdoc.cli.FmtCommand "
          : "io.github.designdoc.cli.LintCommand "), String.join(" ", args) + " built another subcommand");
    }

    Path log = dir.resolve("classes-convert.log");
    Run convert = exec(List.of("-Xlog:class+load=info:file=" + log), dir, "convert", doc.toString(), "-o",
        json.toString());
    assertEquals(0, convert.code, convert.err);
    assertTrue(Files.readString(log).contains("tools.jackson."), "the check can fail: JSON output loads Jackson");
  }

  @Test
  void aConfigFileIsFoundFromTheWorkingDirectoryUpward() throws Exception {
    Run created = exec("new", "--title", "Search", "--date", "2026-01-02");
    Path project = Files.createDirectories(dir.resolve("project/docs/deep"));
    Path doc = project.resolve("search.md");
    Files.writeString(doc, created.out, StandardCharsets.UTF_8);
    Run plain = exec(List.of(), project, "lint", doc.toString());
    assertTrue(plain.out.contains(" placeholder "), plain.out);
    Files.writeString(dir.resolve("project/.designdoc.json"), "{\"lint\": {\"disable\": [\"placeholder\"]}}");
    Run configured = exec(List.of(), project, "lint", doc.toString());
    assertEquals(0, configured.code, configured.err);
    assertFalse(configured.out.contains(" placeholder "), configured.out);
    Run ignored = exec(List.of(), project, "lint", "--no-config", doc.toString());
    assertTrue(ignored.out.contains(" placeholder "), ignored.out);
  }

  @Test
  void runningOutOfMemoryIsExitThreeWithOneLine() throws Exception {
    Path big = dir.resolve("big.md");
    StringBuilder text = new StringBuilder("# Big\n\n## Open Issues\n\n");
    while (text.length() < 12_000_000) {
      text.append("- [ ] Is this question number ").append(text.length()).append(" still open?\n");
    }
    Files.writeString(big, text);
    Run run = exec(List.of("-Xmx24m"), dir, "lint", "--no-config", big.toString());
    assertEquals(3, run.code, run.err);
    assertEquals(1, run.err.lines().count(), run.err);
    assertTrue(run.err.startsWith("designdoc: out of memory"), run.err);
  }

  @Test
  void aClosedStandardOutputIsAnError() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "schema");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
    process.getInputStream().close();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), Files.readString(err));
    assertEquals("designdoc: cannot write to standard output\n", Files.readString(err));
  }
}
