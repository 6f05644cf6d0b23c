package vn.reform.submission.domain.period;

/** Vietnamese titles of periodic rounds, e.g. "Báo cáo công tác cải cách hành chính quý I năm 2026". */
public final class PeriodTitles {

    private PeriodTitles() {
    }

    public static String of(PeriodWindow window) {
        String year = window.code().substring(0, 4);
        String period = switch (window.kind()) {
            case QUARTER -> "quý " + roman(window.code().charAt(window.code().length() - 1) - '0');
            case HALF_YEAR -> "6 tháng đầu";
            case NINE_MONTHS -> "9 tháng";
            case YEAR -> "";
            case MONTH -> "tháng " + window.code().substring(window.code().length() - 2);
            case AD_HOC -> "đột xuất";
        };
        return ("Báo cáo công tác cải cách hành chính " + period + " năm " + year).replace("  ", " ");
    }

    private static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
