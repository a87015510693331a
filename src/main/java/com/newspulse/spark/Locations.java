package com.newspulse.spark;

import com.newspulse.config.InvalidConfigException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * Turns a configured location into a local path the core loaders can read: a plain path, {@code
 * classpath:} (the copy of {@code conf/} bundled in the jar, also inside a jar), or any Hadoop URI
 * such as {@code hdfs://} (copied to a local temporary folder on the driver).
 */
public final class Locations {
  private static final String CLASSPATH = "classpath:";

  private Locations() {}

  public static Path local(String key, String location, Configuration hadoop) {
    try {
      if (location.startsWith(CLASSPATH)) {
        return classpath(key, location.substring(CLASSPATH.length()));
      }
      if (location.contains("://") && !location.startsWith("file:")) {
        org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(location);
        var fs = src.getFileSystem(hadoop);
        if (!fs.exists(src)) {
          throw missing(key, location);
        }
        Path tmp = Files.createTempDirectory("newspulse-conf");
        deleteAtExit(tmp);
        fs.copyToLocalFile(src, new org.apache.hadoop.fs.Path(tmp.toUri()));
        return tmp.resolve(src.getName());
      }
      Path p = location.startsWith("file:") ? Paths.get(URI.create(location)) : Paths.get(location);
      if (!Files.exists(p)) {
        throw missing(key, location);
      }
      return p;
    } catch (IOException e) {
      throw new InvalidConfigException(
          key + " = '" + location + "' cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Removes the driver's local copy when the JVM ends (File.deleteOnExit cannot remove a non-empty
   * folder).
   */
  private static void deleteAtExit(Path dir) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (var files = Files.walk(dir)) {
                    files
                        .sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
                  } catch (IOException | RuntimeException e) {
                    // best effort: the JVM is ending
                  }
                },
                "newspulse-conf-cleanup"));
  }

  private static Path classpath(String key, String resource) throws IOException {
    URL url = Locations.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw missing(key, CLASSPATH + resource);
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        java.nio.file.FileSystem zip;
        try {
          zip = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          zip = FileSystems.getFileSystem(uri);
        }
        return zip.getPath(resource);
      }
      return Paths.get(uri);
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static InvalidConfigException missing(String key, String location) {
    return new InvalidConfigException(
        key
            + " = '"
            + location
            + "' does not exist: point "
            + key
            + " at an existing file or folder, or remove it to use the bundled default");
  }

  /** Bytes under {@code location} (a file or a folder, on any Hadoop file system). */
  public static long size(String location, Configuration hadoop) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
      return p.getFileSystem(hadoop).getContentSummary(p).getLength();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot measure " + location + ": " + e.getMessage(), e);
    }
  }
}
