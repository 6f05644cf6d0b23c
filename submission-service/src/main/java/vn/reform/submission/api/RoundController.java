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

import vn.reform.submission.api.dto.RoundRequest;
import vn.reform.submission.domain.access.Actor;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;

/** Reporting rounds: list, open (Home Affairs), lock and unlock (Home Affairs). */
@RestController
@RequestMapping("/api/rounds")
public class RoundController {

    private final CatalogueService catalogue;

    public RoundController(CatalogueService catalogue) {
        this.catalogue = catalogue;
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
