package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system without forks sets exactly the modes Hadoop asks for. */
class ForklessLocalFileSystemTest {
  @TempDir java.nio.file.Path tmp;

  @Test
  void octalModesMapToPosixSetsAndStickyBitsAreLeftToHadoop() {
    assertThat(PosixFilePermissions.toString(ForklessLocalFileSystem.posix(0755)))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(ForklessLocalFileSystem.posix(0640)))
        .isEqualTo("rw-r-----");
    assertThat(PosixFilePermissions.toString(ForklessLocalFileSystem.posix(0)))
        .isEqualTo("---------");
    assertThat(ForklessLocalFileSystem.posix(01777)).isNull();
  }

  @Test
  void foldersAndFilesGetTheRequestedModesThroughTheFileImplSetting() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", ForklessLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    try (FileSystem fs = FileSystem.get(URI.create("file:///"), conf)) {
      assertThat(fs).isInstanceOf(ForklessLocalFileSystem.class);
      Path dir = new Path(tmp.resolve("a/b").toUri());
      assertThat(fs.mkdirs(dir, new FsPermission((short) 0700))).isTrue();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/b"))))
          .isEqualTo("rwx------");
      Path file = new Path(dir, "f.txt");
      try (OutputStream out = fs.create(file)) {
        out.write(42);
      }
      fs.setPermission(file, new FsPermission((short) 0640));
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(tmp.resolve("a/b/f.txt"))))
          .isEqualTo("rw-r-----");
      assertThat(fs.getFileStatus(file).getPermission().toShort()).isEqualTo((short) 0640);
      // The checksum file of LocalFileSystem is still written beside it.
      assertThat(tmp.resolve("a/b/.f.txt.crc")).exists();
    }
  }
}
