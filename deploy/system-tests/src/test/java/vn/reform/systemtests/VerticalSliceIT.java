package vn.reform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The skeleton's slice, through the gateway against the real broker and store: sign in, submit, and see the report
 * counted in the round's rollup.
 */
class VerticalSliceIT {

    private static RunningStack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.shared();
    }

    @Test
    void aSubmittedReportIsCountedInTheRollupSeenThroughTheGateway() throws Exception {
        ApiClient homeAffairs = ApiClient.signIn(stack.gatewayUrl(), "snv", "demo");
        ApiClient foreignAffairs = ApiClient.signIn(stack.gatewayUrl(), "sngv", "demo");
        String round = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        var opened = homeAffairs.post("/api/rounds", Map.of(
                "code", round, "templateCode", "CCHC", "periodKind", "AD_HOC",
                "dataFrom", "2022-12-15", "dataTo", "2023-08-31",
                "dueAt", Instant.now().plus(Duration.ofDays(10)).toString(),
                "expectedAgencies", List.of("SNGV", "STP")), Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);

        ObjectNode body = sampleReportBody();
        var submitted = foreignAffairs.post("/api/rounds/" + round + "/reports/SNGV/submissions", body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().get("version").asInt()).isEqualTo(1);
        assertThat(submitted.json().get("late").asBoolean()).isFalse();
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

        JsonNode rollup = awaitRollup(homeAffairs, round, r -> r.path("completeness").path("submitted").asInt() == 1);
        assertThat(rollup.path("completeness").path("expected").asInt()).isEqualTo(2);
        assertThat(rollup.path("completeness").path("onTime").asInt()).isEqualTo(1);
        assertThat(rollup.path("completeness").path("missing").toString()).isEqualTo("[\"STP\"]");
        assertThat(rollup.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(35);
        assertThat(rollup.path("indicators").path("HO_SO_TTHC").path("value").asInt()).isEqualTo(9);
        assertThat(rollup.path("indicators").path("HS_QUA_MOT_CUA").path("numerator").asInt()).isEqualTo(9);
        assertThat(rollup.path("indicators").path("HS_QUA_MOT_CUA").path("denominator").asInt()).isEqualTo(9);
        assertThat(rollup.path("indicators").path("KH_VAN_BAN").path("value").asInt()).isEqualTo(10);
    }

    /** The sample report of ../shared/reference as the API body, taken from the contract's sample event. */
    static ObjectNode sampleReportBody() throws Exception {
        Path sample = Path.of(System.getProperty("contracts.dir"), "samples", "report-submitted-sngv-v1.json");
        JsonNode payload = ApiClient.JSON.readTree(Files.readString(sample)).get("payload");
        ObjectNode body = ApiClient.JSON.createObjectNode();
        body.set("values", payload.get("values"));
        body.set("narrative", payload.get("narrative"));
        body.put("documentNumber", payload.get("documentNumber").asString());
        body.put("signer", payload.get("signer").asString());
        return body;
    }

    static JsonNode awaitRollup(ApiClient client, String round, java.util.function.Predicate<JsonNode> condition) {
        return Poll.until(Duration.ofSeconds(30), () -> client.get("/api/rollups/" + round),
                r -> r.status() == 200 && condition.test(r.json()), "the rollup of " + round).json();
    }

}
