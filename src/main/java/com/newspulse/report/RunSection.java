package com.newspulse.report;

import com.newspulse.report.ReportData.ReasonCount;
import com.newspulse.report.ReportData.RunInfo;

/**
 * The report's "Latest run" section: the row accounting of the latest run (read = accepted +
 * quarantined + duplicates, checked on the page), its quarantine by reason and the recent runs.
 */
final class RunSection {
  private RunSection() {}

  /** The section: the latest run's counts and facts, quarantine by reason, recent runs. */
  static void render(StringBuilder b, ReportData d) {
    b.append("<section id=\"run\">\n<h2>Latest run</h2>\n");
    if (d.runs().isEmpty()) {
      b.append("<p class=\"empty\">The runs table is empty.</p>\n");
    } else {
      RunInfo r = d.runs().get(0);
      b.append("<div class=\"cards\">");
      card(b, "rows read", Html.num(r.rowsRead()), null);
      card(b, "accepted", Html.num(r.rowsAccepted()), ofRead(r.rowsAccepted(), r.rowsRead()));
      card(
          b,
          "quarantined",
          Html.num(r.rowsQuarantined()),
          ofRead(r.rowsQuarantined(), r.rowsRead()));
      card(b, "duplicates", Html.num(r.rowsDuplicates()), ofRead(r.rowsDuplicates(), r.rowsRead()));
      b.append("</div>\n");
      b.append("<dl class=\"facts\">");
      fact(b, "run id", "<code>" + Html.esc(r.runId()) + "</code>");
      fact(b, "command", Html.esc(r.command()));
      fact(
          b,
          "status",
          "<span class=\"status "
              + ("SUCCEEDED".equals(r.status()) ? "ok" : "bad")
              + "\">"
              + Html.esc(r.status())
              + "</span>");
      fact(
          b,
          "window",
          r.windowFrom() == null ? HtmlReport.DASH : r.windowFrom() + " to " + r.windowTo());
      fact(b, "code version", "<code>" + Html.esc(r.codeVersion()) + "</code>");
      fact(
          b,
          "finished",
          r.finishedAt() == null ? HtmlReport.DASH : HtmlReport.TIME.format(r.finishedAt()));
      if (r.rowsOutsideWindow() != null) {
        fact(b, "outside window", Html.num(r.rowsOutsideWindow()));
      }
      if (r.rowsRead() != null
          && r.rowsAccepted() != null
          && r.rowsQuarantined() != null
          && r.rowsDuplicates() != null) {
        boolean balanced =
            r.rowsRead() == r.rowsAccepted() + r.rowsQuarantined() + r.rowsDuplicates();
        fact(
            b,
            "accounting",
            balanced
                ? "<span class=\"status ok\">read = accepted + quarantined + duplicates</span>"
                : "<span class=\"status bad\">read \u2260 accepted + quarantined + duplicates</span>");
      }
      b.append("</dl>\n");
      if (r.message() != null && !r.message().isBlank()) {
        b.append("<p class=\"message\">").append(Html.esc(r.message())).append("</p>\n");
      }
    }
    b.append("<div class=\"cols\">\n<div>\n<h3>Quarantine by reason</h3>\n");
    if (d.quarantine().isEmpty()) {
      b.append("<p class=\"empty\">No quarantined rows.</p>\n");
    } else {
      long all = d.quarantine().stream().mapToLong(ReasonCount::rows).sum();
      b.append("<table class=\"quarantine\"><thead><tr><th>reason</th><th class=\"n\">rows</th>")
          .append("<th class=\"n\">share</th>")
          .append("</tr></thead><tbody>");
      for (ReasonCount q : d.quarantine()) {
        b.append("<tr><td><code>")
            .append(Html.esc(q.reason()))
            .append("</code></td><td class=\"n\">")
            .append(Html.num(q.rows()))
            .append("</td><td class=\"n\">")
            .append(Html.pct((double) q.rows() / all, 1))
            .append("</td></tr>");
      }
      b.append("</tbody><tfoot><tr><td>total</td><td class=\"n\">")
          .append(Html.num(all))
          .append("</td><td></td></tr></tfoot></table>\n");
    }
    b.append("</div>\n<div>\n<h3>Recent runs</h3>\n");
    if (d.runs().isEmpty()) {
      b.append("<p class=\"empty\">None.</p>\n");
    } else {
      b.append(
              "<table class=\"runs\"><thead><tr><th>finished</th><th>command</th><th>status</th><th>window</th>")
          .append("<th class=\"n\">read</th><th class=\"n\">accepted</th></tr></thead><tbody>");
      for (RunInfo r : d.runs()) {
        b.append("<tr><td class=\"nowrap\">")
            .append(
                r.finishedAt() == null ? HtmlReport.DASH : HtmlReport.TIME.format(r.finishedAt()))
            .append("</td><td>")
            .append(Html.esc(r.command()))
            .append("</td><td><span class=\"status ")
            .append("SUCCEEDED".equals(r.status()) ? "ok" : "bad")
            .append("\">")
            .append(Html.esc(r.status()))
            .append("</span></td><td>")
            .append(
                r.windowFrom() == null ? HtmlReport.DASH : r.windowFrom() + " to " + r.windowTo())
            .append("</td><td class=\"n\">")
            .append(Html.num(r.rowsRead()))
            .append("</td><td class=\"n\">")
            .append(Html.num(r.rowsAccepted()))
            .append("</td></tr>");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</div>\n</div>\n</section>\n");
  }

  private static String ofRead(Long part, Long read) {
    return part == null || read == null || read == 0
        ? null
        : Html.pct((double) part / read, 1) + " of read";
  }

  private static void card(StringBuilder b, String label, String value, String note) {
    b.append("<div class=\"card\"><div class=\"v\">")
        .append(value)
        .append("</div><div class=\"k\">")
        .append(label)
        .append("</div>");
    if (note != null) {
      b.append("<div class=\"note\">").append(note).append("</div>");
    }
    b.append("</div>");
  }

  private static void fact(StringBuilder b, String key, String valueHtml) {
    b.append("<div><dt>").append(key).append("</dt><dd>").append(valueHtml).append("</dd></div>");
  }
}
