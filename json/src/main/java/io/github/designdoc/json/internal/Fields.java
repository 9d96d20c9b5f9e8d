package io.github.designdoc.json.internal;

import io.github.designdoc.Location;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.TokenStreamLocation;

/**
 * The properties of one JSON object as read: their values and where their names stand. A name's
 * location is kept as Jackson reports it and turned into a {@link Location} with its JSON pointer only
 * when an error needs it: building pointers for every property costs a third of a read.
 */
final class Fields {
  /** How many properties are looked up by scanning; past it, by a map of their indexes. */
  private static final int SCANNED = 16;

  private final String prefix;
  private final int kind;
  private final String segmentName;
  private final int segmentIndex;
  private final TokenStreamLocation start;
  private final int errorsBefore;
  private Location location;
  /** The properties' names, where they stand and their values (null until read), in their order. */
  private String[] names = new String[8];
  private TokenStreamLocation[] at = new TokenStreamLocation[8];
  private Object[] values = new Object[8];
  private int size;
  /** The index of each name, once there are more than {@link #SCANNED}. */
  private Map<String, Integer> indexes;

  /**
   * The properties of an object whose JSON pointer is {@code prefix} and one more segment ({@link
   * JsonInput#segment}), starting at {@code start}; {@code errorsBefore} errors were found before it.
   */
  Fields(String prefix, int kind, String segmentName, int segmentIndex, TokenStreamLocation start,
      int errorsBefore) {
    this.prefix = prefix;
    this.kind = kind;
    this.segmentName = segmentName;
    this.segmentIndex = segmentIndex;
    this.start = start;
    this.errorsBefore = errorsBefore;
  }

  /** Where the object starts. */
  Location location() {
    if (location == null) {
      location = JsonInput.locate(JsonInput.segment(prefix, kind, segmentName, segmentIndex), start);
    }
    return location;
  }

  /** How many errors the input had before this object. */
  int errorsBefore() {
    return errorsBefore;
  }

  /** Whether the object has this property, even with a value that could not be read. */
  boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** Where the property's name stands, if the object has it. */
  Location nameLocation(String name) {
    int i = indexOf(name);
    return i < 0 ? null : JsonInput.locate(pointer(name), at[i]);
  }

  /** The JSON pointer of a property of this object. */
  String pointer(String name) {
    return location().pointer().orElse("") + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The names of the object's properties, in their order. */
  Iterable<String> names() {
    return Arrays.asList(names).subList(0, size);
  }

  /** Records a property's name and where it stands; a name is recorded once. */
  void name(String name, TokenStreamLocation where) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      at = Arrays.copyOf(at, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    at[size] = where;
    if (indexes != null) {
      indexes.put(name, size);
    } else if (size == SCANNED) {
      indexes = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        indexes.put(names[i], i);
      }
    }
    size++;
  }

  /** Sets the value of a property whose name was recorded. */
  void value(String name, Object value) {
    values[indexOf(name)] = value;
  }

  private int indexOf(String name) {
    if (indexes != null) {
      Integer i = indexes.get(name);
      return i == null ? -1 : i;
    }
    int hash = name.hashCode();
    for (int i = 0; i < size; i++) {
      if (names[i].hashCode() == hash && name.equals(names[i])) {
        return i;
      }
    }
    return -1;
  }

  private Object get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** A required property's value. */
  @SuppressWarnings("unchecked")
  <V> V one(String name) {
    V value = (V) get(name);
    if (value == null) {
      throw new IllegalStateException("property " + name + " was not read");
    }
    return value;
  }

  /** An optional property's value. */
  @SuppressWarnings("unchecked")
  <V> Optional<V> optional(String name) {
    return Optional.ofNullable((V) get(name));
  }

  /** A list property's elements; empty when the property is absent. */
  @SuppressWarnings("unchecked")
  <V> List<V> list(String name) {
    List<V> list = (List<V>) get(name);
    return list == null ? List.of() : list;
  }
}
