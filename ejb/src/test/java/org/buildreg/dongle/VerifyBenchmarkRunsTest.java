package org.buildreg.dongle;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/bench verify} in a short mode (a fifth of a second per measurement, a CRL of 10): a benchmark that
 * stops running fails the build. Its figures are not tested: the machines are too noisy for that.
 */
class VerifyBenchmarkRunsTest {

    @Test
    void theBenchmarkRuns() throws Exception {
        VerifyBenchmark.main(new String[] {"0.2", "10"});
    }
}
