package io.github.designdoc.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the design docs of one project folder: the files whose relative path matches an include and no exclude.
 * Hidden folders ({@code .git}, {@code .idea}, ...) and folders holding a {@code pom.xml} of their own (other
 * Maven projects, such as modules, which check their own docs) are not entered.
 */
final class DocFiles {
  private final List<Glob> includes;
  private final List<Glob> excludes;

  DocFiles(List<String> includes, List<String> excludes) {
    this.includes = globs(includes);
    this.excludes = globs(excludes);
  }

  /** The matching regular files below {@code root}, sorted by relative path. */
  List<Path> find(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return found;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(root)) {
          return FileVisitResult.CONTINUE;
        }
        String name = dir.getFileName().toString();
        if (name.startsWith(".") || Files.exists(dir.resolve("pom.xml")) || excluded(relative(root, dir))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() || Files.isRegularFile(file)) {
          String rel = relative(root, file);
          if (included(rel) && !excluded(rel)) {
            found.add(file);
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // An unreadable folder or file is left out; a matching unreadable file is reported when it is read.
        String rel = relative(root, file);
        if (included(rel) && !excluded(rel)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort((a, b) -> relative(root, a).compareTo(relative(root, b)));
    return found;
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private boolean included(String rel) {
    return includes.stream().anyMatch(g -> g.matches(rel));
  }

  private boolean excluded(String rel) {
    return excludes.stream().anyMatch(g -> g.matches(rel));
  }

  private static List<Glob> globs(List<String> texts) {
    List<Glob> out = new ArrayList<>();
    if (texts != null) {
      for (String text : texts) {
        if (text != null && !text.isBlank()) {
          out.add(Glob.of(text));
        }
      }
    }
    return List.copyOf(out);
  }
}
