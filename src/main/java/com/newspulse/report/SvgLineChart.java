package com.newspulse.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A weekly line chart as inline SVG: one line per series over a shared week axis, a point per week
 * with a native tooltip ({@code <title>}), and a diamond marker ({@code class="burst-marker"}) on
 * every burst week. No script, no external resource.
 */
public final class SvgLineChart {
  /** Tableau 10, first eight: distinct on screen and in greyscale print. */
  static final List<String> PALETTE =
      List.of(
          "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f");

  public enum Scale {
    COUNT,
    SHARE
  }

  /**
   * One line. {@code values[i]} is the value in week {@code i}; {@code bursts[i]} marks a burst
   * week; {@code notes[i]} (nullable) is added to the point's tooltip.
   */
  public record Line(String label, double[] values, boolean[] bursts, String[] notes) {
    public Line {
      if (values.length != bursts.length || values.length != notes.length) {
        throw new IllegalArgumentException("values, bursts and notes differ in length");
      }
    }
  }

  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  private static final int LEFT = 50;
  private static final int RIGHT = 28;
  private static final int TOP = 14;
  private static final int BOTTOM = 54;
  private static final DateTimeFormatter TICK =
      DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

  /** More weeks than this: points are not drawn (bursts still are), lines only. */
  private static final int MAX_POINTS = 60;

  private SvgLineChart() {}

  public static String color(int i) {
    return PALETTE.get(i % PALETTE.size());
  }

  /** The burst diamond as a small standalone SVG, for legends. */
  public static String burstSymbol() {
    return "<svg class=\"sym\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">"
        + "<path class=\"legend-burst\" d=\"M7 1L13 7L7 13L1 7Z\" fill=\"#fff\" stroke=\"#222\" "
        + "stroke-width=\"1.6\"/></svg>";
  }

  /** A series colour swatch (a short line with a dot) as a small standalone SVG, for legends. */
  public static String swatch(int i) {
    String c = color(i);
    return "<svg class=\"sym\" width=\"22\" height=\"12\" viewBox=\"0 0 22 12\" aria-hidden=\"true\">"
        + "<line x1=\"1\" y1=\"6\" x2=\"21\" y2=\"6\" stroke=\""
        + c
        + "\" stroke-width=\"2.5\"/>"
        + "<circle cx=\"11\" cy=\"6\" r=\"3\" fill=\""
        + c
        + "\"/></svg>";
  }

  /**
   * The chart. {@code title} is data (escaped here). With no weeks or no lines, a short note in a
   * {@code <p>} instead of an empty chart.
   */
  public static String render(String title, List<LocalDate> weeks, List<Line> lines, Scale scale) {
    int n = weeks.size();
    if (n == 0 || lines.isEmpty()) {
      return "<p class=\"empty\">No weekly trend rows to chart.</p>";
    }
    double max = 0;
    for (Line l : lines) {
      if (l.values().length != n) {
        throw new IllegalArgumentException(
            "line " + l.label() + " has " + l.values().length + " values for " + n + " weeks");
      }
      for (double v : l.values()) {
        max = Math.max(max, v);
      }
    }
    double step = niceStep((max <= 0 ? (scale == Scale.COUNT ? 4 : 0.04) : max) / 4, scale);
    double top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;

    StringBuilder b = new StringBuilder(4096);
    b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(title))
        .append("\">");
    b.append("<title>").append(Html.esc(title)).append("</title>");

    // Y grid and labels.
    b.append("<g class=\"axis y\">");
    for (double v = 0; v <= top + step / 2; v += step) {
      double y = TOP + plotH - v / top * plotH;
      b.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(LEFT + plotW)
          .append("\" y1=\"")
          .append(Html.dec(y, 1))
          .append("\" y2=\"")
          .append(Html.dec(y, 1))
          .append("\"/>");
      b.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(Html.dec(y + 4, 1))
          .append("\" text-anchor=\"end\">")
          .append(tick(v, step, scale))
          .append("</text>");
    }
    b.append("</g>");

    // X labels: at most ~8, always the first week; the year under the first label and at each new
    // year.
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    b.append("<g class=\"axis x\">");
    b.append("<line class=\"base\" x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(LEFT + plotW)
        .append("\" y1=\"")
        .append(TOP + plotH)
        .append("\" y2=\"")
        .append(TOP + plotH)
        .append("\"/>");
    int lastYear = Integer.MIN_VALUE;
    for (int i = 0; i < n; i += every) {
      double x = x(i, n, plotW);
      LocalDate w = weeks.get(i);
      b.append("<line class=\"tick\" x1=\"")
          .append(Html.dec(x, 1))
          .append("\" x2=\"")
          .append(Html.dec(x, 1))
          .append("\" y1=\"")
          .append(TOP + plotH)
          .append("\" y2=\"")
          .append(TOP + plotH + 4)
          .append("\"/>");
      b.append("<text x=\"")
          .append(Html.dec(x, 1))
          .append("\" y=\"")
          .append(TOP + plotH + 17)
          .append("\" text-anchor=\"middle\">")
          .append(TICK.format(w))
          .append("</text>");
      if (w.getYear() != lastYear) {
        b.append("<text class=\"year\" x=\"")
            .append(Html.dec(x, 1))
            .append("\" y=\"")
            .append(TOP + plotH + 31)
            .append("\" text-anchor=\"middle\">")
            .append(w.getYear())
            .append("</text>");
        lastYear = w.getYear();
      }
    }
    b.append("<text class=\"caption\" x=\"")
        .append(LEFT + plotW / 2)
        .append("\" y=\"")
        .append(HEIGHT - 4)
        .append("\" text-anchor=\"middle\">week starting Monday (UTC)</text>");
    b.append("</g>");

    // Lines, then points, then bursts on top of everything.
    StringBuilder bursts = new StringBuilder();
    for (int s = 0; s < lines.size(); s++) {
      Line l = lines.get(s);
      String c = color(s);
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < n; i++) {
        d.append(i == 0 ? "M" : "L")
            .append(Html.dec(x(i, n, plotW), 1))
            .append(' ')
            .append(Html.dec(y(l.values()[i], top, plotH), 1));
      }
      b.append("<g class=\"series\" data-series=\"").append(s).append("\">");
      b.append("<path class=\"line\" d=\"")
          .append(d)
          .append("\" fill=\"none\" stroke=\"")
          .append(c)
          .append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>");
      for (int i = 0; i < n; i++) {
        String cx = Html.dec(x(i, n, plotW), 1);
        String cy = Html.dec(y(l.values()[i], top, plotH), 1);
        String tip = tooltip(l, weeks.get(i), i, scale);
        if (n <= MAX_POINTS) {
          b.append("<circle class=\"pt\" cx=\"")
              .append(cx)
              .append("\" cy=\"")
              .append(cy)
              .append("\" r=\"3\" fill=\"")
              .append(c)
              .append("\"><title>")
              .append(tip)
              .append("</title></circle>");
        }
        if (l.bursts()[i]) {
          double xx = x(i, n, plotW);
          double yy = y(l.values()[i], top, plotH);
          bursts
              .append("<path class=\"burst-marker\" d=\"M")
              .append(Html.dec(xx, 1))
              .append(' ')
              .append(Html.dec(yy - 8, 1))
              .append("L")
              .append(Html.dec(xx + 8, 1))
              .append(' ')
              .append(Html.dec(yy, 1))
              .append("L")
              .append(Html.dec(xx, 1))
              .append(' ')
              .append(Html.dec(yy + 8, 1))
              .append("L")
              .append(Html.dec(xx - 8, 1))
              .append(' ')
              .append(Html.dec(yy, 1))
              .append("Z\" fill=\"")
              .append(c)
              .append("\" stroke=\"#222\" stroke-width=\"1.6\"><title>")
              .append(tip)
              .append("</title></path>");
        }
      }
      b.append("</g>");
    }
    b.append("<g class=\"bursts\">").append(bursts).append("</g>");
    b.append("</svg>");
    return b.toString();
  }

  private static String tooltip(Line l, LocalDate week, int i, Scale scale) {
    double v = l.values()[i];
    String value =
        scale == Scale.COUNT
            ? Html.num(Math.round(v)) + " articles"
            : Html.pct(v, 1) + " of articles";
    String note = l.notes()[i];
    return Html.esc(
        l.label()
            + " \u00B7 week of "
            + week
            + ": "
            + value
            + (note == null || note.isEmpty() ? "" : " \u00B7 " + note)
            + (l.bursts()[i] ? " \u00B7 BURST" : ""));
  }

  private static double x(int i, int n, int plotW) {
    return n == 1 ? LEFT + plotW / 2.0 : LEFT + (double) i * plotW / (n - 1);
  }

  private static double y(double v, double top, int plotH) {
    return TOP + plotH - Math.max(0, v) / top * plotH;
  }

  /** 1, 2, 2.5, 5 × 10^k; whole numbers for counts. */
  static double niceStep(double raw, Scale scale) {
    double e = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / e;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    double step = nice * e;
    return scale == Scale.COUNT ? Math.max(1, Math.ceil(step)) : step;
  }

  private static String tick(double v, double step, Scale scale) {
    if (scale == Scale.COUNT) {
      return Html.num(Math.round(v));
    }
    double pctStep = step * 100;
    int decimals =
        pctStep >= 1 - 1e-9 && Math.abs(pctStep - Math.rint(pctStep)) < 1e-9
            ? 0
            : pctStep >= 0.1 ? 1 : 2;
    return Html.pct(v, decimals);
  }
}
