package vn.reform.gateway.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;

/**
 * The demo users of contracts §7: one per agency of demo-agencies.csv (username = code in lower case; {@code snv}
 * is Home Affairs, the others staff and head of their agency), plus {@code admin}.
 */
final class DemoUsers {

    static final String HOME_AFFAIRS_AGENCY = "SNV";

    private DemoUsers() {
    }

    static List<UserAccount> all(String passwordHash, Instant now) {
        List<UserAccount> users = new ArrayList<>();
        for (String[] agency : agencies()) {
            String code = agency[0];
            List<Role> roles = HOME_AFFAIRS_AGENCY.equals(code)
                    ? List.of(Role.HOME_AFFAIRS) : List.of(Role.AGENCY_STAFF, Role.AGENCY_HEAD);
            users.add(new UserAccount(code.toLowerCase(Locale.ROOT), agency[2], code, roles, true, passwordHash, now, now));
        }
        users.add(new UserAccount("admin", "Quản trị hệ thống", null, List.of(Role.ADMIN), true, passwordHash, now, now));
        return users;
    }

    /** Rows of code, kind, name. */
    static List<String[]> agencies() {
        ClassPathResource csv = new ClassPathResource("demo/demo-agencies.csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(DemoUsers::fields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line (fields may be quoted, with commas inside). */
    static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
