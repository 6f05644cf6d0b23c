package vn.reform.aggregation.api.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly. */
final class CsvWriter {

    private static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    static byte[] write(ConsolidatedTable table) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, table.headers());
        table.rows().forEach(row -> line(out, row));
        line(out, table.total());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
