package vn.reform.notification.domain;

/** This service's view of an agency and its contacts (from {@code AgencyChanged}). */
public record Agency(String code, String name, String focalPointEmail, String headEmail, String headName) {

    public String displayName() {
        return name == null || name.isBlank() ? code : name;
    }
}
