package vn.reform.submission.domain.catalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese alphabetical order (a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư), not byte order. */
public final class VietnameseOrder {

    private VietnameseOrder() {
    }

    public static Comparator<String> text() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }

    public static Comparator<Agency> agenciesByName() {
        return Comparator.comparing(Agency::name, Comparator.nullsLast(text())).thenComparing(Agency::code);
    }
}
