package vn.reform.submission.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** What changed between two versions of a report, field by field. The first version changes everything it sets. */
public final class VersionDiff {

    private VersionDiff() {
    }

    public static List<ValueChange> between(ReportContent previous, ReportContent current) {
        ReportContent before = previous == null ? new ReportContent(Map.of(), Map.of(), null, null) : previous;
        List<ValueChange> changes = new ArrayList<>();
        compareMaps("values.", before.values(), current.values(), changes);
        compareMaps("narrative.", before.narrative(), current.narrative(), changes);
        compare("documentNumber", before.documentNumber(), current.documentNumber(), changes);
        compare("signer", before.signer(), current.signer(), changes);
        return changes;
    }

    private static void compareMaps(String prefix, Map<String, ?> before, Map<String, ?> after, List<ValueChange> changes) {
        TreeSet<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        codes.forEach(code -> compare(prefix + code, before.get(code), after.get(code), changes));
    }

    private static void compare(String field, Object before, Object after, List<ValueChange> changes) {
        if (!Objects.equals(comparable(before), comparable(after))) {
            changes.add(new ValueChange(field, before, after));
        }
    }

    /** Stored values come back as BSON documents, lists and Int64/Int32: compare their plain shape. */
    public static Object comparable(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), comparable(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(VersionDiff::comparable).toList();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
