package dev.dtu.twins.jira.model;

public record Component(String id, String name, String description, String leadAccountId) {}
