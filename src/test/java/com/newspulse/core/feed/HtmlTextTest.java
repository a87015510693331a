package com.newspulse.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void tagsAndScriptsGoEntitiesAreDecodedAndOffsetsPointIntoTheOriginal() {
    String s =
        "<p>AT&amp;T said</p><script>alert('x')</script><iframe src=x></iframe>chips&#8217; rules";
    MappedText m = HtmlText.strip(s);
    assertThat(m.text()).isEqualTo("AT&T said\nchips\u2019 rules");
    int at = m.text().indexOf("AT&T");
    assertThat(m.sourceSurface(at, at + 4)).isEqualTo("AT&amp;T");
    int chips = m.text().indexOf("chips");
    assertThat(m.sourceSurface(chips, chips + 6)).isEqualTo("chips&#8217;");
  }

  @Test
  void aTagCutOffByTruncationIsDroppedToTheEndOfItsLine() {
    MappedText m = HtmlText.strip("Read the review.\n<a href=\"https://gizmodo.co");
    assertThat(m.text()).isEqualTo("Read the review.\n");
  }

  @Test
  void plainTextIsReturnedUnchangedAndUnknownEntitiesStay() {
    assertThat(HtmlText.strip("1 < 2 & 3 > 2").text()).isEqualTo("1 < 2 & 3 > 2");
    assertThat(HtmlText.strip("R&D; &bogus; &#xD800; &#0;").text()).isEqualTo("R&D; &bogus;  ");
  }

  @Test
  void aClosingTagIsFoundInAnyCaseAndALetterThatLowerCasesLongerShiftsNothing() {
    // "\u0130" (dotted capital I) lower-cases to two chars: a search in a lower-cased copy of the
    // text found the closing tag ten chars late and dropped the words after it.
    String s = "\u0130".repeat(10) + "<SCRIPT>x()</Script>Nvidia shares rose 5% > index";
    assertThat(HtmlText.strip(s).text())
        .isEqualTo("\u0130".repeat(10) + "Nvidia shares rose 5% > index");
  }

  @Test
  void manyOpeningCharsWithoutClosingOnesAreReadInLinearTime() {
    // Each "<b" or "&x" without its ">" or ";" was searched to the end of the text: quadratic.
    // Bounded searches read the 100,000 of them in milliseconds; the text is kept as it is.
    String unclosed = "AT&T <b\n".repeat(100_000);
    MappedText m = HtmlText.strip(unclosed);
    assertThat(m.text()).isEqualTo("AT&T \n".repeat(100_000));
    String scripts = "<script>x</script>Nvidia. ".repeat(40_000);
    assertThat(HtmlText.strip(scripts).text()).isEqualTo("Nvidia. ".repeat(40_000));
  }
}
