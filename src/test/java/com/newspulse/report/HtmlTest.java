package com.newspulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveSpecialCharacters() {
    assertThat(Html.esc("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(Html.esc("\"")).isEqualTo("&quot;");
    assertThat(Html.esc("'")).isEqualTo("&#39;");
    assertThat(Html.esc("&")).isEqualTo("&amp;");
    assertThat(Html.esc("&amp;")).isEqualTo("&amp;amp;");
    assertThat(Html.esc("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(Html.esc("a\"b'c<d>e&f")).isEqualTo("a&quot;b&#39;c&lt;d&gt;e&amp;f");
  }

  @Test
  void escapedTextHasNoMarkupLeftAndCannotCloseAnAttribute() {
    String hostile =
        "\"><script>document.title='pwned'</script><img src=x onerror=\"alert(1)\" a='";
    String e = Html.esc(hostile);
    assertThat(e).doesNotContain("<", ">", "\"", "'");
    assertThat(e)
        .isEqualTo(
            "&quot;&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"
                + "&lt;img src=x onerror=&quot;alert(1)&quot; a=&#39;");
  }

  @Test
  void leavesOrdinaryTextAloneIncludingNonAscii() {
    String s = "Recep Tayyip Erdoğan — “quotes” 😀 日本 tab\tnewline\n";
    assertThat(Html.esc(s)).isSameAs(s);
    assertThat(Html.esc(null)).isEmpty();
    assertThat(Html.esc("")).isEmpty();
  }

  @Test
  void replacesCharactersHtmlMustNotContain() {
    assertThat(Html.esc("a\u0000b\u0007c\u007Fd\u0085e"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assertThat(Html.esc("x\uD800y")).isEqualTo("x\uFFFDy"); // lone high surrogate
    assertThat(Html.esc("x\uDC00")).isEqualTo("x\uFFFD"); // lone low surrogate
    assertThat(Html.esc("\uFFFE<\uFDD0")).isEqualTo("\uFFFD&lt;\uFFFD");
    assertThat(Html.esc("<😀>")).isEqualTo("&lt;😀&gt;");
  }

  @Test
  void linksOnlyFromHttpUrls() {
    assertThat(Html.safeHref("https://example.com/a?b=1&c=\"2\"")).isNull(); // quote: malformed URI
    assertThat(Html.safeHref("https://example.com/a?b=1&c=2"))
        .isEqualTo("https://example.com/a?b=1&amp;c=2");
    assertThat(Html.safeHref("HTTP://Example.com/x")).isEqualTo("HTTP://Example.com/x");
    assertThat(Html.safeHref("javascript:alert(1)")).isNull();
    assertThat(Html.safeHref(" javascript:alert(1)")).isNull();
    assertThat(Html.safeHref("data:text/html,<script>alert(1)</script>")).isNull();
    assertThat(Html.safeHref("//evil.example/x")).isNull();
    assertThat(Html.safeHref("https://a.example/x y")).isNull();
    assertThat(Html.safeHref("https:///nohost")).isNull();
    assertThat(Html.safeHref(null)).isNull();
  }

  @Test
  void formatsNumbersWithoutLocaleSurprises() {
    assertThat(Html.num(1234567)).isEqualTo("1,234,567");
    assertThat(Html.num((Long) null)).isEqualTo("\u2013");
    assertThat(Html.pct(0.1234, 1)).isEqualTo("12.3%");
    assertThat(Html.dec(0.5, 2)).isEqualTo("0.50");
  }
}
