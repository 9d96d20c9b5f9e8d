package io.github.designdoc.json.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The metadata keys Markdown reads as a template field, ignoring case, as the Markdown reader matches
 * them: a further metadata entry keyed so fills that field when the document leaves it empty.
 */
final class MetadataKeys {
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("version", "version"),
      Map.entry("author", "authors"), Map.entry("authors", "authors"), Map.entry("author(s)", "authors"),
      Map.entry("owner", "authors"), Map.entry("owners", "authors"), Map.entry("owner(s)", "authors"),
      Map.entry("date", "date"), Map.entry("created", "date"), Map.entry("creation date", "date"),
      Map.entry("creation-date", "date"), Map.entry("start date", "date"),
      Map.entry("begin design discussion", "date"), Map.entry("updated", "date"),
      Map.entry("status", "status"), Map.entry("state", "status"), Map.entry("implementation status", "status"));

  private MetadataKeys() {}

  /** The field ({@code version}, {@code authors}, {@code date}, {@code status}) a key names, or {@code null}. */
  static String field(String key) {
    return FIELDS.get(key.strip().toLowerCase(Locale.ROOT));
  }
}
