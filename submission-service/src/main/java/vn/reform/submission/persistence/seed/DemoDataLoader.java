package vn.reform.submission.persistence.seed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import vn.reform.submission.config.DemoProperties;
import vn.reform.submission.domain.catalogue.Agency;
import vn.reform.submission.domain.catalogue.AgencyKind;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.PeriodKind;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;
import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.period.PeriodTitles;
import vn.reform.submission.domain.period.PeriodWindow;
import vn.reform.submission.domain.report.ReportService;
import vn.reform.submission.domain.validation.ReportInput;

/**
 * The demo data set (profile {@code demo} only, contracts §7): the demo province's agencies, the Decree 09/2019
 * rounds of the current year (current ones OPEN, past ones LOCKED), an overdue ad hoc round, and the locked 2023 ad hoc
 * round holding SNGV's sample report, published as a real ReportSubmitted. Loading again creates nothing twice.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DemoDataLoader implements ApplicationRunner {

    static final String TEMPLATE = "CCHC";
    static final String HOME_AFFAIRS = "SNV";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CatalogueFileLoader files;
    private final CatalogueService catalogue;
    private final ReportService reports;
    private final PeriodGenerator periods;
    private final DemoProperties demo;
    private final DemoSubmissionGenerator generator;
    private final Clock clock;
    private final StartupStoreRetry retry = StartupStoreRetry.forLoader("demo data set");

    public DemoDataLoader(CatalogueFileLoader files, CatalogueService catalogue, ReportService reports,
                          PeriodGenerator periods, DemoProperties demo, DemoSubmissionGenerator generator, Clock clock) {
        this.files = files;
        this.catalogue = catalogue;
        this.reports = reports;
        this.periods = periods;
        this.demo = demo;
        this.generator = generator;
        this.clock = clock;
    }

    record AgencySeed(String code, String name, AgencyKind kind, String parentCode, LocalDate validFrom, LocalDate validTo,
                      String mergedInto, String headName) {
    }

    record ReportSeed(String agency, String eventId, Instant submittedAt, String submittedBy, String documentNumber,
                      String signer, Map<String, JsonNode> values, Map<String, String> narrative) {
    }

    record RoundHistorySeed(Round round, String roundEventId, List<ReportSeed> reports) {
    }

    @Override
    public void run(ApplicationArguments args) {
        retry.run(this::load); // idempotent: loading again creates nothing twice
    }

    private void load() {
        List<String> reporting = loadAgencies();
        int year = LocalDate.ofInstant(clock.instant(), periods.zone()).getYear();
        int template = catalogue.latestTemplate(TEMPLATE).orElseThrow().version();
        for (PeriodWindow window : periods.reportingWindows(year)) {
            RoundStatus status = window.dueAt().isBefore(clock.instant()) ? RoundStatus.LOCKED : RoundStatus.OPEN;
            Round round = new Round(window.code(), TEMPLATE, template, PeriodTitles.of(window), window.kind(),
                    window.dataFrom(), window.dataTo(), window.dueAt(), reporting, status, Map.of());
            catalogue.seedRound(round, SeedIds.eventId("round", round.code()));
            if (status == RoundStatus.LOCKED && demo.generatedSubmissions()) {
                generator.submitSome(catalogue.round(round.code()));
            }
        }
        catalogue.seedRound(overdueAdHoc(year, template, reporting), SeedIds.eventId("round", year + "-ADHOC-CCHC"));
        loadHistory("catalogue/demo/2023-PAR-ADHOC.json");
        log.info("demo data set loaded ({} agencies, year {})", reporting.size() + 1, year);
    }

    private List<String> loadAgencies() {
        AgencySeed[] seeds = files.read(new ClassPathResource("catalogue/demo/agencies.json"), AgencySeed[].class);
        for (AgencySeed seed : seeds) {
            String lower = seed.code().toLowerCase(Locale.ROOT);
            Agency agency = new Agency(seed.code(), seed.name(), seed.kind(), seed.parentCode(), seed.validFrom(),
                    seed.validTo(), seed.mergedInto(), "vanphong." + lower + "@" + demo.emailDomain(),
                    "giamdoc." + lower + "@" + demo.emailDomain(), seed.headName());
            catalogue.seedAgency(agency, SeedIds.eventId("agency", agency.code()));
        }
        return Arrays.stream(seeds).map(AgencySeed::code).filter(code -> !code.equals(HOME_AFFAIRS)).toList();
    }

    private Round overdueAdHoc(int year, int template, List<String> reporting) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), periods.zone());
        Instant due = today.minusWeeks(1).atTime(17, 0).atZone(periods.zone()).toInstant();
        return new Round(year + "-ADHOC-CCHC", TEMPLATE, template,
                "Báo cáo đột xuất kết quả thực hiện nhiệm vụ CCHC năm " + year, PeriodKind.AD_HOC,
                LocalDate.of(year - 1, 12, 15), today.minusWeeks(2), due, reporting, RoundStatus.OPEN, Map.of());
    }

    private void loadHistory(String file) {
        RoundHistorySeed history = files.read(new ClassPathResource(file), RoundHistorySeed.class);
        catalogue.seedRound(history.round(), history.roundEventId());
        Round round = catalogue.round(history.round().code());
        for (ReportSeed report : history.reports()) {
            reports.importFirstSubmission(round, report.agency(),
                    new ReportInput(report.values(), report.narrative(), report.documentNumber(), report.signer()),
                    report.submittedAt(), report.submittedBy(), report.eventId());
        }
    }
}
