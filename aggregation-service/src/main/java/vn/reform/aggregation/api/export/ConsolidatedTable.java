package vn.reform.aggregation.api.export;

import java.util.List;

/**
 * The consolidated table of a round: Vietnamese headers, one row per agency (sorted by Vietnamese collation of
 * the name) and the province total row last. Cells are String, a number, or null (empty).
 */
public record ConsolidatedTable(String title, List<String> headers, List<List<Object>> rows, List<Object> total) {
}
