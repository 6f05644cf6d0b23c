package vn.reform.gateway.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.Usernames;

/** Checks what an admin sends for a user; every problem is reported against its field. */
@Component
class UserRequestValidator {

    static final int MIN_PASSWORD = 8;
    private static final Set<Role> AGENCY_ROLES = EnumSet.of(Role.AGENCY_STAFF, Role.AGENCY_HEAD, Role.HOME_AFFAIRS);

    private final Problems problems;

    UserRequestValidator(Problems problems) {
        this.problems = problems;
    }

    /** A valid user's fields, cleaned (NFC, trimmed, agency upper case). */
    record CleanUser(String username, String displayName, String agency, List<Role> roles, boolean enabled) {
    }

    CleanUser forCreate(UserRequest request, ServerWebExchange exchange) {
        List<FieldProblem> errors = new ArrayList<>();
        String username = Usernames.normalize(request.username());
        if (!Usernames.isValid(username)) {
            errors.add(problems.field(exchange, "username", "username"));
        }
        checkPassword(request.password(), "password", errors, exchange);
        return clean(username, request, errors, exchange);
    }

    CleanUser forUpdate(String username, UserRequest request, ServerWebExchange exchange) {
        return clean(username, request, new ArrayList<>(), exchange);
    }

    void checkPassword(String password, String field, ServerWebExchange exchange) {
        List<FieldProblem> errors = new ArrayList<>();
        checkPassword(password, field, errors, exchange);
        failIfAny(errors);
    }

    private void checkPassword(String password, String field, List<FieldProblem> errors, ServerWebExchange exchange) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(problems.field(exchange, field, "password_short", MIN_PASSWORD));
        }
    }

    private CleanUser clean(String username, UserRequest request, List<FieldProblem> errors, ServerWebExchange exchange) {
        String displayName = request.displayName() == null || request.displayName().isBlank()
                ? username : Normalizer.normalize(request.displayName().strip(), Normalizer.Form.NFC);
        if (displayName.length() > 200) {
            errors.add(problems.field(exchange, "displayName", "too_long", 200));
        }
        List<Role> roles = new ArrayList<>();
        for (String role : request.roles() == null ? List.<String>of() : request.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(problems.field(exchange, "roles", "role_unknown", role));
            }
        }
        if (roles.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("roles"))) {
            errors.add(problems.field(exchange, "roles", "required"));
        }
        String agency = request.agency() == null || request.agency().isBlank()
                ? null : request.agency().strip().toUpperCase(Locale.ROOT);
        boolean needsAgency = roles.stream().anyMatch(AGENCY_ROLES::contains);
        if (needsAgency && (agency == null || !agency.matches("[A-Z0-9_-]{2,32}"))) {
            errors.add(problems.field(exchange, "agency", "agency_required"));
        }
        failIfAny(errors);
        return new CleanUser(username, displayName, agency, roles, request.enabled() == null || request.enabled());
    }

    private static void failIfAny(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid", errors);
        }
    }
}
