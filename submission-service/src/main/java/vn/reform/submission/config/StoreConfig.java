package vn.reform.submission.config;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Short store timeouts: while MongoDB is away, requests fail fast (503) and the outbox relay backs off. */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties store) {
        return settings -> settings
                .applyToClusterSettings(c -> c.serverSelectionTimeout(store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s
                        .connectTimeout((int) store.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) store.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
