package vn.reform.gateway.support;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract's sample events (contracts.dir) and API answers made from them for the stand-in backend. */
public final class Fixtures {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    public static JsonNode sample(String file) {
        return JSON.readTree(Path.of(System.getProperty("contracts.dir"), "samples", file).toFile());
    }

    /** GET /api/catalogue/templates: the CCHC template of the samples. */
    public static String templates() {
        return "[" + JSON.writeValueAsString(sample("template-published-cchc-v1.json").get("payload")) + "]";
    }

    /** GET /api/rounds: one open round like the sample's ad hoc round, due in three days. */
    public static String rounds(String code, String... expectedAgencies) {
        return "[" + round(code, expectedAgencies) + "]";
    }

    public static String round(String code, String... expectedAgencies) {
        return JSON.writeValueAsString(java.util.Map.of(
                "code", code, "templateCode", "CCHC", "templateVersion", 1,
                "title", "Báo cáo tiến độ nâng cao Chỉ số PAR Index " + code, "periodKind", "AD_HOC",
                "dataFrom", "2022-12-15", "dataTo", "2023-08-31",
                "dueAt", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "expectedAgencies", java.util.List.of(expectedAgencies), "status", "OPEN"));
    }

    public static String agencies() {
        return "[{\"code\":\"SNGV\",\"name\":\"Sở Ngoại vụ\",\"kind\":\"DEPARTMENT\"},"
                + "{\"code\":\"STP\",\"name\":\"Sở Tư pháp\",\"kind\":\"DEPARTMENT\"},"
                + "{\"code\":\"STC\",\"name\":\"Sở Tài chính\",\"kind\":\"DEPARTMENT\"}]";
    }
}
