package vn.reform.submission.domain.validation;

import java.util.regex.Pattern;

/**
 * Vietnamese official document numbers: number / type code – issuer, e.g. {@code 106/BC-SNgV}, {@code 12/QĐ-UBND},
 * {@code 34/2020/QĐ-UBND}. Letters are any Unicode letters (Đ, ư, …), never just {@code [A-Z]}.
 */
public final class DocumentNumbers {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{L}\\p{N}]+(?:[/\\-.][\\p{L}\\p{N}]+)*");
    public static final int MAX_LENGTH = 60;

    private DocumentNumbers() {
    }

    /** True for a well-formed number; expects NFC text. */
    public static boolean isValid(String number) {
        return number != null && number.length() <= MAX_LENGTH && DOCUMENT_NUMBER.matcher(number).matches();
    }
}
