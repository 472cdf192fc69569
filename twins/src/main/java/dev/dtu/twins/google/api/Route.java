package dev.dtu.twins.google.api;

/** A Google API method: its id ("drive.files.list") and handler. */
public record Route(String operation, Handler handler) {}
