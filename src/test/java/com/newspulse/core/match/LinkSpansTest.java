package com.newspulse.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Web and e-mail addresses in running text, and the pre-check that skips sentences without. */
class LinkSpansTest {
  @Test
  void addressesAreFoundAndProseIsSkippedBeforeThePattern() {
    String text = "Follow twitter.com/nvidia or write to press@huawei.com. U.S. shares rose 3.5%.";
    assertThat(LinkSpans.of(text))
        .extracting(s -> text.substring(s[0], s[1]))
        .containsExactly("twitter.com/nvidia", "press@huawei.com");
    assertThat(LinkSpans.mayHaveLink("The U.S. said so. Then it left.")).isFalse();
    assertThat(LinkSpans.mayHaveLink("Amazon.com rose")).isTrue(); // checked by the pattern
    assertThat(LinkSpans.of("Amazon.com rose")).isEmpty();
    assertThat(LinkSpans.mayHaveLink("see https://x")).isFalse(); // no dot: never an address
  }

  @Property(tries = 10000)
  void theSpansAreThoseOfThePatternAlone(@ForAll("texts") String text) {
    assertThat(LinkSpans.of(text)).containsExactlyElementsOf(reference(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "a", "Z", "x", "9", "-", ".", " ", "/", "@", "www", "http", "://", "com", "U", "S",
            "co.uk", "e", "_", "+", "é", "\n")
        .list()
        .ofMaxSize(16)
        .map(parts -> String.join("", parts));
  }

  private static final Pattern LINK = pattern();

  private static Pattern pattern() {
    try {
      var f = LinkSpans.class.getDeclaredField("LINK");
      f.setAccessible(true);
      return (Pattern) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The spans as the pattern alone finds them, on every text. */
  private static List<int[]> reference(String text) {
    List<int[]> out = new ArrayList<>();
    if (text.indexOf('.') < 0) {
      return out;
    }
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
