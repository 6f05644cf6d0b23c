package vn.reform.notification.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * One real SMTP server (GreenMail) per test JVM on a free loopback port chosen once, so that every test context
 * points at the same port; tests may stop it ("SMTP down") and start it again on that port.
 */
public final class TestSmtp {

    private static final ServerSetup SETUP = new ServerSetup(SharedTestInfrastructure.freePort(), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized int port() {
        if (server == null) {
            start();
        }
        return SETUP.getPort();
    }

    public static synchronized void start() {
        server = new GreenMail(SETUP);
        server.start();
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Starts the server again if a test stopped it; then empties every mailbox. */
    public static synchronized void purge() {
        if (server == null || !server.isRunning()) {
            start();
        }
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }
}
