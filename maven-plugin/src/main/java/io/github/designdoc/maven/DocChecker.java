package io.github.designdoc.maven;

import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import io.github.designdoc.Location;
import io.github.designdoc.ReadResult;
import io.github.designdoc.Severity;
import io.github.designdoc.json.JsonReader;
import io.github.designdoc.lint.Linter;
import io.github.designdoc.markdown.MarkdownReader;
import io.github.designdoc.markdown.MarkdownWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads, checks and formats design docs: Markdown files through {@link MarkdownReader} and {@link MarkdownWriter},
 * {@code .json} files as DesignDoc JSON through {@link JsonReader}. Nothing here throws for a bad document: every
 * problem becomes a {@link Finding}.
 */
final class DocChecker {
  /** The code of the finding that a Markdown doc differs from its canonical form. */
  static final String NOT_CANONICAL = "not-canonical";
  /** The code of a finding that a file could not be read or written. */
  static final String IO = "io";

  private final Linter linter;
  private final MarkdownReader markdownReader = MarkdownReader.create();
  private final MarkdownWriter markdownWriter = MarkdownWriter.create();
  private final JsonReader jsonReader = JsonReader.create();

  DocChecker(Linter linter) {
    this.linter = linter;
  }

  /** The outcome of formatting one file. */
  enum Formatted { UNCHANGED, REWRITTEN, FAILED }

  /**
   * The findings for one doc: the reader's diagnostics, the lint findings and, for Markdown, whether it is
   * canonical.
   *
   * @param name the file as printed in findings
   */
  List<Finding> check(Path file, String name) {
    List<Finding> out = new ArrayList<>();
    try {
      if (isJson(file)) {
        ReadResult read = jsonReader.readResult(file);
        addAll(out, name, read, linter.lint(read));
        return out;
      }
      Optional<String> original = text(file);
      ReadResult read = markdownReader.read(file);
      addAll(out, name, read, linter.lint(read));
      if (original.isPresent() && !read.hasErrors()) {
        String canonical = canonical(original.get(), read);
        if (!canonical.equals(original.get())) {
          out.add(new Finding(name, firstDifferentLine(original.get(), canonical), 1, Severity.ERROR, NOT_CANONICAL,
              "the doc is not in canonical form (mvn designdoc:format rewrites it)"));
        }
      }
    } catch (DesignDocFormatException e) {
      for (Diagnostic d : e.diagnostics()) {
        out.add(finding(name, null, d));
      }
    } catch (IOException e) {
      out.add(new Finding(name, 0, 0, Severity.ERROR, IO, "cannot read: " + describe(e)));
    } catch (RuntimeException e) {
      out.add(new Finding(name, 0, 0, Severity.ERROR, "internal", "cannot check: " + describe(e)));
    }
    return out;
  }

  /**
   * Rewrites one Markdown doc in its canonical form, in place. A doc that reads with errors, is not valid UTF-8
   * or is read-only is left alone and its findings are added to {@code findings}.
   */
  Formatted format(Path file, String name, List<Finding> findings) {
    try {
      Optional<String> original = text(file);
      ReadResult read = markdownReader.read(file);
      if (original.isEmpty() || read.hasErrors()) {
        for (Diagnostic d : read.diagnostics()) {
          if (d.severity() == Severity.ERROR) {
            findings.add(finding(name, read, d));
          }
        }
        if (original.isEmpty() && findings.isEmpty()) {
          findings.add(new Finding(name, 0, 0, Severity.ERROR, IO, "not valid UTF-8; not rewritten"));
        }
        return Formatted.FAILED;
      }
      String canonical = canonical(original.get(), read);
      if (canonical.equals(original.get())) {
        return Formatted.UNCHANGED;
      }
      DocFile.replace(file, canonical);
      return Formatted.REWRITTEN;
    } catch (DesignDocFormatException e) {
      for (Diagnostic d : e.diagnostics()) {
        findings.add(finding(name, null, d));
      }
    } catch (IOException e) {
      findings.add(new Finding(name, 0, 0, Severity.ERROR, IO, "not rewritten: " + describe(e)));
    } catch (RuntimeException e) {
      findings.add(new Finding(name, 0, 0, Severity.ERROR, "internal", "cannot format: " + describe(e)));
    }
    return Formatted.FAILED;
  }

  static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /**
   * The canonical form of a doc, in the original's line-ending style (CRLF when every line of the original ends
   * so) and with its byte order mark, if it had one.
   */
  String canonical(String original, ReadResult read) {
    return keepStyle(original, markdownWriter.format(original, read));
  }

  static String keepStyle(String original, String formatted) {
    String out = formatted;
    if (original.startsWith("\uFEFF") && !out.startsWith("\uFEFF")) {
      out = "\uFEFF" + out;
    }
    if (original.contains("\r\n") && original.replace("\r\n", "").indexOf('\n') < 0) {
      out = out.replaceAll("\r?\n", "\r\n");
    }
    return out;
  }

  /** The 1-based number of the first line where the two texts differ. */
  static int firstDifferentLine(String a, String b) {
    int line = 1;
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return line;
      }
      if (a.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The file's text, or empty when it is not valid UTF-8 (the reader then reports where). */
  private static Optional<String> text(Path file) throws IOException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static void addAll(List<Finding> out, String name, ReadResult read, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      out.add(finding(name, read, d));
    }
  }

  private static Finding finding(String name, ReadResult read, Diagnostic d) {
    Location at = d.location();
    if (!at.hasLine() && at.pointer().isPresent() && read != null) {
      at = read.sourceMap().locate(at.pointer().get());
    }
    int line = at.hasLine() ? at.line() : 0;
    int column = at.hasLine() ? at.column() : 0;
    return new Finding(name, line, column, d.severity(), d.code(), d.message());
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
