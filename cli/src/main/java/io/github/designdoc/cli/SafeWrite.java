package io.github.designdoc.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;

/**
 * Replaces or creates a file so that it is never left half-written: the new bytes go to a temporary
 * file beside the target, which is then moved over it atomically.
 *
 * <p>A symbolic link is followed and its target rewritten; the target's permissions (and, where
 * allowed, owner and group) are kept; a read-only file, a directory, a device or anything else that
 * is not a regular file is refused; errors name the file and the cause, never the temporary file.
 */
final class SafeWrite {
  /** Moves the temporary file over the target; replaced in tests to simulate a failure. */
  interface Mover {
    void move(Path temp, Path target) throws IOException;
  }

  static final SafeWrite DEFAULT = new SafeWrite(SafeWrite::atomicMove);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Mover mover;

  SafeWrite(Mover mover) {
    this.mover = mover;
  }

  /**
   * Writes {@code content} to {@code target}.
   *
   * @param target the file to create or replace
   * @param name the file's name in messages
   * @param content the new bytes
   * @param expected the bytes the file must still hold, or null to replace whatever it holds
   * @throws CliException with exit code 2 when the file cannot or must not be written
   */
  void replace(Path target, String name, byte[] content, byte[] expected) {
    Path real = resolve(target, name);
    boolean exists = Files.exists(real, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes attributes = exists ? posixAttributes(real) : null;
    if (exists) {
      if (!Files.isWritable(real)) {
        throw failure(name, "permission denied");
      }
      if (attributes != null && !hasAnyWriteBit(attributes.permissions())) {
        throw failure(name, "the file is read-only");
      }
    }
    Path dir = real.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw failure(name, "no such directory: " + (dir == null ? "/" : dir));
    }
    Path temp = null;
    try {
      temp = createTemp(dir, real.getFileName().toString());
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (attributes != null) {
        copyAttributes(attributes, temp);
      }
      if (expected != null && !Arrays.equals(expected, Files.readAllBytes(real))) {
        throw CliException.input(name + " changed while designdoc worked on it: not rewritten; run again");
      }
      mover.move(temp, real);
      temp = null;
    } catch (IOException e) {
      throw failure(name, reason(e, temp, name));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the failure was reported; a leftover hidden temporary file is harmless
        }
      }
    }
  }

  /** The file to write: a symbolic link's final target; refuses what is not a regular file. */
  private static Path resolve(Path target, String name) {
    Path absolute = target.toAbsolutePath().normalize();
    String text = absolute.toString();
    if (text.startsWith("/dev/") || text.startsWith("/proc/") || text.equals("/dev")) {
      throw failure(name, "not a regular file");
    }
    if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
      throw failure(name, "a symbolic link to a missing file");
    }
    if (!Files.exists(absolute)) {
      return absolute;
    }
    if (!Files.isRegularFile(absolute)) {
      throw failure(name, Files.isDirectory(absolute) ? "a directory, not a file" : "not a regular file");
    }
    try {
      Path real = absolute.toRealPath();
      if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        throw failure(name, "not a regular file");
      }
      return real;
    } catch (IOException e) {
      throw failure(name, reason(e, null, name));
    }
  }

  private static Path createTemp(Path dir, String fileName) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + fileName + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        // No attributes: a new file gets the permissions the umask gives, as any other tool's would.
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static PosixFileAttributes posixAttributes(Path file) {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return null;
    }
    try {
      return view.readAttributes();
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean hasAnyWriteBit(Set<PosixFilePermission> permissions) {
    return permissions.contains(PosixFilePermission.OWNER_WRITE)
        || permissions.contains(PosixFilePermission.GROUP_WRITE)
        || permissions.contains(PosixFilePermission.OTHERS_WRITE);
  }

  private static void copyAttributes(PosixFileAttributes original, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.group().equals(original.group())) {
        view.setGroup(original.group());
      }
      if (!now.owner().equals(original.owner())) {
        view.setOwner(original.owner());
      }
    } catch (IOException e) {
      // only the owner (or root) may give a file away; the permissions below still apply
    }
    Files.setPosixFilePermissions(temp, original.permissions());
  }

  private static void atomicMove(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static CliException failure(String name, String reason) {
    return CliException.input("cannot write " + name + ": " + reason);
  }

  /** The cause of an I/O failure in words, such as {@code permission denied}. */
  static String reason(IOException e) {
    return reason(e, null, null);
  }

  private static String reason(IOException e, Path temp, String name) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      reason = ((FileSystemException) e).getReason();
    } else if (e.getMessage() != null) {
      reason = e.getMessage();
    } else {
      reason = e.getClass().getSimpleName();
    }
    if (temp != null && name != null) {
      reason = reason.replace(temp.toString(), name);
    }
    return reason.isEmpty() ? e.getClass().getSimpleName()
        : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }
}
