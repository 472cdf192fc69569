package dev.dtu.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How one world variable is drawn for a trajectory. Each has a simplest value, which shrinking moves
 * towards when it looks for a smaller failing trajectory.
 */
public sealed interface Generator {
    /** One of the listed values, in proportion to its weight (null: all alike); simplest: the first. */
    record Pick(List<JsonNode> values, List<Double> weights) implements Generator {
        public Pick(List<JsonNode> values) {
            this(values, null);
        }
    }

    /** An integer in [min, max]; simplest: min. */
    record IntRange(long min, long max) implements Generator {}

    /** A phrase of min..max words; simplest: min words. */
    record Words(int min, int max) implements Generator {}

    /** true with the given probability; simplest: false. */
    record Bool(double probability) implements Generator {}

    /** The id of a person of the seed, optionally in a group; simplest: the first such person. */
    record Person(String group) implements Generator {}

    /** A string made of earlier variables: {@code "bug: ${summary}"}. */
    record Template(String text) implements Generator {}
}
