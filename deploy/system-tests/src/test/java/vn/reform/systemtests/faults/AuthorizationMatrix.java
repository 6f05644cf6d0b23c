package vn.reform.systemtests.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every endpoint of ../shared/api.md × role × own / other agency, with the answer each must get. "Allowed" means a
 * 2xx (or a 404/409/422 that proves the request passed the access check on a missing or refused object); "denied" means
 * 401 or 403 and nothing else.
 */
final class AuthorizationMatrix {

    enum Expect { ALLOWED, DENIED }

    record Case(String who, String method, String path, Object body, Expect expect) {
    }

    /**
     * @param round      an open round expecting {@code own} and {@code other}
     * @param own        the agency of users {@code headUser} and {@code staffUser}
     * @param other      another agency of the round, with a submitted report
     */
    static List<Case> cases(String round, String own, String other) {
        List<Case> cases = new ArrayList<>();
        Map<String, Object> report = FaultReports.body(3);
        Map<String, Object> newRound = Map.of("code", "AZ-" + UUID.randomUUID().toString().substring(0, 8), "templateCode", "CCHC",
                "periodKind", "AD_HOC", "dataFrom", "2026-01-01", "dataTo", "2026-12-31", "dueAt", "2027-01-10T10:00:00Z",
                "expectedAgencies", List.of(own));
        for (String who : List.of("head", "staff", "homeAffairs", "admin")) {
            boolean agencyUser = who.equals("head") || who.equals("staff");
            boolean ha = who.equals("homeAffairs");
            cases.add(new Case(who, "GET", "/api/catalogue/agencies", null, Expect.ALLOWED));
            cases.add(new Case(who, "GET", "/api/catalogue/templates", null, Expect.ALLOWED));
            cases.add(new Case(who, "GET", "/api/rounds", null, Expect.ALLOWED));
            cases.add(new Case(who, "POST", "/api/rounds", newRound, ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "GET", "/api/rounds/" + round + "/reports/" + own, null, agencyUser || ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "GET", "/api/rounds/" + round + "/reports/" + other, null, ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "GET", "/api/rounds/" + round + "/reports/" + other + "/versions/1", null, ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "PUT", "/api/rounds/" + round + "/reports/" + own + "/draft", report, agencyUser ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "PUT", "/api/rounds/" + round + "/reports/" + other + "/draft", report, Expect.DENIED));
            cases.add(new Case(who, "POST", "/api/rounds/" + round + "/reports/" + other + "/submissions", report,
                    ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "POST", "/api/rounds/" + round + "/reports/" + own + "/submissions", report,
                    who.equals("head") || ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "POST", "/api/rounds/" + round + "/reports/" + other + "/return", Map.of("reason", "Bổ sung số liệu"),
                    ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "POST", "/api/rounds/" + round + "/reports/" + other + "/accept", Map.of(), ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "GET", "/api/rollups/" + round + "/export?format=csv", null, ha ? Expect.ALLOWED : Expect.DENIED));
            cases.add(new Case(who, "GET", "/api/users", null, who.equals("admin") ? Expect.ALLOWED : Expect.DENIED));
        }
        for (String path : List.of("/api/rounds", "/api/rollups/" + round, "/api/reminders?round=" + round, "/api/users",
                "/api/catalogue/agencies")) {
            cases.add(new Case("anonymous", "GET", path, null, Expect.DENIED));
            cases.add(new Case("forged", "GET", path, null, Expect.DENIED));
        }
        cases.add(new Case("anonymous", "POST", "/api/rounds/" + round + "/reports/" + own + "/submissions", report, Expect.DENIED));
        return cases;
    }

    static boolean allowed(int status) {
        return status >= 200 && status < 300 || status == 404 || status == 409 || status == 422;
    }

    static boolean denied(int status) {
        return status == 401 || status == 403;
    }

    private AuthorizationMatrix() {
    }
}
