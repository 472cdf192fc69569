package dev.dtu.recording.seeding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class A1Test {
    @Test
    void aRangeStartsAtItsFirstCellOfItsSheet() {
        assertEquals(new A1("Calls", 0, 0), A1.parse("Calls!A1:C3"));
        assertEquals(new A1("Q1 plan's", 1, 27), A1.parse("'Q1 plan''s'!AB2:AD9"));
        assertEquals(new A1(null, 4, 1), A1.parse("B5"));
        assertEquals(new A1("Sheet1", 0, 0), A1.parse("Sheet1"));
    }
}
