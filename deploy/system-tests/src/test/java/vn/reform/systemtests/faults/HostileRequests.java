package vn.reform.systemtests.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.reform.systemtests.ApiClient;

/**
 * At least 200 generated hostile or malformed requests against the submission and draft endpoints of one round and
 * agency: wrong types, missing and unknown fields, huge and negative numbers, NaN, deep nesting, a 10 MB body, MongoDB
 * operators in values and identifiers, script tags, invalid UTF-8, wrong content types, path traversal.
 */
final class HostileRequests {

    record Hostile(String what, String method, String path, byte[] body, String contentType) {
    }

    static List<Hostile> generate(String round, String agency) {
        List<Hostile> all = new ArrayList<>();
        String submit = "/api/rounds/" + round + "/reports/" + agency + "/submissions";
        String draft = "/api/rounds/" + round + "/reports/" + agency + "/draft";
        Map<String, Object> valid = FaultReports.body(5);

        List<Object> badScalars = List.of("mười", "", "12abc", true, List.of(1), Map.of("$gt", ""), -1, -999999999999L,
                new java.math.BigInteger("9999999999999999999999999999"), 1.5, 1e308, "<script>alert(1)</script>",
                Map.of("total", "x"), Map.of("numerator", 5, "denominator", 2), Map.of("$where", "sleep(1000)"));
        for (String indicator : List.of("TIN_BAI", "KIEM_TRA", "HO_SO_TTHC", "HS_QUA_MOT_CUA", "NV_DUNG_HAN",
                "MUC_DVC_TRUC_TUYEN", "KH_VAN_BAN", "VTVL_HOAN_THIEN")) {
            for (Object bad : badScalars) {
                if (acceptable(indicator, bad)) {
                    continue;
                }
                all.add(json("wrong value " + bad + " for " + indicator, submit, withValue(valid, indicator, bad)));
            }
        }
        for (String required : List.of("TIN_BAI", "KIEM_TRA", "HO_SO_TTHC", "HS_QUA_MOT_CUA", "KH_VAN_BAN", "MUC_DVC_TRUC_TUYEN")) {
            all.add(json("missing required " + required, submit, without(valid, required)));
        }
        for (String unknown : List.of("KHONG_CO", "$gt", "a.b", "__proto__", "<script>x</script>", "TIN_BAI ")) {
            all.add(json("unknown indicator " + unknown, submit, withValue(valid, unknown, 1)));
            all.add(json("unknown indicator in a draft " + unknown, draft, withValue(valid, unknown, 1)));
        }
        all.add(json("parts do not add up", submit, withValue(valid, "KIEM_TRA", Map.of("total", 5, "parts", Map.of("CHUYEN_NGANH", 1, "NOI_BO", 1)))));
        all.add(json("unknown part", submit, withValue(valid, "KIEM_TRA", Map.of("total", 2, "parts", Map.of("CHUYEN_NGANH", 1, "$gt", 1)))));
        all.add(json("percent above 100", submit, withValue(valid, "EMAIL_CONG_VU", 101)));
        all.add(json("document date outside the period", submit, withValue(valid, "KH_VAN_BAN",
                List.of(Map.of("number", "1/KH", "date", "1999-01-01", "title", "x")))));
        all.add(json("document date not a date", submit, withValue(valid, "KH_VAN_BAN",
                List.of(Map.of("number", "1/KH", "date", "31/02/2026", "title", "x")))));
        all.add(json("on time + late != resolved", submit, withValues(valid, Map.of("HS_GIAI_QUYET", 3, "HS_DUNG_HAN", 1, "HS_TRE_HAN", 1))));
        all.add(raw("NaN literal", "POST", submit, "{\"values\":{\"TIN_BAI\":NaN}}"));
        all.add(raw("Infinity literal", "POST", submit, "{\"values\":{\"TIN_BAI\":Infinity}}"));
        all.add(raw("truncated JSON", "POST", submit, "{\"values\":{\"TIN_BAI\":1"));
        all.add(raw("not JSON", "POST", submit, "values=1"));
        all.add(raw("empty body", "POST", submit, ""));
        all.add(raw("JSON array", "POST", submit, "[1,2,3]"));
        all.add(raw("JSON string", "POST", submit, "\"report\""));
        all.add(raw("null body", "POST", submit, "null"));
        all.add(raw("values not an object", "POST", submit, "{\"values\":[1]}"));
        all.add(raw("narrative not text", "POST", submit, "{\"values\":{},\"narrative\":{\"CHI_DAO\":{\"$gt\":\"\"}}}"));
        all.add(raw("deeply nested", "POST", submit, "{\"values\":{\"TIN_BAI\":" + "[".repeat(5000) + "]".repeat(5000) + "}}"));
        all.add(raw("deeply nested objects", "POST", submit, "{\"values\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}"));
        all.add(new Hostile("10 MB body", "POST", submit, ("{\"values\":{},\"narrative\":{\"CHI_DAO\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8), "application/json"));
        byte[] invalidUtf8 = "{\"values\":{},\"narrative\":{\"CHI_DAO\":\"XX\"}}".getBytes(StandardCharsets.UTF_8);
        int at = new String(invalidUtf8, StandardCharsets.UTF_8).indexOf("XX");
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28;
        all.add(new Hostile("invalid UTF-8", "POST", submit, invalidUtf8, "application/json"));
        for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/json; charset=latin1")) {
            all.add(new Hostile("content type " + type, "POST", submit, "{\"values\":{}}".getBytes(StandardCharsets.UTF_8), type));
        }
        for (String literal : List.of("..%2F..%2Fadmin", "%2e%2e", "$gt", "%24ne", "{\"$gt\":\"\"}", "SNGV%00", "..",
                "%3Cscript%3E", "a%2Fb", "SNGV;DROP", "ſngv")) {
            String id = literal.contains("%") ? literal : java.net.URLEncoder.encode(literal, StandardCharsets.UTF_8);
            all.add(json("hostile agency identifier " + id, "/api/rounds/" + round + "/reports/" + id + "/submissions", valid));
            all.add(json("hostile round identifier " + id, "/api/rounds/" + id + "/reports/" + agency + "/submissions", valid));
            all.add(new Hostile("hostile identifier read " + id, "GET", "/api/rounds/" + id + "/reports/" + agency, null, null));
        }
        for (int n : new int[] {-1, 0, 999999, Integer.MAX_VALUE}) {
            all.add(new Hostile("version " + n, "GET", "/api/rounds/" + round + "/reports/" + agency + "/versions/" + n, null, null));
        }
        all.add(new Hostile("version not a number", "GET", "/api/rounds/" + round + "/reports/" + agency + "/versions/abc", null, null));
        all.add(json("a new round with a bad window", "/api/rounds", Map.of("code", "X-" + round, "templateCode", "CCHC",
                "periodKind", "AD_HOC", "dataFrom", "2026-12-31", "dataTo", "2026-01-01", "dueAt", "2026-12-31T00:00:00Z",
                "expectedAgencies", List.of(agency))));
        all.add(json("a new round with an operator as code", "/api/rounds", Map.of("code", Map.of("$gt", ""), "templateCode", "CCHC")));
        all.add(json("a return without a reason", "/api/rounds/" + round + "/reports/" + agency + "/return", Map.of()));
        return all;
    }

    private static boolean acceptable(String indicator, Object value) {
        return indicator.equals("TIN_BAI") && value instanceof Integer i && i >= 0
                || indicator.equals("NV_DUNG_HAN") && value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 100
                || indicator.equals("VTVL_HOAN_THIEN") && value instanceof Boolean;
    }

    private static Map<String, Object> withValue(Map<String, Object> body, String indicator, Object value) {
        return withValues(body, java.util.Collections.singletonMap(indicator, value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withValues(Map<String, Object> body, Map<String, Object> changes) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
        Map<String, Object> values = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("values"));
        values.putAll(changes);
        copy.put("values", values);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> without(Map<String, Object> body, String indicator) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
        Map<String, Object> values = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("values"));
        values.remove(indicator);
        copy.put("values", values);
        return copy;
    }

    private static Hostile json(String what, String path, Object body) {
        return new Hostile(what, path.endsWith("/draft") ? "PUT" : "POST", path,
                ApiClient.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static Hostile raw(String what, String method, String path, String body) {
        return new Hostile(what, method, path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private HostileRequests() {
    }
}
