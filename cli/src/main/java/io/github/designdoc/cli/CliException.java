package io.github.designdoc.cli;

/** A failure reported as one line on standard error, with the exit code to end with. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** A usage error or input that cannot be read or written: exit 2. */
  static CliException input(String message) {
    return new CliException(Main.INPUT, message);
  }

  int exitCode() {
    return exitCode;
  }
}
