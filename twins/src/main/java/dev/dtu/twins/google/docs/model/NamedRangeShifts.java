package dev.dtu.twins.google.docs.model;

import java.util.List;

/** Moves the named ranges of one segment with each splice of its text; emptied ranges disappear. */
record NamedRangeShifts(List<DocNamedRange> namedRanges, String segmentId) implements Segment.Splices {

    @Override
    public void inserted(int index, int length) {
        namedRanges.replaceAll(r -> !r.segmentId().equals(segmentId) ? r : new DocNamedRange(r.namedRangeId(),
                r.name(), r.segmentId(), r.startIndex() >= index ? r.startIndex() + length : r.startIndex(),
                r.endIndex() > index ? r.endIndex() + length : r.endIndex()));
    }

    @Override
    public void deleted(int start, int end) {
        namedRanges.replaceAll(r -> !r.segmentId().equals(segmentId) ? r : new DocNamedRange(r.namedRangeId(),
                r.name(), r.segmentId(), moved(r.startIndex(), start, end), moved(r.endIndex(), start, end)));
        namedRanges.removeIf(r -> r.startIndex() >= r.endIndex());
    }

    private static int moved(int boundary, int start, int end) {
        return boundary >= end ? boundary - (end - start) : Math.min(boundary, start);
    }
}
