package dev.dtu.twins.jira.model.agile;

/** An epic's own fields beside its issue: name, colour key (color_1..color_14) and whether it is done. */
public record EpicDetails(String name, String color, boolean done) {}
