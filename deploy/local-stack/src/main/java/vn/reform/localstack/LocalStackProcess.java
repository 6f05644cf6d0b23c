package vn.reform.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point for the local stack's infrastructure processes, one per process:
 * {@code kafka <dataDir> <port> <controllerPort>} or {@code mongo <dataDir> <port>}.
 * Each runs until it receives SIGTERM or Ctrl-C, then shuts down cleanly.
 */
public final class LocalStackProcess {

    private LocalStackProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: kafka <dataDir> <port> <controllerPort> | mongo <dataDir> <port>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        AutoCloseable running = switch (args[0]) {
            case "kafka" -> KafkaBroker.start(dataDir, port, Integer.parseInt(args[3]));
            case "mongo" -> MongoStore.fileBacked(dataDir, port);
            default -> throw new IllegalArgumentException("unknown process kind " + args[0]);
        };
        System.out.println(args[0] + " ready on 127.0.0.1:" + port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }, "local-stack-shutdown"));
        stopped.await();
    }
}
