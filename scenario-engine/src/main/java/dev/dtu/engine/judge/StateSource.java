package dev.dtu.engine.judge;

import java.util.List;

/** The twins' state as scripts read it, one kind at a time, so a script pays only for what it touches. */
public interface StateSource {
    List<String> twins();

    List<String> kinds(String twin);

    /** The kind's entities as a JSON object keyed by id. */
    String json(String twin, String kind);
}
