package io.github.designdoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files replaced by fmt --write, edit --write and convert -o are never damaged. */
class SafeWriteTest {
  @TempDir
  Path dir;

  private static final byte[] NEW = "new text\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OLD = "old text\n".getBytes(StandardCharsets.UTF_8);

  @BeforeEach
  void posix() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs a POSIX file system");
  }

  private Path file(String name, String permissions) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void keepsThePermissionsOfTheFileReplaced() throws Exception {
    for (String permissions : List.of("rw-r--r--", "rwxr-xr-x", "rw-rw----", "rw-------")) {
      Path file = file("doc-" + permissions + ".md", permissions);
      SafeWrite.DEFAULT.replace(file, "doc.md", NEW, OLD);
      assertArrayEquals(NEW, Files.readAllBytes(file));
      assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
    Path usual = dir.resolve("usual");
    Files.createFile(usual);
    Path created = dir.resolve("created.json");
    SafeWrite.DEFAULT.replace(created, "created.json", NEW, null);
    assertArrayEquals(NEW, Files.readAllBytes(created));
    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(created));
  }

  @Test
  void followsASymbolicLinkAndRewritesItsTarget() throws Exception {
    Path target = file("target.md", "rw-r-----");
    Path link = dir.resolve("link.md");
    Files.createSymbolicLink(link, target.getFileName());
    SafeWrite.DEFAULT.replace(link, "link.md", NEW, OLD);
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertArrayEquals(NEW, Files.readAllBytes(target));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of("link.md", "target.md"), names());
  }

  @Test
  void refusesAReadOnlyFileEvenForRoot() throws Exception {
    Path file = file("ro.md", "r--r--r--");
    CliException e = assertThrows(CliException.class, () -> SafeWrite.DEFAULT.replace(file, "ro.md", NEW, OLD));
    assertEquals(2, e.exitCode());
    assertEquals("cannot write ro.md: the file is read-only", e.getMessage());
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertEquals(List.of("ro.md"), names());
  }

  @Test
  void aFailedMoveLeavesTheFileAsItWasAndNamesItAndTheCause() throws Exception {
    Path file = file("doc.md", "rw-r--r--");
    SafeWrite failing = new SafeWrite((temp, target) -> {
      throw new FileSystemException(temp.toString(), target.toString(), "No space left on device");
    });
    CliException e = assertThrows(CliException.class, () -> failing.replace(file, "doc.md", NEW, OLD));
    assertEquals(2, e.exitCode());
    assertEquals("cannot write doc.md: no space left on device", e.getMessage());
    assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertEquals(List.of("doc.md"), names(), "no temporary file left");
  }

  @Test
  void aDeniedMoveSaysPermissionDenied() throws Exception {
    Path file = file("doc.md", "rw-r--r--");
    SafeWrite denied = new SafeWrite((temp, target) -> {
      throw new java.nio.file.AccessDeniedException(temp.toString());
    });
    CliException e = assertThrows(CliException.class, () -> denied.replace(file, "doc.md", NEW, OLD));
    assertEquals("cannot write doc.md: permission denied", e.getMessage());
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertEquals(List.of("doc.md"), names());
  }

  @Test
  void refusesAFileThatChangedSinceItWasRead() throws Exception {
    Path file = file("doc.md", "rw-r--r--");
    byte[] appended = "old text\nappended meanwhile\n".getBytes(StandardCharsets.UTF_8);
    Files.write(file, appended);
    CliException e = assertThrows(CliException.class, () -> SafeWrite.DEFAULT.replace(file, "doc.md", NEW, OLD));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().startsWith("doc.md changed while designdoc worked on it"), e.getMessage());
    assertArrayEquals(appended, Files.readAllBytes(file));
    assertEquals(List.of("doc.md"), names());
  }

  @Test
  void replacesNothingButARegularFile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.json"));
    CliException e = assertThrows(CliException.class, () -> SafeWrite.DEFAULT.replace(folder, "folder.json", NEW, null));
    assertEquals("cannot write folder.json: a directory, not a file", e.getMessage());
    assertTrue(Files.isDirectory(folder));

    for (String special : List.of("/dev/null", "/dev/stdout")) {
      Path path = Path.of(special);
      boolean wasCharacterDevice = Files.exists(path) && !Files.isRegularFile(path);
      CliException refused = assertThrows(CliException.class, () -> SafeWrite.DEFAULT.replace(path, special, NEW, null));
      assertEquals("cannot write " + special + ": not a regular file", refused.getMessage());
      if (wasCharacterDevice) {
        assertFalse(Files.isRegularFile(path), special + " is still what it was");
      }
    }

    Path dangling = dir.resolve("dangling.md");
    Files.createSymbolicLink(dangling, dir.resolve("missing.md"));
    CliException broken = assertThrows(CliException.class, () -> SafeWrite.DEFAULT.replace(dangling, "dangling.md", NEW, null));
    assertEquals("cannot write dangling.md: a symbolic link to a missing file", broken.getMessage());
    assertTrue(Files.isSymbolicLink(dangling));
    assertFalse(Files.exists(dir.resolve("missing.md"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aMissingFolderIsNamed() {
    Path file = dir.resolve("no/such/folder/doc.json");
    CliException e = assertThrows(CliException.class, () -> SafeWrite.DEFAULT.replace(file, "doc.json", NEW, null));
    assertTrue(e.getMessage().startsWith("cannot write doc.json: no such directory"), e.getMessage());
  }
}
