package vn.reform.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import vn.reform.localstack.KafkaBroker;
import vn.reform.localstack.MongoStore;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * The whole system for end-to-end tests, once per test JVM: a real Kafka broker and a file-backed MongoDB-protocol
 * store (in this JVM, from local-stack, on fixed free ports so that they can be stopped and started again), a real SMTP
 * server (GreenMail, in this JVM), and the four services as separate processes started from their packaged jars with
 * the {@code demo} profile. Stopped when the JVM exits. The fault suite uses the stop/start/kill methods.
 */
public final class RunningStack {

    public static final String INTERNAL_TOKEN_SECRET = "system-tests-internal-token-secret-0123456789abcdef";
    private static final List<String> SERVICES =
            List.of("submission-service", "aggregation-service", "notification-service", "gateway");
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private static RunningStack shared;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Path logDir;
    private final Path dataDir;
    private final int kafkaPort = SharedTestInfrastructure.freePort();
    private final int kafkaControllerPort = SharedTestInfrastructure.freePort();
    private final int mongoPort = SharedTestInfrastructure.freePort();
    private final int smtpPort = SharedTestInfrastructure.freePort();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private KafkaBroker kafka;
    private MongoStore mongo;
    private GreenMail mail;

    private RunningStack(Path logDir, Path dataDir) {
        this.logDir = logDir;
        this.dataDir = dataDir;
    }

    /** Starts the stack on first call; later calls in the same JVM return the same running stack. */
    public static synchronized RunningStack shared() {
        if (shared == null) {
            RunningStack stack;
            try {
                stack = new RunningStack(Path.of("target", "stack-logs"), Files.createTempDirectory("reform-stack"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "running-stack-shutdown"));
            stack.start();
            shared = stack;
        }
        return shared;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    /** Direct address of one service, around the gateway. */
    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public GreenMail mail() {
        return mail;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoConnectionString() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    public synchronized void stopKafka() {
        kafka.close();
        kafka = null;
    }

    public synchronized void startKafka() {
        kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, kafkaControllerPort);
    }

    public synchronized void stopMongo() {
        mongo.close();
        mongo = null;
    }

    public synchronized void startMongo() {
        mongo = MongoStore.fileBacked(dataDir.resolve("mongo"), mongoPort);
    }

    public synchronized void stopMail() {
        mail.stop();
    }

    public synchronized void startMail() {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** kill -9 of one service process. */
    public synchronized void kill(String service) {
        processes.get(service).destroyForcibly();
        try {
            processes.get(service).waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a killed or stopped service again with its environment and waits until it is healthy. */
    public synchronized void restart(String service) {
        if (processes.get(service).isAlive()) {
            kill(service);
        }
        processes.put(service, launch(service, environments.get(service)));
        awaitHealthy(service, System.nanoTime() + STARTUP_LIMIT.toNanos());
    }

    public Path logFile(String service) {
        return logDir.resolve(service + ".log");
    }

    private void start() {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startKafka();
        startMongo();
        startMail();
        SERVICES.forEach(s -> ports.put(s, SharedTestInfrastructure.freePort()));

        for (String service : SERVICES) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("SERVER_PORT", String.valueOf(ports.get(service)));
            env.put("SPRING_PROFILES_ACTIVE", "demo");
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
            env.put("MONGODB_URI", mongoConnectionString());
            env.put("INTERNAL_TOKEN_SECRET", INTERNAL_TOKEN_SECRET);
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", String.valueOf(smtpPort));
            env.put("SUBMISSION_URL", serviceUrl("submission-service"));
            env.put("AGGREGATION_URL", serviceUrl("aggregation-service"));
            env.put("NOTIFICATION_URL", serviceUrl("notification-service"));
            // many tests sign in as the same demo users: the per-user limit itself is tested in the gateway module
            env.put("RATE_LIMIT_PER_SECOND", "5000");
            env.put("RATE_LIMIT_BURST", "10000");
            // tests sweep reminders by hand (POST /api/notification/sweep); a short breaker pause after SMTP failures
            env.put("REMINDER_SWEEP_SCHEDULED", "false");
            env.put("SMTP_BREAKER_OPEN_FOR", "2s");
            env.put("SMTP_RETRY_WAIT", "100ms");
            environments.put(service, env);
            processes.put(service, launch(service, env));
        }
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        for (String service : SERVICES) {
            awaitHealthy(service, deadline);
        }
    }

    private Process launch(String service, Map<String, String> env) {
        Path root = Path.of(System.getProperty("reform.root", "../.."));
        String version = System.getProperty("reform.version", "0.1.0-SNAPSHOT");
        Path jar = root.resolve(service).resolve("target").resolve(service + "-" + version + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the system tests with `mvn verify` from the root");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx320m", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(service).toFile()));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(String service, long deadlineNanos) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(serviceUrl(service) + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadlineNanos) {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service + " exited during start-up:\n" + tail(service));
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(service + " not healthy within " + STARTUP_LIMIT + ":\n" + tail(service));
    }

    private static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }

    public String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(logFile(service));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void stop() {
        List<String> reversed = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(reversed);
        for (String service : reversed) {
            Process process = processes.get(service);
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
