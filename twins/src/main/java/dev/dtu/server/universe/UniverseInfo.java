package dev.dtu.server.universe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A universe as the admin API describes it: the contract other tools rely on. */
public record UniverseInfo(String id, String name, Instant createdAt, ObjectNode twins) {}
