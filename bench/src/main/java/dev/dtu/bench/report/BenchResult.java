package dev.dtu.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one benchmark found: tables for people, targets with verdicts, raw numbers for machines. */
public record BenchResult(String name, String title, Machine machine, boolean quick, List<Table> tables,
                          List<Target> targets, List<String> notes, Map<String, Object> data) {

    public static BenchResult start(String name, String title, boolean quick) {
        return new BenchResult(name, title, Machine.current(), quick, new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new LinkedHashMap<>());
    }

    public BenchResult table(Table t) {
        tables.add(t);
        return this;
    }

    public BenchResult target(String target, String goal, String measured, boolean met) {
        targets.add(new Target(target, goal, measured, met));
        return this;
    }

    public BenchResult note(String note) {
        notes.add(note);
        return this;
    }

    public BenchResult put(String key, Object value) {
        data.put(key, value);
        return this;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        out.append("Machine: ").append(machine.line()).append(quick ? " — **quick run, not a measurement**" : "")
                .append("\n\n");
        tables.forEach(t -> out.append(t.markdown()).append("\n"));
        if (!targets.isEmpty()) {
            Table t = Table.of("Targets", "target", "goal", "measured", "verdict");
            targets.forEach(x -> t.row(x.name(), x.goal(), x.measured(), x.cell()));
            out.append(t.markdown()).append("\n");
        }
        notes.forEach(n -> out.append("- ").append(n).append("\n"));
        return out.toString();
    }
}
