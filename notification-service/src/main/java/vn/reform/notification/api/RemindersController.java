package vn.reform.notification.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.notification.persistence.CatalogueViewStore;
import vn.reform.notification.persistence.ReminderStore;

/** {@code GET /api/reminders}: every reminder sent or attempted; an agency user sees only its own agency's. */
@RestController
public class RemindersController {

    private final ReminderStore reminders;
    private final CatalogueViewStore catalogue;

    public RemindersController(ReminderStore reminders, CatalogueViewStore catalogue) {
        this.reminders = reminders;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/reminders")
    public List<ReminderView> list(@RequestParam(required = false) String round,
                                   @RequestParam(required = false) String agency,
                                   @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.of(jwt);
        String roundCode = blankToNull(round);
        if (roundCode != null && catalogue.round(roundCode).isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "problem.not-found.round", roundCode);
        }
        String agencyCode = blankToNull(agency);
        if (!caller.seesAllAgencies()) {
            if (agencyCode != null && !caller.mayTouch(agencyCode)) {
                throw ApiException.forbiddenAgency(agencyCode);
            }
            if (caller.agency() == null) {
                throw ApiException.forbiddenAgency("-");
            }
            agencyCode = caller.agency();
        }
        return reminders.find(roundCode, agencyCode).stream().map(ReminderView::of).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
