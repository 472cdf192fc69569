package dev.dtu.recording.fidelity;

/** The same report as a single self-contained HTML page. */
public final class HtmlReport {
    private HtmlReport() {}

    public static String render(FidelityReport report) {
        StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Twin fidelity</title>"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}code{background:#f4f4f4}"
                + ".bar{background:#4a4;height:10px}</style></head><body><h1>Twin fidelity</h1>");
        h.append("<p>Overall: <b>").append(report.overall().percent()).append("</b> of ").append(report.overall().checks())
                .append(" checks over ").append(report.results().size()).append(" recorded exchanges.</p>");
        h.append("<h2>By twin</h2><table><tr><th>twin</th><th>score</th><th></th><th>exchanges</th><th>checks</th><th>differences</th></tr>");
        report.byTwin().forEach(s -> h.append(row(esc(s.twin()), s)));
        h.append("</table><h2>By family</h2><table><tr><th>twin</th><th>family</th><th>pairs</th><th>served</th><th>score</th></tr>");
        report.byFamily().forEach(f -> h.append("<tr><td>").append(esc(f.twin())).append("</td><td>").append(esc(f.family()))
                .append("</td><td>").append(f.pairs()).append("</td><td>").append(f.served()).append("</td><td>")
                .append(f.score().percent()).append("</td></tr>"));
        if (!report.unserved().isEmpty()) {
            h.append("</table><h2>Not served by the twin</h2><table><tr><th>twin operation</th><th>pairs</th></tr>");
            report.unserved().forEach((op, n) -> h.append("<tr><td>").append(esc(op)).append("</td><td>").append(n).append("</td></tr>"));
        }
        h.append("</table><h2>By operation</h2><table><tr><th>operation</th><th>score</th><th></th><th>exchanges</th>"
                + "<th>checks</th><th>differences</th></tr>");
        report.byOperation().forEach(s -> h.append(row(esc(s.twin() + " " + s.operation()), s)));
        h.append("</table><h2>Differences</h2>");
        for (ExchangeResult r : report.results()) {
            if (r.differences().isEmpty()) {
                continue;
            }
            h.append("<h3>").append(esc(r.twin())).append(" <code>").append(esc(r.method() + " " + r.path()))
                    .append("</code> <small>").append(esc(r.source())).append("</small></h3><table><tr><th>path</th>"
                            + "<th>kind</th><th>recorded</th><th>twin</th></tr>");
            r.differences().forEach(d -> h.append("<tr><td><code>").append(esc(d.path())).append("</code></td><td>")
                    .append(esc(d.kind())).append("</td><td>").append(esc(d.recorded())).append("</td><td>")
                    .append(esc(d.twin())).append("</td></tr>"));
            h.append("</table>");
        }
        if (!report.notes().isEmpty()) {
            h.append("<h2>Notes</h2><ul>");
            report.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
            h.append("</ul>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String row(String name, Score s) {
        return "<tr><td>" + name + "</td><td>" + s.percent() + "</td><td><div class=\"bar\" style=\"width:"
                + Math.round(100 * s.value()) + "px\"></div></td><td>" + s.exchanges() + "</td><td>" + s.checks()
                + "</td><td>" + s.differences() + "</td></tr>";
    }

    static String esc(String s) {
        if (s == null) {
            return "—";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
