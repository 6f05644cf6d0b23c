package vn.reform.submission.api.dto;

import java.time.Instant;
import java.util.Map;

import vn.reform.submission.persistence.DraftStore;

/** The working draft of a report. */
public record DraftView(Map<String, Object> values, Map<String, String> narrative, String documentNumber, String signer,
                        String savedBy, Instant savedAt) {

    public static DraftView of(DraftStore.Draft draft) {
        return new DraftView(draft.content().values(), draft.content().narrative(), draft.content().documentNumber(),
                draft.content().signer(), draft.savedBy(), draft.savedAt());
    }
}
