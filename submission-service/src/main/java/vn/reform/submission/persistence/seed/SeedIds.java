package vn.reform.submission.persistence.seed;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Event ids of seeded entities are derived from their names, so that loading twice creates nothing new. */
final class SeedIds {

    private SeedIds() {
    }

    static String eventId(String kind, String id) {
        return UUID.nameUUIDFromBytes(("reform-seed:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
