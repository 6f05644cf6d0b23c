package vn.reform.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.reform.submission.domain.validation.DocumentNumbers;
import vn.reform.submission.domain.validation.FlexibleDateParser;
import vn.reform.submission.domain.validation.TextNormalizer;

class FormatsTest {

    @Test
    void datesAreReadPaddedUnpaddedOrIso() {
        assertThat(FlexibleDateParser.parse("31/8/2023")).contains(LocalDate.of(2023, 8, 31));
        assertThat(FlexibleDateParser.parse("24/02/2022")).contains(LocalDate.of(2022, 2, 24));
        assertThat(FlexibleDateParser.parse("2023-08-11")).contains(LocalDate.of(2023, 8, 11));
        assertThat(FlexibleDateParser.parse(" 1/1/2024 ")).contains(LocalDate.of(2024, 1, 1));
    }

    @Test
    void impossibleOrOtherDatesAreRefused() {
        assertThat(FlexibleDateParser.parse("31/2/2023")).isEmpty();
        assertThat(FlexibleDateParser.parse("2023-02-30")).isEmpty();
        assertThat(FlexibleDateParser.parse("08/31/2023")).isEmpty();
        assertThat(FlexibleDateParser.parse("31.8.2023")).isEmpty();
        assertThat(FlexibleDateParser.parse("")).isEmpty();
        assertThat(FlexibleDateParser.parse(null)).isEmpty();
    }

    @Test
    void documentNumbersAllowVietnameseLetters() {
        assertThat(DocumentNumbers.isValid("106/BC-SNgV")).isTrue();
        assertThat(DocumentNumbers.isValid("12/QĐ-UBND")).isTrue();
        assertThat(DocumentNumbers.isValid("34/2020/QĐ-UBND")).isTrue();
        assertThat(DocumentNumbers.isValid("633/SNgV-VP")).isTrue();
        assertThat(DocumentNumbers.isValid("32-QC/TU")).isTrue();
    }

    @Test
    void malformedDocumentNumbersAreRefused() {
        assertThat(DocumentNumbers.isValid("106 BC")).isFalse();
        assertThat(DocumentNumbers.isValid("/BC-SNgV")).isFalse();
        assertThat(DocumentNumbers.isValid("106//BC")).isFalse();
        assertThat(DocumentNumbers.isValid("106/BC-<script>")).isFalse();
        assertThat(DocumentNumbers.isValid("")).isFalse();
    }

    @Test
    void namesSortInVietnameseAlphabeticalOrder() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("UBND xã Ấp Bàu", "UBND xã Đak Ơ",
                "UBND xã An Phước", "UBND xã Ưng Hòa", "UBND xã Dầu Giây", "UBND xã Ơn", "UBND xã Ung", "UBND xã Ôn", "UBND xã Ăn"));
        names.sort(vn.reform.submission.domain.catalogue.VietnameseOrder.text());
        assertThat(names).containsExactly("UBND xã An Phước", "UBND xã Ăn", "UBND xã Ấp Bàu", "UBND xã Dầu Giây",
                "UBND xã Đak Ơ", "UBND xã Ôn", "UBND xã Ơn", "UBND xã Ung", "UBND xã Ưng Hòa");
    }

    @Test
    void textIsNormalisedToComposedFormAndTrimmed() {
        String decomposed = "Pha\u0323m Thi\u0323 Anh Thu\u031b ";
        assertThat(TextNormalizer.nfc(decomposed)).isEqualTo("Phạm Thị Anh Thư");
        assertThat(TextNormalizer.nfc(decomposed)).hasSize("Phạm Thị Anh Thư".length());
    }
}
