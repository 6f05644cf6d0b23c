package vn.reform.aggregation.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.reform.aggregation.domain.Indicator;
import vn.reform.aggregation.domain.IndicatorFigure;
import vn.reform.aggregation.domain.TemplateSection;

/**
 * The consolidated province report (DOCX): the figures section as a table (indicator, unit, province figure,
 * agencies reporting), then each narrative section of the template with every reporting agency's text under it.
 */
final class DocxWriter {

    static final String FIGURES_HEADING = "I. SỐ LIỆU TỔNG HỢP TOÀN TỈNH";
    static final String NARRATIVE_HEADING = "II. TÌNH HÌNH THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocxWriter() {
    }

    static byte[] write(ExportData data) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "BÁO CÁO TỔNG HỢP", true, ParagraphAlignment.CENTER);
            paragraph(doc, data.info() != null && data.info().title() != null ? data.info().title()
                    : data.template().title() + " – " + data.round(), true, ParagraphAlignment.CENTER);
            if (data.info() != null && data.info().dataFrom() != null && data.info().dataTo() != null) {
                paragraph(doc, "Thời gian chốt số liệu: từ " + DATE.format(data.info().dataFrom()) + " đến "
                        + DATE.format(data.info().dataTo()), false, ParagraphAlignment.CENTER);
            }
            long reported = data.agencies().stream().filter(ExportData.Agency::reported).count();
            paragraph(doc, "Số cơ quan, đơn vị đã báo cáo: " + reported + "/" + data.agencies().size(), false,
                    ParagraphAlignment.LEFT);
            paragraph(doc, FIGURES_HEADING, true, ParagraphAlignment.LEFT);
            figures(doc, data);
            paragraph(doc, NARRATIVE_HEADING, true, ParagraphAlignment.LEFT);
            int number = 0;
            for (TemplateSection section : data.template().sections()) {
                if (!section.narrative()) {
                    continue;
                }
                paragraph(doc, ++number + ". " + section.title(), true, ParagraphAlignment.LEFT);
                for (ExportData.Agency agency : data.agencies()) {
                    String text = agency.reported() ? agency.contribution().narrative().get(section.code()) : null;
                    if (text != null && !text.isBlank()) {
                        XWPFParagraph p = doc.createParagraph();
                        XWPFRun name = p.createRun();
                        name.setBold(true);
                        name.setText(agency.name() + ": ");
                        p.createRun().setText(text);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(XWPFDocument doc, ExportData data) {
        XWPFTable table = doc.createTable();
        XWPFTableRow header = table.getRow(0);
        header.getCell(0).setText("Chỉ tiêu");
        header.addNewTableCell().setText("Đơn vị tính");
        header.addNewTableCell().setText("Toàn tỉnh");
        header.addNewTableCell().setText("Số cơ quan báo cáo");
        for (Indicator indicator : data.template().figures()) {
            IndicatorFigure figure = data.province().get(indicator.code());
            XWPFTableRow row = table.createRow();
            row.getCell(0).setText(indicator.nameVi());
            row.getCell(1).setText(indicator.unit() == null ? "" : indicator.unit());
            row.getCell(2).setText(figure == null ? "" : text(indicator, figure));
            row.getCell(3).setText(figure == null ? "0" : Long.toString(figure.reported()));
        }
    }

    /** A province figure in words and numbers, e.g. "9/9 (100%)" for a ratio. */
    static String text(Indicator indicator, IndicatorFigure f) {
        return switch (indicator.rule()) {
            case SUM -> {
                String total = plain(f.value());
                if (f.parts() == null || f.parts().isEmpty()) {
                    yield total;
                }
                StringBuilder parts = new StringBuilder();
                for (Map.Entry<String, BigDecimal> part : f.parts().entrySet()) {
                    String name = indicator.parts().stream().filter(p -> p.code().equals(part.getKey()))
                            .map(p -> p.nameVi()).findFirst().orElse(part.getKey());
                    parts.append(parts.isEmpty() ? "" : "; ").append(name).append(": ").append(plain(part.getValue()));
                }
                yield total + " (" + parts + ")";
            }
            case RATIO -> plain(f.numerator()) + "/" + plain(f.denominator())
                    + (f.percent() == null ? "" : " (" + plain(f.percent()) + "%)");
            case WEIGHTED_MEAN -> (f.value() == null ? "chưa đủ số liệu để tính" : plain(f.value()) + "%")
                    + " (" + f.coverage().weighted() + "/" + f.coverage().reported() + " cơ quan có số liệu gốc)";
            case DISTRIBUTION -> TableColumns.distribution(indicator, f.value());
            default -> plain(f.value());
        };
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setText(text);
    }
}
