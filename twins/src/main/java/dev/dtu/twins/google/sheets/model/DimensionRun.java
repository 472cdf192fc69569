package dev.dtu.twins.google.sheets.model;

/**
 * Consecutive rows or columns [start, end) of a sheet that share properties other than Google's defaults: a
 * pixel size (null: the default, 21 for a row and 100 for a column) and whether the user hid them.
 */
public record DimensionRun(int start, int end, Integer pixelSize, boolean hiddenByUser) {

    /** The properties of a row or column no request has changed. */
    public static boolean isDefault(Integer pixelSize, boolean hiddenByUser) {
        return pixelSize == null && !hiddenByUser;
    }

    DimensionRun at(int newStart, int newEnd) {
        return new DimensionRun(newStart, newEnd, pixelSize, hiddenByUser);
    }

    boolean sameProperties(DimensionRun o) {
        return java.util.Objects.equals(pixelSize, o.pixelSize) && hiddenByUser == o.hiddenByUser;
    }
}
