package vn.reform.aggregation.api.export;

import java.util.List;
import java.util.Map;

import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.IndicatorFigure;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;

/** Everything an export of one round needs, agencies already in Vietnamese collation order of their names. */
record ExportData(String round, RoundInfo info, Template template, Map<String, IndicatorFigure> province,
                  List<Agency> agencies) {

    /** An expected or reporting agency; {@code contribution} is null for one that has not reported. */
    record Agency(String code, String name, String kind, Contribution contribution) {

        boolean reported() {
            return contribution != null && contribution.hasValues();
        }
    }
}
