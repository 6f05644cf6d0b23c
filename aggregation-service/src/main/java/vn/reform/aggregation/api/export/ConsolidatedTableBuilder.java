package vn.reform.aggregation.api.export;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.domain.Contribution;

/** Lays out the consolidated table: agencies as rows, indicators as columns, the province total row. */
final class ConsolidatedTableBuilder {

    static final List<String> LEADING_HEADERS = List.of("STT", "Mã cơ quan", "Tên cơ quan", "Loại cơ quan",
            "Tình trạng báo cáo");

    private ConsolidatedTableBuilder() {
    }

    static ConsolidatedTable build(ExportData data) {
        List<TableColumn> columns = TableColumns.of(data.template());
        List<String> headers = new ArrayList<>(LEADING_HEADERS);
        columns.forEach(c -> headers.add(c.header()));
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (ExportData.Agency agency : data.agencies()) {
            Contribution c = agency.contribution();
            List<Object> row = new ArrayList<>();
            row.add((long) ++number);
            row.add(agency.code());
            row.add(agency.name());
            row.add(Labels.kind(agency.kind()));
            row.add(c == null || !c.hasValues() ? Labels.MISSING : Labels.status(c.status().name(), c.late()));
            JsonNode values = agency.reported() ? c.values() : null;
            for (TableColumn column : columns) {
                row.add(values == null ? null : column.agencyCell().apply(values.get(column.indicator())));
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of("", "", Labels.PROVINCE_TOTAL, "", ""));
        for (TableColumn column : columns) {
            var figure = data.province().get(column.indicator());
            total.add(figure == null ? null : column.totalCell().apply(figure));
        }
        String title = "Bảng tổng hợp số liệu – " + (data.info() != null && data.info().title() != null
                ? data.info().title() : data.round());
        return new ConsolidatedTable(title, headers, rows, total);
    }
}
