package io.github.designdoc.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A property of an object in the format: its name, its value's codec, how to get it from the model and
 * whether it is required, optional or a list. Absent optional values and empty lists are not written;
 * the reader takes their absence as empty.
 *
 * @param <T> the model type that owns the property
 */
final class Property<T> {
  private enum Kind { ONE, OPTIONAL, LIST }

  private final String name;
  private final Kind kind;
  private final Codec<Object> codec;
  private final Function<T, ?> getter;

  @SuppressWarnings("unchecked")
  private Property(String name, Kind kind, Codec<?> codec, Function<T, ?> getter) {
    this.name = name;
    this.kind = kind;
    this.codec = (Codec<Object>) codec;
    this.getter = getter;
  }

  /** A required property. */
  static <T, V> Property<T> one(String name, Codec<V> codec, Function<T, V> getter) {
    return new Property<>(name, Kind.ONE, codec, getter);
  }

  /** An optional property, omitted when empty. */
  static <T, V> Property<T> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter) {
    return new Property<>(name, Kind.OPTIONAL, codec, getter);
  }

  /** An array property, omitted when empty. */
  static <T, V> Property<T> list(String name, Codec<V> codec, Function<T, List<V>> getter) {
    return new Property<>(name, Kind.LIST, codec, getter);
  }

  /** The property's name. */
  String name() {
    return name;
  }

  /** Whether an object must have this property. */
  boolean required() {
    return kind == Kind.ONE;
  }

  /** Whether the property is an array. */
  boolean isList() {
    return kind == Kind.LIST;
  }

  /** Writes the property of this owner, unless it is empty. */
  void write(JsonGenerator out, T owner) {
    Object value = getter.apply(owner);
    switch (kind) {
      case ONE:
        out.writeName(name);
        codec.write(out, value);
        break;
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          out.writeName(name);
          codec.write(out, optional.get());
        }
        break;
      case LIST:
        List<?> list = (List<?>) value;
        if (!list.isEmpty()) {
          out.writeName(name);
          out.writeStartArray();
          for (Object element : list) {
            codec.write(out, element);
          }
          out.writeEndArray();
        }
        break;
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Reads the property's value, or returns {@code null} after recording an error. {@code pointer} is the
   * value's JSON pointer, used only to record where array elements stand when the input keeps a source map.
   */
  Object read(JsonInput in, String pointer) {
    if (kind != Kind.LIST) {
      return codec.read(in);
    }
    if (!in.startArray("an array")) {
      return null;
    }
    List<Object> elements = new ArrayList<>();
    int index = 0;
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY && t != null; t = in.next()) {
      TokenStreamLocation start = in.recordsSources() ? in.parser().currentTokenLocation() : null;
      Object element = codec.read(in);
      if (element != null) {
        elements.add(element);
      }
      if (start != null) {
        in.record(pointer + "/" + index, start);
      }
      index++;
    }
    return elements;
  }
}
