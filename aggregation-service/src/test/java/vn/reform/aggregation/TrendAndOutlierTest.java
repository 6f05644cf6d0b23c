package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.TestTokens;
import vn.reform.aggregation.support.TwoRoundsFixture;

/** Outliers against the agency's previous round, and the trend of an indicator across rounds. */
class TrendAndOutlierTest extends IntegrationTest {

    private TwoRoundsFixture rounds;

    @BeforeEach
    void publish() {
        rounds = new TwoRoundsFixture(unique("T"));
        rounds.publish(events);
        rollupWhen(rounds.roundA, r -> r.path("completeness").path("submitted").asInt() == 2);
    }

    @Test
    void aValueMovingMoreThanTheFactorAgainstThePreviousRoundIsFlagged() {
        JsonNode b = rollupWhen(rounds.roundB, r -> r.path("outliers").size() == 1);
        JsonNode outlier = b.path("outliers").get(0);
        assertThat(outlier.path("agency").asString()).isEqualTo("SNGV");
        assertThat(outlier.path("indicator").asString()).isEqualTo("TIN_BAI");
        assertThat(outlier.path("value").asInt()).isEqualTo(140);
        assertThat(outlier.path("previous").asInt()).isEqualTo(35);
        assertThat(outlier.path("previousRound").asString()).isEqualTo(rounds.roundA);
        assertThat(outlier.path("factor").decimalValue()).isEqualByComparingTo("4");
        JsonNode a = rollupWhen(rounds.roundA, r -> true);
        assertThat(a.path("outliers")).isEmpty();
    }

    @Test
    void theTrendOfAnIndicatorFollowsTheRoundsInDataOrder() throws Exception {
        rollupWhen(rounds.roundB, r -> r.path("completeness").path("submitted").asInt() == 2);
        JsonNode trend = getJson("/api/trends/TIN_BAI?template=" + rounds.template, TestTokens.homeAffairs());
        assertThat(trend).hasSize(2);
        assertThat(trend.get(0).path("round").asString()).isEqualTo(rounds.roundA);
        assertThat(trend.get(0).path("dataTo").asString()).isEqualTo("2024-03-14");
        assertThat(trend.get(0).path("value").asInt()).isEqualTo(47);
        assertThat(trend.get(1).path("round").asString()).isEqualTo(rounds.roundB);
        assertThat(trend.get(1).path("value").asInt()).isEqualTo(153);

        JsonNode ratio = getJson("/api/trends/HS_QUA_MOT_CUA?template=" + rounds.template, TestTokens.homeAffairs());
        assertThat(ratio.get(0).path("figure").path("numerator").asInt()).isEqualTo(18);

        JsonNode own = getJson("/api/trends/TIN_BAI?template=" + rounds.template + "&agency=SNGV",
                TestTokens.agencyUser("SNGV"));
        assertThat(own.get(0).path("value").asInt()).isEqualTo(35);
        assertThat(own.get(1).path("value").asInt()).isEqualTo(140);

        mvc.perform(get("/api/trends/TIN_BAI?template=" + rounds.template)
                .header("X-Internal-Token", TestTokens.agencyUser("SNGV"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/trends/TIN_BAI?template=" + rounds.template + "&agency=STP")
                .header("X-Internal-Token", TestTokens.agencyUser("SNGV"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/trends/NO_SUCH?template=" + rounds.template)
                .header("X-Internal-Token", TestTokens.homeAffairs())).andExpect(status().isNotFound());
        mvc.perform(get("/api/trends/TIN_BAI").header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(status().isBadRequest());
    }
}
