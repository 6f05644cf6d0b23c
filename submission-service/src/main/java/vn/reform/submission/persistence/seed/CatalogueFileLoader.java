package vn.reform.submission.persistence.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.reform.submission.config.CatalogueProperties;
import vn.reform.submission.domain.catalogue.CatalogueService;
import vn.reform.submission.domain.catalogue.Template;

/** Loads the template data files of the project at start; a template version already stored is left as it is. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CatalogueFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueFileLoader.class);

    private final CatalogueProperties files;
    private final CatalogueService catalogue;
    private final JsonMapper mapper;
    private final StartupStoreRetry retry = StartupStoreRetry.forLoader("catalogue files");

    public CatalogueFileLoader(CatalogueProperties files, CatalogueService catalogue, JsonMapper mapper) {
        this.files = files;
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        retry.run(this::load); // idempotent: a template already stored is skipped
    }

    private void load() {
        for (Resource file : files.templates()) {
            Template template = read(file, Template.class);
            if (catalogue.seedTemplate(template, SeedIds.eventId("template", template.key()))) {
                log.info("template {} loaded from {}", template.key(), file.getDescription());
            }
        }
    }

    <T> T read(Resource file, Class<T> type) {
        try (InputStream in = file.getInputStream()) {
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue file " + file.getDescription(), e);
        }
    }
}
