package vn.reform.submission.api.dto;

import vn.reform.submission.domain.catalogue.Agency;
import vn.reform.submission.domain.catalogue.AgencyKind;

/** An agency as Home Affairs creates (POST, with its code) or changes it (PUT, the code from the path). */
public record AgencyRequest(String code, String name, String kind, String parentCode, String validFrom, String validTo, String mergedInto,
                            String focalPointEmail, String headEmail, String headName) {

    public Agency toAgency(String code) {
        RequestFields fields = new RequestFields();
        Agency agency = new Agency(code, name, fields.enumValue("kind", kind, AgencyKind.class), parentCode,
                fields.date("validFrom", validFrom), fields.date("validTo", validTo), mergedInto, focalPointEmail,
                headEmail, headName);
        fields.throwIfInvalid();
        return agency;
    }
}
