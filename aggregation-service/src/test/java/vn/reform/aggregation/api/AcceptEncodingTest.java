package vn.reform.aggregation.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    @Test
    void gzipIsSentOnlyToClientsThatAcceptIt() {
        assertThat(RollupController.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(RollupController.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(RollupController.acceptsGzip(null)).isFalse();
        assertThat(RollupController.acceptsGzip("identity")).isFalse();
        assertThat(RollupController.acceptsGzip("deflate, gzip;q=0")).isFalse();
        assertThat(RollupController.acceptsGzip("gzip;q=0.000")).isFalse();
    }
}
