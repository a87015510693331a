package com.newspulse.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
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
