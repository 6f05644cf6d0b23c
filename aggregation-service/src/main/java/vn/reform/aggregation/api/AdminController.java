package vn.reform.aggregation.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.aggregation.api.security.CurrentUser;
import vn.reform.aggregation.messaging.ReadModelRebuilder;
import vn.reform.aggregation.messaging.RebuildAlreadyRunningException;
import vn.reform.aggregation.messaging.RebuildResult;

/** POST /api/aggregation/rebuild (Home Affairs or admin): drops the read model and replays the topics. */
@RestController
public class AdminController {

    private final ReadModelRebuilder rebuilder;

    public AdminController(ReadModelRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping("/api/aggregation/rebuild")
    public RebuildResult rebuild(@AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.from(jwt);
        if (!user.provinceWide()) {
            throw ApiException.forbidden("problem.forbidden.rebuild");
        }
        try {
            return rebuilder.rebuild();
        } catch (RebuildAlreadyRunningException e) {
            throw ApiException.conflict("problem.rebuild.running");
        }
    }
}
