package vn.reform.notification.api;

import java.time.Clock;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


import vn.reform.notification.config.LadderProperties;
import vn.reform.notification.persistence.CatalogueViewStore;
import vn.reform.notification.persistence.LadderDocument;
import vn.reform.notification.persistence.LadderStore;
import vn.reform.notification.domain.sweep.ReminderSweeper;
import vn.reform.notification.domain.sweep.SweepResult;

/** Home Affairs' controls: run a sweep now; read or set a round's reminder ladder. */
@RestController
@RequestMapping("/api/notification")
public class NotificationController {

    private final ReminderSweeper sweeper;
    private final LadderStore ladders;
    private final LadderProperties defaultLadder;
    private final CatalogueViewStore catalogue;
    private final Clock clock;

    public NotificationController(ReminderSweeper sweeper, LadderStore ladders, LadderProperties defaultLadder,
                                  CatalogueViewStore catalogue, Clock clock) {
        this.sweeper = sweeper;
        this.ladders = ladders;
        this.defaultLadder = defaultLadder;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @PostMapping("/sweep")
    public SweepResult sweep(@AuthenticationPrincipal Jwt jwt) {
        requireHomeAffairs(jwt);
        return sweeper.sweep();
    }

    @GetMapping("/rounds/{round}/ladder")
    public LadderRequest ladder(@PathVariable String round) {
        requireRound(round);
        return LadderRequest.of(ladders.find(round).orElse(defaultLadder.toSettings()));
    }

    @PutMapping("/rounds/{round}/ladder")
    public LadderRequest setLadder(@PathVariable String round, @Valid @RequestBody LadderRequest body,
                                   @AuthenticationPrincipal Jwt jwt) {
        requireHomeAffairs(jwt);
        requireRound(round);
        ladders.save(LadderDocument.of(round, body.toSettings(), jwt.getSubject(), clock.instant()));
        return body;
    }

    private void requireRound(String round) {
        if (catalogue.round(round).isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "problem.not-found.round", round);
        }
    }

    private static void requireHomeAffairs(Jwt jwt) {
        if (!Caller.of(jwt).seesAllAgencies()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "problem.forbidden.home-affairs");
        }
    }
}
