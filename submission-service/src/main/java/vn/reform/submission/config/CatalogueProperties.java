package vn.reform.submission.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** The catalogue data files loaded at every start (missing entries are created, existing ones never overwritten). */
@ConfigurationProperties("reform.catalogue")
public record CatalogueProperties(List<Resource> templates) {

    public CatalogueProperties {
        templates = templates == null ? List.of() : List.copyOf(templates);
    }
}
