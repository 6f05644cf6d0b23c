package vn.reform.aggregation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** The gzip encoding of a shared answer: the same bytes once decompressed, at the best compression. */
class GzippedBodyTest {

    private static final byte[] ROWS = rows();

    @Test
    void theGzipEncodingDecompressesToThePlainAnswer() throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(new GzippedBody(ROWS).gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(ROWS);
        }
    }

    @Test
    void theAnswerIsCompressedHarderThanGzipsDefault() throws IOException {
        ByteArrayOutputStream defaultLevel = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(defaultLevel)) {
            gzip.write(ROWS);
        }

        assertThat(new GzippedBody(ROWS).gzipped().length).isLessThan(defaultLevel.size() * 95 / 100);
    }

    /** Rows like a rollup's: a unique code and time each, the rest repeated. */
    private static byte[] rows() {
        StringBuilder json = new StringBuilder("{\"agencies\":[");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"code\":\"AG-").append(i).append("\",\"status\":\"SUBMITTED\",")
                    .append("\"version\":").append(1 + i % 3).append(",\"submittedAt\":\"2026-12-06T21:")
                    .append(String.format("%02d:%02d.%03d", (i * 7) % 60, (i * 13) % 60, (i * 37) % 1000))
                    .append("Z\",\"late\":").append(i % 5 == 0).append(",\"kind\":\"")
                    .append(i % 4 == 0 ? "DEPARTMENT" : "COMMUNE").append("\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
