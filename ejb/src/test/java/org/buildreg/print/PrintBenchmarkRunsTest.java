package org.buildreg.print;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/bench print} in a short mode (a fifth of a second per measurement): a benchmark that stops running fails
 * the build. Its figures are not tested: the machines are too noisy for that.
 */
class PrintBenchmarkRunsTest {

    @Test
    void theBenchmarkRuns() throws Exception {
        PrintBenchmark.main(new String[] {"0.2", "1"});
    }
}
