package dev.dtu.twins.google.sheets.model;

import java.util.List;

/** A ValueRange read back: the range Google echoes (clamped to the grid), its major dimension and values. */
public record ValueRangeData(String range, String majorDimension, List<List<Object>> values) {}
