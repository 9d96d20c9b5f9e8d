package io.github.designdoc.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs the elements of two lists: equal elements first, then by identity key, then what is left by
 * position among elements of the same group, each time the k-th of a kind in one list with the k-th in
 * the other, so that matching b with a mirrors matching a with b; marks as moved the pairs outside a
 * longest run kept in order.
 */
final class Matching {
  private final List<int[]> pairs;
  private final List<Integer> removed;
  private final List<Integer> added;
  private final Set<Integer> moved;

  private Matching(List<int[]> pairs, List<Integer> removed, List<Integer> added, Set<Integer> moved) {
    this.pairs = pairs;
    this.removed = removed;
    this.added = added;
    this.moved = moved;
  }

  static <T> Matching of(List<T> a, List<T> b, Function<T, String> key, Function<T, ?> group) {
    int[] partner = new int[a.size()];
    Arrays.fill(partner, -1);
    boolean[] taken = new boolean[b.size()];
    pairBy(a, b, x -> x, partner, taken);
    pairBy(a, b, key, partner, taken);
    // What is left pairs by position within its group: the k-th left in a with the k-th left in b.
    Map<Object, Deque<Integer>> leftInB = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (!taken[j]) {
        leftInB.computeIfAbsent(group.apply(b.get(j)), k -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i = 0; i < a.size(); i++) {
      if (partner[i] < 0) {
        Deque<Integer> candidates = leftInB.get(group.apply(a.get(i)));
        if (candidates != null && !candidates.isEmpty()) {
          int j = candidates.poll();
          partner[i] = j;
          taken[j] = true;
        }
      }
    }
    List<int[]> pairs = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (partner[i] >= 0) {
        pairs.add(new int[] {i, partner[i]});
      } else {
        removed.add(i);
      }
    }
    List<Integer> added = new ArrayList<>();
    for (int j = 0; j < b.size(); j++) {
      if (!taken[j]) {
        added.add(j);
      }
    }
    return new Matching(pairs, removed, added, outOfOrder(pairs));
  }

  /** Pairs the k-th unpaired element of {@code a} with a given key with the k-th unpaired one of {@code b}. */
  private static <T, K> void pairBy(List<T> a, List<T> b, Function<T, K> key, int[] partner, boolean[] taken) {
    Map<K, Deque<Integer>> byKey = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (!taken[j]) {
        byKey.computeIfAbsent(key.apply(b.get(j)), k -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i = 0; i < a.size(); i++) {
      if (partner[i] >= 0) {
        continue;
      }
      Deque<Integer> candidates = byKey.get(key.apply(a.get(i)));
      if (candidates != null && !candidates.isEmpty()) {
        int j = candidates.poll();
        partner[i] = j;
        taken[j] = true;
      }
    }
  }

  /**
   * The old indexes of the pairs that moved: those outside a longest run kept in order, as found from
   * either list's side (so that the changes from b to a mirror those from a to b).
   */
  private static Set<Integer> outOfOrder(List<int[]> pairs) {
    Set<Integer> fromA = inRun(pairs, 0, 1);
    List<int[]> byB = new ArrayList<>(pairs);
    byB.sort((x, y) -> Integer.compare(x[1], y[1]));
    Set<Integer> fromB = inRun(byB, 1, 0);
    Set<Integer> moved = new HashSet<>();
    for (int[] p : pairs) {
      if (!fromA.contains(p[0]) || !fromB.contains(p[1])) {
        moved.add(p[0]);
      }
    }
    return moved;
  }

  /**
   * The {@code own} indexes of the pairs (sorted by {@code own}) in a longest run whose {@code other}
   * indexes increase.
   */
  private static Set<Integer> inRun(List<int[]> pairs, int own, int other) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] tailIndex = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int value = pairs.get(k)[other];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = value;
      tailIndex[lo] = k;
      previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
      if (lo == length) {
        length++;
      }
    }
    Set<Integer> run = new HashSet<>();
    for (int k = length > 0 ? tailIndex[length - 1] : -1; k >= 0; k = previous[k]) {
      run.add(pairs.get(k)[own]);
    }
    return run;
  }

  List<int[]> pairs() {
    return pairs;
  }

  List<Integer> removed() {
    return removed;
  }

  List<Integer> added() {
    return added;
  }

  boolean moved(int[] pair) {
    return moved.contains(pair[0]);
  }
}
