package vn.reform.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.persistence.UserStore;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * The whole gateway on a random port against the shared in-memory MongoDB, with the stand-in backend as the
 * submission and aggregation services and nothing listening where the notification service should be. One
 * configuration for every test class, so Spring's context cache starts it once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reform_gateway_test",
        "reform.security.bcrypt-strength=4",
        "reform.sign-in.max-failures=3",
        "reform.sign-in.base-delay=40ms",
        "reform.sign-in.max-delay=200ms",
        "reform.sign-in.lock-duration=10m",
        "reform.limits.rate-per-second=5",
        "reform.limits.rate-burst=30",
        "reform.limits.max-request-size=64KB",
        "reform.resilience.timeout=3s",
        "reform.resilience.minimum-calls=20",
        "reform.resilience.retry-after=7s"
})
public abstract class GatewayTestBase {

    public static final String PASSWORD = "correct-horse-battery";
    protected static final StandInBackend BACKEND = StandInBackend.shared();
    protected static final int DEAD_PORT = SharedTestInfrastructure.freePort();

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserStore users;

    @Autowired
    protected PasswordEncoder passwords;

    protected WebTestClient client;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", SharedTestInfrastructure::mongoConnectionString);
        registry.add("SUBMISSION_URL", BACKEND::url);
        registry.add("AGGREGATION_URL", BACKEND::url);
        registry.add("NOTIFICATION_URL", () -> "http://127.0.0.1:" + DEAD_PORT);
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl(baseUrl()).responseTimeout(Duration.ofSeconds(20)).build();
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A new user with a unique name (password {@link #PASSWORD}), so tests never share sign-in state. */
    protected UserAccount newUser(String agency, Role... roles) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UserAccount account = new UserAccount(username, "Người dùng " + username, agency, List.of(roles), true,
                passwords.encode(PASSWORD), java.time.Instant.now(), java.time.Instant.now());
        return users.insertIfAbsent(account).block();
    }

    protected String bearer(UserAccount user) {
        Map<?, ?> token = client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", user.username(), "password", PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) token.get("accessToken");
    }

    protected static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
