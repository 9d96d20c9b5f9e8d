package io.github.designdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void doubleStarSlashMatchesNoFolderOrAny() {
    Glob docs = Glob.of("docs/**/*.md");
    assertTrue(docs.matches("docs/a.md"));
    assertTrue(docs.matches("docs/x/y/a.md"));
    assertFalse(docs.matches("docs/a.txt"));
    assertFalse(docs.matches("src/docs/a.md"));
    assertFalse(docs.matches("docs.md"));
  }

  @Test
  void leadingDoubleStarMatchesAtTheRootToo() {
    Glob design = Glob.of("**/*design*.md");
    assertTrue(design.matches("design.md"));
    assertTrue(design.matches("a/b/auth-design-v2.md"));
    assertFalse(design.matches("a/design/notes.md"));
    assertFalse(design.matches("design.md.bak"));
  }

  @Test
  void trailingDoubleStarMatchesTheFolderAndBelow() {
    Glob target = Glob.of("**/target/**");
    assertTrue(target.matches("target"));
    assertTrue(target.matches("target/x.md"));
    assertTrue(target.matches("mod/target/classes/x.md"));
    assertFalse(target.matches("targets/x.md"));
    assertFalse(target.matches("mod/my-target/x.md"));
  }

  @Test
  void starQuestionMarkAndBraces() {
    assertTrue(Glob.of("adr/*.md").matches("adr/0001-x.md"));
    assertFalse(Glob.of("adr/*.md").matches("adr/old/0001-x.md"));
    assertTrue(Glob.of("rfc-????.md").matches("rfc-0042.md"));
    assertFalse(Glob.of("rfc-????.md").matches("rfc-42.md"));
    Glob both = Glob.of("docs/*.{md,markdown}");
    assertTrue(both.matches("docs/a.md"));
    assertTrue(both.matches("docs/a.markdown"));
    assertFalse(both.matches("docs/a.json"));
  }

  @Test
  void regexCharactersAreLiteral() {
    assertTrue(Glob.of("a+b (1).md").matches("a+b (1).md"));
    assertFalse(Glob.of("a+b (1).md").matches("aab (1).md"));
    assertTrue(Glob.of("x.md").matches("x.md"));
    assertFalse(Glob.of("x.md").matches("xamd"));
    assertTrue(Glob.of("$HOME^[x].md").matches("$HOME^[x].md"));
  }

  @Test
  void backslashesAndLeadingDotSlashAreNormalized() {
    assertTrue(Glob.of("docs\\*.md").matches("docs/a.md"));
    assertTrue(Glob.of("./docs/*.md").matches("docs/a.md"));
    assertEquals("docs/*.md", Glob.of(" ./docs/*.md ").toString());
  }

  @Test
  void badGlobsAreRejectedWithTheirText() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.of("a{b.md")).getMessage().contains("a{b.md"));
    assertThrows(IllegalArgumentException.class, () -> Glob.of("ab}.md"));
    assertThrows(IllegalArgumentException.class, () -> Glob.of("  "));
  }
}
