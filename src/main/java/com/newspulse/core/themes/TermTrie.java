package com.newspulse.core.themes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The token trie of {@link ThemeMatcher}: theme terms, context and unless phrases in one trie, so
 * that one walk serves both, with theme indexes as plain int arrays. Keys are folded tokens; built
 * once, then read-only.
 */
final class TermTrie {

  private static final int[] NONE = new int[0];

  static final class Node {
    private HashMap<String, Node> children;

    /** Themes having the path from the root to here as a term, in insertion order. */
    int[] terms = NONE;

    /** Themes having it as a context term. */
    int[] context = NONE;

    /** Themes having it as an {@code unless} phrase (negative context). */
    int[] unless = NONE;

    /**
     * Near-rule phrases ending here, as codes {@code rule * 3 + role} (role 0: a, 1: b, 2: unless).
     */
    int[] near = NONE;

    Node child(String key) {
      return children == null ? null : children.get(key);
    }
  }

  private final Node root = new Node();

  Node root() {
    return root;
  }

  /** What a theme's phrase is for. */
  enum Role {
    TERM,
    CONTEXT,
    UNLESS
  }

  /** Adds theme {@code theme} at the path {@code keys} in its role; empty paths are ignored. */
  void add(List<String> keys, int theme, Role role) {
    if (keys.isEmpty()) {
      return;
    }
    Node node = path(keys);
    switch (role) {
      case TERM -> node.terms = append(node.terms, theme);
      case CONTEXT -> node.context = append(node.context, theme);
      case UNLESS -> node.unless = append(node.unless, theme);
    }
  }

  /** Adds a near-rule phrase with its code ({@code rule * 3 + role}); empty paths are ignored. */
  void addNear(List<String> keys, int code) {
    if (!keys.isEmpty()) {
      Node node = path(keys);
      node.near = append(node.near, code);
    }
  }

  /** The node at the end of {@code keys}, created as needed. */
  private Node path(List<String> keys) {
    Node node = root;
    for (String key : keys) {
      if (node.children == null) {
        node.children = new HashMap<>(4);
      }
      node = node.children.computeIfAbsent(key, k -> new Node());
    }
    return node;
  }

  private static int[] append(int[] values, int value) {
    int[] out = Arrays.copyOf(values, values.length + 1);
    out[values.length] = value;
    return out;
  }
}
