package io.github.designdoc.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.CustomSection;
import io.github.designdoc.Section;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Formatter#lcs}: the sections of an edited document matched to the original's they equal. */
class SectionMatchTest {
  @Property(tries = 2000)
  void theMatchIsALongestCommonSubsequence(@ForAll("sections") List<Section> before,
      @ForAll("sections") List<Section> after) {
    int[] match = Formatter.lcs(before, after);
    assertEquals(after.size(), match.length);
    int last = -1;
    int matched = 0;
    for (int j = 0; j < match.length; j++) {
      if (match[j] >= 0) {
        assertTrue(match[j] > last, "in order");
        assertEquals(before.get(match[j]), after.get(j));
        last = match[j];
        matched++;
      }
    }
    assertEquals(longest(before, after), matched);
  }

  /** The length of a longest common subsequence, by the textbook table. */
  private static int longest(List<Section> a, List<Section> b) {
    int[][] len = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    return len[0][0];
  }

  @Provide
  Arbitrary<List<Section>> sections() {
    // few distinct sections, so that equal ones repeat and end runs match
    return Arbitraries.of("A", "B", "C", "D").map(t -> (Section) CustomSection.of(t, "Text of " + t + "."))
        .list().ofMaxSize(9);
  }
}
