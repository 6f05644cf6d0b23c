package vn.reform.aggregation.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reform.aggregation.domain.ContributionVector.key;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.AppliedState;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.ContributionVector;
import vn.reform.aggregation.domain.ReportEvent;
import vn.reform.aggregation.domain.Template;
import vn.reform.aggregation.persistence.ContributionStore;
import vn.reform.aggregation.persistence.RollupStore;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.Samples;

/**
 * The three-step rollup update against the real store, interrupted between its steps (as a crash would leave it):
 * the next reconciliation finishes it without counting anything twice; a stale guard never applies.
 */
class ApplierRecoveryTest extends IntegrationTest {

    @Autowired
    ContributionStore contributions;
    @Autowired
    RollupStore rollups;
    @Autowired
    ContributionApplier applier;

    private String round;
    private Template template;

    @BeforeEach
    void firstVersionApplied() {
        round = unique("CRASH");
        publishSampleCatalogue(round, "2023-08-31");
        template = catalogue.template("CCHC:1").orElseThrow();
        store(Contribution.empty(round, "SNGV").apply(submission(1, 35)).orElseThrow());
        applier.reconcile(round, "SNGV");
        assertThat(tinBai()).isEqualTo(35);
    }

    @Test
    void aCrashAfterTheRollupUpdateIsSettledWithoutApplyingTwice() {
        Contribution c = secondVersionStored();
        AppliedState pending = pendingFor(c);
        Contribution withPending = c.withRollupState(c.applied(), pending);
        assertThat(contributions.save(withPending)).isTrue();
        assertThat(rollups.apply(round, entry(pending.rev()), c.applied().rev(),
                ContributionApplier.increments(c.applied(), pending), "CCHC:1")).isTrue();
        assertThat(tinBai()).isEqualTo(50);

        applier.reconcile(round, "SNGV");
        applier.reconcile(round, "SNGV");

        assertSettledWith(50);
    }

    @Test
    void aCrashBeforeTheRollupUpdateIsRedoneOnce() {
        Contribution c = secondVersionStored();
        assertThat(contributions.save(c.withRollupState(c.applied(), pendingFor(c)))).isTrue();
        assertThat(tinBai()).isEqualTo(35);

        applier.reconcile(round, "SNGV");

        assertThat(tinBai()).isEqualTo(50);
        assertThat(contributions.find(round, "SNGV").orElseThrow().pending()).isNull();
    }

    @Test
    void aPendingUpdateLeftFromOlderValuesIsReplacedBeforeItIsApplied() {
        Contribution c = secondVersionStored();
        ObjectNode older = (ObjectNode) c.values().deepCopy();
        older.put("TIN_BAI", 70);
        AppliedState stale = new AppliedState(c.applied().rev() + 1, "DEPARTMENT",
                ContributionVector.of(template, older).counters());
        assertThat(contributions.save(c.withRollupState(c.applied(), stale))).isTrue();

        applier.reconcile(round, "SNGV");

        assertThat(tinBai()).isEqualTo(50);
        Contribution settled = contributions.find(round, "SNGV").orElseThrow();
        assertThat(settled.pending()).isNull();
        assertThat(settled.applied().counters().get(key("TIN_BAI", "sum"))).isEqualTo(500_000L);
    }

    @Test
    void startingFromWhatWasJustWrittenAppliesTheUpdateOnceAndSettlesIt() {
        Contribution prepared = applier.withPendingUpdate(
                contributions.find(round, "SNGV").orElseThrow().apply(submission(2, 50)).orElseThrow());
        assertThat(prepared.pending()).isNotNull();
        assertThat(contributions.save(prepared)).isTrue();

        applier.reconcile(round, "SNGV", prepared.stored());
        applier.reconcile(round, "SNGV");

        assertSettledWith(50);
    }

    @Test
    void aStartFromAWriteThatIsNoLongerTheStoredOneIsCaughtAndCountsNothingTwice() {
        Contribution prepared = applier.withPendingUpdate(
                contributions.find(round, "SNGV").orElseThrow().apply(submission(2, 50)).orElseThrow());
        assertThat(contributions.save(prepared)).isTrue();
        applier.reconcile(round, "SNGV"); // another run settled it meanwhile
        assertThat(tinBai()).isEqualTo(50);

        applier.reconcile(round, "SNGV", prepared.stored());

        assertSettledWith(50);
    }

    @Test
    void aNewerVersionWrittenOverAnUpdateACrashLeftAppliedButNotPromotedCountsItOnce() {
        Contribution c = secondVersionStored();
        AppliedState pending = pendingFor(c);
        assertThat(contributions.save(c.withRollupState(c.applied(), pending))).isTrue();
        assertThat(rollups.apply(round, entry(pending.rev()), c.applied().rev(),
                ContributionApplier.increments(c.applied(), pending), "CCHC:1")).isTrue();
        // a third version with the same figures: its target is the pending update, but the rollup already has it
        Contribution third = applier.withPendingUpdate(
                contributions.find(round, "SNGV").orElseThrow().apply(submission(3, 50)).orElseThrow());
        assertThat(third.pending()).isEqualTo(pending);
        assertThat(contributions.save(third)).isTrue();

        applier.reconcile(round, "SNGV", third.stored());

        assertSettledWith(50);
        assertThat(rollups.entry(round, "SNGV").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void anUpdateComputedFromAStaleRevisionIsRefused() {
        long rev = rollups.entry(round, "SNGV").orElseThrow().rev();
        assertThat(rollups.apply(round, entry(rev + 5), rev - 1, Map.of("totals." + key("TIN_BAI", "sum"), 10_000L),
                "CCHC:1")).isFalse();
        assertThat(rollups.apply(round, entry(1), 0, Map.of("totals." + key("TIN_BAI", "sum"), 10_000L),
                "CCHC:1")).isFalse();
        assertThat(tinBai()).isEqualTo(35);
    }

    private Contribution secondVersionStored() {
        Contribution current = contributions.find(round, "SNGV").orElseThrow();
        Contribution next = current.apply(submission(2, 50)).orElseThrow();
        assertThat(contributions.save(next)).isTrue();
        return next.stored();
    }

    private AppliedState pendingFor(Contribution c) {
        return new AppliedState(c.applied().rev() + 1, "DEPARTMENT",
                ContributionVector.of(template, c.values()).counters());
    }

    private AgencyEntry entry(long rev) {
        return new AgencyEntry("SNGV", "SUBMITTED", 2, Instant.EPOCH, false, true, "DEPARTMENT", rev, false,
                List.of(), List.of(), null);
    }

    /** The rollup shows {@code articles}, and the contribution has nothing pending and matches the rollup's revision. */
    private void assertSettledWith(long articles) {
        assertThat(tinBai()).isEqualTo(articles);
        Contribution settled = contributions.find(round, "SNGV").orElseThrow();
        assertThat(settled.pending()).isNull();
        assertThat(settled.applied().rev()).isEqualTo(rollups.entry(round, "SNGV").orElseThrow().rev());
    }

    private void store(Contribution c) {
        assertThat(contributions.save(c)).isTrue();
    }

    private long tinBai() {
        return rollups.find(round).orElseThrow().totals().get(key("TIN_BAI", "sum")) / 10_000;
    }

    private ReportEvent submission(long sequence, int articles) {
        ObjectNode values = (ObjectNode) Samples.sampleReport().get("payload").get("values");
        values.put("TIN_BAI", articles);
        return new ReportEvent("ev-" + round + "-" + sequence, ReportEvent.SUBMITTED, round, "SNGV", sequence,
                (int) sequence, Instant.EPOCH, false, "sngv", "CCHC:1", null, null, values, Map.of(), null);
    }
}
