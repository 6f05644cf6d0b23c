package vn.reform.aggregation.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.reform.aggregation.persistence.ContributionStore;

/** Creates the read model's indexes at start-up. */
@Component
public class ReadModelIndexes implements ApplicationRunner {

    private final ContributionStore contributions;

    public ReadModelIndexes(ContributionStore contributions) {
        this.contributions = contributions;
    }

    @Override
    public void run(ApplicationArguments args) {
        contributions.ensureIndexes();
    }
}
