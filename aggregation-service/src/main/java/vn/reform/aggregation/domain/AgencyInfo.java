package vn.reform.aggregation.domain;

/** An agency from AgencyChanged: what the rollups need (name for tables, kind for the split). */
public record AgencyInfo(String code, String name, String kind) {

    public static final String UNKNOWN_KIND = "UNKNOWN";
}
