package vn.reform.submission.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.submission.api.dto.DraftView;
import vn.reform.submission.api.dto.ReopenRequest;
import vn.reform.submission.api.dto.ReportView;
import vn.reform.submission.api.dto.RequestFields;
import vn.reform.submission.api.dto.ReturnRequest;
import vn.reform.submission.api.dto.VersionView;
import vn.reform.submission.domain.access.Actor;
import vn.reform.submission.domain.problem.NotFoundException;
import vn.reform.submission.domain.report.ReportHistory;
import vn.reform.submission.domain.report.ReportService;
import vn.reform.submission.domain.report.ReportStatus;
import vn.reform.submission.domain.report.SubmissionReceipt;
import vn.reform.submission.domain.validation.ReportInput;

/** An agency's report in a round: state, draft, submissions, versions; return/accept/reopen by Home Affairs. */
@RestController
@RequestMapping("/api/rounds/{round}/reports/{agency}")
public class ReportController {

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    public ReportView report(Actor actor, @PathVariable String round, @PathVariable String agency) {
        return ReportView.of(reports.state(actor, round, agency));
    }

    @PutMapping("/draft")
    public DraftView saveDraft(Actor actor, @PathVariable String round, @PathVariable String agency,
                               @RequestBody ReportInput body) {
        return DraftView.of(reports.saveDraft(actor, round, agency, body));
    }

    @PostMapping("/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    public SubmissionReceipt submit(Actor actor, @PathVariable String round, @PathVariable String agency,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                    @RequestBody ReportInput body) {
        return reports.submit(actor, round, agency, body, idempotencyKey);
    }

    @GetMapping("/versions/{version}")
    public VersionView version(Actor actor, @PathVariable String round, @PathVariable String agency,
                               @PathVariable int version) {
        ReportHistory history = reports.state(actor, round, agency).history();
        var submission = history.submission(version)
                .orElseThrow(() -> new NotFoundException("report.versionNotFound", version));
        return VersionView.of(submission, statusOf(history, version));
    }

    @PostMapping("/return")
    public ReportView returnReport(Actor actor, @PathVariable String round, @PathVariable String agency,
                                   @RequestBody ReturnRequest body) {
        RequestFields fields = new RequestFields();
        var dueAt = fields.instant("dueAt", body.dueAt());
        fields.throwIfInvalid();
        reports.returnReport(actor, round, agency, body.reason(), dueAt);
        return ReportView.of(reports.state(actor, round, agency));
    }

    @PostMapping("/accept")
    public ReportView accept(Actor actor, @PathVariable String round, @PathVariable String agency) {
        reports.accept(actor, round, agency);
        return ReportView.of(reports.state(actor, round, agency));
    }

    @PostMapping("/reopen")
    public ReportView reopen(Actor actor, @PathVariable String round, @PathVariable String agency,
                             @RequestBody(required = false) ReopenRequest body) {
        RequestFields fields = new RequestFields();
        var dueAt = body == null ? null : fields.instant("dueAt", body.dueAt());
        fields.throwIfInvalid();
        reports.reopen(actor, round, agency, dueAt);
        return ReportView.of(reports.state(actor, round, agency));
    }

    private static ReportStatus statusOf(ReportHistory history, int version) {
        return history.versions().stream().filter(v -> v.version() == version).findFirst().orElseThrow().status();
    }
}
