package io.github.designdoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lint settings from a {@code .designdoc.json} file, the nearest one found from the working directory
 * upward. Its JSON Schema ships in the jar ({@code designdoc schema config}); {@link ConfigFile} parses
 * it, so that Jackson is loaded only when there is a file.
 *
 * <pre>{@code
 * {
 *   "include": ["docs/**\/*.md"], "exclude": ["docs/drafts/**"],
 *   "lint": {"disable": ["future-date"], "severity": {"missing-section": "info"},
 *            "require": ["overview", "components"], "quiet": true, "maxWarnings": 10, "failOn": "error"}
 * }
 * }</pre>
 */
final class Config {
  static final String FILE_NAME = ".designdoc.json";
  static final String SCHEMA_RESOURCE = "io/github/designdoc/cli/designdoc-config.schema.json";

  /** The file read, or null for no file. */
  Path file;
  /** Null when not set. */
  List<String> include;
  List<String> exclude;
  final List<String> disable = new ArrayList<>();
  final Map<String, String> severity = new LinkedHashMap<>();
  List<String> require;
  Boolean quiet;
  Integer maxWarnings;
  String failOn;

  /** The nearest {@code .designdoc.json} in {@code start} or a folder above it. */
  static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The JSON Schema (draft 2020-12) of the config file. */
  static String schema() {
    try (InputStream in = Config.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
