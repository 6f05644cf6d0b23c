package vn.reform.systemtests.faults;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Valid report bodies for the CCHC template, with one figure (TIN_BAI, news articles) chosen by the test. */
final class FaultReports {

    static Map<String, Object> body(long articles) {
        return Map.of(
                "values", Map.ofEntries(
                        Map.entry("KH_VAN_BAN", List.of(Map.of("number", "01/KH-KT", "date", LocalDate.now().minusDays(5).toString(),
                                "title", "Kế hoạch cải cách hành chính"))),
                        Map.entry("KIEM_TRA", Map.of("total", 2, "parts", Map.of("CHUYEN_NGANH", 1, "NOI_BO", 1))),
                        Map.entry("TIN_BAI", articles),
                        Map.entry("NV_DUNG_HAN", 100),
                        Map.entry("NV_TRE_HAN", 0),
                        Map.entry("HO_SO_TTHC", Map.of("total", 3, "parts", Map.of("HO_CHIEU_NGOAI_GIAO", 1, "HO_CHIEU_CONG_VU", 2))),
                        Map.entry("BO_TTHC_MOT_CUA", 1),
                        Map.entry("HS_QUA_MOT_CUA", Map.of("numerator", 3, "denominator", 3)),
                        Map.entry("VI_PHAM_KY_LUAT", 0),
                        Map.entry("CHU_KY_SO", 2),
                        Map.entry("EMAIL_CONG_VU", 100),
                        Map.entry("MUC_DVC_TRUC_TUYEN", "MOT_PHAN")),
                "narrative", Map.of("CHI_DAO", "Đúng kế hoạch."),
                "documentNumber", "01/BC-KT",
                "signer", "Trần Văn B");
    }

    private FaultReports() {
    }
}
