package io.github.designdoc.json.internal;

import io.github.designdoc.Location;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.TokenStreamContext;

/**
 * The properties of one JSON object as read: their values and where their names stand. Where things
 * stand is kept as lines and columns, and turned into a {@link Location} with its JSON pointer only
 * when an error or a source map needs it: the pointer of an object read inside another one is that
 * object's pointer and a segment or two, built on demand.
 */
final class Fields {
  /** How many properties are looked up by scanning; past it, by a map of their indexes. */
  private static final int SCANNED = 16;

  /** The object this one stands in, whose pointer is the start of this one's, or {@code null}. */
  private final Fields parent;
  /** The pointer before the segments, when there is no parent. */
  private final String prefix;
  /** The segments after the parent's pointer or the prefix: a property name, then an index if {@code kind} is ARRAY. */
  private final int kind;
  private final String segmentName;
  private final int segmentIndex;
  private final int line;
  private final int column;
  private final int errorsBefore;
  /** The Jackson context of this object while it is read, to know the objects read inside it. */
  TokenStreamContext context;
  /** The fields open when these were opened, open again when these are closed. */
  Fields outer;
  private Location location;
  /** The properties' names and values (null until read), in their order: name, value, name, value... */
  private Object[] slots = new Object[8];
  /** Where the names stand: line, column, line, column...; {@code null} when not recorded. */
  private int[] positions = new int[8];
  private int size;
  /** Where the next look-up starts: after the last one found, as codecs ask for properties in their order. */
  private int next;
  /** The index of each name, once there are more than {@link #SCANNED}. */
  private Map<String, Integer> indexes;

  /**
   * The properties of an object whose JSON pointer is {@code prefix} and one more segment ({@link
   * JsonInput#segment}), starting at this line and column; {@code errorsBefore} errors were found before it.
   */
  Fields(String prefix, int kind, String segmentName, int segmentIndex, int line, int column, int errorsBefore) {
    this(null, prefix, kind, segmentName, segmentIndex, line, column, errorsBefore);
  }

  /**
   * The properties of an object that is the value of the property {@code name} of {@code parent}, or (for
   * {@code kind} ARRAY) the element {@code index} of that property's array.
   */
  Fields(Fields parent, int kind, String name, int index, int line, int column, int errorsBefore) {
    this(parent, null, kind, name, index, line, column, errorsBefore);
  }

  private Fields(Fields parent, String prefix, int kind, String segmentName, int segmentIndex, int line,
      int column, int errorsBefore) {
    this.parent = parent;
    this.prefix = prefix;
    this.kind = kind;
    this.segmentName = segmentName;
    this.segmentIndex = segmentIndex;
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
    this.errorsBefore = errorsBefore;
  }

  /** Where the object starts. */
  Location location() {
    if (location == null) {
      String pointer = parent == null
          ? JsonInput.segment(prefix, kind, segmentName, segmentIndex)
          : kind == JsonInput.ARRAY
          ? parent.pointer(segmentName) + '/' + segmentIndex
          : parent.pointer(segmentName);
      location = Location.of(pointer, line, column);
    }
    return location;
  }

  /** Whether the names' positions are recorded; without them, asking for one throws {@link JsonInput#POSITIONS_NEEDED}. */
  boolean recordsPositions() {
    return positions != null;
  }

  /** Stops recording where the names stand. */
  void dropPositions() {
    positions = null;
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
    if (i < 0) {
      return null;
    }
    if (positions == null) {
      throw JsonInput.POSITIONS_NEEDED;
    }
    return Location.of(pointer(name), positions[2 * i], positions[2 * i + 1]);
  }

  /** The line of the property's name; the object has it. */
  int nameLine(int index) {
    if (positions == null) {
      throw JsonInput.POSITIONS_NEEDED;
    }
    return positions[2 * index];
  }

  /** The JSON pointer of a property of this object. */
  String pointer(String name) {
    return location().pointer().orElse("") + "/" + JsonInput.escape(name);
  }

  /** The names of the object's properties, in their order. */
  Iterable<String> names() {
    String[] names = new String[size];
    for (int i = 0; i < size; i++) {
      names[i] = (String) slots[2 * i];
    }
    return Arrays.asList(names);
  }

  /**
   * Records a property's name and where it stands (from line and column 1), unless the object has it
   * already. Returns its index, or {@code -1 - index} of the one recorded before.
   */
  int name(String name, int line, int column) {
    int known = indexOf(name);
    if (known >= 0) {
      return -1 - known;
    }
    if (2 * size == slots.length) {
      slots = Arrays.copyOf(slots, slots.length * 2);
      if (positions != null) {
        positions = Arrays.copyOf(positions, positions.length * 2);
      }
    }
    slots[2 * size] = name;
    if (positions != null) {
      positions[2 * size] = Math.max(1, line);
      positions[2 * size + 1] = Math.max(1, column);
    }
    if (indexes != null) {
      indexes.put(name, size);
    } else if (size == SCANNED) {
      indexes = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        indexes.put((String) slots[2 * i], i);
      }
    }
    return size++;
  }

  /** Sets the value of the property {@link #name} recorded at this index. */
  void value(int index, Object value) {
    slots[2 * index + 1] = value;
  }

  /** Sets the value of a property whose name was recorded. */
  void value(String name, Object value) {
    value(indexOf(name), value);
  }

  private int indexOf(String name) {
    if (indexes != null) {
      Integer i = indexes.get(name);
      return i == null ? -1 : i;
    }
    int hash = name.hashCode();
    int i = next < size ? next : 0;
    for (int k = 0; k < size; k++, i = i + 1 < size ? i + 1 : 0) {
      String n = (String) slots[2 * i];
      if (n == name || n.hashCode() == hash && n.equals(name)) {
        next = i + 1;
        return i;
      }
    }
    return -1;
  }

  private Object get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : slots[2 * i + 1];
  }

  /** An optional property's value, or {@code null}. */
  @SuppressWarnings("unchecked")
  <V> V orNull(String name) {
    return (V) get(name);
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
