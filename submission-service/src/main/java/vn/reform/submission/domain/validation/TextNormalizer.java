package vn.reform.submission.domain.validation;

import java.text.Normalizer;

/** All text is stored in Unicode NFC (composed Vietnamese letters), trimmed. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }
}
