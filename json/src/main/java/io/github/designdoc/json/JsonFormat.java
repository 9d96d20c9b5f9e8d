package io.github.designdoc.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Facts about the JSON format: its version and its JSON Schema.
 *
 * <p>Every document {@link JsonWriter} writes starts with {@code "formatVersion": "2.0"}. A reader reads
 * its own version and every later minor version of the same major version (a property it does not know
 * is still an error), and format 1.0; it refuses a later major version with a message saying so.
 */
public final class JsonFormat {
  private JsonFormat() {}

  /** The format version this library writes, {@code major.minor}: {@value}. */
  public static final String VERSION = "2.0";

  /**
   * The name of the classpath resource holding the format's JSON Schema (draft 2020-12): {@value}. On the
   * module path the resource is encapsulated in this module; use {@link #schema()} there.
   */
  public static final String SCHEMA_RESOURCE = "io/github/designdoc/json/designdoc.schema.json";

  /**
   * The JSON Schema (draft 2020-12) of the format {@value #VERSION}, as the text of {@link #SCHEMA_RESOURCE}.
   * Every property in it has a {@code description}; the schema's own description names what a schema
   * cannot check (duplicate properties, a section's kind before its items, the read limits).
   *
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static String schema() {
    return SchemaText.TEXT;
  }

  /** Loads the schema once, on first use. */
  private static final class SchemaText {
    static final String TEXT = load();

    private static String load() {
      String name = SCHEMA_RESOURCE.substring(SCHEMA_RESOURCE.lastIndexOf('/') + 1);
      try (InputStream in = JsonFormat.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource " + SCHEMA_RESOURCE + " is missing from the designdoc-json jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + SCHEMA_RESOURCE, e);
      }
    }
  }
}
