package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Runs the tool in-process and keeps what it printed. */
final class Cli {
  final int code;
  final String out;
  final byte[] outBytes;
  final String err;

  private Cli(int code, byte[] out, String err) {
    this.code = code;
    this.outBytes = out;
    this.out = new String(out, StandardCharsets.UTF_8);
    this.err = err;
  }

  /** A finished run's parts, for tests that call {@link Main} themselves. */
  static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    Cli cli() {
      return new Cli(code, out.getBytes(StandardCharsets.UTF_8), err);
    }
  }

  static Cli runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Cli(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static Cli runWithInput(String stdin, String... args) {
    return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Cli run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Lint without picking up a .designdoc.json from the folders above the build. */
  static Cli lint(String... args) {
    String[] all = Stream.concat(Stream.of("lint", "--no-config"), Arrays.stream(args)).toArray(String[]::new);
    return run(all);
  }

  /** Asserts a usage or input error: exit 2, nothing on standard output, one line on standard error. */
  Cli assertInputError() {
    assertEquals(2, code, () -> "exit code; err: " + err + " out: " + out);
    assertEquals("", out);
    assertOneLineOnStderr();
    return this;
  }

  Cli assertOneLineOnStderr() {
    assertTrue(err.startsWith("designdoc: "), err);
    assertFalse(err.contains("\tat "), () -> "no stack trace: " + err);
    assertEquals(1, err.lines().filter(l -> !l.startsWith("Try 'designdoc")).count(), err);
    return this;
  }

  /** The corpus folder given by -Ddesigndoc.corpus; the test is skipped without it. */
  static List<Path> corpus() throws Exception {
    String dir = Optional.ofNullable(System.getProperty("designdoc.corpus")).orElse("");
    Assumptions.assumeFalse(dir.isBlank(), "set -Ddesigndoc.corpus to a folder of design docs");
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      List<Path> docs = files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
      Assumptions.assumeFalse(docs.isEmpty(), "no .md files in " + dir);
      return docs;
    }
  }
}
