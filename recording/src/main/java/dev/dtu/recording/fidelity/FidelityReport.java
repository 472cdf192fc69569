package dev.dtu.recording.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every replayed exchange with its differences, scored per twin and per operation. */
public record FidelityReport(List<ExchangeResult> results, List<String> notes) {
    public Score overall() {
        return Score.of("all", "all", results);
    }

    public List<Score> byTwin() {
        return group(r -> r.twin(), r -> "all");
    }

    public List<Score> byOperation() {
        return group(ExchangeResult::twin, ExchangeResult::operation);
    }

    /** Per twin and vendor family: pairs, how many the twin serves, score — what to build next, by family. */
    public List<FamilyScore> byFamily() {
        Map<String, List<ExchangeResult>> groups = results.stream().collect(Collectors.groupingBy(
                r -> r.twin() + "\u0000" + r.family(), TreeMap::new, Collectors.toList()));
        List<FamilyScore> out = new ArrayList<>();
        groups.values().forEach(list -> out.add(FamilyScore.of(list.get(0).twin(), list.get(0).family(), list)));
        return out;
    }

    /** The operations the twin does not serve, by the vendor's operation name, with how many pairs each. */
    public Map<String, Long> unserved() {
        return results.stream().filter(r -> !r.served()).collect(Collectors.groupingBy(
                r -> r.twin() + " " + r.operation(), TreeMap::new, Collectors.counting()));
    }

    public Optional<Score> twin(String twin) {
        return byTwin().stream().filter(s -> s.twin().equals(twin)).findFirst();
    }

    public Optional<Score> operation(String twin, String operation) {
        return byOperation().stream().filter(s -> s.twin().equals(twin) && s.operation().equals(operation)).findFirst();
    }

    public List<Difference> differences() {
        List<Difference> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.differences()));
        return all;
    }

    private List<Score> group(java.util.function.Function<ExchangeResult, String> twin,
            java.util.function.Function<ExchangeResult, String> operation) {
        Map<String, List<ExchangeResult>> groups = results.stream().collect(Collectors.groupingBy(
                r -> twin.apply(r) + "\u0000" + operation.apply(r), TreeMap::new, Collectors.toList()));
        List<Score> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(Score.of(twin.apply(list.get(0)), operation.apply(list.get(0)), list)));
        return out;
    }
}
