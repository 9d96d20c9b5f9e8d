package io.github.designdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocFileTest {
  @TempDir
  Path dir;

  @Test
  void replacesTheContentAndKeepsThePermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = Files.writeString(dir.resolve("design.md"), "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    DocFile.replace(file, "\uFEFFnew\r\n");
    assertEquals("\uFEFFnew\r\n", Files.readString(file));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(1, count(dir));
  }

  @Test
  void aSymlinkStaysALinkAndItsTargetIsRewritten() throws IOException {
    Path target = Files.writeString(dir.resolve("real.md"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), target.getFileName());
    DocFile.replace(link, "new\n");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(target));
    assertEquals(2, count(dir));
  }

  @Test
  void aReadOnlyFileIsLeftAlone() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = Files.writeString(dir.resolve("design.md"), "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> DocFile.replace(file, "new\n"));
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    assertEquals("old\n", Files.readString(file));
    assertEquals(1, count(dir));
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
