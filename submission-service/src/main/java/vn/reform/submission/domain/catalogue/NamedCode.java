package vn.reform.submission.domain.catalogue;

/** A code with its Vietnamese and English names: an indicator's part or an enumeration option. */
public record NamedCode(String code, String nameVi, String nameEn) {
}
