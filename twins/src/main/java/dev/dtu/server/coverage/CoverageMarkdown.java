package dev.dtu.server.coverage;

import dev.dtu.server.coverage.Coverage.Counts;
import dev.dtu.server.coverage.Coverage.Operation;
import dev.dtu.server.coverage.Coverage.TwinCoverage;
import java.util.Locale;
import java.util.Map;

/** The coverage section of a twin's COVERAGE.md: totals, a row per tag, then every operation of the vendor's API. */
public final class CoverageMarkdown {
    private CoverageMarkdown() {}

    public static String render(TwinCoverage c) {
        StringBuilder md = new StringBuilder();
        md.append("## Against the vendor's published API\n\n");
        md.append("Generated from `twins/src/main/resources/coverage/").append(c.twin()).append(".tsv` (the operations of ")
                .append(c.source()).append(") and the route table; also served as JSON at `GET /_dtu/coverage`.\n")
                .append("*modelled*: a hand-written route; *declared*: a resource declaration (`declared/").append(c.twin())
                .append("/`); *not served*: answers the vendor's unknown-resource error.\n\n");
        Counts t = c.counts();
        md.append("**").append(t.modelled()).append(" modelled, ").append(t.declared()).append(" declared, ")
                .append(t.notServed()).append(" not served** of ").append(c.operations().size()).append(" operations.\n\n");
        md.append("| tag | modelled | declared | not served |\n|---|---|---|---|\n");
        for (Map.Entry<String, Counts> e : c.tags().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue().modelled()).append(" | ")
                    .append(e.getValue().declared()).append(" | ").append(e.getValue().notServed()).append(" |\n");
        }
        md.append("\n<details><summary>Every operation</summary>\n\n| tag | method | path | operation | status |\n|---|---|---|---|---|\n");
        for (Operation op : c.operations()) {
            md.append("| ").append(op.tag()).append(" | ").append(op.method()).append(" | `").append(op.path()).append("` | ")
                    .append(op.operationId()).append(" | ").append(op.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" |\n");
        }
        md.append("\n</details>\n");
        return md.toString();
    }
}
