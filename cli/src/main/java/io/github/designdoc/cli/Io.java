package io.github.designdoc.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The streams of one run, and reading of input files or standard input ({@code -}). */
final class Io {
  /** Inputs longer than this are refused before they are read: no reader accepts them. */
  static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

  final InputStream in;
  final PrintStream out;
  final PrintStream err;

  Io(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** The process's own streams, as UTF-8; standard output buffered (flushed at the end of a run). */
  static Io system() {
    return new Io(System.in,
        new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
            StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }

  /** An input read whole: its name for messages, its path (null for standard input), bytes and text. */
  static final class Input {
    final String name;
    final Path path;
    final byte[] bytes;
    /** The text as decoded, a byte-order mark included: the writers keep it. */
    final String text;

    Input(String name, Path path, byte[] bytes, String text) {
      this.name = name;
      this.path = path;
      this.bytes = bytes;
      this.text = text;
    }

    boolean isStdin() {
      return path == null;
    }
  }

  /**
   * Reads a file, or standard input for {@code -}, as UTF-8.
   *
   * @throws CliException with exit code 2 when the file is missing, unreadable, too large or not UTF-8
   */
  Input read(String argument) {
    if (argument.equals("-")) {
      try {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INPUT_BYTES + 1));
        if (bytes.length > MAX_INPUT_BYTES) {
          throw CliException.input("standard input is too large: the limit is " + MAX_INPUT_BYTES + " bytes");
        }
        return new Input("<stdin>", null, bytes, decode(bytes, "standard input"));
      } catch (IOException e) {
        throw CliException.input("cannot read standard input: " + SafeWrite.reason(e));
      }
    }
    String name = display(argument);
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw CliException.input("cannot read " + name + ": not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw CliException.input(name + " is a directory, not a file");
    }
    try (InputStream stream = Files.newInputStream(path)) {
      // Not Files.size: a pipe (<(...)) or a device has none; read one byte past the limit instead.
      byte[] bytes = stream.readNBytes((int) MAX_INPUT_BYTES + 1);
      if (bytes.length > MAX_INPUT_BYTES) {
        throw CliException.input(name + " is too large: the limit is " + MAX_INPUT_BYTES + " bytes");
      }
      return new Input(name, path, bytes, decode(bytes, name));
    } catch (NoSuchFileException e) {
      throw CliException.input("no such file: " + name);
    } catch (AccessDeniedException e) {
      throw CliException.input("cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw CliException.input("cannot read " + name + ": " + SafeWrite.reason(e));
    }
  }

  /** A file name fit for one line of output: control characters shown as {@code ?}. */
  static String display(String name) {
    StringBuilder out = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        if (out == null) {
          out = new StringBuilder(name.substring(0, i));
        }
        out.append('?');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? name : out.toString();
  }

  private static String decode(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw CliException.input(name + " is not valid UTF-8 text");
    }
  }
}
