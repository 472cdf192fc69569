package dev.dtu.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dtu.core.testing.Trajectories;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.Summarizer;
import dev.dtu.core.verdict.VerdictPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final Path SCHEMA = Path.of("..", "openapi", "report.schema.json");
    private static final JsonSchema VALIDATOR = loadSchema();

    @Test
    void sampleReportMatchesTheSchemaAndReadsBackEqual() throws IOException {
        ReportDocument document = ReportDocument.of(SampleRuns.summary(), SampleRuns.trajectories());
        String json = JsonReport.render(document);
        assertEquals(Set.of(), VALIDATOR.validate(new ObjectMapper().readTree(json)));
        assertEquals(document, JsonReport.parse(json));
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals("MORE_WORK", tree.get("verdict").asText());
        assertEquals(1, tree.get("exitCode").asInt());
        assertEquals(50, tree.get("trajectories").size());
    }

    @Test
    void theSchemaRejectsABrokenReport() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("{\"schema\":\"dtu-report/1\",\"verdict\":\"MAYBE\",\"exitCode\":7}");
        Set<ValidationMessage> errors = VALIDATOR.validate(broken);
        assertTrue(errors.size() >= 2, errors.toString());
    }

    @Test
    void refusesAnotherSchemaVersion() {
        String json = JsonReport.render(ReportDocument.of(SampleRuns.summary(), SampleRuns.trajectories()))
                .replace("\"dtu-report/1\"", "\"dtu-report/99\"");
        assertThrows(IllegalArgumentException.class, () -> JsonReport.parse(json));
    }

    @Property(tries = 40)
    void everyGeneratedReportMatchesTheSchemaAndRoundTrips(@ForAll("suites") List<TrajectoryResult> results) throws IOException {
        ReportDocument document = ReportDocument.of(Summarizer.summarize(new SuiteRun(List.of(), results,
                List.of(), VerdictPolicy.DEFAULT, 9, Shard.WHOLE)), results);
        String json = JsonReport.render(document);
        assertEquals(Set.of(), VALIDATOR.validate(new ObjectMapper().readTree(json)));
        assertEquals(document, JsonReport.parse(json));
    }

    @Provide
    Arbitrary<List<TrajectoryResult>> suites() {
        return Trajectories.suites(3, 15);
    }

    private static JsonSchema loadSchema() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
