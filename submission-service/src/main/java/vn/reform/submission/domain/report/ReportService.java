package vn.reform.submission.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.reform.submission.domain.access.Actor;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.Template;
import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.problem.ConflictException;
import vn.reform.submission.domain.problem.NotFoundException;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;
import vn.reform.submission.domain.validation.ReportInput;
import vn.reform.submission.domain.validation.ReportValidator;
import vn.reform.submission.domain.validation.TextNormalizer;
import vn.reform.submission.domain.validation.ValidationMode;
import vn.reform.submission.persistence.DraftStore;
import vn.reform.submission.persistence.DuplicateReportEventException;
import vn.reform.submission.persistence.ReportEventStore;

/**
 * The life of a report: drafts, submissions (idempotent, every version kept with what changed), returns, acceptance
 * and reopening. Each step is validated first and then stored as ONE insert of an event document that carries its own
 * outbox state; a lost race on the sequence number is retried, a repeated Idempotency-Key returns the first answer.
 */
@Service
public class ReportService {

    static final int MAX_ATTEMPTS = 50;
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 2_000;

    private final CatalogueService catalogue;
    private final ReportEventStore events;
    private final DraftStore drafts;
    private final ReportEventNotifier notifier;
    private final PeriodGenerator periods;
    private final Clock clock;
    private final ReportValidator validator = new ReportValidator();

    public ReportService(CatalogueService catalogue, ReportEventStore events, DraftStore drafts, ReportEventNotifier notifier,
                         PeriodGenerator periods, Clock clock) {
        this.catalogue = catalogue;
        this.events = events;
        this.drafts = drafts;
        this.notifier = notifier;
        this.periods = periods;
        this.clock = clock;
    }

    public ReportState state(Actor actor, String roundCode, String agency) {
        actor.requireScope(agency);
        existingReport(roundCode, agency);
        ReportKey key = new ReportKey(roundCode, agency);
        return new ReportState(key, new ReportHistory(events.history(key)), drafts.find(key));
    }

    public DraftStore.Draft saveDraft(Actor actor, String roundCode, String agency, ReportInput input) {
        actor.requireDraftRight(agency);
        Round round = existingReport(roundCode, agency);
        ReportKey key = new ReportKey(roundCode, agency);
        ReportContent content = validator.validate(template(round), round, input, ValidationMode.DRAFT);
        DraftStore.Draft draft = new DraftStore.Draft(content, actor.username(), clock.instant());
        drafts.save(key, draft);
        return draft;
    }

    public SubmissionReceipt submit(Actor actor, String roundCode, String agency, ReportInput input, String idempotencyKey) {
        actor.requireSubmitRight(agency);
        Round round = existingReport(roundCode, agency);
        ReportKey key = new ReportKey(roundCode, agency);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidRequestException(FieldProblem.of("Idempotency-Key", "header.idempotencyKey", MAX_IDEMPOTENCY_KEY_LENGTH));
        }
        ReportContent content = validator.validate(template(round), round, input, ValidationMode.SUBMISSION);
        String fingerprint = ContentFingerprint.of(content);
        String storedKey = key.value() + "|" + idempotencyKey.strip();
        // the request may have made any earlier version, not only one in the tail: asked of the key's unique index
        var earlier = events.findByIdempotencyKey(storedKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        try {
            ReportEvent stored = append(key, history -> {
                if (history.status() == ReportStatus.ACCEPTED) {
                    throw new ConflictException("report.alreadyAccepted");
                }
                if (round.isLocked() && history.openGrant().isEmpty()) {
                    throw new ConflictException("round.locked", round.code());
                }
                Instant now = clock.instant();
                boolean late = now.isAfter(history.deadline(round.dueAt()));
                int version = history.latestVersion() + 1;
                long sequence = history.lastSequence() + 1;
                ReportContent previous = history.latestSubmission().map(e -> ReportPayloads.contentOf(e.payload())).orElse(null);
                return new ReportEvent(key, sequence, ReportEventType.SUBMITTED, UUID.randomUUID().toString(), now,
                        actor.username(), version,
                        ReportPayloads.submitted(round, key, version, sequence, now, late, actor.username(), content),
                        VersionDiff.between(previous, content), storedKey, fingerprint, false);
            });
            drafts.delete(key);
            return SubmissionReceipt.of(stored);
        } catch (DuplicateReportEventException e) {
            return replay(events.findByIdempotencyKey(storedKey).orElseThrow(() -> e), fingerprint);
        }
    }

    public ReportEvent returnReport(Actor actor, String roundCode, String agency, String reason, Instant dueAt) {
        actor.requireHomeAffairs();
        Round round = existingReport(roundCode, agency);
        ReportKey key = new ReportKey(roundCode, agency);
        String normalisedReason = TextNormalizer.nfc(reason);
        if (normalisedReason == null || normalisedReason.isEmpty() || normalisedReason.length() > MAX_REASON_LENGTH) {
            throw new InvalidRequestException(FieldProblem.of("reason", "value.reasonRequired", MAX_REASON_LENGTH));
        }
        return append(key, history -> {
            ReportEvent submitted = requireSubmitted(history);
            Instant now = clock.instant();
            Instant due = dueAt != null ? dueAt : defaultDeadline(round, now);
            long sequence = history.lastSequence() + 1;
            return event(key, sequence, ReportEventType.RETURNED, now, actor, submitted.version(),
                    ReportPayloads.returned(key, submitted.version(), sequence, normalisedReason, actor.username(), now, due));
        });
    }

    public ReportEvent accept(Actor actor, String roundCode, String agency) {
        actor.requireHomeAffairs();
        existingReport(roundCode, agency);
        ReportKey key = new ReportKey(roundCode, agency);
        return append(key, history -> {
            ReportEvent submitted = requireSubmitted(history);
            Instant now = clock.instant();
            long sequence = history.lastSequence() + 1;
            return event(key, sequence, ReportEventType.ACCEPTED, now, actor, submitted.version(),
                    ReportPayloads.accepted(key, submitted.version(), sequence, actor.username(), now));
        });
    }

    /** Home Affairs lets one agency submit into a locked round, until {@code dueAt}. */
    public ReportEvent reopen(Actor actor, String roundCode, String agency, Instant dueAt) {
        actor.requireHomeAffairs();
        Round round = existingReport(roundCode, agency);
        ReportKey key = new ReportKey(roundCode, agency);
        if (!round.isLocked()) {
            throw new ConflictException("round.notLocked", roundCode);
        }
        ReportEvent reopened = append(key, history -> {
            Instant now = clock.instant();
            Instant due = dueAt != null ? dueAt : defaultDeadline(round, now);
            long sequence = history.lastSequence() + 1;
            return event(key, sequence, ReportEventType.REOPENED, now, actor, null,
                    ReportPayloads.reopened(key, sequence, actor.username(), now, due));
        });
        catalogue.recordReopening(roundCode, agency, reopened.dueAt());
        return reopened;
    }

    /**
     * Stores a submission made elsewhere (demo data, imports) as version 1 of a report that has none, with its own
     * time, author and event id; false when the report already has events. Validated like any submission.
     */
    public boolean importFirstSubmission(Round round, String agency, ReportInput input, Instant submittedAt,
                                         String submittedBy, String eventId) {
        ReportKey key = new ReportKey(round.code(), agency);
        ReportContent content = validator.validate(template(round), round, input, ValidationMode.SUBMISSION);
        boolean late = submittedAt.isAfter(round.dueAt());
        ReportEvent event = new ReportEvent(key, 1, ReportEventType.SUBMITTED, eventId, submittedAt, submittedBy, 1,
                ReportPayloads.submitted(round, key, 1, 1, submittedAt, late, submittedBy, content),
                VersionDiff.between(null, content), key.value() + "|import", ContentFingerprint.of(content), false);
        try {
            insert(event);
        } catch (DuplicateReportEventException e) {
            return false;
        }
        notifier.stored(event);
        return true;
    }

    /**
     * Stores the event {@code next} makes of the report's history, as known from its tail; a lost race on the
     * sequence number is retried on a fresh read, a taken idempotency key is thrown.
     */
    private ReportEvent append(ReportKey key, Function<ReportHistory, ReportEvent> next) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ReportEvent event = next.apply(ReportHistory.ofTail(events.tail(key)));
            try {
                insert(event);
                notifier.stored(event);
                return event;
            } catch (DuplicateReportEventException e) {
                if (e.idempotencyKeyTaken()) {
                    throw e;
                }
            }
        }
        throw new ConflictException("report.concurrentChange");
    }

    /** Stores the event; a failure other than a duplicate may have left it stored: the relay is asked to look. */
    private void insert(ReportEvent event) {
        try {
            events.insert(event);
        } catch (DuplicateReportEventException e) {
            throw e;
        } catch (RuntimeException e) {
            notifier.outcomeUnknown();
            throw e;
        }
    }

    private static SubmissionReceipt replay(ReportEvent earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.requestHash())) {
            throw new IdempotencyKeyReusedException();
        }
        return SubmissionReceipt.of(earlier);
    }

    private static ReportEvent requireSubmitted(ReportHistory history) {
        if (history.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException("report.notSubmitted", history.status());
        }
        return history.latestSubmission().orElseThrow();
    }

    private ReportEvent event(ReportKey key, long sequence, ReportEventType type, Instant now, Actor actor, Integer version,
                              Map<String, Object> payload) {
        return new ReportEvent(key, sequence, type, UUID.randomUUID().toString(), now, actor.username(), version, payload,
                List.of(), null, null, false);
    }

    /** The round's deadline if still ahead, else the usual number of working days from today. */
    private Instant defaultDeadline(Round round, Instant now) {
        if (round.dueAt().isAfter(now)) {
            return round.dueAt();
        }
        return periods.deadlineAfter(LocalDate.ofInstant(now, periods.zone()));
    }

    /** The round of an existing report: 404 for an unknown round or agency, or an agency the round does not ask. */
    private Round existingReport(String roundCode, String agency) {
        Round round = catalogue.round(roundCode);
        if (!round.expects(agency)) {
            catalogue.agency(agency); // an unknown agency is reported as such; agencies are never deleted
            throw new NotFoundException("report.agencyNotInRound", agency, roundCode);
        }
        return round;
    }

    private Template template(Round round) {
        return catalogue.template(round.templateCode(), round.templateVersion());
    }
}
