package vn.reform.aggregation.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.aggregation.api.security.CurrentUser;
import vn.reform.aggregation.messaging.ReadModelRebuilder;
import vn.reform.aggregation.messaging.RebuildAlreadyRunningException;
import vn.reform.aggregation.messaging.RebuildStatus;

/**
 * Rebuild of the read model from the topics (Home Affairs or admin): {@code POST /api/aggregation/rebuild} starts
 * it in the background (202, or 409 while one runs), {@code GET /api/aggregation/rebuild} tells its progress.
 */
@RestController
@RequestMapping("/api/aggregation/rebuild")
public class AdminController {

    private final ReadModelRebuilder rebuilder;

    public AdminController(ReadModelRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping
    public ResponseEntity<RebuildStatus> rebuild(@AuthenticationPrincipal Jwt jwt) {
        requireOperator(jwt);
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilder.start());
        } catch (RebuildAlreadyRunningException e) {
            throw ApiException.conflict("problem.rebuild.running");
        }
    }

    @GetMapping
    public RebuildStatus status(@AuthenticationPrincipal Jwt jwt) {
        requireOperator(jwt);
        return rebuilder.status();
    }

    private static void requireOperator(Jwt jwt) {
        if (!CurrentUser.from(jwt).mayRebuild()) {
            throw ApiException.forbidden("problem.forbidden.rebuild");
        }
    }
}
