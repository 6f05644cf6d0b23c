package vn.reform.gateway.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;

@Document("users")
record UserDocument(
        @Id String username, String displayName, String agency, List<Role> roles, boolean enabled,
        String passwordHash, Instant createdAt, Instant updatedAt) {

    static UserDocument of(UserAccount account) {
        return new UserDocument(account.username(), account.displayName(), account.agency(), account.roles(),
                account.enabled(), account.passwordHash(), account.createdAt(), account.updatedAt());
    }

    UserAccount toAccount() {
        return new UserAccount(username, displayName, agency, roles == null ? List.of() : roles, enabled,
                passwordHash, createdAt, updatedAt);
    }
}
