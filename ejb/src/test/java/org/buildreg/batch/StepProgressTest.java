package org.buildreg.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A chunk step's counts grow by each committed chunk. */
class StepProgressTest {

    @Test
    void eachChunkAddsWhatItReadWroteSkippedAndFilteredAndOneCommit() {
        StepProgress first = new StepProgress(0, 0, 0, 0, 0).plusChunk(512, 500, 12, 0);
        assertEquals(new StepProgress(512, 500, 12, 0, 1), first);
        assertEquals(new StepProgress(1015, 998, 14, 3, 2), first.plusChunk(503, 498, 2, 3));
    }
}
