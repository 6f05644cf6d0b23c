package vn.reform.aggregation.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * Base of the integration tests: the whole service against the shared real Kafka broker and MongoDB-protocol
 * store (one of each per JVM, one Spring context for all test classes). Tests keep apart by unique round codes.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    protected static EventProducer events;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected CatalogueStore catalogue;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", SharedTestInfrastructure::mongoConnectionString);
        registry.add("spring.mongodb.database", () -> "reform_aggregation_test");
        registry.add("reform.aggregation.retry-backoff", () -> "50ms");
        registry.add("reform.aggregation.transient-retry-max-backoff", () -> "200ms");
    }

    @BeforeAll
    static void producer() {
        events = new EventProducer();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    /**
     * Publishes the sample catalogue with a round of the given code and waits until it is consumed (catalogue and
     * reports are consumed independently: reports sent before would still converge, but later).
     */
    protected void publishSampleCatalogue(String round, String dataTo) {
        RoundFixture.publishCatalogue(events, round, dataTo);
        eventually(() -> catalogue.round(round).isPresent() && catalogue.template("CCHC:1").isPresent()
                && catalogue.agencies(java.util.List.of(RoundFixture.EXPECTED)).size() == RoundFixture.EXPECTED.length);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    protected JsonNode getJson(String path, String token) throws Exception {
        MvcResult result = mvc.perform(get(path).header("X-Internal-Token", token)).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(path + " answered " + result.getResponse().getStatus() + ": "
                    + result.getResponse().getContentAsString());
        }
        return Samples.JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    /**
     * Polls until the condition holds (the consumer applies events asynchronously), at most 60 s: a deadline, not a
     * wait, generous for a CI machine of two cores running several modules' tests at once.
     */
    protected static void eventually(Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions().until(condition);
    }

    protected JsonNode rollupWhen(String round, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        try {
            eventually(() -> {
                last[0] = getJson("/api/rollups/" + round, TestTokens.homeAffairs());
                return ready.test(last[0]);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the rollup of " + round + " never reached the expected state; last seen: " + last[0], e);
        }
        return last[0];
    }
}
