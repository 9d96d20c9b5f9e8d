package io.github.designdoc.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The documents named on a command line: files as given, folders searched for documents.
 *
 * <p>In a folder, by default, every {@code *.md} and {@code *.markdown} file (case ignored) and every
 * {@code *.json} file that is DesignDoc JSON (has a {@code formatVersion} member) is a document;
 * hidden folders ({@code .git}) are always skipped. {@code --include} globs replace that choice,
 * {@code --exclude} globs remove files from it. Globs match the path relative to the folder given, with
 * {@code /} between names; a glob without {@code /} matches the file name, and {@code **}{@code /} also
 * matches no folder at all.
 */
final class Inputs {
  private static final Pattern FORMAT_VERSION = Pattern.compile("\"formatVersion\"\\s*:");

  private final List<Glob> includes;
  private final List<Glob> excludes;

  Inputs(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(Glob::new).collect(Collectors.toList());
    this.excludes = excludes.stream().map(Glob::new).collect(Collectors.toList());
  }

  /**
   * The documents of the arguments, in order, each folder's sorted; a folder or file that cannot be
   * listed is reported to {@code problems} and skipped.
   */
  List<String> expand(List<String> arguments, Consumer<String> problems) {
    List<String> out = new ArrayList<>();
    for (String argument : arguments) {
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        out.add(argument);
        continue;
      }
      if (argument.equals("-") || !Files.isDirectory(path)) {
        out.add(argument);
        continue;
      }
      List<String> found = new ArrayList<>();
      try {
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(path) && dir.getFileName() != null && dir.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // A link to nothing is listed too, to be reported as missing when read.
            if (attrs.isRegularFile() || Files.isRegularFile(file) || attrs.isSymbolicLink() && !Files.exists(file)) {
              String relative = relative(path, file);
              if (selected(relative, file)) {
                found.add(file.toString());
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.accept("cannot read " + Io.display(file.toString()) + ": " + SafeWrite.reason(e));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        problems.accept("cannot list " + Io.display(argument) + ": " + SafeWrite.reason(e));
      }
      found.sort(null);
      out.addAll(found);
    }
    return out;
  }

  private static String relative(Path root, Path file) {
    StringBuilder out = new StringBuilder();
    for (Path name : root.relativize(file)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(name);
    }
    return out.toString();
  }

  private boolean selected(String relative, Path file) {
    for (Glob exclude : excludes) {
      if (exclude.matches(relative)) {
        return false;
      }
    }
    if (!includes.isEmpty()) {
      return includes.stream().anyMatch(g -> g.matches(relative));
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return true;
    }
    return name.endsWith(".json") && isDesignDocJson(file);
  }

  /** Whether a JSON file names a {@code formatVersion}; unreadable files count, to be reported when read. */
  static boolean isDesignDocJson(Path file) {
    try {
      if (Files.size(file) > Io.MAX_INPUT_BYTES) {
        return true;
      }
      return FORMAT_VERSION.matcher(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8))
          .find();
    } catch (IOException e) {
      return true;
    }
  }

  /** A glob over a relative path with {@code /} separators. */
  static final class Glob {
    private final PathMatcher matcher;
    private final PathMatcher withoutFolderWildcards;
    private final boolean nameOnly;

    Glob(String glob) {
      String pattern = glob.startsWith("./") ? glob.substring(2) : glob;
      try {
        this.nameOnly = !pattern.contains("/");
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        // "docs/**/*.md" also matches docs/a.md, and "**/*.md" a.md, as in Git and Ant.
        this.withoutFolderWildcards = pattern.contains("**/")
            ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "")) : null;
      } catch (IllegalArgumentException e) {
        throw CliException.input("invalid glob '" + glob + "': " + e.getMessage().lines().findFirst().orElse(""));
      }
    }

    boolean matches(String relative) {
      Path path = Path.of(relative);
      if (nameOnly) {
        return matcher.matches(path.getFileName());
      }
      return matcher.matches(path) || (withoutFolderWildcards != null && withoutFolderWildcards.matches(path));
    }
  }
}
