package com.newspulse.core.match;

import com.newspulse.core.text.MatchTokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A trie over token keys (already folded by the caller) with values on terminal nodes. Looking up
 * the next token is one hash lookup, so scanning a text costs O(tokens × longest phrase) whatever
 * the number of phrases. Not serializable on purpose: owners rebuild it from their (small)
 * definitions.
 */
public final class TokenTrie<V> {

  /** A trie node; {@link #values()} is empty for non-terminal nodes. */
  public static final class Node<V> {
    private HashMap<String, Node<V>> children;
    private List<V> values = List.of();
    private int depth;

    public Node<V> child(String key) {
      return children == null ? null : children.get(key);
    }

    public List<V> values() {
      return values;
    }

    /** Number of keys on the path from the root to this node. */
    public int depth() {
      return depth;
    }

    public boolean isTerminal() {
      return !values.isEmpty();
    }
  }

  private final Node<V> root = new Node<>();
  private int maxDepth;
  private int size;

  /** Adds {@code value} at the path {@code keys}; empty paths are ignored. */
  public void add(List<String> keys, V value) {
    if (keys.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String key : keys) {
      if (node.children == null) {
        node.children = new HashMap<>(4);
      }
      int depth = node.depth + 1;
      node = node.children.computeIfAbsent(key, k -> new Node<>());
      node.depth = depth;
    }
    if (node.values.isEmpty()) {
      node.values = new ArrayList<>(1);
    }
    node.values.add(value);
    maxDepth = Math.max(maxDepth, keys.size());
    size++;
  }

  /**
   * Offers {@code visit} the values of every phrase of the trie found in {@code units} (whole
   * tokens, folded, within one sentence), in text order, until it returns false.
   */
  public void find(MatchTokens units, Predicate<V> visit) {
    int n = units.size();
    for (int i = 0; i < n; i++) {
      Node<V> node = root;
      int sentence = units.sentence(i);
      for (int j = i; j < n && units.sentence(j) == sentence; j++) {
        node = node.child(units.folded(j));
        if (node == null) {
          break;
        }
        for (V value : node.values()) {
          if (!visit.test(value)) {
            return;
          }
        }
      }
    }
  }

  /** What a leftmost-longest scan does with each match. */
  @FunctionalInterface
  public interface MatchVisitor<V> {
    /** One match over units {@code [start, end)} with its accepted values; false stops the scan. */
    boolean visit(int start, int end, List<V> values);
  }

  /**
   * Offers {@code visit} the leftmost-longest phrases of the trie in {@code units} (whole tokens,
   * folded, within one sentence), in text order. At each phrase end, {@code accept} keeps the
   * values that hold there (a phrase whose values it all rejects is no match); a phrase inside a
   * longer match is not offered, and the scan goes on after the longer one.
   */
  public void findLongest(
      MatchTokens units, BiFunction<List<V>, Integer, List<V>> accept, MatchVisitor<V> visit) {
    int n = units.size();
    int i = 0;
    while (i < n) {
      List<V> best = null;
      int end = i + 1;
      Node<V> node = root;
      int sentence = units.sentence(i);
      for (int j = i; j < n && units.sentence(j) == sentence; j++) {
        node = node.child(units.folded(j));
        if (node == null) {
          break;
        }
        if (node.isTerminal()) {
          List<V> accepted = accept.apply(node.values(), i);
          if (!accepted.isEmpty()) {
            best = accepted;
            end = j + 1;
          }
        }
      }
      if (best == null) {
        i++;
      } else if (!visit.visit(i, end, best)) {
        return;
      } else {
        i = end;
      }
    }
  }

  public Node<V> root() {
    return root;
  }

  /** Length in tokens of the longest phrase. */
  public int maxDepth() {
    return maxDepth;
  }

  /** Number of phrases added. */
  public int size() {
    return size;
  }

  /** Makes value lists read-only once building is done. */
  public void freeze() {
    freeze(root);
  }

  private static <V> void freeze(Node<V> node) {
    if (!node.values.isEmpty()) {
      node.values = Collections.unmodifiableList(node.values);
    }
    if (node.children != null) {
      for (Node<V> child : node.children.values()) {
        freeze(child);
      }
    }
  }
}
