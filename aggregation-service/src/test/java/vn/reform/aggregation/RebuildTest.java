package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.support.EventProducer;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.RoundFixture;
import vn.reform.aggregation.support.Samples;
import vn.reform.aggregation.support.TestTokens;
import vn.reform.aggregation.support.TwoRoundsFixture;

/** Dropping the read model and replaying the topics from the beginning yields identical rollups. */
class RebuildTest extends IntegrationTest {

    @Test
    void aRebuildFromTheTopicsReproducesTheLiveRollups() throws Exception {
        String round = unique("REB");
        publishSampleCatalogue(round, "2023-08-31");
        RoundFixture.publishReports(events, round);
        events.send(EventProducer.REPORTS, Samples.status("report-returned-sngv-v1.json", round, "SNGV", 2, 1));
        events.send(EventProducer.REPORTS, Samples.report(round, "SNGV", 3, 2, v -> v.put("TIN_BAI", 41)));
        events.send(EventProducer.REPORTS, RoundFixture.stp(round));
        events.send(EventProducer.REPORTS, Samples.status("report-returned-sngv-v1.json", round, "STP", 2, 1));
        events.send(EventProducer.REPORTS, Samples.status("report-accepted-sngv-v1.json", round, "XTANPHU", 2, 1));
        TwoRoundsFixture trend = new TwoRoundsFixture(unique("RB"));
        trend.publish(events);

        rollupWhen(round, r -> r.path("agencies").size() == 3
                && r.path("agencies").get(0).path("version").asInt() == 2
                && "RETURNED".equals(r.path("agencies").get(1).path("status").asString())
                && "ACCEPTED".equals(r.path("agencies").get(2).path("status").asString()));
        rollupWhen(trend.roundB, r -> r.path("outliers").size() == 1
                && r.path("completeness").path("submitted").asInt() == 2);
        List<String> paths = List.of("/api/rollups/" + round, "/api/rollups/" + round + "/agencies/SNGV",
                "/api/rollups/" + trend.roundA, "/api/rollups/" + trend.roundB,
                "/api/trends/TIN_BAI?template=" + trend.template);
        Map<String, JsonNode> live = snapshot(paths);
        assertThat(live.get(paths.get(0)).path("indicators").path("TIN_BAI").path("value").asInt())
                .isEqualTo(41 + 12 + 8);

        mvc.perform(post("/api/aggregation/rebuild").header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.running").value(true));
        JsonNode[] finished = new JsonNode[1];
        eventually(() -> {
            finished[0] = getJson("/api/aggregation/rebuild", TestTokens.homeAffairs());
            return !finished[0].path("running").asBoolean() && finished[0].has("finishedAt");
        });
        assertThat(finished[0].has("error")).isFalse();
        JsonNode result = finished[0].path("last");
        assertThat(result.path("replayed").path(EventProducer.REPORTS).asLong()).isGreaterThanOrEqualTo(12);
        assertThat(result.path("contributions").asLong()).isGreaterThanOrEqualTo(6);

        assertThat(snapshot(paths)).isEqualTo(live);
        // the live consumers resume after the rebuild and keep the same result
        events.send(EventProducer.REPORTS, Samples.report(round, "STC", 1, 1, v -> v.put("TIN_BAI", 1)));
        JsonNode after = rollupWhen(round, r -> r.path("completeness").path("submitted").asInt() == 4);
        assertThat(after.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(41 + 12 + 8 + 1);
    }

    @Test
    void onlyHomeAffairsOrAnAdministratorMayRebuild() throws Exception {
        mvc.perform(post("/api/aggregation/rebuild").header("X-Internal-Token", TestTokens.agencyUser("STP")))
                .andExpect(status().isForbidden());
    }

    private Map<String, JsonNode> snapshot(List<String> paths) throws Exception {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String path : paths) {
            JsonNode view = getJson(path, TestTokens.homeAffairs());
            if (view instanceof ObjectNode object) {
                object.remove(List.of("asOf", "revision"));
            }
            views.put(path, view);
        }
        return views;
    }
}
