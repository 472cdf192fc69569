package dev.dtu.bench.hotpaths;

import dev.dtu.server.seed.SeedDocument;

import dev.dtu.server.state.Tx;
import dev.dtu.twins.jira.JiraTwin;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.Search;
import dev.dtu.twins.jira.model.SiteJql;
import dev.dtu.twins.jira.model.jql.Jql;
import dev.dtu.twins.jira.model.jql.JqlQuery;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JQL: parsing a typical query, and a search (parse, validate, evaluate, sort) over the default Jira site. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JqlBenchmark {
    static final String QUERY = "project = TRI AND status != Done AND (priority in (High, Highest) OR labels = urgent) "
            + "AND summary ~ \"login\" ORDER BY created DESC";

    private SiteJql site;

    @Setup
    public void seed() {
        Tx tx = new Tx(dev.dtu.server.state.State.EMPTY);
        new JiraTwin().seed(SeedDocument.defaultSeed(), tx);
        site = new SiteJql(new Directory(tx.state()), Optional.empty(), Clock.systemUTC());
    }

    @Benchmark
    public JqlQuery parse() {
        return Jql.parse(QUERY);
    }

    @Benchmark
    public Object search() {
        return Search.matching(site, "project is not EMPTY AND status != Done ORDER BY created DESC", false);
    }
}
