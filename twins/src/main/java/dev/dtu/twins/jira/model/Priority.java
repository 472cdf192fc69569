package dev.dtu.twins.jira.model;

/** A priority; the site lists them highest first. */
public record Priority(String id, String name, String description, String statusColor, boolean isDefault) {}
