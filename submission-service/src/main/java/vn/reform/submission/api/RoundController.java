package vn.reform.submission.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.submission.api.dto.PeriodicRoundsRequest;
import vn.reform.submission.api.dto.RoundRequest;
import vn.reform.submission.domain.access.Actor;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.PeriodicRounds;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;

/** Reporting rounds: list, open one or a year's periodic ones, lock and unlock (changes by Home Affairs). */
@RestController
@RequestMapping("/api/rounds")
public class RoundController {

    private final CatalogueService catalogue;
    private final PeriodicRounds periodicRounds;

    public RoundController(CatalogueService catalogue, PeriodicRounds periodicRounds) {
        this.catalogue = catalogue;
        this.periodicRounds = periodicRounds;
    }

    @GetMapping
    public List<Round> rounds() {
        return catalogue.rounds();
    }

    @GetMapping("/{code}")
    public Round round(@PathVariable String code) {
        return catalogue.round(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Round open(Actor actor, @RequestBody RoundRequest body) {
        actor.requireHomeAffairs();
        return catalogue.createRound(body.toRound());
    }

    /** Opens the Decree 09/2019 rounds of a year (existing ones are kept); answers the rounds created. */
    @PostMapping("/periodic")
    @ResponseStatus(HttpStatus.CREATED)
    public List<Round> openPeriodic(Actor actor, @RequestBody PeriodicRoundsRequest body) {
        actor.requireHomeAffairs();
        return periodicRounds.open(body.checkedYear(), body.templateCode(), body.kinds(),
                body.expectedAgencies() == null ? List.of() : body.expectedAgencies());
    }

    @PostMapping("/{code}/lock")
    public Round lock(Actor actor, @PathVariable String code) {
        actor.requireHomeAffairs();
        return catalogue.changeStatus(code, RoundStatus.LOCKED);
    }

    @PostMapping("/{code}/unlock")
    public Round unlock(Actor actor, @PathVariable String code) {
        actor.requireHomeAffairs();
        return catalogue.changeStatus(code, RoundStatus.OPEN);
    }
}
