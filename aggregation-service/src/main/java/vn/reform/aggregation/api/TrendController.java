package vn.reform.aggregation.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.aggregation.api.security.CurrentUser;
import vn.reform.aggregation.api.view.TrendPoint;

/**
 * GET /api/trends/{indicator}?template=CCHC[&agency=SNGV]: the indicator across the template's rounds. Without
 * {@code agency}, the province figure (Home Affairs only); with it, that agency's own figure.
 */
@RestController
public class TrendController {

    private final RollupReader reader;

    public TrendController(RollupReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/trends/{indicator}")
    public List<TrendPoint> trend(@PathVariable String indicator,
                                  @RequestParam(name = "template", required = false) String template,
                                  @RequestParam(name = "agency", required = false) String agency,
                                  @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.from(jwt);
        if (template == null || template.isBlank()) {
            throw ApiException.badField("template", "REQUIRED", "problem.template.required");
        }
        if (agency == null) {
            user.requireProvinceWide();
        } else {
            user.requireAgency(agency);
        }
        return reader.trend(indicator, template, agency);
    }
}
