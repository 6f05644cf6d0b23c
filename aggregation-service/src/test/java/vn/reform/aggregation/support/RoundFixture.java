package vn.reform.aggregation.support;

import tools.jackson.databind.node.ObjectNode;

/**
 * A round of the sample template with three reporting agencies (the sample report of SNGV, STP, commune XTANPHU
 * late) and one missing (STC), whose rolled-up figures are worked out by hand in the tests.
 */
public final class RoundFixture {

    public static final String[] EXPECTED = {"SNGV", "STP", "STC", "XTANPHU"};

    private RoundFixture() {
    }

    public static void publishCatalogue(EventProducer events, String round, String dataTo) {
        events.send(EventProducer.TEMPLATES, Samples.template());
        events.send(EventProducer.AGENCIES, Samples.load("agency-changed-sngv-v1.json"));
        events.send(EventProducer.AGENCIES, Samples.agency("STP", "Sở Tư pháp", "DEPARTMENT"));
        events.send(EventProducer.AGENCIES, Samples.agency("STC", "Sở Tài chính", "DEPARTMENT"));
        events.send(EventProducer.AGENCIES, Samples.agency("XTANPHU", "UBND xã Tân Phú", "COMMUNE"));
        events.send(EventProducer.ROUNDS, Samples.round(round, dataTo, EXPECTED));
    }

    public static ObjectNode sngv(String round) {
        return Samples.report(round, "SNGV", 1, 1, v -> { });
    }

    public static ObjectNode stp(String round) {
        return Samples.report(round, "STP", 1, 1, v -> {
            docs(v, 2);
            parts(v, "KIEM_TRA", 3, "CHUYEN_NGANH", 1, "NOI_BO", 2);
            v.put("TIN_BAI", 12);
            v.put("NV_GIAO", 20);
            v.put("NV_DUNG_HAN", 90);
            v.put("NV_TRE_HAN", 2);
            parts(v, "HO_SO_TTHC", 120, "HO_CHIEU_NGOAI_GIAO", 0, "HO_CHIEU_CONG_VU", 120);
            v.put("BO_TTHC_MOT_CUA", 5);
            ratio(v, "HS_QUA_MOT_CUA", 110, 120);
            v.put("VI_PHAM_KY_LUAT", 0);
            v.put("VTVL_HOAN_THIEN", false);
            v.put("CHU_KY_SO", 25);
            v.put("SO_CONG_CHUC", 40);
            v.put("EMAIL_CONG_VU", 95);
            v.put("MUC_DVC_TRUC_TUYEN", "TOAN_TRINH");
            v.put("ISO_9001", true);
        });
    }

    public static ObjectNode commune(String round) {
        ObjectNode event = Samples.report(round, "XTANPHU", 1, 1, v -> {
            docs(v, 1);
            parts(v, "KIEM_TRA", 1, "CHUYEN_NGANH", 1, "NOI_BO", 0);
            v.put("TIN_BAI", 8);
            v.put("NV_GIAO", 10);
            v.put("NV_DUNG_HAN", 70);
            v.put("NV_TRE_HAN", 3);
            parts(v, "HO_SO_TTHC", 2, "HO_CHIEU_NGOAI_GIAO", 1, "HO_CHIEU_CONG_VU", 1);
            v.put("BO_TTHC_MOT_CUA", 40);
            ratio(v, "HS_QUA_MOT_CUA", 280, 300);
            v.put("VI_PHAM_KY_LUAT", 2);
            v.put("VTVL_HOAN_THIEN", true);
            v.put("CHU_KY_SO", 15);
            v.put("SO_CONG_CHUC", 20);
            v.put("EMAIL_CONG_VU", 80);
            v.put("MUC_DVC_TRUC_TUYEN", "MOT_PHAN");
            v.put("ISO_9001", false);
        });
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("late", true);
        payload.put("documentNumber", "15/BC-UBND");
        payload.put("signer", "Nguyễn Văn Bình");
        ObjectNode narrative = (ObjectNode) payload.get("narrative");
        narrative.put("KHO_KHAN", "Thiếu cán bộ đầu mối về chuyển đổi số.");
        return event;
    }

    public static void publishReports(EventProducer events, String round) {
        events.send(EventProducer.REPORTS, sngv(round));
        events.send(EventProducer.REPORTS, stp(round));
        events.send(EventProducer.REPORTS, commune(round));
    }

    private static void docs(ObjectNode values, int count) {
        var list = values.putArray("KH_VAN_BAN");
        for (int i = 1; i <= count; i++) {
            list.addObject().put("number", i + "/KH").put("date", "2023-0" + i + "-10").put("title", "Kế hoạch " + i);
        }
    }

    private static void parts(ObjectNode values, String code, int total, String a, int av, String b, int bv) {
        ObjectNode node = values.putObject(code);
        node.put("total", total);
        node.putObject("parts").put(a, av).put(b, bv);
    }

    private static void ratio(ObjectNode values, String code, int numerator, int denominator) {
        values.putObject(code).put("numerator", numerator).put("denominator", denominator);
    }
}
