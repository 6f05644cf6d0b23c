package vn.reform.submission.domain.catalogue;

/** What kind of body an agency is: a specialised department, a commune-level People's Committee, or other. */
public enum AgencyKind {
    DEPARTMENT, COMMUNE, OTHER
}
