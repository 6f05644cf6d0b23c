package vn.reform.submission.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.reform.submission.domain.catalogue.Agency;
import vn.reform.submission.domain.catalogue.AgencyKind;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.PeriodKind;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * The whole service against the real broker and store of this test JVM (one Spring context, shared by every
 * integration test class). Tests keep apart by creating their own agencies and rounds with unique codes.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTestBase {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected CatalogueService catalogue;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", SharedTestInfrastructure::mongoConnectionString);
        registry.add("spring.mongodb.database", () -> "reform_submission_test");
        registry.add("reform.outbox.sweep-interval", () -> "2s");
    }

    /** A fresh agency code (letters only), unique in this JVM. */
    protected static String uniqueCode(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + UNIQUE.incrementAndGet();
    }

    protected Agency newAgency(String code) {
        Agency agency = new Agency(code, "Cơ quan thử nghiệm " + code, AgencyKind.DEPARTMENT, null, LocalDate.of(2020, 1, 1),
                null, null, "vanphong." + code.toLowerCase() + "@test.gov.vn", null, null);
        return catalogue.saveAgency(agency);
    }

    /** An OPEN round of CCHC v1 over the sample report's window, due in the future, asking the given agencies. */
    protected Round newRound(String code, RoundStatus status, java.time.Instant dueAt, String... agencies) {
        Round round = new Round(code, "CCHC", 1, "Đợt thử nghiệm " + code, PeriodKind.AD_HOC, LocalDate.of(2022, 12, 15),
                LocalDate.of(2023, 8, 31), dueAt, List.of(agencies), status, Map.of());
        return catalogue.createRound(round);
    }

    protected Round newOpenRound(String code, String... agencies) {
        return newRound(code, RoundStatus.OPEN, LocalDate.now().plusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC), agencies);
    }
}
