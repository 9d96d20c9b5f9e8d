package io.github.designdoc.json.internal;

import io.github.designdoc.Location;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  private final Location location;
  private final int errorsBefore;
  private final Map<String, TokenStreamLocation> names = new LinkedHashMap<>();
  private final Map<String, Object> values = new HashMap<>();

  Fields(Location location, int errorsBefore) {
    this.location = location;
    this.errorsBefore = errorsBefore;
  }

  /** Where the object starts. */
  Location location() {
    return location;
  }

  /** How many errors the input had before this object. */
  int errorsBefore() {
    return errorsBefore;
  }

  /** Whether the object has this property, even with a value that could not be read. */
  boolean has(String name) {
    return names.containsKey(name);
  }

  /** Where the property's name stands, if the object has it. */
  Location nameLocation(String name) {
    TokenStreamLocation at = names.get(name);
    return at == null ? null : JsonInput.locate(pointer(name), at);
  }

  /** The JSON pointer of a property of this object. */
  String pointer(String name) {
    return location.pointer().orElse("") + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The names of the object's properties, in their order. */
  Iterable<String> names() {
    return names.keySet();
  }

  void name(String name, TokenStreamLocation at) {
    names.put(name, at);
  }

  void value(String name, Object value) {
    values.put(name, value);
  }

  /** A required property's value. */
  @SuppressWarnings("unchecked")
  <V> V one(String name) {
    V value = (V) values.get(name);
    if (value == null) {
      throw new IllegalStateException("property " + name + " was not read");
    }
    return value;
  }

  /** An optional property's value. */
  @SuppressWarnings("unchecked")
  <V> Optional<V> optional(String name) {
    return Optional.ofNullable((V) values.get(name));
  }

  /** A list property's elements; empty when the property is absent. */
  @SuppressWarnings("unchecked")
  <V> List<V> list(String name) {
    List<V> list = (List<V>) values.get(name);
    return list == null ? List.of() : list;
  }
}
