package vn.reform.notification.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.reform.notification.domain.Agency;
import vn.reform.notification.domain.Round;

/** Rounds and agencies as last announced on the catalogue topics (the latest event wins: compacted topics). */
@Component
public class CatalogueViewStore {

    private final MongoTemplate mongo;

    public CatalogueViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(AgencyDocument agency) {
        mongo.save(agency);
    }

    public void save(RoundDocument round) {
        mongo.save(round);
    }

    public Optional<Round> round(String code) {
        return Optional.ofNullable(mongo.findById(code, RoundDocument.class)).map(RoundDocument::toRound);
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(mongo.findById(code, AgencyDocument.class)).map(AgencyDocument::toAgency);
    }

    public List<Round> rounds() {
        return mongo.findAll(RoundDocument.class).stream().map(RoundDocument::toRound).toList();
    }

    public Map<String, Agency> agencies() {
        return mongo.findAll(AgencyDocument.class).stream().map(AgencyDocument::toAgency)
                .collect(Collectors.toMap(Agency::code, Function.identity()));
    }
}
