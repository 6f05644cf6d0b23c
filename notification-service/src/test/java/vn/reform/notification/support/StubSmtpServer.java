package vn.reform.notification.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server for the failures GreenMail cannot stage: it hangs up on the first sessions before its
 * greeting, and may hang up right after a message has been transferred (before its reply) or when asked to quit.
 * Counts the sessions and the messages transferred to it.
 */
public final class StubSmtpServer implements AutoCloseable {

    /** Where the server hangs up after the greeting: never, after the message's final dot, or at QUIT. */
    public enum HangUp { NEVER, AFTER_DATA, AT_QUIT }

    private final ServerSocket socket;
    private final HangUp hangUp;
    private final int refusedSessions;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger transferred = new AtomicInteger();

    /** Hangs up on the first {@code refusedSessions} sessions at once, then where {@code hangUp} says. */
    public StubSmtpServer(HangUp hangUp, int refusedSessions) {
        this.hangUp = hangUp;
        this.refusedSessions = refusedSessions;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::serve, "stub-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int sessions() {
        return sessions.get();
    }

    public int transferred() {
        return transferred.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                if (sessions.incrementAndGet() > refusedSessions) {
                    converse(client);
                }
            } catch (IOException closedOrHungUp) {
                // next session, or the end when the server socket is closed
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 stub ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                        // the message, dot-stuffed
                    }
                    transferred.incrementAndGet();
                    if (hangUp == HangUp.AFTER_DATA) {
                        return;
                    }
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    if (hangUp != HangUp.AT_QUIT) {
                        reply(out, "221 bye");
                    }
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
