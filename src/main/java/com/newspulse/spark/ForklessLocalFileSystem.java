package com.newspulse.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file:}) without a process per permission change.
 *
 * <p>Without Hadoop's native library (it ships only in Hadoop's binary tarball, not in the Maven
 * artifacts), {@link RawLocalFileSystem#setPermission} forks {@code chmod} for every folder it
 * creates and every file it writes. A run on 3,000 articles forked it 4,625 times: one fork per
 * staged partition folder and file, the fixed cost that made small runs slow (docs/scaling.md,
 * "Fixed costs per write"). Here the same mode is set through {@code java.nio}, in-process. Where
 * that cannot express the mode (a sticky bit, a file system without POSIX attributes) or the native
 * library is loaded, Hadoop's own path is kept.
 *
 * <p>Reading a file's permission, owner or group forks too: Hadoop's status of a local file loads
 * them lazily by running {@code ls -ld}, and {@code FileSystem.listFiles} asks for them for every
 * file it returns. The job's own listings (is a table empty, are the input files readable) forked
 * about 37 times per run on 7 articles; here statuses come with those fields read through {@code
 * java.nio} instead.
 *
 * <p>Installed for {@code file:} paths by {@link SparkSetup} ({@code fs.file.impl}).
 */
public final class ForklessLocalFileSystem extends LocalFileSystem {
  public ForklessLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) file system under {@link LocalFileSystem}'s checksums. */
  public static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      Set<PosixFilePermission> mode = posix(permission.toShort());
      if (mode == null || NativeIO.isAvailable()) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), mode);
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(p, permission);
      }
    }

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
      return loaded(super.getFileStatus(f));
    }

    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
      return loaded(super.getFileLinkStatus(f));
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
      FileStatus[] all = super.listStatus(f);
      for (int i = 0; i < all.length; i++) {
        all[i] = loaded(all[i]);
      }
      return all;
    }

    /**
     * The status with permission, owner and group read in-process, when Hadoop would fork for them.
     * Kept as it is: statuses that already hold them, symbolic links, and world-writable folders
     * (such as /tmp, whose sticky bit java.nio cannot see).
     */
    private FileStatus loaded(FileStatus s) {
      if (NativeIO.isAvailable()
          || !s.getClass().getSimpleName().equals("DeprecatedRawLocalFileStatus")
          || s.isSymlink()) {
        return s;
      }
      PosixFileAttributes a;
      try {
        a = Files.readAttributes(pathToFile(s.getPath()).toPath(), PosixFileAttributes.class);
      } catch (IOException | UnsupportedOperationException e) {
        return s;
      }
      int mode = mode(a.permissions());
      if (s.isDirectory() && (mode & 02) != 0) {
        return s;
      }
      return new FileStatus(
          s.getLen(),
          s.isDirectory(),
          s.getReplication(),
          s.getBlockSize(),
          s.getModificationTime(),
          s.getAccessTime(),
          new FsPermission((short) mode),
          a.owner().getName(),
          a.group().getName(),
          s.getPath());
    }
  }

  /** The octal mode of a permission set. */
  static int mode(Set<PosixFilePermission> set) {
    int mode = 0;
    for (int bit = 0; bit < BITS.length; bit++) {
      if (set.contains(BITS[bit])) {
        mode |= 1 << bit;
      }
    }
    return mode;
  }

  private static final PosixFilePermission[] BITS = {
    PosixFilePermission.OTHERS_EXECUTE,
    PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ,
    PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE,
    PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE,
    PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ
  };

  /** The permission set of an octal mode, or null when it has bits beyond rwx (sticky). */
  static Set<PosixFilePermission> posix(int mode) {
    if ((mode & ~0777) != 0) {
      return null;
    }
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BITS.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(BITS[bit]);
      }
    }
    return set;
  }
}
