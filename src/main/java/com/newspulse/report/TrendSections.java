package com.newspulse.report;

import com.newspulse.report.ReportData.Point;
import com.newspulse.report.ReportData.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report's trend sections: the watched keys and the top entities and themes, each as a pair of
 * weekly charts (articles, share) with burst weeks marked ({@link SvgLineChart}), and the warning
 * when the first or last week is cut by the data's edge.
 */
final class TrendSections {
  private TrendSections() {}

  /** The watched keys ({@code report.watch}): a chart pair and the burst weeks of each. */
  static void watched(StringBuilder b, ReportData d) {
    if (d.watched().isEmpty()) {
      return;
    }
    long bursts = d.watched().stream().mapToLong(w -> w.series().bursts()).sum();
    int n = d.watched().size();
    b.append("<section id=\"watch\">\n<h2>Watched: weekly trend of ")
        .append(n)
        .append(n == 1 ? " item" : " items")
        .append("</h2>\n<p class=\"hint\">The keys of <code>report.watch</code>, in its order. ");
    trendHint(b, d, bursts);
    int i = 0;
    for (ReportData.Watched w : d.watched()) {
      Series s = w.series();
      String id = "watch-" + ++i;
      b.append("<div class=\"watched\" id=\"")
          .append(id)
          .append("\">\n<h3>")
          .append(HtmlReport.item(w.dimension(), label(s.label(), s.key())))
          .append(" <code class=\"muted\">")
          .append(Html.esc(w.dimension() + ":" + s.key()))
          .append("</code></h3>\n");
      if (!w.found()) {
        b.append("<p class=\"empty\">No articles in the output")
            .append(d.windowFrom() != null || d.windowTo() != null ? " in the window shown" : "")
            .append(" (no <code>trends</code> row of this key with articles).</p>\n</div>\n");
        continue;
      }
      charts(b, d, id, label(s.label(), s.key()), List.of(s), "entity".equals(w.dimension()));
      burstWeeks(b, s);
      b.append("</div>\n");
    }
    b.append("</section>\n");
  }

  /** The burst weeks of one series as a small table (week, articles, share, z-score). */
  private static void burstWeeks(StringBuilder b, Series s) {
    List<Point> weeks = s.points().stream().filter(Point::burst).toList();
    if (weeks.isEmpty()) {
      b.append("<p class=\"empty\">No burst weeks.</p>\n");
      return;
    }
    b.append(
            "<table class=\"bursts watched\"><thead><tr><th>burst week</th><th class=\"n\">articles</th>")
        .append("<th class=\"n\">share</th><th class=\"n\">z-score</th></tr></thead><tbody>");
    for (Point p : weeks) {
      b.append("<tr><td class=\"nowrap\">")
          .append(p.week())
          .append("</td><td class=\"n\">")
          .append(Html.num(p.articles()))
          .append("</td><td class=\"n\">")
          .append(Html.pct(p.share(), 1))
          .append("</td><td class=\"n\">")
          .append(p.zScore() == null ? HtmlReport.DASH : Html.dec(p.zScore(), 1))
          .append("</td></tr>");
    }
    b.append("</tbody></table>\n");
  }

  /** The weekly trend of the top series of one dimension: a chart pair. */
  static void top(
      StringBuilder b,
      ReportData d,
      String id,
      String name,
      List<Series> series,
      boolean entities) {
    b.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(name)
        .append(": weekly trend of the top ")
        .append(series.size())
        .append("</h2>\n<p class=\"hint\">");
    trendHint(b, d, series.stream().mapToLong(Series::bursts).sum());
    charts(b, d, id, name, series, entities);
    b.append("</section>\n");
  }

  /**
   * The rest of a chart section's hint paragraph: what is charted, the burst count, partial weeks.
   */
  private static void trendHint(StringBuilder b, ReportData d, long bursts) {
    b.append(
            "Articles per week and share of all articles of the week (<code>trends</code>, granularity week). ")
        .append(Html.num(bursts))
        .append(bursts == 1 ? " burst week" : " burst weeks")
        .append(" marked with a diamond.")
        .append(partialWeeks(d))
        .append("</p>\n");
  }

  /** The articles and share charts of some series, side by side. */
  private static void charts(
      StringBuilder b,
      ReportData d,
      String id,
      String name,
      List<Series> series,
      boolean entities) {
    b.append("<div class=\"grid2\">\n");
    figure(
        b,
        d,
        id + "-articles",
        name + ": articles per week",
        series,
        SvgLineChart.Scale.COUNT,
        entities);
    figure(
        b,
        d,
        id + "-share",
        name + ": share of the week's articles",
        series,
        SvgLineChart.Scale.SHARE,
        entities);
    b.append("</div>\n");
  }

  private static void figure(
      StringBuilder b,
      ReportData d,
      String id,
      String caption,
      List<Series> series,
      SvgLineChart.Scale scale,
      boolean entities) {
    b.append("<figure id=\"")
        .append(id)
        .append("\">\n<figcaption>")
        .append(Html.esc(caption))
        .append("</figcaption>\n");
    b.append(SvgLineChart.render(caption, d.weeks(), lines(d.weeks(), series, scale), scale))
        .append('\n');
    if (!series.isEmpty() && !d.weeks().isEmpty()) {
      b.append("<ul class=\"legend\">");
      for (int i = 0; i < series.size(); i++) {
        Series s = series.get(i);
        b.append("<li>").append(SvgLineChart.swatch(i)).append(Html.esc(label(s.label(), s.key())));
        if (entities && s.entityType() != null) {
          b.append(" <span class=\"type\">").append(Html.esc(s.entityType())).append("</span>");
        }
        b.append(" <span class=\"muted\">").append(Html.num(s.articles())).append("</span></li>");
      }
      b.append("<li class=\"burst-key\">")
          .append(SvgLineChart.burstSymbol())
          .append("burst week</li></ul>\n");
    }
    b.append("</figure>\n");
  }

  /**
   * Warns when the first or last charted week is cut by the first or last day of the output's
   * articles (its count is low for want of days, not of news): names the week and the days it has.
   */
  private static String partialWeeks(ReportData d) {
    ReportData.Totals t = d.totals();
    if (d.weeks().isEmpty() || t.dataFirstDay() == null) {
      return "";
    }
    LocalDate first = d.weeks().get(0);
    LocalDate last = d.weeks().get(d.weeks().size() - 1);
    // Only a data edge inside the charted week cuts it (a --from/--to edge does not: its row counts
    // the whole week).
    boolean cutStart =
        t.dataFirstDay().isAfter(first) && !t.dataFirstDay().isAfter(first.plusDays(6));
    boolean cutEnd = t.dataLastDay().isBefore(last.plusDays(6)) && !t.dataLastDay().isBefore(last);
    if (first.equals(last) && cutStart && cutEnd) {
      return " The only week (week of "
          + day(first)
          + ") has articles from "
          + day(t.dataFirstDay())
          + " to "
          + day(t.dataLastDay())
          + " only: compare its share, not its count.";
    }
    String start =
        "first week (week of "
            + day(first)
            + ") has articles from "
            + day(t.dataFirstDay())
            + " only";
    String end =
        "last week (week of " + day(last) + ") has articles to " + day(t.dataLastDay()) + " only";
    if (cutStart && cutEnd) {
      return " The " + start + "; the " + end + ": compare their share, not their count.";
    }
    return cutStart
        ? " The " + start + ": compare its share, not its count."
        : cutEnd ? " The " + end + ": compare its share, not its count." : "";
  }

  private static String day(LocalDate day) {
    return "<span class=\"nowrap\">" + day + "</span>";
  }

  static List<SvgLineChart.Line> lines(
      List<LocalDate> weeks, List<Series> series, SvgLineChart.Scale scale) {
    Map<LocalDate, Integer> index = new HashMap<>();
    for (int i = 0; i < weeks.size(); i++) {
      index.put(weeks.get(i), i);
    }
    List<SvgLineChart.Line> out = new ArrayList<>();
    for (Series s : series) {
      int n = weeks.size();
      double[] v = new double[n];
      boolean[] burst = new boolean[n];
      String[] notes = new String[n];
      for (Point p : s.points()) {
        Integer i = index.get(p.week());
        if (i == null) {
          continue;
        }
        v[i] = scale == SvgLineChart.Scale.COUNT ? p.articles() : p.share();
        burst[i] = p.burst();
        String other =
            scale == SvgLineChart.Scale.COUNT
                ? Html.pct(p.share(), 1) + " share"
                : Html.num(p.articles()) + " articles";
        notes[i] = other + (p.zScore() == null ? "" : " \u00B7 z " + Html.dec(p.zScore(), 1));
      }
      out.add(new SvgLineChart.Line(label(s.label(), s.key()), v, burst, notes));
    }
    return out;
  }

  static String label(String label, String key) {
    return label == null || label.isBlank() ? Objects.toString(key, "") : label;
  }
}
