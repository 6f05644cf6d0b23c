package vn.reform.submission.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.submission.api.dto.AgencyRequest;
import vn.reform.submission.domain.access.Actor;
import vn.reform.submission.domain.catalogue.Agency;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.Template;
import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.period.PeriodWindow;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;

/** The catalogue: agencies and template versions (changes by Home Affairs), and the Decree 09/2019 periods. */
@RestController
@RequestMapping("/api/catalogue")
public class CatalogueController {

    private final CatalogueService catalogue;
    private final PeriodGenerator periods;

    public CatalogueController(CatalogueService catalogue, PeriodGenerator periods) {
        this.catalogue = catalogue;
        this.periods = periods;
    }

    @GetMapping("/agencies")
    public List<Agency> agencies() {
        return catalogue.agencies();
    }

    @GetMapping("/agencies/{code}")
    public Agency agency(@PathVariable String code) {
        return catalogue.agency(code);
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    public Agency createAgency(Actor actor, @RequestBody AgencyRequest body) {
        actor.requireHomeAffairs();
        return catalogue.createAgency(body.toAgency(body.code()));
    }

    @PutMapping("/agencies/{code}")
    public Agency saveAgency(Actor actor, @PathVariable String code, @RequestBody AgencyRequest body) {
        actor.requireHomeAffairs();
        return catalogue.saveAgency(body.toAgency(code));
    }

    @GetMapping("/templates")
    public List<Template> templates() {
        return catalogue.templates();
    }

    @GetMapping("/templates/{code}/versions/{version}")
    public Template template(@PathVariable String code, @PathVariable int version) {
        return catalogue.template(code, version);
    }

    /** Publishes the body as the next version of its template. */
    @PostMapping("/templates")
    @ResponseStatus(HttpStatus.CREATED)
    public Template publishTemplate(Actor actor, @RequestBody Template body) {
        actor.requireHomeAffairs();
        return catalogue.publishTemplate(body);
    }

    @GetMapping("/periods")
    public List<PeriodWindow> periods(@RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidRequestException(FieldProblem.of("year", "value.invalidParameter", "year"));
        }
        return periods.windows(year);
    }
}
