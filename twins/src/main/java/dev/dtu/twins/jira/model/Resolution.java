package dev.dtu.twins.jira.model;

public record Resolution(String id, String name, String description) {}
