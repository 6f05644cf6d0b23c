package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.support.EventProducer;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.RoundFixture;
import vn.reform.aggregation.support.Samples;
import vn.reform.aggregation.support.TestTokens;

/** The consolidated table (CSV, XLSX) and report (DOCX), opened and checked cell by cell. */
class ExportTest extends IntegrationTest {

    private static final List<String> COLLATED_CODES = List.of("SNGV", "STC", "STP", "XANPHUOC", "XTANPHU");

    private String round;

    @BeforeEach
    void publish() {
        round = unique("EXP");
        publishSampleCatalogue(round, "2023-08-31");
        events.send(EventProducer.AGENCIES, Samples.agency("XANPHUOC", "UBND xã Ân Phước", "COMMUNE"));
        eventually(() -> catalogue.agency("XANPHUOC").isPresent());
        RoundFixture.publishReports(events, round);
        ObjectNode commune = Samples.report(round, "XANPHUOC", 1, 1, v -> {
            v.removeAll();
            v.put("TIN_BAI", 5);
            v.putObject("HS_QUA_MOT_CUA").put("numerator", 1).put("denominator", 4);
        });
        ((ObjectNode) commune.get("payload")).putObject("narrative");
        events.send(EventProducer.REPORTS, commune);
        rollupWhen(round, r -> r.path("indicators").path("TIN_BAI").path("reported").asInt() == 4);
    }

    @Test
    void xlsxHasVietnameseHeadersAgenciesInVietnameseOrderAndTheProvinceTotal() throws Exception {
        byte[] file = download("xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Tổng hợp");
            Row headers = sheet.getRow(2);
            assertThat(text(headers.getCell(0))).isEqualTo("STT");
            assertThat(text(headers.getCell(2))).isEqualTo("Tên cơ quan");
            int tinBai = column(headers, "Số tin bài tuyên truyền CCHC (tin bài)");
            int numerator = column(headers, "Hồ sơ giải quyết qua hệ thống một cửa – tử số");
            int percent = column(headers, "Hồ sơ giải quyết qua hệ thống một cửa – tỷ lệ (%)");
            int level = column(headers, "Mức độ cung cấp dịch vụ công trực tuyến");
            int email = column(headers, "Tỷ lệ công chức được cấp hộp thư điện tử công vụ (%)");
            int parts = column(headers, "Số hồ sơ TTHC tiếp nhận – Hộ chiếu công vụ");

            List<String> codes = new ArrayList<>();
            for (int r = 3; r < 3 + COLLATED_CODES.size(); r++) {
                codes.add(text(sheet.getRow(r).getCell(1)));
            }
            assertThat(codes).isEqualTo(COLLATED_CODES);

            Row sngv = sheet.getRow(3);
            assertThat(text(sngv.getCell(2))).isEqualTo("Sở Ngoại vụ");
            assertThat(text(sngv.getCell(3))).isEqualTo("Sở, ban, ngành");
            assertThat(text(sngv.getCell(4))).isEqualTo("Đã nộp");
            assertThat(sngv.getCell(tinBai).getNumericCellValue()).isEqualTo(35);
            assertThat(sngv.getCell(parts).getNumericCellValue()).isEqualTo(8);
            assertThat(text(sngv.getCell(level))).isEqualTo("Trực tuyến một phần (mức độ 3 cũ)");
            assertThat(sngv.getCell(email).getNumericCellValue()).isEqualTo(100);

            Row stc = sheet.getRow(4);
            assertThat(text(stc.getCell(4))).isEqualTo("Chưa báo cáo");
            assertThat(stc.getCell(tinBai)).isNull();

            Row commune = sheet.getRow(7);
            assertThat(text(commune.getCell(4))).isEqualTo("Đã nộp (trễ hạn)");
            assertThat(commune.getCell(percent).getNumericCellValue()).isEqualTo(93.33);

            Row total = sheet.getRow(8);
            assertThat(text(total.getCell(2))).isEqualTo("Tổng toàn tỉnh");
            assertThat(total.getCell(tinBai).getNumericCellValue()).isEqualTo(60);
            assertThat(total.getCell(numerator).getNumericCellValue()).isEqualTo(400);
            assertThat(total.getCell(percent).getNumericCellValue()).isEqualTo(92.38);
            assertThat(total.getCell(parts).getNumericCellValue()).isEqualTo(129);
            assertThat(text(total.getCell(level)))
                    .isEqualTo("Chỉ cung cấp thông tin: 0; Trực tuyến một phần (mức độ 3 cũ): 2; "
                            + "Trực tuyến toàn trình (mức độ 4 cũ): 1");
            assertThat(total.getCell(email).getNumericCellValue()).isEqualTo(90);
            assertThat(sheet.getRow(9)).isNull();
        }
    }

    @Test
    void csvIsUtf8WithBomAndTheSameTable() throws Exception {
        byte[] file = download("csv");
        assertThat(file[0] & 0xff).isEqualTo(0xEF);
        assertThat(file[1] & 0xff).isEqualTo(0xBB);
        assertThat(file[2] & 0xff).isEqualTo(0xBF);
        List<List<String>> lines = parseCsv(new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
        assertThat(lines).hasSize(1 + COLLATED_CODES.size() + 1);
        List<String> headers = lines.get(0);
        assertThat(headers.subList(0, 5)).containsExactly("STT", "Mã cơ quan", "Tên cơ quan", "Loại cơ quan",
                "Tình trạng báo cáo");
        assertThat(headers.get(5)).isEqualTo("Kế hoạch, văn bản về CCHC đã ban hành (số văn bản)");
        assertThat(lines.subList(1, 6).stream().map(l -> l.get(1)).toList()).isEqualTo(COLLATED_CODES);
        int tinBai = headers.indexOf("Số tin bài tuyên truyền CCHC (tin bài)");
        assertThat(lines.get(1).get(tinBai)).isEqualTo("35");
        assertThat(lines.get(2).get(tinBai)).isEmpty();
        List<String> total = lines.get(6);
        assertThat(total.get(2)).isEqualTo("Tổng toàn tỉnh");
        assertThat(total.get(tinBai)).isEqualTo("60");
        assertThat(total.get(5)).isEqualTo("13");
    }

    @Test
    void docxHasTheFiguresFilledInAndEachAgencysNarrativeUnderItsSection() throws Exception {
        byte[] file = download("docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            XWPFTable figures = doc.getTables().get(0);
            assertThat(figures.getRow(0).getCell(2).getText()).isEqualTo("Toàn tỉnh");
            assertThat(rowOf(figures, "Số tin bài tuyên truyền CCHC").getCell(2).getText()).isEqualTo("60");
            assertThat(rowOf(figures, "Số tin bài tuyên truyền CCHC").getCell(3).getText()).isEqualTo("4");
            assertThat(rowOf(figures, "Hồ sơ giải quyết qua hệ thống một cửa").getCell(2).getText())
                    .isEqualTo("400/433 (92.38%)");
            assertThat(rowOf(figures, "Số hồ sơ TTHC tiếp nhận").getCell(2).getText())
                    .isEqualTo("131 (Hộ chiếu ngoại giao: 2; Hộ chiếu công vụ: 129)");
            assertThat(rowOf(figures, "Tỷ lệ nhiệm vụ hoàn thành đúng hạn").getCell(2).getText())
                    .isEqualTo("83.33% (2/3 cơ quan có số liệu gốc)");

            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraphs.add(p.getText());
                }
            }
            int difficulties = paragraphs.indexOf("5. Khó khăn, vướng mắc");
            assertThat(difficulties).isPositive();
            assertThat(paragraphs.get(difficulties + 1)).startsWith("Sở Ngoại vụ: Còn 01 trường hợp viên chức");
            assertThat(paragraphs.get(difficulties + 2)).startsWith("Sở Tư pháp: Còn 01 trường hợp");
            assertThat(paragraphs.get(difficulties + 3)).isEqualTo("UBND xã Tân Phú: Thiếu cán bộ đầu mối về chuyển đổi số.");
            assertThat(paragraphs.get(difficulties + 4)).isEqualTo("6. Giải pháp nâng cao hiệu quả công tác CCHC");
        }
    }

    @Test
    void anUnknownFormatIsABadRequestWithAFieldError() throws Exception {
        mvc.perform(get("/api/rollups/" + round + "/export?format=pdf")
                        .header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_FORMAT"))
                .andExpect(jsonPath("$.errors[0].message").value("Định dạng xuất phải là csv, xlsx hoặc docx."));
    }

    private byte[] download(String format) throws Exception {
        return mvc.perform(get("/api/rollups/" + round + "/export?format=" + format)
                        .header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static XWPFTableRow rowOf(XWPFTable table, String indicatorName) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(indicatorName)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicatorName));
    }

    private static int column(Row headers, String header) {
        for (Cell cell : headers) {
            if (header.equals(text(cell))) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }

    /** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return lines;
    }
}
