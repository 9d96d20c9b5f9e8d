package io.github.designdoc.json.internal;

import io.github.designdoc.Location;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * The codec of a JSON object with a fixed set of properties, written in their order. Reading rejects
 * unknown and duplicate properties, reports missing required ones, and builds the model value only
 * when the object had no error; a value the model rejects is reported at the object.
 *
 * @param <T> the model type
 */
final class ObjectCodec<T> implements Codec<T> {
  private final Class<?> type;
  private final String noun;
  private final Map<String, Property<T>> properties = new LinkedHashMap<>();
  /** The properties in writing order, for the loops of every write and read. */
  private final Property<T>[] ordered;
  private final Function<Fields, T> constructor;
  /** This codec's properties by name, for {@link #readFields}. */
  private final Lookup lookup = (in, name, fields) -> property(name);

  /**
   * A codec of objects of the model's {@code type}, named {@code noun} in messages (such as
   * {@code a component}), with these properties in writing order, built from what was read by
   * {@code constructor}.
   */
  @SafeVarargs
  ObjectCodec(Class<?> type, String noun, Function<Fields, T> constructor, Property<T>... properties) {
    this.type = type;
    this.noun = noun;
    this.constructor = constructor;
    for (Property<T> p : properties) {
      this.properties.put(p.name(), p);
    }
    this.ordered = this.properties.values().toArray(Arrays.copyOf(properties, 0));
  }

  /** How messages name the objects, such as {@code a component}. */
  String noun() {
    return noun;
  }

  /** The names of the properties, in writing order. */
  Set<String> names() {
    return properties.keySet();
  }

  /** The properties, in writing order. */
  Collection<Property<T>> properties() {
    return properties.values();
  }

  /** The property of this name, or {@code null}. */
  Property<T> property(String name) {
    for (Property<T> p : ordered) {
      if (p.name() == name) {
        return p; // the reader's parser interns names: most lookups end here
      }
    }
    return properties.get(name);
  }

  @Override
  public void write(JsonGenerator out, T value) {
    out.writeStartObject();
    for (Property<T> p : ordered) {
      p.write(out, value);
    }
    out.writeEndObject();
  }

  @Override
  public T read(JsonInput in) {
    Fields fields = readFields(in, type, noun, lookup, names());
    return fields == null ? null : construct(in, fields);
  }

  /** Builds the value from properties read, after checking the required ones are there. */
  T construct(JsonInput in, Fields fields) {
    for (Property<T> p : ordered) {
      if (p.required() && !fields.has(p.name())) {
        in.error(ErrorCodes.MISSING_PROPERTY,
            noun + " must have the property " + JsonInput.quote(p.name()), fields.location());
      }
    }
    if (in.errorCount() > fields.errorsBefore()) {
      return null;
    }
    try {
      return constructor.apply(fields);
    } catch (IllegalArgumentException e) {
      in.error(ErrorCodes.INVALID_VALUE, "invalid " + noun.replaceFirst("^an? ", "") + ": " + e.getMessage(),
          fields.location());
      return null;
    }
  }

  /** Finds the property of a name in an object being read, given the fields read so far; {@code null} if unknown. */
  interface Lookup {
    Property<?> property(JsonInput in, String name, Fields fields);
  }

  /**
   * Reads an object of the model's {@code type} (for a user's problem handlers): its properties with the
   * properties {@code lookup} gives for a name and the fields read
   * so far; a name it gives none for is an unknown property, and {@code known} names the expected ones.
   * Returns {@code null} after reporting a value that is not an object.
   */
  static Fields readFields(JsonInput in, Class<?> type, String noun, Lookup lookup, Collection<String> known) {
    return readFields(in, type, noun, lookup, known, null);
  }

  /** As {@link #readFields(JsonInput, Class, String, Lookup, Collection)}, the expected names given when needed. */
  static Fields readFields(JsonInput in, Class<?> type, String noun, Lookup lookup,
      Supplier<Collection<String>> known) {
    return readFields(in, type, noun, lookup, null, known);
  }

  private static Fields readFields(JsonInput in, Class<?> type, String noun, Lookup lookup,
      Collection<String> known, Supplier<Collection<String>> knownLater) {
    if (!in.startObjectOf(noun)) {
      return null;
    }
    Fields fields = in.startFields();
    try {
      for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
        int line = 0;
        int column = 0;
        if (fields.recordsPositions()) {
          TokenStreamLocation at = in.parser().currentTokenLocation();
          line = at == null ? 1 : at.getLineNr();
          column = at == null ? 1 : at.getColumnNr();
        }
        in.next();
        int index = fields.name(name, line, column);
        if (index < 0) {
          int first = fields.nameLine(-1 - index); // without positions, throws before line is needed
          in.error(ErrorCodes.DUPLICATE_PROPERTY, "duplicate property " + JsonInput.quote(name) + " in " + noun
              + "; it was first given at line " + first, Location.of(fields.pointer(name), Math.max(1, line),
              Math.max(1, column)));
          in.skip();
          continue;
        }
        Property<?> property = lookup.property(in, name, fields);
        if (property == null) {
          if (in.handledUnknownProperty(type, name)) {
            continue;
          }
          Location nameAt = fields.nameLocation(name);
          if (!in.hasErrorAt(nameAt)) {
            in.error(ErrorCodes.UNKNOWN_PROPERTY, unknown(in, name, noun, known != null ? known : knownLater.get()),
                nameAt);
          }
          in.skip();
          continue;
        }
        TokenStreamLocation start = in.recordsSources() ? in.parser().currentTokenLocation() : null;
        String pointer = start == null ? null : fields.pointer(name);
        Object value = property.read(in, pointer);
        if (value != null) {
          fields.value(index, value);
        }
        if (start != null) {
          in.record(pointer, start);
        }
      }
    } finally {
      in.endFields(fields);
    }
    return fields;
  }

  /** The message for an unknown property. */
  static String unknown(JsonInput in, String name, String noun, Collection<String> known) {
    String message = "unknown property " + JsonInput.quote(name) + " in " + noun + "; expected "
        + (known.size() == 1 ? "" : "one of ") + String.join(", ", List.copyOf(known));
    FormatVersion version = in.version();
    if (version != null && version.isNewerMinor()) {
      message += " (the document's format version " + version + " is newer than this reader's "
          + version.latestReadable() + ")";
    }
    return message;
  }
}
