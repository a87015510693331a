package com.newspulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLinesTest {
  private static List<String> read(String text) throws IOException {
    DataLines lines = new DataLines(new StringReader(text));
    List<String> out = new ArrayList<>();
    for (String line = lines.next(); line != null; line = lines.next()) {
      out.add(lines.lineNo() + ":" + line);
    }
    return out;
  }

  @Test
  void dropsTheByteOrderMarkAndSkipsBlankAndCommentLinesCountingEveryLine() throws IOException {
    assertThat(read("\uFEFFid\tname\n\n  # a comment\n\t\nN1\tNvidia\r\n#x\nN2\tHuawei"))
        .containsExactly("1:id\tname", "5:N1\tNvidia", "7:N2\tHuawei");
  }

  @Test
  void aMarkAfterTheFirstLineIsContentAndLeadingBlanksAreKept() throws IOException {
    assertThat(read("a\n\uFEFFb\n  c #not a comment"))
        .containsExactly("1:a", "2:\uFEFFb", "3:  c #not a comment");
  }

  @Test
  void anEmptyInputOrOnlyCommentsHasNoLines() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read("\uFEFF# only a comment\n\n")).isEmpty();
  }
}
