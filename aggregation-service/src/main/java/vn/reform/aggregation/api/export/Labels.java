package vn.reform.aggregation.api.export;

import java.util.Map;

/** Vietnamese labels of statuses and agency kinds in exported files. */
final class Labels {

    static final String MISSING = "Chưa báo cáo";
    static final String PROVINCE_TOTAL = "Tổng toàn tỉnh";

    private static final Map<String, String> STATUS = Map.of("SUBMITTED", "Đã nộp", "RETURNED", "Trả lại để sửa",
            "ACCEPTED", "Đã tiếp nhận", "REOPENED", "Mở lại");
    private static final Map<String, String> KIND = Map.of("DEPARTMENT", "Sở, ban, ngành", "COMMUNE",
            "UBND cấp xã", "OTHER", "Khác", "UNKNOWN", "Chưa xác định");

    private Labels() {
    }

    static String status(String status, boolean late) {
        if (status == null) {
            return MISSING;
        }
        String label = STATUS.getOrDefault(status, status);
        return late ? label + " (trễ hạn)" : label;
    }

    static String kind(String kind) {
        return kind == null ? "" : KIND.getOrDefault(kind, kind);
    }
}
