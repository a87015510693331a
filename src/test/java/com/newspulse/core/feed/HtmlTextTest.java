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
}
