package io.github.designdoc.json.internal;

import io.github.designdoc.json.JsonFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A format version, {@code major.minor}. */
public final class FormatVersion {
  private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** The version this library writes. */
  public static final FormatVersion CURRENT = parse(JsonFormat.VERSION).orElseThrow();

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

  /** Whether a reader of the current version reads this one: same major version. */
  boolean isReadable() {
    return major == CURRENT.major;
  }

  /** Whether this is a later major version than the current one. */
  boolean isNewerMajor() {
    return major > CURRENT.major;
  }

  /** Whether this is a later minor version of the current major version. */
  boolean isNewerMinor() {
    return major == CURRENT.major && minor > CURRENT.minor;
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

  /** {@code 1.0}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
