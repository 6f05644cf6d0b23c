package vn.reform.aggregation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reform.aggregation.support.Samples;

class OutlierDetectorTest {

    private static final Template TEMPLATE = Samples.JSON.treeToValue(Samples.template().get("payload"),
            Template.class);
    private final OutlierDetector detector = new OutlierDetector(new BigDecimal("3"));

    @Test
    void flagsMovesBeyondTheFactorInEitherDirectionOnly() {
        var now = Samples.JSON.readTree("{\"TIN_BAI\": 120, \"CHU_KY_SO\": 3, \"BO_TTHC_MOT_CUA\": 9,"
                + " \"HS_QUA_MOT_CUA\": {\"numerator\": 1, \"denominator\": 10}, \"NV_TRE_HAN\": 5}");
        var before = Samples.JSON.readTree("{\"TIN_BAI\": 35, \"CHU_KY_SO\": 10, \"BO_TTHC_MOT_CUA\": 3,"
                + " \"HS_QUA_MOT_CUA\": {\"numerator\": 9, \"denominator\": 9}, \"NV_TRE_HAN\": 0}");
        List<Outlier> outliers = detector.detect(TEMPLATE, now, before, "Q1");
        assertThat(outliers).extracting(Outlier::indicator)
                .containsExactly("TIN_BAI", "HS_QUA_MOT_CUA", "CHU_KY_SO");
        assertThat(outliers.get(0).factor()).isEqualByComparingTo("3.4286");
        assertThat(outliers.get(2).factor()).isEqualByComparingTo("0.3");
    }

    @Test
    void aFactorMustBeAboveOne() {
        assertThatThrownBy(() -> new OutlierDetector(BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
