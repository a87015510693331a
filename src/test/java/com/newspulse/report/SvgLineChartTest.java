package com.newspulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgLineChartTest {
  private static final List<LocalDate> WEEKS =
      List.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17));

  static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void drawsOneLinePerSeriesAPointPerWeekAndAMarkerPerBurst() {
    String svg =
        SvgLineChart.render(
            "Entities",
            WEEKS,
            List.of(
                new SvgLineChart.Line(
                    "A", new double[] {1, 2, 9}, new boolean[] {false, false, true}, new String[3]),
                new SvgLineChart.Line(
                    "B",
                    new double[] {0, 3, 1},
                    new boolean[] {false, true, false},
                    new String[3])),
            SvgLineChart.Scale.COUNT);
    assertThat(svg)
        .startsWith("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\"")
        .endsWith("</svg>");
    assertThat(count(svg, "<path class=\"line\"")).isEqualTo(2);
    assertThat(count(svg, "<circle class=\"pt\"")).isEqualTo(6);
    assertThat(count(svg, "class=\"burst-marker\"")).isEqualTo(2);
    assertThat(svg)
        .contains(
            ">Mar 3</text>",
            ">Mar 17</text>",
            ">2025</text>",
            "A \u00B7 week of 2025-03-17: 9 articles \u00B7 BURST");
    // y axis: 0..9 in whole-number steps (2.25 rounds up to 3), never fractional articles
    assertThat(svg)
        .contains(">0</text>", ">3</text>", ">9</text>")
        .doesNotContain(">2.5</text>", ">12</text>");
  }

  @Test
  void showsTheYearUnderTheFirstTickAndAtEachNewYear() {
    List<LocalDate> weeks =
        List.of(LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 6));
    String svg =
        SvgLineChart.render(
            "t",
            weeks,
            List.of(
                new SvgLineChart.Line("A", new double[] {1, 2, 3}, new boolean[3], new String[3])),
            SvgLineChart.Scale.COUNT);
    assertThat(count(svg, "class=\"year\"")).isEqualTo(2);
    assertThat(svg)
        .contains(
            ">Dec 23</text>", ">Dec 30</text>", ">Jan 6</text>", ">2024</text>", ">2025</text>");
  }

  @Test
  void escapesLabelsAndTitle() {
    String svg =
        SvgLineChart.render(
            "<b>t</b>",
            WEEKS.subList(0, 1),
            List.of(
                new SvgLineChart.Line(
                    "<script>x</script>",
                    new double[] {0.5},
                    new boolean[] {true},
                    new String[] {"\"n\""})),
            SvgLineChart.Scale.SHARE);
    assertThat(svg)
        .doesNotContain("<script", "<b>")
        .contains("&lt;script&gt;x&lt;/script&gt;", "&quot;n&quot;", "50.0% of articles");
  }

  @Test
  void noDataGivesANoteNotAnEmptyChart() {
    assertThat(SvgLineChart.render("x", List.of(), List.of(), SvgLineChart.Scale.COUNT))
        .doesNotContain("<svg")
        .contains("No weekly trend rows");
  }

  @Test
  void niceSteps() {
    assertThat(SvgLineChart.niceStep(0.3, SvgLineChart.Scale.COUNT)).isEqualTo(1);
    assertThat(SvgLineChart.niceStep(23, SvgLineChart.Scale.COUNT)).isEqualTo(25);
    assertThat(SvgLineChart.niceStep(0.013, SvgLineChart.Scale.SHARE))
        .isEqualTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
  }
}
