package io.github.designdoc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (ddmin): the smallest input found that still fails the same way, first by lines, then by
 * characters. A budget of test runs keeps it bounded; the result always fails.
 */
public final class Minimizer {
  private final int budget;
  private int runs;

  /** A minimizer that runs the failing test at most {@code budget} times. */
  public Minimizer(int budget) {
    this.budget = budget;
  }

  /** The runs used so far. */
  public int runs() {
    return runs;
  }

  /** A smaller text that still fails, lines first and then characters. */
  public String minimize(String failing, Predicate<String> fails) {
    List<String> lines = ddmin(lines(failing), l -> fails.test(String.join("", l)));
    String text = String.join("", lines);
    {
      List<Character> chars = new ArrayList<>();
      text.chars().forEach(c -> chars.add((char) c));
      List<Character> min = ddmin(chars, c -> fails.test(join(c)));
      text = join(min);
    }
    return text;
  }

  /** A smaller byte string that still fails: lines (split after {@code \n}) first, then bytes. */
  public byte[] minimize(byte[] failing, Predicate<byte[]> fails) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < failing.length; i++) {
      if (failing[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(failing, start, i + 1));
        start = i + 1;
      }
    }
    if (start < failing.length) {
      lines.add(java.util.Arrays.copyOfRange(failing, start, failing.length));
    }
    byte[] bytes = concat(ddmin(lines, l -> fails.test(concat(l))));
    {
      List<Byte> list = new ArrayList<>();
      for (byte b : bytes) {
        list.add(b);
      }
      List<Byte> min = ddmin(list, l -> fails.test(unbox(l)));
      bytes = unbox(min);
    }
    return bytes;
  }

  private <T> List<T> ddmin(List<T> input, Predicate<List<T>> fails) {
    List<T> current = new ArrayList<>(input);
    int n = 2;
    while (current.size() >= 2 && runs < budget) {
      int chunk = (int) Math.ceil(current.size() / (double) n);
      boolean reduced = false;
      for (int start = 0; start < current.size() && runs < budget; start += chunk) {
        List<T> complement = new ArrayList<>(current.subList(0, start));
        complement.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
        runs++;
        if (!complement.isEmpty() && fails.test(complement)) {
          current = complement;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= current.size()) {
          break;
        }
        n = Math.min(current.size(), n * 2);
      }
    }
    if (current.size() == 1 && runs < budget) {
      runs++;
      if (fails.test(List.of())) {
        return List.of();
      }
    }
    return current;
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder(chars.size());
    chars.forEach(s::append);
    return s.toString();
  }

  private static byte[] concat(List<byte[]> parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    parts.forEach(p -> out.write(p, 0, p.length));
    return out.toByteArray();
  }

  private static byte[] unbox(List<Byte> list) {
    byte[] b = new byte[list.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = list.get(i);
    }
    return b;
  }

  /** The lines of a text, each with its line break. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
