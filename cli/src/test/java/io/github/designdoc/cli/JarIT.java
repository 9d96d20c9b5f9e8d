package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built, self-contained {@code target/designdoc.jar} as a user would, with {@code java -jar}. */
class JarIT {
  @TempDir
  Path dir;

  private static final Path JAR = Path.of("target", "designdoc.jar");

  private static String[] java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    return command.toArray(new String[0]);
  }

  private static String[] exec(Path out, Path err, String... args) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(java(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not finish in 60 s");
    return new String[] {String.valueOf(process.exitValue()), Files.readString(out), Files.readString(err)};
  }

  @Test
  void newThenLintThenFmtCheckThroughTheJar() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "missing " + JAR.toAbsolutePath());
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");

    String[] created = exec(out, err, "new", "--title", "Search", "--author", "Ada", "--status", "Draft",
        "--date", "2026-01-02");
    assertEquals("0", created[0], created[2]);
    Path doc = dir.resolve("search.md");
    Files.writeString(doc, created[1], StandardCharsets.UTF_8);

    String[] check = exec(out, err, "fmt", "--check", doc.toString());
    assertEquals("0", check[0], check[1] + check[2]);

    String[] lint = exec(out, err, "lint", doc.toString());
    assertEquals("0", lint[0], lint[2]);
    assertTrue(lint[1].contains("http-method"), lint[1]);

    String[] missing = exec(out, err, "fmt", dir.resolve("missing.md").toString());
    assertEquals("2", missing[0]);
    assertEquals("designdoc: no such file: " + dir.resolve("missing.md") + "\n", missing[2]);

    String[] version = exec(out, err, "--version");
    assertEquals("0", version[0]);
    assertTrue(version[1].startsWith("designdoc 0.1.0"), version[1]);
  }
}
