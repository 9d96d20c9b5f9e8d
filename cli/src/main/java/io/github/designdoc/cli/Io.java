package io.github.designdoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The streams of one run, and reading of input files or standard input ({@code -}). */
final class Io {
  final InputStream in;
  final PrintStream out;
  final PrintStream err;

  Io(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** An input read whole: its name for messages, and its text. */
  static final class Input {
    final String name;
    final Path path;
    final String text;

    Input(String name, Path path, String text) {
      this.name = name;
      this.path = path;
      this.text = text;
    }

    boolean isStdin() {
      return path == null;
    }
  }

  /**
   * Reads a file, or standard input for {@code -}, as UTF-8.
   *
   * @throws CliException with exit code 2 when the file is missing, unreadable or not UTF-8
   */
  Input read(String argument) {
    if (argument.equals("-")) {
      try {
        return new Input("<stdin>", null, decode(in.readAllBytes(), "standard input"));
      } catch (IOException e) {
        throw new CliException(Main.USAGE, "cannot read standard input: " + e.getMessage());
      }
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      throw new CliException(Main.USAGE, argument + " is a directory, not a file");
    }
    try {
      return new Input(argument, path, decode(Files.readAllBytes(path), argument));
    } catch (NoSuchFileException e) {
      throw new CliException(Main.USAGE, "no such file: " + argument);
    } catch (AccessDeniedException e) {
      throw new CliException(Main.USAGE, "permission denied: " + argument);
    } catch (IOException e) {
      throw new CliException(Main.USAGE, "cannot read " + argument + ": " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, String name) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new CliException(Main.USAGE, name + " is not valid UTF-8 text");
    }
  }
}
