package dev.dtu.recording.fidelity;

/** The fidelity report for people and coding agents: scores, then every difference by exchange. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(FidelityReport report) {
        StringBuilder md = new StringBuilder("# Twin fidelity\n\n");
        md.append("Overall: **").append(report.overall().percent()).append("** of ").append(report.overall().checks())
                .append(" checks over ").append(report.results().size()).append(" recorded exchanges.\n\n");
        md.append("| twin | score | exchanges | checks | differences |\n|---|---|---|---|---|\n");
        report.byTwin().forEach(s -> md.append(row(s.twin(), s)));
        md.append("\n## By family\n\n| twin | family | pairs | served | score |\n|---|---|---|---|---|\n");
        report.byFamily().forEach(f -> md.append("| ").append(f.twin()).append(" | ").append(cell(f.family())).append(" | ")
                .append(f.pairs()).append(" | ").append(f.served()).append(" | ").append(f.score().percent()).append(" |\n"));
        if (!report.unserved().isEmpty()) {
            md.append("\n## Not served by the twin\n\n| twin operation | pairs |\n|---|---|\n");
            report.unserved().forEach((op, n) -> md.append("| ").append(cell(op)).append(" | ").append(n).append(" |\n"));
        }
        md.append("\n## By operation\n\n| twin | operation | score | exchanges | checks | differences |\n|---|---|---|---|---|---|\n");
        report.byOperation().forEach(s -> md.append("| ").append(s.twin()).append(' ').append(row(cell(s.operation()), s)));
        md.append("\n## Differences\n");
        for (ExchangeResult r : report.results()) {
            if (r.differences().isEmpty()) {
                continue;
            }
            md.append("\n### ").append(r.twin()).append(" `").append(r.method()).append(' ').append(r.path())
                    .append("` (").append(r.source()).append(")\n\n| path | kind | recorded | twin |\n|---|---|---|---|\n");
            r.differences().forEach(d -> md.append("| `").append(cell(d.path())).append("` | ").append(d.kind()).append(" | ")
                    .append(cell(d.recorded())).append(" | ").append(cell(d.twin())).append(" |\n"));
        }
        if (!report.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            report.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static String row(String first, Score s) {
        return "| " + first + " | " + s.percent() + " | " + s.exchanges() + " | " + s.checks() + " | " + s.differences() + " |\n";
    }

    private static String cell(String value) {
        return value == null ? "—" : value.replace("|", "\\|").replace("\n", " ");
    }
}
