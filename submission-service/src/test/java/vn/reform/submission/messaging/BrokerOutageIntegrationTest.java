package vn.reform.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;

import com.mongodb.client.model.Filters;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.reform.localstack.KafkaBroker;
import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.submission.domain.catalogue.Agency;
import vn.reform.submission.domain.catalogue.AgencyKind;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.PeriodKind;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;
import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.persistence.ReportEventStore;
import vn.reform.submission.support.Contracts;
import vn.reform.submission.support.SampleReport;
import vn.reform.submission.support.TestTokens;
import vn.reform.submission.support.TopicReader;

/**
 * The broker stops in the middle of 50 submissions: every submission still gets its 201, and once the broker is back
 * all 50 are published, none twice, each report's events in sequence order. Runs its own broker (fixed ports, same
 * data folder across the restart) and its own database, in a dedicated context closed afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class BrokerOutageIntegrationTest {

    private static final int AGENCIES = 10;
    private static final int VERSIONS_EACH = 5;

    private static Path dataDir;
    private static int port;
    private static int controllerPort;
    private static KafkaBroker broker;

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ReportEventStore events;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("outage-kafka");
        port = SharedTestInfrastructure.freePort();
        controllerPort = SharedTestInfrastructure.freePort();
        broker = KafkaBroker.start(dataDir, port, controllerPort);
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + port);
        registry.add("spring.mongodb.uri", SharedTestInfrastructure::mongoConnectionString);
        registry.add("spring.mongodb.database", () -> "reform_submission_outage");
        registry.add("reform.outbox.backoff-max", () -> "1s");
        registry.add("reform.outbox.sweep-interval", () -> "2s");
        registry.add("spring.kafka.producer.properties.delivery.timeout.ms", () -> "4000");
        registry.add("spring.kafka.producer.properties.request.timeout.ms", () -> "2000");
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "2000");
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everySubmissionIsAcceptedWhileTheBrokerIsDownAndPublishedExactlyOnceWhenItReturns() throws Exception {
        String round = "OUTAGE-" + System.nanoTime();
        List<String> agencies = new ArrayList<>();
        for (int i = 0; i < AGENCIES; i++) {
            String code = "OUT" + i;
            catalogue.saveAgency(new Agency(code, "Cơ quan " + code, AgencyKind.COMMUNE, null, LocalDate.of(2025, 7, 1),
                    null, null, null, null, null));
            agencies.add(code);
        }
        catalogue.createRound(new Round(round, "CCHC", 1, null, PeriodKind.AD_HOC, LocalDate.of(2022, 12, 15),
                LocalDate.of(2023, 8, 31), LocalDate.now().plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), agencies,
                RoundStatus.OPEN, Map.of()));

        List<String> order = new ArrayList<>();
        for (int version = 1; version <= VERSIONS_EACH; version++) {
            order.addAll(agencies);
        }
        for (int i = 0; i < order.size(); i++) {
            if (i == 10) {
                await().atMost(Duration.ofSeconds(60)).until(() -> published(round, agencies) == 10);
                broker.close();
            }
            mvc.perform(post("/api/rounds/{r}/reports/{a}/submissions", round, order.get(i))
                            .header("X-Internal-Token", TestTokens.head(order.get(i))).header("Idempotency-Key", "k" + i)
                            .contentType(MediaType.APPLICATION_JSON).content(SampleReport.body().toString()))
                    .andExpect(status().isCreated());
        }
        assertThat(published(round, agencies)).isEqualTo(10);
        // the relay really tried and failed (delivery timed out, circuit breaker counted it) before the broker returns
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection(ReportEventStore.COLLECTION)
                .countDocuments(Filters.and(Filters.eq("round", round), Filters.gt("attempts", 0))) > 0);
        assertThat(published(round, agencies)).isEqualTo(10);

        broker = KafkaBroker.start(dataDir, port, controllerPort);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> published(round, agencies) == AGENCIES * VERSIONS_EACH);

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(broker.bootstrapServers(), Topics.REPORTS).stream()
                .filter(r -> r.key().startsWith(round + "|")).toList();
        assertThat(records).hasSize(AGENCIES * VERSIONS_EACH);
        assertThat(records.stream().map(r -> Contracts.parse(r.value()).get("eventId").stringValue()).distinct())
                .hasSize(AGENCIES * VERSIONS_EACH);
        Map<String, List<Long>> sequencesByKey = new LinkedHashMap<>();
        records.stream().sorted(java.util.Comparator.comparingLong(ConsumerRecord::offset)).forEach(r -> {
            JsonNode payload = Contracts.parse(r.value()).get("payload");
            sequencesByKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(payload.get("sequence").asLong());
        });
        assertThat(sequencesByKey).hasSize(AGENCIES)
                .allSatisfy((key, sequences) -> assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L));
    }

    private long published(String round, List<String> agencies) {
        return agencies.stream()
                .flatMap(a -> events.history(new ReportKey(round, a)).stream())
                .filter(ReportEvent::published)
                .count();
    }
}
