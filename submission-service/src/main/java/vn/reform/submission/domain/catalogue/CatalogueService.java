package vn.reform.submission.domain.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import vn.reform.submission.domain.problem.ConflictException;
import vn.reform.submission.domain.problem.NotFoundException;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;
import vn.reform.submission.domain.validation.TextNormalizer;
import vn.reform.submission.persistence.CatalogueCollection;
import vn.reform.submission.persistence.CatalogueDocumentStore;

/**
 * The catalogue this service owns: agencies, template versions and rounds. Every change is one document write that
 * also queues the entity's new state for its compacted topic. Template versions are immutable (and cached).
 */
@Service
public class CatalogueService {

    private final CatalogueDocumentStore store;
    private final CatalogueChangeNotifier notifier;
    private final Map<String, Template> templateCache = new ConcurrentHashMap<>();
    private final ShortLivedCache<Agency> agencyCache = new ShortLivedCache<>(Duration.ofSeconds(1));
    private final ShortLivedCache<Round> roundCache = new ShortLivedCache<>(Duration.ofSeconds(1));

    public CatalogueService(CatalogueDocumentStore store, CatalogueChangeNotifier notifier) {
        this.store = store;
        this.notifier = notifier;
    }

    /** Every agency, in Vietnamese alphabetical order of their names. */
    public List<Agency> agencies() {
        return store.findAll(CatalogueCollection.AGENCIES, Agency.class).stream()
                .sorted(VietnameseOrder.agenciesByName())
                .toList();
    }

    public Optional<Agency> findAgency(String code) {
        return agencyCache.get(code, () -> store.find(CatalogueCollection.AGENCIES, code, Agency.class));
    }

    public Agency agency(String code) {
        return findAgency(code).orElseThrow(() -> new NotFoundException("agency.notFound", code));
    }

    /** Creates an agency; 409 when the code is taken. */
    public Agency createAgency(Agency agency) {
        Agency normalised = checked(agency);
        agencyCache.invalidate(normalised.code());
        if (!store.insertIfAbsent(CatalogueCollection.AGENCIES, normalised.code(), normalised)) {
            throw new ConflictException("agency.exists", normalised.code());
        }
        notifier.changed();
        return normalised;
    }

    /** Creates or replaces an agency. */
    public Agency saveAgency(Agency agency) {
        Agency normalised = checked(agency);
        store.save(CatalogueCollection.AGENCIES, normalised.code(), normalised);
        agencyCache.invalidate(normalised.code());
        notifier.changed();
        return normalised;
    }

    public List<Template> templates() {
        return store.findAll(CatalogueCollection.TEMPLATES, Template.class).stream()
                .sorted(Comparator.comparing(Template::code).thenComparingInt(Template::version))
                .toList();
    }

    public Template template(String code, int version) {
        String key = code + ":" + version;
        Template cached = templateCache.get(key);
        if (cached != null) {
            return cached;
        }
        Template template = store.find(CatalogueCollection.TEMPLATES, key, Template.class)
                .orElseThrow(() -> new NotFoundException("template.notFound", key));
        templateCache.put(key, template);
        return template;
    }

    public Optional<Template> latestTemplate(String code) {
        return templates().stream().filter(t -> t.code().equals(code)).max(Comparator.comparingInt(Template::version));
    }

    /** Publishes a new version of a template (its version number is the next one); older reports keep theirs. */
    public Template publishTemplate(Template definition) {
        check(CatalogueRules.checkTemplate(definition));
        for (int attempt = 0; attempt < 5; attempt++) {
            int next = latestTemplate(definition.code()).map(t -> t.version() + 1).orElse(1);
            Template version = definition.withVersion(next);
            if (store.insertIfAbsent(CatalogueCollection.TEMPLATES, version.key(), version)) {
                notifier.changed();
                return version;
            }
        }
        throw new ConflictException("template.concurrentChange", definition.code());
    }

    public List<Round> rounds() {
        return store.findAll(CatalogueCollection.ROUNDS, Round.class);
    }

    public Round round(String code) {
        return roundCache.get(code, () -> store.find(CatalogueCollection.ROUNDS, code, Round.class))
                .orElseThrow(() -> new NotFoundException("round.notFound", code));
    }

    /** Opens a round; its template version is the one named, or the template's latest. */
    public Round createRound(Round requested) {
        Optional<Template> template = requested.templateCode() == null ? Optional.empty()
                : requested.templateVersion() > 0
                ? store.find(CatalogueCollection.TEMPLATES, requested.templateCode() + ":" + requested.templateVersion(), Template.class)
                : latestTemplate(requested.templateCode());
        check(CatalogueRules.checkRound(requested, template.isPresent(), code -> findAgency(code).isPresent()));
        Round round = new Round(requested.code(), requested.templateCode(), template.get().version(),
                TextNormalizer.nfc(requested.title()), requested.periodKind(), requested.dataFrom(), requested.dataTo(),
                requested.dueAt(), requested.expectedAgencies(),
                requested.status() == null ? RoundStatus.OPEN : requested.status(), Map.of());
        roundCache.invalidate(round.code());
        if (!store.insertIfAbsent(CatalogueCollection.ROUNDS, round.code(), round)) {
            throw new ConflictException("round.exists", round.code());
        }
        notifier.changed();
        return round;
    }

    public Round changeStatus(String code, RoundStatus status) {
        roundCache.invalidate(code);
        Round changed = round(code).withStatus(status);
        store.save(CatalogueCollection.ROUNDS, code, changed);
        roundCache.invalidate(code);
        notifier.changed();
        return changed;
    }

    public Round recordReopening(String code, String agency, Instant dueAt) {
        roundCache.invalidate(code);
        Round changed = round(code).reopenedFor(agency, dueAt);
        store.save(CatalogueCollection.ROUNDS, code, changed);
        roundCache.invalidate(code);
        notifier.changed();
        return changed;
    }

    /** Seeding (data files, demo): creates what is missing with a fixed event id, never overwrites. */
    public boolean seedAgency(Agency agency, String eventId) {
        agencyCache.invalidate(agency.code());
        return seeded(store.insertIfAbsent(CatalogueCollection.AGENCIES, agency.code(), normalise(agency), eventId));
    }

    public boolean seedTemplate(Template template, String eventId) {
        return seeded(store.insertIfAbsent(CatalogueCollection.TEMPLATES, template.key(), template, eventId));
    }

    public boolean seedRound(Round round, String eventId) {
        roundCache.invalidate(round.code());
        return seeded(store.insertIfAbsent(CatalogueCollection.ROUNDS, round.code(), round, eventId));
    }

    private boolean seeded(boolean created) {
        if (created) {
            notifier.changed();
        }
        return created;
    }

    private Agency checked(Agency agency) {
        Agency normalised = normalise(agency);
        check(CatalogueRules.checkAgency(normalised, code -> code.equals(normalised.code()) || findAgency(code).isPresent()));
        return normalised;
    }

    private static Agency normalise(Agency a) {
        return new Agency(a.code() == null ? null : a.code().strip(), TextNormalizer.nfc(a.name()), a.kind(), a.parentCode(),
                a.validFrom(), a.validTo(), a.mergedInto(), TextNormalizer.nfc(a.focalPointEmail()),
                TextNormalizer.nfc(a.headEmail()), TextNormalizer.nfc(a.headName()));
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
