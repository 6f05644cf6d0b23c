package vn.reform.aggregation.domain;

/** An enumeration option or a part of a breakdown, with its Vietnamese and English names. */
public record Choice(String code, String nameVi, String nameEn) {
}
