package dev.dtu.twins.google.sheets.model;

/** How dates are returned when values are not formatted; ignored for FORMATTED_VALUE. */
public enum DateTimeRenderOption { SERIAL_NUMBER, FORMATTED_STRING }
