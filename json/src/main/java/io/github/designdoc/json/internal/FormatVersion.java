package io.github.designdoc.json.internal;

import io.github.designdoc.json.JsonFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A format version, {@code major.minor}. */
final class FormatVersion {
  private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** The version this library writes. */
  static final FormatVersion CURRENT = parse(JsonFormat.VERSION).orElseThrow();

  /** The last version of format 1, still read. */
  static final FormatVersion FORMAT_1 = new FormatVersion(1, 0);

  private final int major;
  private final int minor;

  private FormatVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /** The version written as {@code major.minor}, or empty when the text is not one. */
  static Optional<FormatVersion> parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** Whether this reader reads this version: the current major version or format 1. */
  boolean isReadable() {
    return major == CURRENT.major || major == FORMAT_1.major;
  }

  /** Whether this is a version of format 1, read and converted to the current model. */
  boolean isFormat1() {
    return major == FORMAT_1.major;
  }

  /** Whether this is a later major version than the current one. */
  boolean isNewerMajor() {
    return major > CURRENT.major;
  }

  /** The latest version of this major version that this reader knows. */
  FormatVersion latestReadable() {
    return isFormat1() ? FORMAT_1 : CURRENT;
  }

  /** Whether this is a later minor version of a major version this reader reads. */
  boolean isNewerMinor() {
    return isReadable() && minor > latestReadable().minor;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FormatVersion && ((FormatVersion) other).major == major
        && ((FormatVersion) other).minor == minor;
  }

  @Override
  public int hashCode() {
    return 31 * major + minor;
  }

  /** {@code 2.0}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
