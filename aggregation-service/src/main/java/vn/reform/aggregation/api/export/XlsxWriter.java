package vn.reform.aggregation.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The consolidated table as an XLSX sheet: title, bold headers, numbers as numeric cells, bold total row. */
final class XlsxWriter {

    static final String SHEET = "Tổng hợp";

    private XlsxWriter() {
    }

    static byte[] write(ConsolidatedTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle boldStyle = workbook.createCellStyle();
            boldStyle.setFont(bold);
            Sheet sheet = workbook.createSheet(SHEET);
            sheet.createRow(0).createCell(0).setCellValue(table.title());
            row(sheet, 2, table.headers(), boldStyle);
            int index = 3;
            for (List<Object> cells : table.rows()) {
                row(sheet, index++, cells, null);
            }
            row(sheet, index, table.total(), boldStyle);
            sheet.createFreezePane(3, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<?> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
