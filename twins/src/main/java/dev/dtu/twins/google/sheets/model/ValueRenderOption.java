package dev.dtu.twins.google.sheets.model;

/** How values are returned: as displayed, as raw values, or with formulas instead of results. */
public enum ValueRenderOption { FORMATTED_VALUE, UNFORMATTED_VALUE, FORMULA }
