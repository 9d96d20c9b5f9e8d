package io.github.designdoc.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Replaces a file's content atomically, keeping what the file is: its permissions, and a symlink's link. */
final class DocFile {
  private DocFile() {}

  /**
   * Writes {@code text} as UTF-8 to a temporary file beside the target (the symlink's target, for a symlink), gives
   * it the target's POSIX permissions and moves it over the target atomically.
   *
   * @throws AccessDeniedException if the target is read-only: it is then left as it is
   */
  static void replace(Path file, String text) throws IOException {
    Path target = file.toRealPath();
    boolean posix = Files.getFileAttributeView(target, PosixFileAttributeView.class) != null;
    Set<PosixFilePermission> permissions = posix ? Files.getPosixFilePermissions(target) : null;
    // The mode bits, not access(2): as root every file is writable.
    if (posix ? !permissions.contains(PosixFilePermission.OWNER_WRITE) : !Files.isWritable(target)) {
      throw new AccessDeniedException(file.toString(), null, "the file is read-only");
    }
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      if (posix) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
