package dev.dtu.twins.google.sheets.model.formula;

/**
 * Rows or columns [start, end) moved to {@code destination} (moveDimension). The destination is an index in the
 * grid before the block is taken out, as Google's MoveDimensionRequest documents: moving rows [1, 3) of 0,1,2,3,4 to
 * destination 4 gives 0,3,1,2,4. A destination inside the block, or at either of its edges, leaves everything where
 * it is.
 *
 * <p>A cell inside the block goes with it. Every other index moves as if the block were deleted and then inserted
 * at its new place: a range keeps its corners, so a range the block leaves shrinks, a range the block lands inside
 * grows, and a range wholly inside the block travels with it. (Excel moves ranges the same way; Google's own rule for
 * a range a block leaves or enters is not documented.)
 *
 * @param sheetTitle  the sheet whose rows or columns moved
 * @param rows        rows (true) or columns
 * @param start       first index of the block
 * @param end         index after the block
 * @param destination where the block goes, in the coordinates before the move
 */
public record ReferenceMove(String sheetTitle, boolean rows, int start, int end, int destination)
        implements AxisChange {

    /** True when the move changes nothing. */
    public boolean isIdentity() {
        return end <= start || (destination >= start && destination <= end);
    }

    private int length() {
        return end - start;
    }

    /** The block's first index after the move. */
    private int target() {
        return destination < start ? destination : destination - length();
    }

    @Override
    public int[] breaks() {
        return destination < start ? new int[] {destination, start, end} : new int[] {start, end, destination};
    }

    // What the rows outside the block do: close the gap the block leaves, then open one where it lands.
    private int outside(int i) {
        int closed = i >= end ? i - length() : i;
        return closed >= target() ? closed + length() : closed;
    }

    private boolean inBlock(int i) {
        return i >= start && i < end;
    }

    @Override
    public int movedCell(int i) {
        if (isIdentity()) {
            return i;
        }
        return inBlock(i) ? target() + (i - start) : outside(i);
    }

    @Override
    public int movedFirst(int a, int b) {
        if (isIdentity()) {
            return a;
        }
        if (inBlock(a) && inBlock(b)) {
            return movedCell(a);
        }
        int closed = a < start ? a : a >= end ? a - length() : start; // a in the block, b after it: b's side stays
        return closed >= target() ? closed + length() : closed;
    }

    @Override
    public int movedLast(int a, int b) {
        if (isIdentity()) {
            return b;
        }
        if (inBlock(a) && inBlock(b)) {
            return movedCell(b);
        }
        int closed = b < start ? b : b >= end ? b - length() : start - 1;
        return closed >= target() ? closed + length() : closed;
    }
}
