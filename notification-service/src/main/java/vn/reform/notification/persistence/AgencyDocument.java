package vn.reform.notification.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.reform.notification.domain.Agency;

@Document("agencies")
public record AgencyDocument(@Id String code, String name, String focalPointEmail, String headEmail, String headName,
                             Instant updatedAt) {

    public Agency toAgency() {
        return new Agency(code, name, focalPointEmail, headEmail, headName);
    }
}
