package vn.reform.submission.persistence.seed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.report.ReportService;
import vn.reform.submission.domain.validation.ReportInput;

/**
 * Deterministic demo submissions for past rounds, so that rollups and trends have data: about three agencies in four
 * report, some late; the figures are plausible and pass every rule of the CCHC template.
 */
@Component
@Profile("demo")
public class DemoSubmissionGenerator {

    private static final List<String> ONLINE_LEVELS = List.of("THONG_TIN", "MOT_PHAN", "TOAN_TRINH");

    private final ReportService reports;
    private final JsonMapper mapper;

    public DemoSubmissionGenerator(ReportService reports, JsonMapper mapper) {
        this.reports = reports;
        this.mapper = mapper;
    }

    public void submitSome(Round round) {
        for (String agency : round.expectedAgencies()) {
            Random random = new Random((round.code() + "|" + agency).hashCode());
            if (random.nextInt(100) >= 75) {
                continue;
            }
            Instant submittedAt = random.nextInt(100) < 15
                    ? round.dueAt().plus(Duration.ofHours(1 + random.nextInt(72)))
                    : round.dueAt().minus(Duration.ofHours(1 + random.nextInt(96)));
            reports.importFirstSubmission(round, agency, input(round, agency, random), submittedAt,
                    agency.toLowerCase(Locale.ROOT), SeedIds.eventId("report", round.code() + "|" + agency));
        }
    }

    ReportInput input(Round round, String agency, Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        long windowDays = ChronoUnit.DAYS.between(round.dataFrom(), round.dataTo());
        LocalDate planDate = round.dataFrom().plusDays(random.nextLong(windowDays + 1));
        values.put("KH_VAN_BAN", List.of(Map.of("number", (1 + random.nextInt(150)) + "/KH-" + agency,
                "date", planDate.toString(), "title", "Kế hoạch cải cách hành chính " + round.code())));
        int specialised = random.nextInt(4);
        int internal = random.nextInt(4);
        values.put("KIEM_TRA", Map.of("total", specialised + internal,
                "parts", Map.of("CHUYEN_NGANH", specialised, "NOI_BO", internal)));
        values.put("TIN_BAI", random.nextInt(40));
        int assigned = 5 + random.nextInt(25);
        int lateTasks = random.nextInt(3);
        values.put("NV_GIAO", assigned);
        values.put("NV_TRE_HAN", lateTasks);
        values.put("NV_DUNG_HAN", Math.round((assigned - lateTasks) * 1000.0 / assigned) / 10.0);
        int diplomatic = random.nextInt(20);
        int official = random.nextInt(40);
        int received = diplomatic + official;
        values.put("HO_SO_TTHC", Map.of("total", received,
                "parts", Map.of("HO_CHIEU_NGOAI_GIAO", diplomatic, "HO_CHIEU_CONG_VU", official)));
        int resolved = received - (received == 0 ? 0 : random.nextInt(Math.min(received, 3) + 1));
        int resolvedLate = resolved == 0 ? 0 : random.nextInt(Math.min(resolved, 2) + 1);
        values.put("HS_GIAI_QUYET", resolved);
        values.put("HS_DUNG_HAN", resolved - resolvedLate);
        values.put("HS_TRE_HAN", resolvedLate);
        values.put("BO_TTHC_MOT_CUA", 1 + random.nextInt(10));
        values.put("HS_QUA_MOT_CUA", Map.of("numerator", resolved, "denominator", received));
        values.put("SO_CONG_CHUC", 10 + random.nextInt(70));
        values.put("VI_PHAM_KY_LUAT", random.nextInt(100) < 10 ? 1 : 0);
        values.put("VTVL_HOAN_THIEN", random.nextBoolean());
        values.put("CHU_KY_SO", 1 + random.nextInt(30));
        values.put("EMAIL_CONG_VU", 80 + random.nextInt(21));
        values.put("MUC_DVC_TRUC_TUYEN", ONLINE_LEVELS.get(random.nextInt(ONLINE_LEVELS.size())));
        values.put("ISO_9001", random.nextBoolean());
        Map<String, JsonNode> json = new LinkedHashMap<>();
        values.forEach((code, value) -> json.put(code, mapper.valueToTree(value)));
        Map<String, String> narrative = Map.of("CHI_DAO", "Triển khai kế hoạch cải cách hành chính kỳ " + round.code() + ".");
        return new ReportInput(json, narrative, (1 + random.nextInt(300)) + "/BC-" + agency, "Thủ trưởng đơn vị " + agency);
    }
}
