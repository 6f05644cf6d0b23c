package vn.reform.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.submission.domain.catalogue.Indicator;
import vn.reform.submission.domain.catalogue.IndicatorType;
import vn.reform.submission.domain.catalogue.PeriodKind;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;
import vn.reform.submission.domain.catalogue.Template;
import vn.reform.submission.domain.catalogue.TemplateSection;
import vn.reform.submission.domain.report.ReportContent;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;
import vn.reform.submission.domain.validation.ReportInput;
import vn.reform.submission.domain.validation.ReportValidator;
import vn.reform.submission.domain.validation.ValidationMode;
import vn.reform.submission.support.SampleReport;

/** Every value type and every cross-field rule of the CCHC template, on the sample report and variations of it. */
class ReportValidatorTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Template CCHC = template();
    private static final Round ROUND = new Round("2023-PAR-ADHOC", "CCHC", 1, null, PeriodKind.AD_HOC,
            LocalDate.of(2022, 12, 15), LocalDate.of(2023, 8, 31), Instant.parse("2023-09-06T10:00:00Z"),
            List.of("SNGV"), RoundStatus.OPEN, Map.of());

    private final ReportValidator validator = new ReportValidator();

    private static Template template() {
        try (InputStream in = new ClassPathResource("catalogue/templates/CCHC-1.json").getInputStream()) {
            return MAPPER.readValue(in, Template.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReportContent submit(Consumer<ObjectNode> change) {
        ObjectNode body = SampleReport.body();
        change.accept(body);
        return validator.validate(CCHC, ROUND, MAPPER.treeToValue(body, ReportInput.class), ValidationMode.SUBMISSION);
    }

    private List<FieldProblem> problems(Consumer<ObjectNode> change) {
        try {
            submit(change);
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        throw new AssertionError("expected the report to be refused");
    }

    private static ObjectNode values(ObjectNode body) {
        return (ObjectNode) body.get("values");
    }

    private static void assertProblem(List<FieldProblem> problems, String field, String code) {
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void theSampleReportIsValidAndKeepsEveryValue() {
        ReportContent content = submit(body -> { });
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(content.values()))).isEqualTo(SampleReport.samplePayload().get("values"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(content.narrative()))).isEqualTo(SampleReport.samplePayload().get("narrative"));
        assertThat(content.documentNumber()).isEqualTo("106/BC-SNgV");
    }

    @Test
    void integersMustBeWholeNonNegativeNumbers() {
        assertProblem(problems(b -> values(b).put("TIN_BAI", 2.5)), "values.TIN_BAI", "value.notInteger");
        assertProblem(problems(b -> values(b).put("TIN_BAI", "35")), "values.TIN_BAI", "value.notANumber");
        assertProblem(problems(b -> values(b).put("TIN_BAI", -1)), "values.TIN_BAI", "value.belowMin");
        assertThat(submit(b -> values(b).put("TIN_BAI", 35.0)).values().get("TIN_BAI")).isEqualTo(35L);
    }

    @Test
    void percentagesStayBetweenZeroAndHundred() {
        assertProblem(problems(b -> values(b).put("EMAIL_CONG_VU", 100.5)), "values.EMAIL_CONG_VU", "value.aboveMax");
        assertProblem(problems(b -> values(b).put("EMAIL_CONG_VU", -3)), "values.EMAIL_CONG_VU", "value.belowMin");
        assertThat(submit(b -> values(b).put("EMAIL_CONG_VU", 97.5)).values().get("EMAIL_CONG_VU")).isEqualTo(97.5);
    }

    @Test
    void decimalsRespectTheirBounds() {
        Indicator amount = new Indicator("KINH_PHI", "Kinh phí", "Budget", IndicatorType.DECIMAL, "triệu đồng", true, "SUM",
                null, BigDecimal.ZERO, new BigDecimal("1000.5"), null, null);
        Indicator share = new Indicator("TY_LE", "Tỷ lệ", "Share", IndicatorType.PERCENT, "%", false, "NONE",
                null, null, null, null, null);
        Template template = new Template("T", 1, "T", List.of(new TemplateSection("S", "S", null, null, List.of(amount, share))), List.of());
        ReportInput ok = new ReportInput(Map.of("KINH_PHI", MAPPER.valueToTree(12.75)), Map.of(), "1/BC-X", "A");
        assertThat(validator.validate(template, ROUND, ok, ValidationMode.SUBMISSION).values()).containsEntry("KINH_PHI", 12.75);
        ReportInput tooMuch = new ReportInput(Map.of("KINH_PHI", MAPPER.valueToTree(1000.6),
                "TY_LE", MAPPER.valueToTree(101)), Map.of(), "1/BC-X", "A");
        assertThatThrownBy(() -> validator.validate(template, ROUND, tooMuch, ValidationMode.SUBMISSION))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertProblem(e.problems(), "values.KINH_PHI", "value.aboveMax");
                    assertProblem(e.problems(), "values.TY_LE", "value.percentRange");
                });
    }

    @Test
    void ratiosNeedANumeratorNoLargerThanTheirDenominator() {
        assertProblem(problems(b -> values(b).putObject("HS_QUA_MOT_CUA").put("numerator", 10).put("denominator", 9)),
                "values.HS_QUA_MOT_CUA.numerator", "value.numeratorExceedsDenominator");
        assertProblem(problems(b -> values(b).putObject("HS_QUA_MOT_CUA").put("numerator", 1)),
                "values.HS_QUA_MOT_CUA.denominator", "value.required");
        assertProblem(problems(b -> values(b).put("HS_QUA_MOT_CUA", 100)), "values.HS_QUA_MOT_CUA", "value.ratioExpected");
    }

    @Test
    void booleansAndEnumerationsTakeOnlyTheirValues() {
        assertProblem(problems(b -> values(b).put("VTVL_HOAN_THIEN", "có")), "values.VTVL_HOAN_THIEN", "value.notBoolean");
        assertProblem(problems(b -> values(b).put("MUC_DVC_TRUC_TUYEN", "MUC_4")), "values.MUC_DVC_TRUC_TUYEN", "value.unknownOption");
    }

    @Test
    void documentListsNeedValidNumbersDatesAndTitles() {
        List<FieldProblem> problems = problems(b -> values(b).putArray("KH_VAN_BAN").addObject()
                .put("number", "52 KH SNgV").put("date", "31/02/2023").put("title", " "));
        assertProblem(problems, "values.KH_VAN_BAN[0].number", "value.documentNumber");
        assertProblem(problems, "values.KH_VAN_BAN[0].date", "value.invalidDate");
        assertProblem(problems, "values.KH_VAN_BAN[0].title", "value.required");
        assertProblem(problems(b -> values(b).put("KH_VAN_BAN", "52/KH-SNgV")), "values.KH_VAN_BAN", "value.documentListExpected");
    }

    @Test
    void documentDatesInVietnameseFormAreStoredIsoAndNumbersKeepVietnameseLetters() {
        ReportContent content = submit(b -> values(b).putArray("KH_VAN_BAN").addObject()
                .put("number", "02/QĐ-SNgV").put("date", "18/1/2023").put("title", "Quyết định"));
        assertThat(content.values().get("KH_VAN_BAN"))
                .isEqualTo(List.of(Map.of("number", "02/QĐ-SNgV", "date", "2023-01-18", "title", "Quyết định")));
    }

    @Test
    void breakdownsRefuseUnknownPartsAndPartsLargerThanTheTotal() {
        assertProblem(problems(b -> ((ObjectNode) values(b).get("KIEM_TRA").get("parts")).put("DOT_XUAT", 1)),
                "values.KIEM_TRA.parts.DOT_XUAT", "value.unknownPart");
        assertProblem(problems(b -> ((ObjectNode) values(b).get("KIEM_TRA").get("parts")).put("NOI_BO", 5)),
                "values.KIEM_TRA.parts.NOI_BO", "value.partExceedsTotal");
    }

    @Test
    void partsMustAddUpToTheTotal() {
        List<FieldProblem> problems = problems(b -> ((ObjectNode) values(b).get("HO_SO_TTHC").get("parts")).put("HO_CHIEU_CONG_VU", 7));
        assertProblem(problems, "values.HO_SO_TTHC", "rule.HO_SO_TTHC_PARTS");
        assertThat(problems.get(0).messageVi()).isEqualTo("Số hồ sơ theo từng loại phải cộng lại bằng tổng số hồ sơ");
        assertThat(problems.get(0).messageEn()).isEqualTo("Dossiers by kind must add up to the total");
    }

    @Test
    void onTimePlusLateMustEqualResolved() {
        assertProblem(problems(b -> values(b).put("HS_GIAI_QUYET", 9).put("HS_DUNG_HAN", 8).put("HS_TRE_HAN", 0)),
                "values.HS_GIAI_QUYET", "rule.HS_DUNG_TRE");
        assertThat(submit(b -> values(b).put("HS_GIAI_QUYET", 9).put("HS_DUNG_HAN", 8).put("HS_TRE_HAN", 1)).values())
                .containsEntry("HS_GIAI_QUYET", 9L);
    }

    @Test
    void aPartCannotExceedItsWhole() {
        assertProblem(problems(b -> values(b).put("HS_GIAI_QUYET", 10).put("HS_DUNG_HAN", 10).put("HS_TRE_HAN", 0)),
                "values.HO_SO_TTHC", "rule.HS_GIAI_QUYET_LE_TIEP_NHAN");
        assertProblem(problems(b -> values(b).put("NV_GIAO", 2).put("NV_TRE_HAN", 3)), "values.NV_GIAO", "rule.NV_TRE_LE_GIAO");
    }

    @Test
    void documentDatesMustFallInsideTheReportingPeriod() {
        assertProblem(problems(b -> values(b).putArray("KH_VAN_BAN").addObject()
                        .put("number", "1/KH-SNgV").put("date", "2023-09-01").put("title", "Muộn")),
                "values.KH_VAN_BAN", "rule.KH_VAN_BAN_TRONG_KY");
    }

    @Test
    void unknownIndicatorsAndSectionsAreRefused() {
        assertProblem(problems(b -> values(b).put("KHONG_CO", 1)), "values.KHONG_CO", "value.unknownIndicator");
        assertProblem(problems(b -> ((ObjectNode) b.get("narrative")).put("KHONG_CO", "x")), "narrative.KHONG_CO", "narrative.unknownSection");
    }

    @Test
    void aSubmissionNeedsEveryRequiredFigureTheDocumentNumberAndTheSigner() {
        List<FieldProblem> problems = problems(b -> {
            values(b).remove("TIN_BAI");
            values(b).putNull("CHU_KY_SO");
            b.remove("documentNumber");
            b.put("signer", "  ");
        });
        assertProblem(problems, "values.TIN_BAI", "value.required");
        assertProblem(problems, "values.CHU_KY_SO", "value.required");
        assertProblem(problems, "documentNumber", "value.required");
        assertProblem(problems, "signer", "value.required");
        assertProblem(problems(b -> b.put("documentNumber", "106 BC")), "documentNumber", "value.documentNumber");
    }

    @Test
    void aDraftMayBeIncompleteButNotWrong() {
        ReportInput partial = new ReportInput(Map.of("TIN_BAI", MAPPER.valueToTree(3)), Map.of(), null, null);
        assertThat(validator.validate(CCHC, ROUND, partial, ValidationMode.DRAFT).values()).containsEntry("TIN_BAI", 3L);
        ReportInput wrong = new ReportInput(Map.of("TIN_BAI", MAPPER.valueToTree("ba")), Map.of(), null, null);
        assertThatThrownBy(() -> validator.validate(CCHC, ROUND, wrong, ValidationMode.DRAFT))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void textIsStoredInComposedUnicode() {
        ReportContent content = submit(b -> {
            b.put("signer", "Pha\u0323m Thi\u0323 Anh Thu\u031b");
            ((ObjectNode) b.get("narrative")).put("KHO_KHAN", "Kho\u0301 khăn");
        });
        assertThat(content.signer()).isEqualTo("Phạm Thị Anh Thư");
        assertThat(content.narrative().get("KHO_KHAN")).isEqualTo("Khó khăn");
    }
}
