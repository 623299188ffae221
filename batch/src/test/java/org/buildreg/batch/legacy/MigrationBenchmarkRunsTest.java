package org.buildreg.batch.legacy;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/bench migrate} in a short mode (an export of 300 persons): a benchmark that stops running fails the
 * build. Its figures are not tested: the machines are too noisy for that.
 */
class MigrationBenchmarkRunsTest {

    @Test
    void theBenchmarkRuns() throws Exception {
        MigrationBenchmark.main(new String[] {"300"});
    }
}
