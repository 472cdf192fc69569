package dev.dtu.twins.google.sheets.model;

/** How input strings are read: RAW stores them as they are; USER_ENTERED parses them like the UI. */
public enum ValueInputOption { RAW, USER_ENTERED }
