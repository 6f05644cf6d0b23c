package vn.reform.submission.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.submission.config.DemoProperties;
import vn.reform.submission.domain.catalogue.Agency;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;
import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.domain.report.ReportService;
import vn.reform.submission.messaging.Topics;
import vn.reform.submission.persistence.seed.CatalogueFileLoader;
import vn.reform.submission.persistence.seed.DemoDataLoader;
import vn.reform.submission.persistence.seed.DemoSubmissionGenerator;
import vn.reform.submission.support.ContractAssertions;
import vn.reform.submission.support.Contracts;
import vn.reform.submission.support.IntegrationTestBase;
import vn.reform.submission.support.TopicReader;

/**
 * The demo data set (normally loaded by profile {@code demo}) loaded twice into the shared store: exactly the demo
 * agencies, the rounds of the current year, the sample report, nothing duplicated; and what it publishes is the
 * contract: the CCHC v1 template and SNGV's 2023 report equal the sample events' payloads.
 */
class DemoDataIntegrationTest extends IntegrationTestBase {

    @Autowired
    CatalogueFileLoader files;

    @Autowired
    ReportService reports;

    @Autowired
    PeriodGenerator periods;

    @Autowired
    ReportEventStore events;

    @Autowired
    JsonMapper mapper;

    @Test
    void theDemoDataSetLoadsTwiceWithoutDuplicatesAndPublishesTheContractsSamples() throws Exception {
        DemoDataLoader loader = new DemoDataLoader(files, catalogue, reports, periods, new DemoProperties("demo.gov.vn", true),
                new DemoSubmissionGenerator(reports, mapper), Clock.systemUTC());
        loader.run(null);
        loader.run(null);

        List<String> csvCodes = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                System.getProperty("contracts.dir", "../deploy/contracts"), "demo-agencies.csv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(csvCodes).hasSize(38);
        for (String code : csvCodes) {
            Agency agency = catalogue.agency(code);
            assertThat(agency.focalPointEmail()).isEqualTo("vanphong." + code.toLowerCase() + "@demo.gov.vn");
            assertThat(agency.headEmail()).isEqualTo("giamdoc." + code.toLowerCase() + "@demo.gov.vn");
        }

        int year = LocalDate.now(periods.zone()).getYear();
        for (String suffix : List.of("Q1", "Q2", "Q3", "Q4", "6T", "9T", "NAM")) {
            Round round = catalogue.round(year + "-" + suffix);
            assertThat(round.status()).as(round.code())
                    .isEqualTo(round.dueAt().isBefore(Instant.now()) ? RoundStatus.LOCKED : RoundStatus.OPEN);
            assertThat(round.expectedAgencies()).hasSize(37).doesNotContain("SNV");
        }
        Round adHoc = catalogue.round(year + "-ADHOC-CCHC");
        assertThat(adHoc.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(adHoc.dueAt()).isBefore(Instant.now());
        assertThat(catalogue.round("2023-PAR-ADHOC").status()).isEqualTo(RoundStatus.LOCKED);
        assertThat(events.history(new ReportKey("2023-PAR-ADHOC", "SNGV"))).hasSize(1);

        JsonNode sampleReport = Contracts.sample("report-submitted-sngv-v1.json");
        List<ConsumerRecord<String, String>> submitted = readPublished(Topics.REPORTS, "2023-PAR-ADHOC|SNGV");
        assertThat(submitted).hasSize(1);
        JsonNode envelope = Contracts.parse(submitted.get(0).value());
        ContractAssertions.assertSameShape(envelope, sampleReport);
        assertThat(envelope.get("payload")).isEqualTo(sampleReport.get("payload"));

        JsonNode template = Contracts.parse(readPublished(Topics.TEMPLATES, "CCHC:1").get(0).value());
        assertThat(template.get("type").stringValue()).isEqualTo("TemplatePublished");
        assertThat(template.get("payload")).isEqualTo(Contracts.sample("template-published-cchc-v1.json").get("payload"));

        JsonNode round = Contracts.parse(readPublished(Topics.ROUNDS, "2023-PAR-ADHOC").get(0).value());
        JsonNode sampleRound = Contracts.sample("round-changed-2023-par-adhoc-v1.json");
        ContractAssertions.assertSameShape(round, sampleRound);
        assertThat(round.get("payload")).isEqualTo(sampleRound.get("payload"));

        JsonNode agency = Contracts.parse(readPublished(Topics.AGENCIES, "SNGV").get(0).value());
        ContractAssertions.assertSameShape(agency, Contracts.sample("agency-changed-sngv-v1.json"));
        assertThat(agency.get("payload").get("headName").stringValue()).isEqualTo("Phạm Thị Anh Thư");
    }

    /** Waits until the demo's events are published, then reads every record of the key (to see duplicates too). */
    private List<ConsumerRecord<String, String>> readPublished(String topic, String key) {
        String bootstrap = SharedTestInfrastructure.kafkaBootstrapServers();
        await().atMost(Duration.ofSeconds(60)).until(() -> !TopicReader.readUntil(bootstrap, topic,
                r -> r.key().equals(key), 1, Duration.ofSeconds(5)).isEmpty());
        return TopicReader.readAll(bootstrap, topic).stream().filter(r -> r.key().equals(key)).toList();
    }

}
