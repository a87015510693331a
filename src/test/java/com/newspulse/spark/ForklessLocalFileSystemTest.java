package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
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
    assertThat(ForklessLocalFileSystem.mode(ForklessLocalFileSystem.posix(0754))).isEqualTo(0754);
  }

  @Test
  void listedFilesCarryTheirModeOwnerAndGroupWithoutHadoopsLazyLookUp() throws Exception {
    java.nio.file.Path dir = Files.createDirectories(tmp.resolve("t/day=1"));
    java.nio.file.Path data = Files.writeString(dir.resolve("part-0.parquet"), "x");
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rw-r-----"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
    String owner = Files.getOwner(data).getName();
    String group =
        Files.readAttributes(data, java.nio.file.attribute.PosixFileAttributes.class)
            .group()
            .getName();
    try (FileSystem fs = forkless()) {
      var files = fs.listFiles(new Path(tmp.resolve("t").toUri()), true);
      org.apache.hadoop.fs.LocatedFileStatus f = files.next();
      assertThat(files.hasNext()).isFalse();
      assertThat(f.getPath().getName()).isEqualTo("part-0.parquet");
      assertThat(f.getPermission().toShort()).isEqualTo((short) 0640);
      assertThat(f.getOwner()).isEqualTo(owner);
      assertThat(f.getGroup()).isEqualTo(group);
      FileStatus folder = fs.getFileStatus(new Path(dir.toUri()));
      // A plain status: Hadoop's lazy local status (which runs "ls -ld" when asked) is replaced.
      assertThat(folder.getClass()).isEqualTo(FileStatus.class);
      assertThat(folder.getPermission().toShort()).isEqualTo((short) 0750);
      assertThat(folder.isDirectory()).isTrue();
      assertThat(fs.listStatus(new Path(dir.toUri()))[0].getClass()).isEqualTo(FileStatus.class);
      assertThat(fs.listStatus(new Path(dir.toUri()))[0].getLen()).isEqualTo(1);
      // A world-writable folder may carry a sticky bit java.nio cannot read: Hadoop's own status.
      java.nio.file.Path open = Files.createDirectories(tmp.resolve("open"));
      Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
      assertThat(fs.getFileStatus(new Path(open.toUri())).getClass())
          .isNotEqualTo(FileStatus.class);
    }
  }

  private static FileSystem forkless() throws java.io.IOException {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", ForklessLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return FileSystem.get(URI.create("file:///"), conf);
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
