package com.newspulse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Whole folder trees: a test's private copy of a shared output, and clean-up. */
public final class Folders {
  private Folders() {}

  /** Copies the tree under {@code from} to {@code to} (created) and returns {@code to}. */
  public static Path copy(Path from, Path to) {
    return copy(from, to, p -> false);
  }

  /**
   * Copies the tree under {@code from} (none: nothing) to {@code to} (created), leaving out the
   * files {@code skip} accepts, and returns {@code to}.
   */
  public static Path copy(Path from, Path to, Predicate<Path> skip) {
    try {
      Files.createDirectories(to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Files.exists(from)) {
      return to;
    }
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (skip.test(p)) {
          continue;
        }
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the tree under {@code dir}, if it exists. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
