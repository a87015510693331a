package com.newspulse.core.kb;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The entity knowledge base loaded from {@code conf/kb/*.tsv} (format in docs/architecture.md).
 * Loading validates everything first and reports all problems at once, each as {@code file:line:
 * problem}, so a curator can fix a whole file in one go.
 */
public final class KnowledgeBase implements Serializable {

  private static final long serialVersionUID = 3L; // 2: senses, 3: longer names

  private final List<KbEntity> entities;
  private final Map<String, KbEntity> byId;
  private final int aliasCount;
  private final List<Sense> senses;
  private final List<LongerName> longerNames;

  KnowledgeBase(List<KbEntity> entities, List<Sense> senses, List<LongerName> longerNames) {
    this.entities = List.copyOf(entities);
    this.senses = List.copyOf(senses);
    this.longerNames = List.copyOf(longerNames);
    Map<String, KbEntity> map = new HashMap<>();
    int aliases = 0;
    for (KbEntity e : entities) {
      map.put(e.id(), e);
      aliases += e.aliases().size();
    }
    this.byId = Collections.unmodifiableMap(map);
    this.aliasCount = aliases;
  }

  /**
   * A directory means every {@code *.tsv} in it (sorted by file name); otherwise the single file.
   */
  public static KnowledgeBase load(Path dirOrFile) {
    if (!Files.isDirectory(dirOrFile)) {
      return load(List.of(dirOrFile));
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dirOrFile)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new KnowledgeBaseException(dirOrFile + ": cannot list directory: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new KnowledgeBaseException(List.of(dirOrFile + ": no *.tsv files"));
    }
    return load(files);
  }

  public static KnowledgeBase load(List<Path> files) {
    KbLoader loader = new KbLoader();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      // Strict UTF-8: a mis-encoded file must fail loudly rather than produce U+FFFD aliases.
      try (Reader r =
          new InputStreamReader(
              Files.newInputStream(file),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT))) {
        loader.read(i, file.toString(), r);
      } catch (CharacterCodingException e) {
        loader.problem(i, file.toString(), "not valid UTF-8 (" + e + ")");
      } catch (IOException e) {
        loader.problem(i, file.toString(), "cannot read: " + e);
      }
    }
    return loader.finish();
  }

  /** Parses one TSV source; {@code sourceName} is used in problem locations. */
  public static KnowledgeBase parse(String sourceName, Reader reader) {
    KbLoader loader = new KbLoader();
    try {
      loader.read(0, sourceName, reader);
    } catch (IOException e) {
      loader.problem(0, sourceName, "cannot read: " + e);
    }
    return loader.finish();
  }

  /** The longer-names files' rows ({@link LongerName}), in load order. */
  public List<LongerName> longerNames() {
    return longerNames;
  }

  /** The senses files' rules ({@link Sense}), in load order. */
  public List<Sense> senses() {
    return senses;
  }

  /** All entities in load order. */
  public List<KbEntity> entities() {
    return entities;
  }

  /** The entity with this id, or null when there is none. */
  public KbEntity byId(String id) {
    return byId.get(id);
  }

  public int size() {
    return entities.size();
  }

  /** Total number of aliases over all entities (names included). */
  public int aliasCount() {
    return aliasCount;
  }
}
