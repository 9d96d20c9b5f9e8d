package io.github.designdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocFilesTest {
  @TempDir
  Path root;

  @Test
  void defaultsFindDocsAndDesignFilesButNotBuildOutputModulesOrHiddenFolders() throws IOException {
    touch("docs/a.md", "docs/sub/b.md", "docs/c.txt", "README.md", "auth-design.md", "src/x/cache-design.md",
        "target/copy-design.md", "mod/target/classes/docs/z-design.md", ".git/design.md", "node_modules/p/design.md",
        "module/pom.xml", "module/docs/in-module.md");
    List<String> found = names(new DocFiles(AbstractDocMojo.DEFAULT_INCLUDES, AbstractDocMojo.DEFAULT_EXCLUDES));
    assertEquals(List.of("auth-design.md", "docs/a.md", "docs/sub/b.md", "src/x/cache-design.md"), found);
  }

  @Test
  void excludesRemoveFilesAndWholeFolders() throws IOException {
    touch("docs/a.md", "docs/drafts/b.md", "docs/drafts/c.md", "docs/old-design.md");
    DocFiles files = new DocFiles(List.of("docs/**/*.md"), List.of("docs/drafts/**", "**/old-*"));
    assertEquals(List.of("docs/a.md"), names(files));
  }

  @Test
  void noIncludeMatchesNothingAndAMissingFolderIsEmpty() throws IOException {
    touch("docs/a.md");
    assertEquals(List.of(), names(new DocFiles(List.of("adr/*.md"), List.of())));
    assertEquals(List.of(), new DocFiles(List.of("**"), List.of()).find(root.resolve("missing")));
  }

  @Test
  void jsonDocsCanBeIncluded() throws IOException {
    touch("docs/a.md", "docs/a.json", "package.json");
    assertEquals(List.of("docs/a.json", "docs/a.md"), names(new DocFiles(List.of("docs/*.{md,json}"), List.of())));
  }

  private List<String> names(DocFiles files) throws IOException {
    return files.find(root).stream().map(p -> DocFiles.relative(root, p)).toList();
  }

  private void touch(String... paths) throws IOException {
    for (String path : paths) {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x\n");
    }
  }
}
