package vn.reform.gateway.api;

import java.util.List;

/** Body of {@code POST /api/users} (all fields) and {@code PUT /api/users/{username}} (no username/password). */
public record UserRequest(String username, String password, String displayName, String agency, List<String> roles,
                          Boolean enabled) {
}
