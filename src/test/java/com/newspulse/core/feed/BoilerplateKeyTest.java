package com.newspulse.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Keys of lines and sentences: the normal form, and the fast paths that must not change it. */
class BoilerplateKeyTest {
  @Test
  void keysAreLowerCaseNfkcWithLinksAndAddressesReplacedAndSpacesCollapsed() {
    assertThat(BoilerplateKey.of("  Read MORE at https://example.com/a?b=1 \u00A0 now "))
        .isEqualTo("read more at <url> now");
    assertThat(BoilerplateKey.of("Visit WWW.Example.COM today")).isEqualTo("visit <url> today");
    assertThat(BoilerplateKey.of("Write to Jane.Roe@example.org\tfor tips"))
        .isEqualTo("write to <email> for tips");
    assertThat(BoilerplateKey.of("\uFF33ign up\u2003\u2003for our newsletter"))
        .isEqualTo("sign up for our newsletter");
    assertThat(BoilerplateKey.of("Rep.")).isNull(); // too short
    assertThat(BoilerplateKey.of("12345 / 67890")).isNull(); // no letter
    assertThat(BoilerplateKey.story("Export curbs widen, part 2"))
        .isEqualTo("export curbs widen, part 0");
  }

  @Test
  void onlyTextWithASlashWwwOrAnAtSignCanHoldALink() {
    assertThat(BoilerplateKey.mayHaveUrl("plain words. and more")).isFalse();
    assertThat(BoilerplateKey.mayHaveUrl("see WwW.example")).isTrue();
    assertThat(BoilerplateKey.mayHaveUrl("a/b")).isTrue();
    assertThat(BoilerplateKey.mayHaveUrl("ww.example")).isFalse();
    assertThat(BoilerplateKey.mayHaveUrl(".www.a")).isTrue();
    assertThat(BoilerplateKey.mayHaveEmail("no address")).isFalse();
    assertThat(BoilerplateKey.mayHaveEmail("a@b")).isTrue();
    assertThat(BoilerplateKey.collapseSpaces("a  b\t\nc\u200Bd e")).isEqualTo("a b c d e");
    String single = "one space each";
    assertThat(BoilerplateKey.collapseSpaces(single)).isSameAs(single);
  }

  @Property(tries = 10000)
  void theKeyIsTheOneThePlainPatternsGive(@ForAll("lines") String line) {
    assertThat(BoilerplateKey.of(line, 1)).isEqualTo(reference(line, 1));
    assertThat(FeedUnits.isLinkLine(line)).isEqualTo(referenceIsLinkLine(line));
  }

  /** Text made of the pieces the fast paths look at: links, addresses, spaces, non-ASCII. */
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(
            "a",
            "Word",
            " ",
            "  ",
            "\t",
            "\n",
            "\u00A0",
            "\u2009",
            "\u200B",
            "\u3000",
            "/",
            "www.",
            "WWW.",
            "ww",
            ".",
            "@",
            "http://x.io/p",
            "https://",
            "example.com/",
            "co",
            "jane@",
            "example.org",
            "\uFF21",
            "e\u0301",
            "\u00C9",
            "-",
            "1",
            "ﬁ",
            "\u2163")
        .list()
        .ofMaxSize(14)
        .map(parts -> String.join("", parts));
  }

  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

  /** The key as computed before the fast paths: every step on every text. */
  private static String reference(String unit, int minChars) {
    String v = Normalizer.normalize(unit, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    v = BoilerplateKey.URL.matcher(v).replaceAll("<url>");
    v = BoilerplateKey.EMAIL.matcher(v).replaceAll("<email>");
    v = SPACES.matcher(v).replaceAll(" ").trim();
    if (v.length() > BoilerplateKey.MAX_KEY_CHARS) {
      v = v.substring(0, BoilerplateKey.MAX_KEY_CHARS);
    }
    return v.length() < minChars || v.chars().noneMatch(Character::isLetter) ? null : v;
  }

  /** A link line as decided before the pre-check: both patterns on every line. */
  private static boolean referenceIsLinkLine(String line) {
    java.util.regex.Matcher url = BoilerplateKey.URL.matcher(line);
    java.util.regex.Matcher email = BoilerplateKey.EMAIL.matcher(line);
    String rest;
    if (url.find()) {
      rest = BoilerplateKey.EMAIL.matcher(url.replaceAll(" ")).replaceAll(" ");
    } else if (email.find()) {
      rest = email.replaceAll(" ");
    } else {
      return false;
    }
    int words = 0;
    for (int k = 0; k < rest.length(); k++) {
      boolean letter = Character.isLetterOrDigit(rest.charAt(k));
      if (letter && (k == 0 || !Character.isLetterOrDigit(rest.charAt(k - 1)))) {
        words++;
      }
    }
    return words <= FeedUnits.LINK_LINE_MAX_WORDS;
  }
}
