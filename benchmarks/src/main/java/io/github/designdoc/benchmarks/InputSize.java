package io.github.designdoc.benchmarks;

/** The sizes of the generated benchmark documents. */
public enum InputSize {
  /** A typical design doc, about 10 KB, like most hand-written design docs. */
  TYPICAL(10_000),
  /** A large doc, about 1 MB: many components, flows and data-model tables. */
  LARGE(1_000_000),
  /** A huge doc, about 10 MB. */
  HUGE(10_000_000);

  private final long targetBytes;

  InputSize(long targetBytes) {
    this.targetBytes = targetBytes;
  }

  /** The size the generator aims for, in UTF-8 bytes. */
  public long targetBytes() {
    return targetBytes;
  }
}
