package vn.reform.submission.domain.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SHA-256 of a report's normalised content: tells a repeated request from a different one under the same key. */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    public static String of(ReportContent content) {
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("values", content.values());
        whole.put("narrative", content.narrative());
        whole.put("documentNumber", content.documentNumber());
        whole.put("signer", content.signer());
        String canonical = String.valueOf(VersionDiff.comparable(whole));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
