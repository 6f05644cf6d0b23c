package vn.reform.aggregation.api.export;

import org.springframework.stereotype.Component;

/** Produces a round's consolidated table (CSV, XLSX) or consolidated report (DOCX). */
@Component
public class RoundExporter {

    private final ExportDataLoader loader;

    public RoundExporter(ExportDataLoader loader) {
        this.loader = loader;
    }

    public byte[] export(String round, ExportFormat format) {
        ExportData data = loader.load(round);
        return switch (format) {
            case CSV -> CsvWriter.write(ConsolidatedTableBuilder.build(data));
            case XLSX -> XlsxWriter.write(ConsolidatedTableBuilder.build(data));
            case DOCX -> DocxWriter.write(data);
        };
    }
}
