package vn.reform.aggregation.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A serialised answer and its gzip encoding, compressed once, on first demand, then served to every reader that
 * accepts gzip (a 10,000-agency rollup shrinks about tenfold: the copy through the gateway is what a read costs).
 */
final class GzippedBody {

    private final byte[] plain;
    private volatile byte[] gzipped;

    GzippedBody(byte[] plain) {
        this.plain = plain;
    }

    byte[] plain() {
        return plain;
    }

    byte[] gzipped() {
        byte[] done = gzipped;
        if (done == null) {
            done = gzip(plain);
            gzipped = done; // two first readers may both compress: same bytes, no harm
        }
        return done;
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 8));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
