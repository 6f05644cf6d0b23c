package vn.reform.aggregation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reform.aggregation.domain.ContributionVector.key;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.support.Samples;

/** The rollup rules applied to the sample report's own figures. */
class ContributionVectorTest {

    private static final Template TEMPLATE = Samples.JSON.treeToValue(Samples.template().get("payload"),
            Template.class);
    private static final JsonNode SAMPLE = Samples.sampleReport().get("payload").get("values");

    @Test
    void theSampleReportContributesItsFiguresByRule() {
        ContributionVector v = ContributionVector.of(TEMPLATE, SAMPLE);
        Map<String, Long> c = v.counters();
        assertThat(c.get(ContributionVector.AGENCIES)).isEqualTo(1);
        assertThat(c.get(key("TIN_BAI", "sum"))).isEqualTo(35 * 10_000L);
        assertThat(c.get(key("KIEM_TRA", "sum"))).isEqualTo(4 * 10_000L);
        assertThat(c.get(key("KIEM_TRA", "parts", "CHUYEN_NGANH"))).isEqualTo(2 * 10_000L);
        assertThat(c.get(key("HO_SO_TTHC", "parts", "HO_CHIEU_CONG_VU"))).isEqualTo(8 * 10_000L);
        assertThat(c.get(key("HS_QUA_MOT_CUA", "num"))).isEqualTo(9 * 10_000L);
        assertThat(c.get(key("HS_QUA_MOT_CUA", "den"))).isEqualTo(9 * 10_000L);
        assertThat(c.get(key("VTVL_HOAN_THIEN", "yes"))).isEqualTo(1);
        assertThat(c.get(key("MUC_DVC_TRUC_TUYEN", "dist", "MOT_PHAN"))).isEqualTo(1);
        assertThat(c.get(key("KH_VAN_BAN", "items"))).isEqualTo(10);
        assertThat(c).doesNotContainKey(key("NV_GIAO", "n")).doesNotContainKey(key("ISO_9001", "n"));
    }

    @Test
    void aPercentageWithoutItsWeightIsLeftOutOfTheWeightedMeanAndNamed() {
        ContributionVector v = ContributionVector.of(TEMPLATE, SAMPLE);
        assertThat(v.missingWeights()).containsExactly("NV_DUNG_HAN", "EMAIL_CONG_VU");
        assertThat(v.counters().get(key("EMAIL_CONG_VU", "nw"))).isEqualTo(1);
        assertThat(v.counters()).doesNotContainKey(key("EMAIL_CONG_VU", "w"));
        IndicatorFigure figure = FigureRenderer.figure(TEMPLATE.indicator("EMAIL_CONG_VU").orElseThrow(),
                v.counters(), List.of("SNGV"));
        assertThat(figure.value()).isNull();
        assertThat(figure.coverage().weighted()).isZero();
        assertThat(figure.coverage().reported()).isEqualTo(1);
    }

    @Test
    void decimalsAreSummedExactlyAndTheDifferenceOfTwoVersionsIsTheDelta() {
        JsonNode v1 = Samples.JSON.readTree("{\"TIN_BAI\": 35, \"SO_CONG_CHUC\": 40.5, \"EMAIL_CONG_VU\": 99.9,"
                + " \"MUC_DVC_TRUC_TUYEN\": \"MOT_PHAN\"}");
        JsonNode v2 = Samples.JSON.readTree("{\"TIN_BAI\": 50, \"SO_CONG_CHUC\": 40.5, \"EMAIL_CONG_VU\": 99.9,"
                + " \"MUC_DVC_TRUC_TUYEN\": \"TOAN_TRINH\"}");
        ContributionVector first = ContributionVector.of(TEMPLATE, v1);
        assertThat(first.counters().get(key("EMAIL_CONG_VU", "wsum"))).isEqualTo(40_459_500L);
        Map<String, Long> delta = ContributionVector.of(TEMPLATE, v2).minus(first);
        assertThat(delta).containsExactlyInAnyOrderEntriesOf(Map.of(key("TIN_BAI", "sum"), 150_000L,
                key("MUC_DVC_TRUC_TUYEN", "dist", "MOT_PHAN"), -1L, key("MUC_DVC_TRUC_TUYEN", "dist", "TOAN_TRINH"), 1L));
    }

    @Test
    void ratiosAreRecomputedFromTheSummedParts() {
        Map<String, Long> totals = Map.of(key("HS_QUA_MOT_CUA", "num"), 3_990_000L, key("HS_QUA_MOT_CUA", "den"),
                4_290_000L, key("HS_QUA_MOT_CUA", "n"), 3L);
        IndicatorFigure f = FigureRenderer.figure(TEMPLATE.indicator("HS_QUA_MOT_CUA").orElseThrow(), totals,
                List.of());
        assertThat(f.numerator()).isEqualByComparingTo("399");
        assertThat(f.denominator()).isEqualByComparingTo("429");
        assertThat((java.math.BigDecimal) f.value()).isEqualByComparingTo("0.93007");
        assertThat(f.percent()).isEqualByComparingTo("93.01");
        IndicatorFigure none = FigureRenderer.figure(TEMPLATE.indicator("HS_QUA_MOT_CUA").orElseThrow(), Map.of(),
                List.of());
        assertThat(none.value()).isNull();
    }
}
