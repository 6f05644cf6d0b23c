package vn.reform.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One reader's HTTP/1.1 connection, kept alive, sending the GET a browser sends ({@code Accept-Encoding: gzip}) and
 * receiving every byte of the answer, like a load generator such as wrk: it costs the client a fraction of what
 * {@code java.net.http.HttpClient} does, whose buffer copies (and unpacking each 1 MB answer) had made the benchmark's
 * own readers the biggest consumer of the two shared cores. A gzip answer is checked by its header and trailer (the
 * unpacked size), not unpacked; a refusal is unpacked to report its problem. Not thread-safe: one per reader.
 */
final class KeepAliveReader implements AutoCloseable {

    private static final int MAX_HEADER_LINE = 8192;

    private final String host;
    private final int port;
    private byte[] body = new byte[1 << 16];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveReader(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
    }

    /** GET {@code path}; the status and the sizes of the answer (as sent, and unpacked from the gzip trailer). */
    StackApi.Read get(String path, String bearer) {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
                + "Accept-Encoding: gzip\r\nAuthorization: Bearer " + bearer + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            return exchange(request);
        } catch (IOException | RuntimeException e) {
            close();
            return new StackApi.Read(-1, 0, 0, e.toString());
        }
    }

    private StackApi.Read exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String[] statusLine = line().split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        boolean gzip = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                case "content-encoding" -> gzip = value.equals("gzip");
                default -> { }
            }
        }
        int size = chunked ? readChunked() : readExactly(length < 0 ? 0 : Math.toIntExact(length), 0);
        if (closes) {
            close();
        }
        if (status != 200) {
            byte[] plain = gzip ? new GZIPInputStream(new ByteArrayInputStream(body, 0, size)).readAllBytes()
                    : java.util.Arrays.copyOf(body, size);
            return new StackApi.Read(status, size, plain.length, new String(plain, StandardCharsets.UTF_8));
        }
        if (!gzip) {
            return new StackApi.Read(status, size, size, "");
        }
        if (size < 18 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return new StackApi.Read(-1, size, 0, "not a gzip body");
        }
        int unpacked = (body[size - 4] & 0xff) | (body[size - 3] & 0xff) << 8 | (body[size - 2] & 0xff) << 16
                | (body[size - 1] & 0xff) << 24;
        return new StackApi.Read(status, size, unpacked, "");
    }

    private int readChunked() throws IOException {
        int size = 0;
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (chunk == 0) {
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
                return size;
            }
            size = readExactly(chunk, size);
            line();
        }
    }

    /** Appends {@code count} bytes to the body buffer from {@code offset}; the new size. */
    private int readExactly(int count, int offset) throws IOException {
        if (offset + count > body.length) {
            body = java.util.Arrays.copyOf(body, Math.max(offset + count, body.length * 2));
        }
        int done = 0;
        while (done < count) {
            int n = in.read(body, offset + done, count - done);
            if (n < 0) {
                throw new EOFException("connection closed after " + done + " of " + count + " bytes");
            }
            done += n;
        }
        return offset + count;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed in the middle of a header");
            }
            if (c != '\r') {
                line.append((char) c);
            }
            if (line.length() > MAX_HEADER_LINE) {
                throw new IOException("header line longer than " + MAX_HEADER_LINE);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
